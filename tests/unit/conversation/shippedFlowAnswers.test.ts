import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { FlowAnswerRecognizer, type FlowQuestion } from '../../../src/conversation/flowAnswer';
import { phrase } from '../../../src/knowledge/intents/words';
import { createMatcher, loadContent } from '../../../src/knowledge/loadContent';

// The shipped flows and typed-answers.yaml, as the bot reads a reply to a step: the words a content editor wrote.
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const recognizer = new FlowAnswerRecognizer(content.intents.typedAnswers, createMatcher(content, DEFAULTS.matching, undefined, DEFAULTS.safetyModelCache));
const stepOf = (flowId: string, stepId: string): FlowQuestion => {
  const step = content.flows.find((f) => f.id === flowId)?.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${flowId}/${stepId}`);
  return { choices: step.choices.map((c) => ({ label: c.label, says: c.says.map(phrase) })), entries: [] };
};

describe('replies to the shipped flows read in the forty-third pass', () => {
  it('answers whether what was told is a good enough reason, not the button its words name', () => {
    expect(recognizer.recognise("my dad's consultant won't even look at us when he talks. is that a good enough reason to want someone else?", stepOf('how-to-get-a-second-opinion', 'why'))).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('I still want a second opinion', stepOf('how-to-get-a-second-opinion', 'why'))).toEqual({ kind: 'choice', index: 0 });
  });

  it('answers how often doctors disagree as a question at the worries', () => {
    expect(recognizer.recognise('do doctors often disagree about the same diagnosis', stepOf('downsides', 'more-worries'))).toMatchObject({ kind: 'side-question' });
  });

  it('answers whether one may ask on a relative\'s behalf as a question, and takes the relative named as the answer', () => {
    const whoFor = stepOf('how-to-get-a-second-opinion', 'who-for');
    expect(recognizer.recognise("My dad's got dementia and he can't really say what he wants any more. Can I still ask for one on his behalf?", whoFor)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('its for my mum', whoFor)).toMatchObject({ kind: 'choice' });
  });

  it('takes a person asked for "if one is available", or asked to ring them instead, as the way out', () => {
    expect(recognizer.recognise('I would prefer to speak to a human being, if one is available.', stepOf('downsides', 'intro'))).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('sorry, kids are kicking off, can someone just ring me instead?', stepOf('pals-triage', 'what-like'))).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('can someone ring me back', stepOf('pals-triage', 'what-like'))).toMatchObject({ kind: 'choice' });
  });

  it('takes having no money for going private as the NHS, however it is said', () => {
    const nhsOrPrivate = stepOf('how-to-get-a-second-opinion', 'nhs-or-private');
    expect(recognizer.recognise("and HS one mate I ain't got money for private on bin wages", nhsOrPrivate)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("we don't have money to go private", nhsOrPrivate)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("I'd pay privately, money is tight but it's worth it", nhsOrPrivate)).toEqual({ kind: 'choice', index: 1 });
  });

  it('answers a question passed on for someone else as a question, not as the button whose label says "want"', () => {
    expect(recognizer.recognise('my nan wants to know is pals free or do u have to pay', stepOf('pals-triage', 'intro'))).toMatchObject({ kind: 'side-question' });
  });

  it('takes going back "a bit" as the way out', () => {
    expect(recognizer.recognise('go back a bit i missed the first part', stepOf('downsides', 'delay'))).toEqual({ kind: 'way-out', reason: 'asked' });
  });
});

describe('replies to the shipped flows read in the forty-fifth pass', () => {
  it('takes a number someone else can ring instead as the way out', () => {
    expect(recognizer.recognise('my dad asks is there a number he can ring instead, he cannot type', stepOf('how-to-get-a-second-opinion', 'specialist'))).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('takes "nah ur alright" as no thanks, and "alright" alone as yes', () => {
    const intro = stepOf('how-to-get-a-second-opinion', 'intro');
    expect(recognizer.recognise('nah ur alright', intro)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('alright', intro)).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('replies to the shipped flows read in the forty-sixth pass', () => {
  it('answers a word named and then asked about ("registrar whos that when its at home"), not the button whose words it shares', () => {
    const why = stepOf('how-to-get-a-second-opinion', 'why');
    expect(recognizer.recognise('registrar whos that when its at home', why)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('the registrar whats that', why)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('I will ask the registrar', why)).toMatchObject({ kind: 'choice' });
  });

  it('takes going back a step said with "naw" and "pal" as the way out', () => {
    const delay = stepOf('pals-triage', 'delay');
    expect(recognizer.recognise('ah naw take us back a step pal', delay)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('ah naw go back', delay)).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('takes it all being too much, said whole, as the way out', () => {
    const different = stepOf('downsides', 'different');
    expect(recognizer.recognise('this is too much', different)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('its all too much', different)).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('takes private costing too much as another NHS doctor, not paying privately', () => {
    const nhsOrPrivate = stepOf('how-to-get-a-second-opinion', 'nhs-or-private');
    expect(recognizer.recognise('private costs too much', nhsOrPrivate)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('going private is too much money for us', nhsOrPrivate)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("i'd go private, money isn't a problem", nhsOrPrivate)).toEqual({ kind: 'choice', index: 1 });
  });

  it('answers a doubt that the NHS would pay ("cant see the nhs paying for...") as a question, not the private button', () => {
    const nhsOrPrivate = stepOf('how-to-get-a-second-opinion', 'nhs-or-private');
    expect(recognizer.recognise("can't see the NHS stumping up for some top doctor down in London", nhsOrPrivate)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise("i'd pay, can't see the nhs doing it quick enough", nhsOrPrivate)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes an answer followed by "and then what happens after that?" as the answer, left to the flow', () => {
    expect(recognizer.recognise('an apology would do, and then what happens after that?', stepOf('pals-triage', 'what-like'))).toMatchObject({ kind: 'choice' });
  });
});

describe('replies to the shipped flows read in the forty-eighth pass', () => {
  it('takes stopping for now with what they will do meanwhile as the way out, not a question', () => {
    const nhsOrPrivate = stepOf('how-to-get-a-second-opinion', 'nhs-or-private');
    expect(recognizer.recognise('let me pause here and ring my brother tonight', nhsOrPrivate)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('brb, the doorbell', nhsOrPrivate)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('can I stop the tablets and go private?', nhsOrPrivate)).not.toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('takes clearing it all to start fresh as the way out', () => {
    expect(recognizer.recognise('scrap all that and start fresh please', stepOf('pals-triage', 'referral'))).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('takes closing the chat as leaving, not as "No thanks, that\'s enough"', () => {
    expect(recognizer.recognise("had enough of this, shut it down", stepOf('how-to-get-a-second-opinion', 'intro'))).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('answers a doubt said as one ("doubt the NHS would...") as a question, not the NHS button', () => {
    expect(recognizer.recognise('i doubt the nhs would pay for a specialist that far away', stepOf('how-to-get-a-second-opinion', 'specialist'))).toMatchObject({ kind: 'side-question' });
  });

  it('takes the step before, asked for by name, as the way out', () => {
    expect(recognizer.recognise('hang on, take me back to the previous step', stepOf('downsides', 'travel'))).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('answers a doubt about how someone would manage as a question, not "How do I get one?"', () => {
    expect(recognizer.recognise("not sure how my dad would cope with the drive to Leeds", stepOf('downsides', 'travel'))).toMatchObject({ kind: 'side-question' });
  });

  it('takes the answer when the next step is asked about after it ("private, what happens after I pick that?")', () => {
    expect(recognizer.recognise('private, what happens after I pick that?', stepOf('how-to-get-a-second-opinion', 'nhs-or-private'))).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('an apology. and then what happens with my complaint?', stepOf('pals-triage', 'what-like'))).toMatchObject({ kind: 'choice' });
  });

  it('answers a question in a later sentence without its "?" ("cheers for that. is pals free or must i pay")', () => {
    expect(recognizer.recognise('cheers for that. is pals free or must i pay something', stepOf('pals-triage', 'something-else'))).toMatchObject({ kind: 'side-question' });
  });
});


describe('replies to the shipped flows read in the forty-ninth pass', () => {
  it('takes the answer when what the next step will need is asked after it', () => {
    const intro = stepOf('pals-triage', 'intro');
    const complaint = intro.choices.findIndex((c) => c.label === 'I want to make a formal complaint');
    expect(recognizer.recognise('I want to make a formal complaint. What will I need to put in it?', intro)).toEqual({ kind: 'choice', index: complaint });
  });

  it('takes the answer when who to contact next is asked after it', () => {
    const prepare = stepOf('how-to-get-a-second-opinion', 'prepare');
    const problems = prepare.choices.findIndex((c) => c.label.startsWith('Yes'));
    expect(recognizer.recognise("yes, they keep losing my letters. who do I ring next?", prepare)).toEqual({ kind: 'choice', index: problems });
  });

  it('answers a question after a greeting, however it is typed', () => {
    expect(recognizer.recognise('hiya love, does pals answer the phone on a saturday or just weekdays', stepOf('pals-triage', 'something-else'))).toMatchObject({ kind: 'side-question' });
  });

  it('answers how two things differ as a question, never as one of them', () => {
    expect(recognizer.recognise("what's the difference between PALS and a formal complaint", stepOf('pals-triage', 'intro'))).toMatchObject({ kind: 'side-question' });
  });
});

describe('replies to the shipped flows read in the fiftieth pass', () => {
  it('takes the answer when which side gets in touch next is asked after it', () => {
    const referral = stepOf('pals-triage', 'referral');
    const carryOn = referral.choices.findIndex((c) => c.label === 'Carry on');
    expect(recognizer.recognise('carry on please, will PALS ring me or do I ring them after this?', referral)).toEqual({ kind: 'choice', index: carryOn });
  });

  it('still answers a question about a call back itself, asked after naming it', () => {
    expect(recognizer.recognise('A call back, will they ring me on my mobile?', stepOf('pals-triage', 'what-like'))).toMatchObject({ kind: 'side-question' });
  });

  it('takes a pause followed by whether the answers are kept as a way out', () => {
    expect(recognizer.recognise('I want to pause now and continue another day, can you keep my answers?', stepOf('pals-triage', 'what-like'))).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('can you keep my answers?', stepOf('pals-triage', 'what-like'))).toMatchObject({ kind: 'side-question' });
  });
});

describe('replies to the shipped flows read in the fifty-first pass', () => {
  it('takes doctors "no agreeing" or who "divvent agree", in Scots and Geordie, as the doctors saying different things', () => {
    const worries = stepOf('downsides', 'more-worries');
    const different = worries.choices.findIndex((c) => c.label === 'The doctors saying different things');
    expect(recognizer.recognise('the doctors no agreeing wi each other', worries)).toEqual({ kind: 'choice', index: different });
    expect(recognizer.recognise('that the two of them divvent agree', worries)).toEqual({ kind: 'choice', index: different });
  });
});

describe('replies to the shipped flows read in the fifty-sixth pass', () => {
  it('takes "quite sufficient" and "enough" as all, and a further matter as something else that worries', () => {
    const offending = stepOf('downsides', 'offending');
    const all = offending.choices.findIndex((c) => c.label === "That's all, thanks");
    const more = offending.choices.findIndex((c) => c.label === 'Something else worries me');
    expect(recognizer.recognise('Thank you, that is quite sufficient.', offending)).toEqual({ kind: 'choice', index: all });
    expect(recognizer.recognise('ok enough', offending)).toEqual({ kind: 'choice', index: all });
    expect(recognizer.recognise('there is one other matter', offending)).toEqual({ kind: 'choice', index: more });
  });

  it('takes changing an answer, keeping the place for later and starting again said first as the way out', () => {
    const whatLike = stepOf('pals-triage', 'what-like');
    expect(recognizer.recognise('i would like to change my answer', whatLike)).toMatchObject({ kind: 'way-out' });
    expect(recognizer.recognise('save my place, I\u2019ll do the rest after tea', whatLike)).toMatchObject({ kind: 'way-out' });
    expect(recognizer.recognise('start again please i picked the wrong problem', whatLike)).toMatchObject({ kind: 'way-out' });
    expect(recognizer.recognise('i wanna begin again, got muddled', whatLike)).toMatchObject({ kind: 'way-out' });
    expect(recognizer.recognise('keep it nhs', stepOf('how-to-get-a-second-opinion', 'nhs-or-private'))).toMatchObject({ kind: 'choice' });
  });
});

describe('replies to the shipped flows read in the fifty-seventh pass', () => {
  it('takes the wish to continue said formally as carrying on, not as leaving', () => {
    const delay = stepOf('pals-triage', 'delay');
    const carryOn = delay.choices.findIndex((c) => c.label === 'Carry on');
    expect(recognizer.recognise('Thank you, I should like to continue.', delay)).toEqual({ kind: 'choice', index: carryOn });
    expect(recognizer.recognise('I would like to carry on please', delay)).toEqual({ kind: 'choice', index: carryOn });
  });

  it('takes a town or nation the button names as that button, with a doubt said beside it, unless another button fits', () => {
    const talking = stepOf('pals-triage', 'talking');
    const nations = talking.choices.findIndex((c) => c.label === 'I live in Wales, Scotland or NI');
    const carryOn = talking.choices.findIndex((c) => c.label === 'Carry on');
    expect(recognizer.recognise('we\u2019re over in Newry so not sure any of this is for us', talking)).toEqual({ kind: 'choice', index: nations });
    expect(recognizer.recognise('I\u2019m in Swansea so I doubt any of it applies', talking)).toEqual({ kind: 'choice', index: nations });
    expect(recognizer.recognise('my sister is in Glasgow but I\u2019d like to carry on', talking)).toEqual({ kind: 'choice', index: carryOn });
    expect(recognizer.recognise('I live in Kent', talking)).toEqual({ kind: 'choice', index: carryOn });
  });
});

describe('replies to the shipped flows read in the fifty-eighth pass', () => {
  it('takes not wanting to go on, said in Scots, as the way out, not "Carry on"', () => {
    const something = stepOf('pals-triage', 'something-else');
    expect(recognizer.recognise('ach, I dinnae want tae carry on wi this the now', something)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('aye carry on', something)).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('takes needing to stop, said whole before a reason, as the way out, not a button the reason\u2019s words fit, and leaves a question about stopping a medicine a question', () => {
    const intro = stepOf('downsides', 'intro');
    expect(recognizer.recognise('sorry but I need to stop, my mum\u2019s getting upset', intro)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('do I have to stop my tablets while I wait for the second opinion?', intro)).toMatchObject({ kind: 'side-question' });
  });
});
