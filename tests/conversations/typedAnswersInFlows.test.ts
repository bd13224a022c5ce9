import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config';
import { buttonsOf, createTestConversation } from '../support/transcript';

/** The shipped flows and typed-answers.yaml: how a reply in people's own words is taken at a real step. */
const shipped = () => createTestConversation({ KNOWLEDGE_DIR: DEFAULTS.knowledgeDir, DIALOGS_DIR: DEFAULTS.dialogsDir });
const WAY_OUT = { text: /leave that there/, buttons: ['Start again', 'Talk to a person'] };
const CARRY_ON = /Shall we carry on where we were\?$/;

// One conversation for the file (loading the shipped content is slow on a busy machine); each test starts again.
let conversation: ReturnType<typeof shipped>;
beforeAll(() => {
  conversation = shipped();
});

/** The conversation, started again, at the PALS triage step "What next?" after a delay, whose buttons are "Carry on" and the nations. */
async function atDelayStep() {
  await conversation.say('start again');
  await conversation.say('I have a problem getting a second opinion');
  const replies = await conversation.say('A delay or lost paperwork');
  expect(buttonsOf(replies[replies.length - 1] ?? {})).toContain('Carry on');
  return conversation;
}

/** The conversation, started again and led through `steps` (the first opens a flow), then `text` said: the last reply's text. */
async function lastReplyAfter(steps: readonly string[], text: string): Promise<string | undefined> {
  await conversation.say('start again');
  for (const step of steps) await conversation.say(step);
  const replies = await conversation.say(text);
  return replies[replies.length - 1]?.text;
}

const WORRIES = ['are there any downsides to a second opinion?'];
const PALS_TRIAGE = ['I have a problem getting a second opinion'];

describe('ways out of a flow in people\'s own words', () => {
  it('leaves the flow when someone asks for a person however they type it', async () => {
    const { say } = await atDelayStep();
    const replies = await say('can i chat 2 a real person pls');
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('leaves the flow when the button is said only after a "not" ("I\'d rather not carry on"), never takes it', async () => {
    const { say } = await atDelayStep();
    const replies = await say("I'd rather not carry on, no");
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('leaves the flow when "carry on" is refused flatly ("I won\'t carry on", "not carrying on with this"), never takes it', async () => {
    for (const text of ["I won't carry on", 'not carrying on with this, bye']) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' ')).toMatch(/leave that there|I've stopped that/);
    }
  });

  it('leaves the flow for a wish to go that no frame holds, read by the learnt net (way-out-examples.yaml)', async () => {
    for (const text of ["think I've had my fill of this for one night", "my battery is about to die so I'll pick this up another time", 'can I get put through to an actual human']) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' ')).toMatch(/leave that there|I've stopped that/);
    }
  });

  it('leaves the flow for someone fed up with it, or leaving now to come back another day', async () => {
    for (const text of ["I'm fed up of these questions", 'I think I will leave this now and come back another day', 'this is doing my head in']) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(WAY_OUT.text);
    }
  });

  it('leaves the flow to restart, to get out, to ring someone instead, or to have a word with a real adviser', async () => {
    for (const text of [
      'hang on, can we restart',
      'i want out of this',
      "I'll ring them myself, bye",
      'let me think about it and come back later',
      'none of this applies, I want a real adviser',
      'Could I have a word with one of your staff instead?',
      'give me a phone number for a real person',
      'ok im going now',
      'can you put me on to somebody',
      "I think I'd be better speaking to a person to be honest",
      "I'll pass on this thanks",
      "I'm logging off now",
      "i'd sooner speak to someone face to face",
      "i'm not ready for this yet",
      'whoa too many questions, stop',
      'can I phone someone about this instead',
      'is there a phone number I can ring',
      'take me back a step',
      'back one',
      'gonna have a think n come back to it tmrw',
      'nah forget it pet, am leavin it',
      'can we pause and pick this up later?',
      'please put me in touch with a member of your staff',
      "I'd rather call someone and talk it through",
      'brb',
      "och I'm scunnered wi this, ahm away",
    ]) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(WAY_OUT.text);
    }
  });
});

describe('stopping said alone', () => {
  it('stops the flow for "no more" or "all done" at a step with no button for ending', async () => {
    for (const text of ['no more', 'all done', 'I am done']) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(/stopped that/);
    }
  });
});

describe('side questions asked without a question word first', () => {
  it('answers a statement with a question tagged on ("..., can they?") and offers to carry on, rather than taking a button by a shared word', async () => {
    const { say } = await atDelayStep();
    const replies = await say("I don't suppose the new doctor has to see me in person, do they?");
    expect(replies[replies.length - 1]?.text).toMatch(CARRY_ON);
  });

  it('answers a question asked indirectly ("I was wondering if...") even when it says a button\'s label, and offers to carry on', async () => {
    const { say } = await atDelayStep();
    const replies = await say('I was wondering if PALS would carry on chasing the hospital for me');
    expect(replies[replies.length - 1]?.text).toMatch(CARRY_ON);
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/PALS can talk it through|Where do you live/);
  });

  it('reads a question mark said aloud by voice typing as a question', async () => {
    const { say } = await atDelayStep();
    const replies = await say('would the second doctor carry on my treatment question mark');
    expect(replies[replies.length - 1]?.text).toMatch(CARRY_ON);
  });
});

describe('side questions after thanks, a condition, or in the words of a related question', () => {
  it('answers a question asked after thanks, rather than taking the thanks as "That\'s all, thanks"', async () => {
    expect(await lastReplyAfter(WORRIES, 'Thanks, good to know. Do consultants often ask colleagues what they think?')).toMatch(CARRY_ON);
  });

  it('answers a question asked about a condition ("say I did complain, is there a deadline?"), rather than taking "I do" as yes', async () => {
    expect(await lastReplyAfter([...PALS_TRIAGE, 'I want to make a formal complaint'], 'Say I do go ahead with a complaint, is there a deadline for it?')).toMatch(CARRY_ON);
  });

  it('answers a question after a story told first, rather than taking one stray word of the story ("no longer") as a button', async () => {
    expect(await lastReplyAfter([...WORRIES, 'Getting to another hospital'], 'My knees are bad and I no longer drive these days. Could my son come along with me?')).toMatch(CARRY_ON);
  });

  it('answers a question put first ("sorry, one more thing first - ...?", "no hang on, before that, ...?") rather than taking a button from the words that put it first', async () => {
    for (const text of ['sorry, one more thing first - if the new consultant agrees with me, do they take over my care?', 'no hang on, before that, will I have to pay for the travel?']) {
      expect(await lastReplyAfter(WORRIES, text), text).toMatch(CARRY_ON);
    }
  });

  it('answers a question put before carrying on ("before we carry on, is it free?", "wee question afore we cairry on, ...?") rather than carrying on', async () => {
    for (const text of ['before we carry on, is a second opinion free on the NHS?', "wee question afore we cairry on, does a second opinion cost anything if it's on the NHS?"]) {
      const { say } = await atDelayStep();
      await say('how long does a second opinion usually take?');
      const replies = await say(text);
      expect(replies[replies.length - 1]?.text, text).toMatch(CARRY_ON);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(/pay|cost|free|NHS/i);
    }
  });

  it('answers a further question at "Shall we carry on?" even when it says "go on" in passing', async () => {
    const { say } = await atDelayStep();
    await say('how long does a second opinion usually take?');
    const replies = await say('cheers. one more thing, does a second opinion go on my records?');
    expect(replies[replies.length - 1]?.text).toMatch(CARRY_ON);
  });
});

describe('a button read only in its own words', () => {
  it('does not take "not" for the "notes" of "A delay or lost paperwork" ("I\'m not good with phones, can I email PALS?")', async () => {
    expect(await lastReplyAfter(PALS_TRIAGE, "I'm not good with phones, can I email PALS instead?")).toMatch(CARRY_ON);
  });
});

describe('an answer said after a turn', () => {
  it('takes the worry said after "not X, more Y" when both are worries the step offers', async () => {
    const { say } = conversation;
    await say('start again');
    await say('are there any downsides to a second opinion?');
    const replies = await say('not the delays so much, more that the two doctors might disagree');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/If the second doctor says something different/);
  });
});

describe('read in the thirty-second pass', () => {
  const AT_SPECIALIST = ['how do I get a second opinion?', 'Yes, step by step', 'I still want a second opinion', "It's for me", 'My specialist'];

  it('answers a short question that names a button and asks about the wait ("private wait times?"), rather than taking the button', async () => {
    expect(await lastReplyAfter(AT_SPECIALIST, 'private wait times?')).toMatch(CARRY_ON);
  });

  it('answers a question that opens with "and" ("and what\'s private going to set me back, nobody ever says"), rather than taking the button it names', async () => {
    expect(await lastReplyAfter(AT_SPECIALIST, "and what's private going to set me back, nobody ever says")).toMatch(CARRY_ON);
  });

  it('leaves the flow when someone says they will sort it out themselves, with no crisis reply', async () => {
    const { say } = await atDelayStep();
    const replies = await say("whatever, I'll sort it out myself");
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/Samaritans/);
  });
});

describe('read in the thirty-third pass', () => {
  it('leaves the flow, with the offer to start again or talk to a person, when someone says "ah leave it, I\'ll ring the nurse myself" where "That\'s all, thanks" is a button', async () => {
    const replies = await lastReplyAfter(WORRIES, "ah leave it, I'll ring the nurse myself");
    expect(replies).toMatch(WAY_OUT.text);
  });

  it('takes "that\'s all I needed for today" at the same step as "That\'s all, thanks", not as leaving', async () => {
    const replies = await lastReplyAfter(WORRIES, "thank you, I think that's all I needed for today");
    expect(replies).toMatch(/ask me more about second opinions at any time/);
  });

  it('leaves the flow when someone says "what a waste of time this is"', async () => {
    const { say } = await atDelayStep();
    const replies = await say('what a waste of time this is');
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });
});

describe('read in the thirty-fourth pass', () => {
  it('leaves the flow when someone says "brb 10 mins, dont lose my place"', async () => {
    const { say } = await atDelayStep();
    const replies = await say('brb 10 mins, dont lose my place');
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('stops the flow when someone signs off with thanks where no button ends it ("all done ta", "aye, that\'s me done, cheers pal")', async () => {
    for (const text of ['all done ta', "aye, that's me done, cheers pal"]) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' ')).toMatch(/leave that there|I've stopped that/);
    }
  });

  it('leaves the flow when someone would rather ring PALS themselves and speak to someone', async () => {
    const { say } = await atDelayStep();
    const replies = await say("hang on, I'd rather ring PALS myself and speak to someone");
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('answers a button named first and then asked about ("getting to another hospital, how much would that cost?") as a side question, then offers to carry on', async () => {
    const replies = await lastReplyAfter(WORRIES, 'getting to another hospital, how much would that cost?');
    expect(replies).toMatch(CARRY_ON);
  });

  it('still takes a button named first with a reason after it ("getting to another hospital, I can\'t drive")', async () => {
    const replies = await lastReplyAfter(WORRIES, "getting to another hospital, I can't drive");
    expect(replies).not.toMatch(CARRY_ON);
  });

  it('leaves the flow for a person when someone would rather speak on the telephone and then asks for a number to ring', async () => {
    const { say } = await atDelayStep();
    const replies = await say('I would much prefer to speak to someone on the telephone. Is there a number I might ring?');
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });
});

describe('read in the thirty-fifth pass', () => {
  const WHO_FOR = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion'];

  it('answers a short answer followed by a question of its own ("It\'s for a relative, our nan. Does she have to say yes to it herself?") first, then offers to carry on', async () => {
    const replies = await lastReplyAfter(WHO_FOR, "It's for a relative, our nan. Does she have to say yes to it herself?");
    expect(replies).toMatch(CARRY_ON);
  });

  it('still takes the answer when what follows is left to the flow ("it\'s for a relative, what do I do first?")', async () => {
    const replies = await lastReplyAfter(WHO_FOR, "it's for a relative, what do I do first?");
    expect(replies).not.toMatch(CARRY_ON);
    expect(replies).toMatch(/A relative can ask/);
  });

  it('answers "who calls back?" at the what-would-help step as a question, not the call back button', async () => {
    const replies = await lastReplyAfter([...PALS_TRIAGE, 'A delay or lost paperwork', 'Carry on'], 'who calls back?');
    expect(replies).toMatch(CARRY_ON);
  });
});

describe('read in the thirty-seventh pass', () => {
  const AT_THE_GP_STEP = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion', "It's for me", 'My GP'];
  const WHAT_WOULD_HELP = [...PALS_TRIAGE, 'A delay or lost paperwork', 'Carry on'];

  it('answers a doubt told about how things work ("I\'m not sure my GP can refer me to another hospital") as a question; "not sure, maybe ask my GP to refer me" is the button', async () => {
    expect(await lastReplyAfter(AT_THE_GP_STEP, "I'm not sure my GP can refer me to another hospital")).toMatch(CARRY_ON);
    expect(await lastReplyAfter(AT_THE_GP_STEP, 'not sure, maybe ask my GP to refer me')).not.toMatch(CARRY_ON);
  });

  it('takes "What I\'d really like is for someone to explain why..." as the explanation wanted, not a question', async () => {
    const replies = await lastReplyAfter(WHAT_WOULD_HELP, "What I'd really like is for someone to explain why my referral was turned down");
    expect(replies).toMatch(/I would like an explanation/);
  });

  it('leaves the flow when someone would much prefer to discuss it with a member of staff', async () => {
    const { say } = await atDelayStep();
    const replies = await say('I would much prefer to discuss this with a member of staff.');
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });
});

describe('read in the thirty-eighth pass', () => {
  const AT_THE_DELAY_STEP = [...PALS_TRIAGE, 'A delay or lost paperwork'];
  const AT_THE_FIRST_STEP = ['how do I get a second opinion'];

  it('takes "I\'m up in Scotland, so nae use carrying on wi the England stuff" as living elsewhere, while "I won\'t carry on, thanks" still leaves', async () => {
    expect(await lastReplyAfter(AT_THE_DELAY_STEP, "I'm up in Scotland, so nae use carrying on wi the England stuff")).toMatch(/Where do you live\?$/);
    const { say } = await atDelayStep();
    const replies = await say("I won't carry on, thanks");
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('answers a question asked after "but" before taking the button named first', async () => {
    expect(await lastReplyAfter(AT_THE_FIRST_STEP, 'Step by step sounds good, but roughly how long does the whole process take, from asking to being seen?')).toMatch(CARRY_ON);
    expect(await lastReplyAfter(AT_THE_DELAY_STEP, "carry on, but will PALS tell my consultant I've been in touch?")).toMatch(CARRY_ON);
  });

  it('leaves the flow for goodbyes said together ("done now, bye") and for finishing after a shift', async () => {
    for (const text of ['done now, bye', "I'll have to finish this after me shift, will it keep me place?"]) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(WAY_OUT.text);
    }
  });

  it('leaves the flow for a pause asked for to come back later, though the reply also names a button ("after I\'ve spoken to my sister")', async () => {
    await conversation.say('start again');
    await conversation.say('how do I get a second opinion');
    await conversation.say('Yes, step by step');
    const whoFor = await conversation.say('I still want a second opinion');
    expect(buttonsOf(whoFor[whoFor.length - 1] ?? {})).toContain("It's for a relative");
    const replies = await conversation.say("can I come back to this tomorrow after I've spoken to my sister");
    expect(replies.map((r) => r.text).join(' ')).toMatch(WAY_OUT.text);
  });

  it('leaves the flow for a return to this chat told, not asked ("I shall return to this tomorrow when my son can help"), though it names a relative', async () => {
    const atWhoFor = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion'];
    expect(await lastReplyAfter(atWhoFor, 'I shall return to this tomorrow when my son is able to assist me.')).toMatch(WAY_OUT.text);
    expect(await lastReplyAfter(atWhoFor, "my son, I'll ask him later what he thinks")).not.toMatch(WAY_OUT.text);
  });

  it('takes a button named first when what is asked after it is what happens next ("I\'d pay, we\'ve a bit put by, what happens after that?")', async () => {
    const atNhsOrPrivate = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion', "It's for me", 'My specialist'];
    const replies = await lastReplyAfter(atNhsOrPrivate, "I'd pay, we've a bit put by, what happens after that?");
    expect(replies).not.toMatch(CARRY_ON);
    expect(replies).toMatch(/pay to see a private doctor/);
  });

  it('answers a question that first names the topic it is about ("Regarding an NHS doctor...: would my records be forwarded?") rather than taking that button', async () => {
    const atTheSpecialistStep = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion', "It's for me", 'My specialist'];
    const question = 'Regarding an NHS doctor rather than a private one: would my records be forwarded automatically, or must I request them myself?';
    expect(await lastReplyAfter(atTheSpecialistStep, question)).toMatch(CARRY_ON);
    expect(await lastReplyAfter(atTheSpecialistStep, 'another NHS doctor please')).not.toMatch(CARRY_ON);
    // ...as is a condition in the formal order ("Were I to pay to see a private doctor, would...?"), which names a button whole
    expect(await lastReplyAfter(atTheSpecialistStep, 'Were I to pay to see a private doctor, would the NHS continue my treatment thereafter?')).toMatch(CARRY_ON);
    expect(await lastReplyAfter(atTheSpecialistStep, 'say the new doctor wants a different treatment who pays for that')).toMatch(CARRY_ON);
  });

  it('splits a reply at a long dash as at a short one ("Another NHS doctor — can I choose which hospital...?")', async () => {
    const atTheSpecialistStep = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion', "It's for me", 'My specialist'];
    for (const dash of ['—', '-']) {
      expect(await lastReplyAfter(atTheSpecialistStep, `Another NHS doctor ${dash} can I choose which hospital, or do they just send me wherever?`), dash).toMatch(CARRY_ON);
    }
  });
});

describe('read in the thirty-ninth pass', () => {
  it('answers a button named bare and then asked about in the same sentence ("Waiting and delays, how long are we talking?") before going on', async () => {
    expect(await lastReplyAfter(WORRIES, 'Waiting and delays, how long are we looking at, a few weeks?')).toMatch(CARRY_ON);
    expect(await lastReplyAfter(WORRIES, 'getting to another hospital - would they pay for the bus?')).toMatch(CARRY_ON);
  });

  it('still takes the button when the first part is an answer someone says, or the question asks for the button itself', async () => {
    expect(await lastReplyAfter(WORRIES, 'Waiting and delays, definitely')).not.toMatch(CARRY_ON);
    expect(await lastReplyAfter(WORRIES, 'not really, how do I actually get one')).not.toMatch(CARRY_ON);
    expect(await lastReplyAfter(['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion'], 'for my dad, can I ask on his behalf?')).not.toMatch(CARRY_ON);
  });
});

describe('read in the fortieth pass', () => {
  it('answers a question asked after "but" before going on, with or without a comma before it', async () => {
    expect(await lastReplyAfter(['how do I get a second opinion'], 'step by step is ok but how long would the whole thing take, roughly?')).toMatch(CARRY_ON);
    expect(await lastReplyAfter(['how do I get a second opinion'], 'step by step is ok, but how long would the whole thing take, roughly?')).toMatch(CARRY_ON);
  });

  it('still takes the button when what follows "but" asks what to do next, which the flow answers', async () => {
    expect(await lastReplyAfter([...PALS_TRIAGE, 'I want to make a formal complaint'], 'yes they wrote back but what can I do now, it is not good enough')).not.toMatch(CARRY_ON);
  });

  it('takes dashing off to finish the questions later as a way out, not a crisis', async () => {
    expect(await lastReplyAfter(['how do I get a second opinion', 'Yes, step by step'], "gotta dash, I'll finish this tonight ok?")).toMatch(WAY_OUT.text);
  });

  it('answers a question asked formally ("I would be most grateful to know whether...") before going on', async () => {
    expect(await lastReplyAfter([...PALS_TRIAGE, 'I want to make a formal complaint'], 'I would be very grateful to know whether the ward staff would hear about my complaint.')).toMatch(CARRY_ON);
  });
});

describe('read in the forty-first pass', () => {
  const WHAT_LIKE = [...PALS_TRIAGE, 'Talking to my doctor or team', 'Carry on'];

  it('answers a question asked formally after a button\'s whole label ("..., might PALS arrange that?") before going on', async () => {
    expect(await lastReplyAfter(WHAT_LIKE, 'A referral for a second opinion: might PALS arrange that for me, or must it come from my GP?')).toMatch(CARRY_ON);
  });

  it('answers a question asked about a button named in a sentence of its own, or asked after a softening word', async () => {
    expect(await lastReplyAfter(WORRIES, 'Waiting and delays. How long does that usually take?')).toMatch(CARRY_ON);
    expect(await lastReplyAfter(WHAT_LIKE, 'A call back, roughly how soon would that be?')).toMatch(CARRY_ON);
  });

  it('answers a question asked with "?" about a button named first in words that ask about it, without a question word', async () => {
    expect(await lastReplyAfter([...PALS_TRIAGE, 'Talking to my doctor or team', 'I live in Wales, Scotland or NI'], 'Wales, the rules is same like England?')).toMatch(CARRY_ON);
  });

  it('answers asking leave for a relative on a condition about them ("can I ask for my gran if she can\'t decide herself")', async () => {
    const whoFor = ['how do I get a second opinion', 'Yes, step by step', 'I still want a second opinion'];
    expect(await lastReplyAfter(whoFor, "can I ask for my gran if she can't really decide for herself any more")).toMatch(CARRY_ON);
  });

  it('leaves the flow for a person when asked to carry on and someone would rather telephone somebody, not "I would" as a yes', async () => {
    const offeredToCarryOn = [...WORRIES, 'does going private cost a lot?'];
    expect(await lastReplyAfter(offeredToCarryOn, 'I would rather telephone somebody. Is there a helpline number, please?')).toMatch(WAY_OUT.text);
  });

  it('takes the button whose label is the question asked after putting off answering ("hold on, right, how do I get one then")', async () => {
    expect(await lastReplyAfter([...WORRIES, 'Waiting and delays'], 'hold on, right, how do I actually get one then')).not.toMatch(CARRY_ON);
  });

  it('still takes the button when its whole label is followed by something said, not asked', async () => {
    expect(await lastReplyAfter(WHAT_LIKE, 'A referral for a second opinion, that is all I want')).not.toMatch(CARRY_ON);
  });
});

describe('ways out read in the fifty-third pass (typed-train-71a, 73a)', () => {
  it('leaves the flow for a person wished for "if that can be arranged", for help and coming back tomorrow, for "restart" said alone and for going back to change an answer', async () => {
    for (const text of [
      'I would rather speak with a human being, if that can be arranged.',
      'i will ask my son to sit with me and come back tomorrow',
      'ugh I messed that up, restart pls',
      'can I go back and change my answer',
    ]) {
      const { say } = await atDelayStep();
      const replies = await say(text);
      expect(replies.map((r) => r.text).join(' '), text).toMatch(WAY_OUT.text);
    }
  });
});
