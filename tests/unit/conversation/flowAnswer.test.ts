import { describe, expect, it } from 'vitest';
import { FlowAnswerRecognizer, type FlowQuestion } from '../../../src/conversation/flowAnswer';
import type { Matcher, MatchResult } from '../../../src/knowledge/matching/matcher';
import { compileConditionAsked } from '../../../src/knowledge/intents/conditionAsked';
import { wayOutFrame } from '../../../src/knowledge/intents/wayOutFrames';
import { choicePattern, phrase } from '../../../src/knowledge/intents/words';
import type { KnowledgeEntry } from '../../../src/knowledge/types';

const cost: KnowledgeEntry = { id: 'paying', question: 'Do I have to pay?', alternates: [], answer: 'You can pay.', source: 'costs', followUps: [], tags: [] };
/** A matcher that knows one question, so the tests say what the Q&A content makes of a message. */
const matcher: Matcher = {
  match: (text: string): MatchResult => (/cost|pay/.test(text) ? { kind: 'answer', entry: cost, alsoAbout: [], ranked: [{ entry: cost, score: 1, strongestAsked: 1 }] } : { kind: 'none', ranked: [] }),
};
const rules = {
  families: [{ id: 'yes', forLabelsStartingWith: ['yes'], forLabels: [], says: ['yes', 'yeah'].map(phrase) }],
  leaving: ['get me out'].map(phrase),
  pausing: /(?:^| )(?:leave it|later)(?! there(?: |$))(?: |$)/,
  waysOut: { stop: ['stop'], startAgain: ['start again'], signOffs: ['bye', 'done'] },
  worryTold: ['[that | thats] [what] (worries | bothers) [me] [most]'].map((line) => {
    const pattern = choicePattern(line);
    if (typeof pattern === 'string') throw new Error(pattern);
    return pattern;
  }),
  heldBack: {
    puttingOff: new Set(['before', 'first', 'wait']),
    around: new Set(['that', 'sorry', 'quick', 'one', 'first', 'though']),
    holdingBack: 'but',
    beforeTheQuestion: new Set(['first', 'just']),
    thanksOnly: /^(?:thank you|thanks)(?: for (?:[a-z]+ ){0,5}[a-z]+)?$/,
  },
  conditionAsked: compileConditionAsked({
    opens: ['if', 'say', 'suppose'],
    asking: ['would', 'does', 'can', 'how', 'will'],
    askedAbout: ['i', 'that', 'much', 'it'],
    fears: ['scared', 'worried'],
    aroundAFear: ['im', 'i', 'really', 'that'],
    fearedOf: ['it', 'they', 'the *'],
    mayHappen: ['will', 'll'],
    mayHappenJoined: ['itll'],
  }),
};
const recognizer = new FlowAnswerRecognizer(rules, matcher);
/** The same, with the questions after an answer that the flow's next step answers (typed-answers.yaml's `leftToTheFlow`). */
const leftToTheFlow = new FlowAnswerRecognizer(
  {
    ...rules,
    askedOtherwise: {
      withoutItsMark: [],
      tags: [],
      whatItMeans: [],
      leftToTheFlow: ['^ what (do | should) (i | we) do [first | next] $', '^ (is that | is it) (enough | ok) $', '^ (no | right) $'].map((line) => {
        const frame = wayOutFrame(line, new Map());
        if (typeof frame === 'string') throw new Error(frame);
        return frame;
      }),
    },
  },
  matcher,
);
const step: FlowQuestion = {
  choices: [{ label: 'My GP' }, { label: 'My specialist' }, { label: "Yes, I'd pay to go private" }],
  entries: [{ id: 'paying', question: 'Do I have to pay?' }],
};

describe('understanding a reply to a flow step', () => {
  it('returns the button typed or meant', () => {
    expect(recognizer.recognise('gp', step)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('yeah', step)).toEqual({ kind: 'choice', index: 2 });
  });

  it("returns a related question's button as that entry", () => {
    expect(recognizer.recognise('Do I have to pay?', step)).toEqual({ kind: 'entry', id: 'paying' });
  });

  it('takes a full question as a side question even when it names a button', () => {
    expect(recognizer.recognise('what if my gp says no?', step)).toMatchObject({ kind: 'side-question', text: 'what if my gp says no?', result: { kind: 'none' } });
    expect(recognizer.recognise('how much does it cost to go private', step)).toMatchObject({ kind: 'side-question', result: { kind: 'answer' } });
  });

  it('reads a question opened in text-speak or with a dropped h ("wat if", "ow do i") as a question', () => {
    expect(recognizer.recognise('wat if the gp says no', step)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('ow do i know if the gp will say no', step)).toMatchObject({ kind: 'side-question' });
  });

  it('takes an answer given first, then a question about it, as the button; a message that opens with its question stays a question', () => {
    expect(recognizer.recognise('my specialist i think, is that ok?', step)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('yeah. how much roughly??', step)).toEqual({ kind: 'choice', index: 2 });
    expect(recognizer.recognise('what if my gp says no? my specialist is away', step)).toMatchObject({ kind: 'side-question' });
  });

  it('takes a first part that says a related question better than any button as part of a side question, not as the answer', () => {
    const gp: FlowQuestion = {
      choices: [{ label: 'See another GP at my surgery' }, { label: 'Ask my GP to refer me' }],
      entries: [{ id: 'moving', question: 'Can I change to a different GP surgery?' }],
    };
    expect(recognizer.recognise('change gp surgery, is it hard?', gp)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('another gp at my surgery, is that quicker?', gp)).toEqual({ kind: 'choice', index: 0 });
  });

  it("takes a question that says a button in the flow's other words for it as that button; one plain word shared with a side question does not", () => {
    const worries: FlowQuestion = {
      choices: [
        { label: 'Upsetting my doctor', says: ['annoy*', 'take it personally', 'doctor think', 'consultant'].map(phrase) },
        { label: 'How do I get one?', says: ['how do i ask'].map(phrase) },
      ],
      entries: [],
    };
    expect(recognizer.recognise('will my doctor be annoyed with me for asking?', worries)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('a bit, would the surgeon take it personally?', worries)).toEqual({ kind: 'choice', index: 0 });
    // a button whose label is a question is asked in its own words too
    expect(recognizer.recognise('ok. now how do i actually ask for the referral?', worries)).toEqual({ kind: 'choice', index: 1 });
    // "consultant" is one plain word; "doctor think" shares "doctor" with the label: a question naming them stays a question
    expect(recognizer.recognise('do I have to tell my consultant I am getting another view?', worries)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('what will the new doctor think of my notes?', worries)).toMatchObject({ kind: 'side-question' });
    // sharing only a word that says nothing of the button ("me") with the label is still its other words
    const gp: FlowQuestion = { choices: [{ label: 'Ask my GP to refer me', says: ['send me on'].map(phrase) }, { label: 'See another GP at my surgery' }], entries: [] };
    expect(recognizer.recognise('could my doctor send me on to someone else, please?', gp)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a question asking which of two things is so as a side question, even in a button\'s own words', () => {
    const gp: FlowQuestion = { choices: [{ label: 'See another GP at my surgery', says: ['different gp'].map(phrase) }, { label: 'Ask my GP to refer me' }], entries: [] };
    expect(recognizer.recognise('can I see a different GP at the same surgery or does it have to be my usual one', gp)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('a different gp at my surgery i think', gp)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a reply that asks for a button and then asks a full question of its own as a side question', () => {
    const gp: FlowQuestion = { choices: [{ label: 'See another GP at my surgery' }, { label: 'Ask my GP to refer me' }], entries: [] };
    const withAsking = new FlowAnswerRecognizer({ ...rules, askingForIt: ['should i'].map(phrase) }, matcher);
    expect(withAsking.recognise('Should I ask my GP to refer me, would the new doctor then take over my care?', gp)).toMatchObject({ kind: 'side-question' });
    expect(withAsking.recognise('Should I ask my GP to refer me?', gp)).toEqual({ kind: 'choice', index: 1 });
  });

  it('does not read "what I\'d really like is..." as a question: it tells what is wanted', () => {
    const wanted: FlowQuestion = { choices: [{ label: 'An apology', says: ['sorry'].map(phrase) }, { label: 'A call back' }], entries: [] };
    expect(recognizer.recognise("What I'd really like is for someone to say sorry", wanted)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('what would an apology look like', wanted)).toMatchObject({ kind: 'side-question' });
  });

  it('hears a wish to leave, and gives nothing for a reply that fits nothing', () => {
    expect(recognizer.recognise('get me out', step)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('purple elephants', step)).toBeUndefined();
    expect(recognizer.recognise('   ', step)).toBeUndefined();
  });

  it('hears a way out said whole, then why ("stop, I will ring them myself"), but answers a question asked after it', () => {
    expect(recognizer.recognise("stop, I'll ring them myself", step)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('stop. what happens if I do nothing?', step)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('gp, stop asking me', step)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a worry told as a question, then said to be the worry ("...? that worries me"), as that worry', () => {
    const worries: FlowQuestion = {
      choices: [{ label: 'The doctors saying different things', says: ['disagree*'].map(phrase) }, { label: "That's all, thanks", says: ['thats me'].map(phrase) }],
      entries: [],
    };
    expect(recognizer.recognise('what if the second one disagrees with the first? that worries me', worries)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('what if the second one disagrees with the first?', worries)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('what if they disagree? is that common?', worries)).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('hears yes as "Carry on" at "Shall we carry on?"', () => {
    const resume: FlowQuestion = { choices: [recognizer.sayingYes({ label: 'Carry on' }), { label: 'Stop here' }], entries: [] };
    expect(recognizer.recognise('yeah', resume)).toEqual({ kind: 'choice', index: 0 });
  });
  it("hears a way out in one's own words over a button fitted by one stray word, but not over a button fitted by a phrase", () => {
    const frame = wayOutFrame('back to (the start | what i asked)', new Map());
    if (typeof frame === 'string') throw new Error(frame);
    const withFrames = new FlowAnswerRecognizer({ ...rules, inOwnWords: { frames: [frame] } }, matcher);
    const who: FlowQuestion = { choices: [{ label: "It's for me", says: ['me', 'for me'].map(phrase) }, { label: 'For a relative' }], entries: [] };
    expect(withFrames.recognise('wrong topic, take me back to the start', who)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(withFrames.recognise('for me, then back to what I asked', who)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('wrong topic, take me back to the start', who)).toEqual({ kind: 'choice', index: 0 });
  });
  it('reads an answer said tentatively ("maybe ...?") as an answer, by what follows its hedge', () => {
    const withHedges = new FlowAnswerRecognizer({ ...rules, hedges: ['maybe', 'i suppose'].map(phrase) }, matcher);
    const want: FlowQuestion = { choices: [{ label: 'An explanation', says: ['explain*'].map(phrase) }, { label: "I'm not sure yet", says: ['maybe'].map(phrase) }, { label: 'An apology' }], entries: [] };
    expect(withHedges.recognise('maybe just for someone to explain it all to me?', want)).toEqual({ kind: 'choice', index: 0 });
    expect(withHedges.recognise('maybe', want)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('maybe just for someone to explain it all to me?', want)).toMatchObject({ kind: 'side-question' });
  });

  it('takes the other of two buttons when the one fitted by a word is said not to be meant, but not a phrase of its own ("not sure")', () => {
    const withNot = new FlowAnswerRecognizer({ ...rules, notMeaning: ['not', 'rather not'].map(phrase) }, matcher);
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor' }, { label: "I'd pay to see a private doctor" }], entries: [] };
    expect(withNot.recognise("I'd rather not pay", which)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("I'd rather not pay", which)).toEqual({ kind: 'choice', index: 1 });
    expect(withNot.recognise('yeah, not sure', { choices: [{ label: 'Yes please' }, { label: 'No thanks' }], entries: [] })).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes "not sure" at a yes-or-no question as neither button, and at a step with a "Not sure" button as that button', () => {
    const unsure = new FlowAnswerRecognizer(
      {
        ...rules,
        notMeaning: ['not'].map(phrase),
        families: [...rules.families, { id: 'yes-sure', forLabelsStartingWith: ['yes'], forLabels: [], says: ['sure'].map(phrase) }, { id: 'unsure', forLabelsStartingWith: [], forLabels: ['not sure'].map(phrase), says: ['not sure'].map(phrase) }],
      },
      matcher,
    );
    const yesOrNo: FlowQuestion = { choices: [{ label: 'Yes, step by step' }, { label: "No thanks, that's enough" }], entries: [] };
    expect(unsure.recognise("I'm not sure if I'm overreacting", yesOrNo)).toBeUndefined();
    expect(unsure.recognise('sure', yesOrNo)).toEqual({ kind: 'choice', index: 0 });
    expect(unsure.recognise('not sure', { choices: [{ label: 'Yes' }, { label: "I'm not sure yet" }], entries: [] })).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a long story with a question after its opening as a side question, whatever button words the story holds', () => {
    const story = "I'm halfway through treatment and I'm worried, if I see the gp does it all stop while I wait, because I can't afford for it to stop";
    expect(recognizer.recognise(story, step)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('My GP. He knows me best, and does the referrals for the practice anyway', step)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a reply that opens with a condition and then asks about it as a side question; a condition then an answer is the button', () => {
    expect(recognizer.recognise("if I'd pay to go private, does that mean I pay for the treatment too", step)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise("if it's quicker, yes I'd pay to go private", step)).toEqual({ kind: 'choice', index: 2 });
  });

  it('takes a question asking whether one may take a button, that the content cannot answer, as that button', () => {
    const withAsking = new FlowAnswerRecognizer({ ...rules, askingForIt: ['can i'].map(phrase) }, matcher);
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor', says: ['on the nhs'].map(phrase) }, { label: 'A private doctor' }], entries: [] };
    expect(withAsking.recognise('can I stay on the NHS for it?', which)).toEqual({ kind: 'choice', index: 0 });
    expect(withAsking.recognise('what if I stay on the NHS for it?', which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('can I stay on the NHS for it?', which)).toMatchObject({ kind: 'side-question' });
  });

  it('takes something heard, told as a statement, as a side question, never as the button it names', () => {
    const hearsay = ['^ (i | ive) (heard | read)', '^ {someone} (said | says)'].map((line) => {
      const frame = wayOutFrame(line, new Map([['someone', ['my friend', 'people']]]));
      if (typeof frame === 'string') throw new Error(frame);
      return frame;
    });
    const withHearsay = new FlowAnswerRecognizer({ ...rules, hearsay }, matcher);
    const gp: FlowQuestion = { choices: [{ label: 'Ask my GP to refer me', says: ['refer*'].map(phrase) }, { label: 'See another GP at my surgery' }], entries: [] };
    expect(withHearsay.recognise('my friend said the GP can refuse to refer you', gp)).toMatchObject({ kind: 'side-question', result: { kind: 'none' } });
    expect(withHearsay.recognise("I've heard you have to pay to see another GP", gp)).toMatchObject({ kind: 'side-question', result: { kind: 'answer' } });
    expect(recognizer.recognise('my friend said the GP can refuse to refer you', gp)).toEqual({ kind: 'choice', index: 0 });
    // told by the doctor, it is what happened: an answer
    expect(withHearsay.recognise('my GP said he would refer me', gp)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a real person asked for as a way out over a button fitted by a phrase, but not over its whole label', () => {
    const person = wayOutFrame('(is there | i want) a human', new Map());
    if (typeof person === 'string') throw new Error(person);
    const withPerson = new FlowAnswerRecognizer({ ...rules, inOwnWords: { frames: [person], askingForAPerson: [person] } }, matcher);
    const why: FlowQuestion = { choices: [{ label: 'I still want a second opinion' }, { label: "I'll talk to my own team first", says: ['speak to'].map(phrase) }], entries: [] };
    expect(withPerson.recognise('is there a human I can speak to instead?', why)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(withPerson.recognise("I want a human, I'll talk to my own team first", why)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a button asked for by its whole label as that button, even when the content has an answer', () => {
    const withAsking = new FlowAnswerRecognizer({ ...rules, askingForIt: ['could we'].map(phrase) }, matcher);
    const next: FlowQuestion = { choices: [{ label: 'Carry on' }, { label: 'I live in Wales, Scotland or NI' }], entries: [] };
    expect(withAsking.recognise('Could we carry on, please? what does it cost?', next)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('Could we carry on, please? what does it cost?', next)).toMatchObject({ kind: 'side-question' });
  });

  it('never finds a phrase across a "not" it does not have: "I\'m not the patient" does not say "im the patient"', () => {
    const withNot = new FlowAnswerRecognizer({ ...rules, notMeaning: ['not'].map(phrase) }, matcher);
    const whose: FlowQuestion = { choices: [{ label: "It's for me", says: ['im the patient'].map(phrase) }, { label: "It's for a relative", says: ['husband'].map(phrase) }], entries: [] };
    expect(withNot.recognise("well I'm not the patient, my husband is", whose)).toEqual({ kind: 'choice', index: 1 });
    expect(withNot.recognise("well I'm the patient", whose)).toEqual({ kind: 'choice', index: 0 });
    // a word left out between a phrase's words is still read where it is not a "not"
    expect(withNot.recognise("I'm really the patient", whose)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes the button said after a turn when the words before it say another ("not an apology, more an explanation"); a turn other than "but" needs a "not" before it', () => {
    const withTurns = new FlowAnswerRecognizer({ ...rules, notMeaning: ['not'].map(phrase), turns: ['but', 'more'].map(phrase) }, matcher);
    const want: FlowQuestion = { choices: [{ label: 'An explanation', says: ['explain*'].map(phrase) }, { label: 'An apology' }, { label: 'A call back', says: ['ring*'].map(phrase) }], entries: [] };
    expect(withTurns.recognise('not an apology as such, more just for someone to explain it', want)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('not an apology as such, more just for someone to explain it', want)).toEqual({ kind: 'choice', index: 1 });
    expect(withTurns.recognise('my son says an apology but I would sooner they ring me', want)).toEqual({ kind: 'choice', index: 2 });
    // "more" with no "not" before it turns nothing
    expect(withTurns.recognise('an apology, more than anything so they explain it', want)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes an answer held back by "but" and a question ("not yet, but will it affect my care?") as a side question; "but" and a statement does not', () => {
    const next: FlowQuestion = { choices: [{ label: 'Carry on' }, { label: 'Yes please' }], entries: [] };
    expect(recognizer.recognise('carry on, but first, do I lose my place in the queue?', next)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('yeah, but does she have to give permission', next)).toMatchObject({ kind: 'side-question' });
    expect(leftToTheFlow.recognise("carry on, but I'll still try. what do I do first?", next)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a short answer followed by a full question of its own as a side question; a question left to the flow ("what do I do first?") keeps the answer', () => {
    const whoFor: FlowQuestion = { choices: [{ label: "It's for me" }, { label: "It's for a relative" }], entries: [] };
    expect(leftToTheFlow.recognise("It's for a relative, our nan. Does she have to say yes to it herself?", whoFor)).toMatchObject({ kind: 'side-question' });
    expect(leftToTheFlow.recognise("It's for a relative, what do I do first?", whoFor)).toEqual({ kind: 'choice', index: 1 });
    expect(leftToTheFlow.recognise("It's for a relative, she's said it's fine, is that enough?", whoFor)).toEqual({ kind: 'choice', index: 1 });
    expect(leftToTheFlow.recognise("It's for a relative, we were talking about her, no?", whoFor)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes thanks said first as politeness, and the answer after it as the button ("Thank you. The waiting worries me most")', () => {
    const worries: FlowQuestion = { choices: [{ label: 'Waiting and delays', says: ['the waiting'].map(phrase) }, { label: "That's all, thanks" }], entries: [] };
    expect(recognizer.recognise('Thank you for explaining all that. The waiting worries me most.', worries)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("thanks, that's all", worries)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('thanks, no', worries)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a question after words that only put off answering ("first though, how much is it?") as a side question, not the button "first" is a word of', () => {
    const start: FlowQuestion = { choices: [{ label: 'What do I do first?', says: ['first step'].map(phrase) }, { label: "That's all, thanks" }], entries: [] };
    expect(recognizer.recognise('first though, how much does it cost', start)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('before that, does it cost anything', start)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('sorry, quick one first. If I pay, does it cost much?', { choices: [{ label: 'An apology', says: ['sorry'].map(phrase) }, { label: 'A call back' }], entries: [] })).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('the first step, how long does it take?', start)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a full question typed without its "?" about a thing the buttons name ("will the private doctor see my NHS notes") as a side question; "will my doctor..." and telling words are left to the buttons', () => {
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor', says: ['nhs one'].map(phrase) }, { label: "I'd pay to see a private doctor", says: ['private'].map(phrase) }], entries: [] };
    const frame = wayOutFrame('^ (would | will) (the | they)', new Map());
    if (typeof frame === 'string') throw new Error(frame);
    const asking = new FlowAnswerRecognizer({ ...rules, askedOtherwise: { withoutItsMark: [frame], tags: [], whatItMeans: [] } }, matcher);
    expect(asking.recognise('will the private doctor see my NHS notes', which)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise('would the nhs one be at a different hospital', which)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise('would like the nhs one please thanks', which)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a reply of several words that opens as a question ("does my gp have to agree or can they say no") as a side question without its "?"; a request or a choice that opens with the same words is the button', () => {
    const who: FlowQuestion = { choices: [{ label: 'My GP', says: ['my gp'].map(phrase) }, { label: 'My specialist' }], entries: [] };
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor', says: ['nhs one'].map(phrase) }, { label: "I'd pay to see a private doctor" }], entries: [] };
    const resume: FlowQuestion = { choices: [{ label: 'Carry on' }, { label: 'Stop here' }], entries: [] };
    expect(recognizer.recognise('does my gp have to agree or can they say no', who)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('will the private doctor see my NHS notes', which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('would like the nhs one please thanks', which)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('do the nhs one for me please', which)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('could you carry on with it please', resume)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes the answer after thanks ("Thank you. I have also another worry, please.") even when the thanks ties with it for "That\'s all, thanks"', () => {
    const next: FlowQuestion = { choices: [{ label: 'Something else worries me', says: ['another worry'].map(phrase) }, { label: "That's all, thanks", says: ['thank you'].map(phrase) }], entries: [] };
    expect(recognizer.recognise('Thank you. I have also another worry, please.', next)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise('thank you', next)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a reply whose first sentence asks and whose others only tell ("And if they disagree, who decides? Me? I\'m not a doctor.") as a side question', () => {
    const next: FlowQuestion = { choices: [{ label: 'Something else worries me', says: ['another worry'].map(phrase) }, { label: "That's all, thanks" }], entries: [] };
    expect(recognizer.recognise("And if they disagree, who's supposed to decide? Me? I'm not a doctor.", next)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('Another worry. It keeps me up.', next)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a question asked after "say" or "suppose" ("say I went private would I have to pay for the whole lot") as a side question, as after "if"; "say nhs" is the button', () => {
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor', says: ['nhs'].map(phrase) }, { label: "I'd pay to see a private doctor", says: ['private', 'went private'].map(phrase) }], entries: [] };
    expect(recognizer.recognise('say I went private would I have to pay for the whole lot or just the one appointment', which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('suppose I went private, will I pay for the treatment too', which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('say nhs', which)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a fear of what a button leads to ("I\'m scared if I pick the NHS one it\'ll take months") as a side question; a fear said after the answer leaves the answer', () => {
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor', says: ['nhs', 'nhs one'].map(phrase) }, { label: "I'd pay to see a private doctor", says: ['private'].map(phrase) }], entries: [] };
    expect(recognizer.recognise("I'm scared if I pick the NHS one it'll take months and I'll get worse", which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('really worried that if i go private they will charge me for everything', which)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise("private, I'm scared if I wait I'll get worse", which)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a reply that opens "is" or "are" and a name ("is pals the same as citizens advice or something different") as a full question without its "?"', () => {
    const intro: FlowQuestion = { choices: [{ label: 'Making a complaint' }, { label: 'Something else', says: ['something different'].map(phrase) }], entries: [] };
    expect(recognizer.recognise('is pals the same as citizens advice or something different', intro)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('something different', intro)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a short question that names a button and asks something about it ("private cost?", "apology likely?") as a side question; the button alone, or asked with its own words, is the button', () => {
    const which: FlowQuestion = { choices: [{ label: 'Another NHS doctor' }, { label: "I'd pay to see a private doctor", says: ['private'].map(phrase) }], entries: [] };
    const wants: FlowQuestion = { choices: [{ label: 'An apology', says: ['apology'].map(phrase) }, { label: 'Waiting and delays', says: ['the waiting'].map(phrase) }], entries: [] };
    const asking = new FlowAnswerRecognizer({ ...rules, askedAbout: ['cost*', 'likely', 'long', 'wait*'].map(phrase) }, matcher);
    expect(asking.recognise('private cost?', which)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise('apology likely?', wants)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise('private?', which)).toEqual({ kind: 'choice', index: 1 });
    expect(asking.recognise('the waiting?', wants)).toEqual({ kind: 'choice', index: 1 });
    // Not a question: a choice and a word beside it
    expect(asking.recognise('private, cost is fine', which)).toEqual({ kind: 'choice', index: 1 });
    // Without the words (typed-answers.yaml's `askedAbout`), the button it names
    expect(recognizer.recognise('private cost?', which)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('apology likely?', wants)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes a short question asking "how long" of the waiting button ("delays how long?") as a side question, though "how long" is one of that button\'s phrases; a worry told with it is the button', () => {
    const worries: FlowQuestion = { choices: [{ label: 'Upsetting my doctor' }, { label: 'Waiting and delays', says: ['wait*', 'delay*', 'how long'].map(phrase) }], entries: [] };
    const asking = new FlowAnswerRecognizer({ ...rules, askedAbout: ['long', 'how long'].map(phrase) }, matcher);
    expect(asking.recognise('delays how long?', worries)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise("how long's the wait?", worries)).toMatchObject({ kind: 'side-question' });
    expect(asking.recognise('delays?', worries)).toEqual({ kind: 'choice', index: 1 });
    expect(asking.recognise("honestly it's how long it will all take", worries)).toEqual({ kind: 'choice', index: 1 });
  });

  it('takes a button\'s own question asked whole after "hang on" ("hang on, so how do I get one then?") as that button when the content has no answer; a question the content answers stays a side question', () => {
    const next: FlowQuestion = { choices: [{ label: 'Something else worries me' }, { label: 'How do I get one?' }, { label: "That's all, thanks" }], entries: [] };
    expect(recognizer.recognise('hang on, right, so how do I get one then?', next)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('hang on, do I have to pay?', next)).toMatchObject({ kind: 'side-question' });
  });

  it('takes a story that says a button in its own words, then a question in a later sentence, as a side question; the question said in those words is the button', () => {
    const problem: FlowQuestion = { choices: [{ label: 'A delay or lost paperwork', says: ['chas*'].map(phrase) }, { label: 'Something else' }], entries: [] };
    expect(recognizer.recognise('My wife has been at it for four months, chasing them every week. Is PALS even the right people for that?', problem)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('Hello there. Why am I still chasing them?', problem)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes an answer that only asks to be agreed with ("I still want a second opinion, alright?") as the answer', () => {
    const why: FlowQuestion = { choices: [{ label: 'I still want a second opinion' }, { label: "I'll talk to my own team first" }], entries: [] };
    expect(recognizer.recognise("I've already thought about why. I still want a second opinion, alright?", why)).toEqual({ kind: 'choice', index: 0 });
    expect(recognizer.recognise("I've already thought about why. I still want a second opinion, could it be soon?", why)).toMatchObject({ kind: 'side-question' });
  });

  it('takes a goodbye said alone ("bye", "done") as a way out where no button fits it, and as the button where one does', () => {
    const wants: FlowQuestion = { choices: [{ label: 'An apology' }, { label: 'A call back' }], entries: [] };
    const worries: FlowQuestion = { choices: [{ label: 'Waiting and delays' }, { label: "That's all, thanks", says: ['done'].map(phrase) }], entries: [] };
    expect(recognizer.recognise('bye', wants)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('done', wants)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('done', worries)).toEqual({ kind: 'choice', index: 1 });
  });

  it('says whether a reply opens with yes at a step with a "Yes, ..." button, never with "no" or at a step without one', () => {
    const problems: FlowQuestion = { choices: [{ label: "Yes, I'm having problems" }, { label: "No, that's all for now" }], entries: [] };
    expect(recognizer.opensWithAnAnswer('yeah nobody gets back to me', problems)).toBe(true);
    expect(recognizer.opensWithAnAnswer('Yes, the hospital keeps losing my letters', problems)).toBe(true);
    expect(recognizer.opensWithAnAnswer('nobody gets back to me, yeah', problems)).toBe(false);
    expect(recognizer.opensWithAnAnswer('no one calls me back', problems)).toBe(false);
    expect(recognizer.opensWithAnAnswer('yeah nobody gets back to me', { choices: [{ label: 'My GP' }], entries: [] })).toBe(false);
  });

  it('says a reply opens with an answer when a few words of its first part say a button\'s whole label, and only then', () => {
    const whoToAsk: FlowQuestion = { choices: [{ label: 'My GP' }, { label: 'My specialist' }], entries: [] };
    expect(recognizer.opensWithAnAnswer('my GP, the specialist never answers the phone anyway', whoToAsk)).toBe(true);
    expect(recognizer.opensWithAnAnswer('the specialist never answers the phone, so my GP I suppose', whoToAsk)).toBe(false);
    expect(recognizer.opensWithAnAnswer('my GP', whoToAsk)).toBe(false);
  });

  it('takes stopping or pausing words ("ah leave it, I\'ll ring them myself", "later maybe") at a button that ends the flow as the way out; "done" and "I shall leave it there" are the button, and the same words fit to another button leave it alone', () => {
    const last: FlowQuestion = { choices: [{ label: 'Go private' }, { label: "That's all, thanks", says: ['leave it', 'later', 'done'].map(phrase), endsTheFlow: true }], entries: [] };
    expect(recognizer.recognise("ah leave it, I'll ring them myself", last)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('later maybe', last)).toEqual({ kind: 'way-out', reason: 'asked' });
    expect(recognizer.recognise('done', last)).toEqual({ kind: 'choice', index: 1 });
    expect(recognizer.recognise('thank you, I shall leave it there', last)).toEqual({ kind: 'choice', index: 1 });
    const going: FlowQuestion = { choices: [{ label: 'Go private', says: ['private later'].map(phrase) }, { label: 'Stay NHS' }], entries: [] };
    expect(recognizer.recognise('private later', going)).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('questions the forty-third pass reads in a flow reply', () => {
  const often = new FlowAnswerRecognizer({ ...rules, askedHowOften: ['often', 'usual', 'rare'].map(phrase), askedWhetherAllowed: ['behalf', 'consent'].map(phrase) }, matcher);
  const worries: FlowQuestion = { choices: [{ label: 'Waiting and delays' }, { label: 'The doctors saying different things', says: ['disagree*'].map(phrase) }], entries: [] };
  const whoFor: FlowQuestion = { choices: [{ label: "It's for me" }, { label: "It's for a relative", says: ['my dad', 'my mum'].map(phrase) }], entries: [] };

  it('answers how often what a button names happens as a question, however long, and still takes the worry told as a question', () => {
    expect(often.recognise('do doctors often disagree about the same diagnosis?', worries)).toMatchObject({ kind: 'side-question' });
    expect(often.recognise('Is it usual for doctors to disagree? I would like to understand it.', worries)).toMatchObject({ kind: 'side-question' });
    expect(often.recognise('what if they disagree?', worries)).toEqual({ kind: 'choice', index: 1 });
  });

  it('answers whether one may ask for someone as a question, not the button it names', () => {
    expect(often.recognise("My dad's got dementia and can't say what he wants. Can I still ask for one on his behalf?", whoFor)).toMatchObject({ kind: 'side-question' });
    expect(often.recognise('does my mum need to give consent?', whoFor)).toMatchObject({ kind: 'side-question' });
    expect(often.recognise('its for my mum', whoFor)).toEqual({ kind: 'choice', index: 1 });
  });

  it('answers what happened told and then a yes-or-no question about it, and leaves a question word after an answer or a worry alone', () => {
    const delay: FlowQuestion = { choices: [{ label: 'Carry on' }, { label: 'I live in Wales, Scotland or NI' }], entries: [] };
    expect(recognizer.recognise('they lost my referral twice now, does that happen a lot', delay)).toMatchObject({ kind: 'side-question' });
    expect(recognizer.recognise('carry on, what do I do first', delay)).toEqual({ kind: 'choice', index: 0 });
  });

  it('takes "or is that..." as asking which of two things is so, not the button said before it', () => {
    expect(recognizer.recognise('do doctors actually disagree much or is that quite rare', { choices: [{ label: 'Waiting' }, { label: 'Disagreeing', says: ['disagree*'].map(phrase) }], entries: [] })).toMatchObject({ kind: 'side-question' });
  });
});

describe('a way out the learnt net reads', () => {
  /** A net sure only of one reply, so what it may and may not override shows plainly. */
  const sureOf = (said: string): FlowAnswerRecognizer =>
    new FlowAnswerRecognizer({ ...rules, learntWayOuts: { threshold: 0.8, thresholdOverAButton: 0.95, probability: (text) => (text === said ? 0.9 : 0.1) } }, matcher);

  it('is a way out when no frame holds it and the net is sure of it', () => {
    expect(recognizer.recognise('that will do me for today', step)).toBeUndefined();
    expect(sureOf('that will do me for today').recognise('that will do me for today', step)).toEqual({ kind: 'way-out', reason: 'asked' });
  });

  it('must be surer when a button fits the reply by some of its words', () => {
    expect(sureOf('ill try the gp first').recognise('ill try the gp first', step)).toEqual({ kind: 'choice', index: 0 });
  });

  it('leaves a reply it is unsure of to be read as before', () => {
    expect(sureOf('something else').recognise('how much does it cost to go private', step)).toMatchObject({ kind: 'side-question' });
  });
});
