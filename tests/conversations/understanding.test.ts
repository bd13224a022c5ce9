import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config';
import { buttonsOf, createTestConversation } from '../support/transcript';

const PROBLEMS_INTRO = { text: /PALS can help with problems[\s\S]*What is it about\?/, buttons: ['A delay', 'I want to make a formal complaint'] };
const SORRY = /sorry you've had a bad experience/;
const INTRO = { text: /Ask your GP or specialist to refer you/, buttons: ['Yes, step by step', 'No thanks', 'Can a relative ask for me?'] };
const CARRY_ON = { text: 'Shall we carry on where we were?', buttons: ['Carry on', 'Stop here'] };

describe('complaints', () => {
  it('says sorry first, then takes someone treated badly to the PALS triage flow', async () => {
    await createTestConversation().play([['the nurse was really rude to my dad', [SORRY, PROBLEMS_INTRO]]]);
  });

  it('goes straight to the complaints route for a formal complaint, even when the message also fits a leaflet answer', async () => {
    await createTestConversation().play([
      ['my doctor was rude and i want to make a complaint', [/how to make a formal complaint/, { text: /NHS complaints procedure[\s\S]*complained already\?/, buttons: ['No, not yet', "Yes, but I'm still not happy"] }]],
      ['not yet', /PALS can talk it through/],
    ]);
  });

  it('takes care that went wrong, told as a story without the word "complain", to PALS triage, sorry first', async () => {
    await createTestConversation().play([['they gave me someone elses letter!! name address everything', [SORRY, PROBLEMS_INTRO]]]);
  });

  it('leaves a worry about upsetting the doctor to the leaflet answers', async () => {
    const { say } = createTestConversation();
    const replies = await say('is it rude to ask for a second opinion');
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(SORRY);
  });
});

/** The shipped content, whose learnt complaint net is trained on complaint-examples.yaml (the fixtures' net is a toy). */
const shipped = () => createTestConversation({ KNOWLEDGE_DIR: DEFAULTS.knowledgeDir, DIALOGS_DIR: DEFAULTS.dialogsDir });

describe('complaints about something that is not care, with the shipped content', () => {
  it('says sorry, that it helps only with care, and gives each nation\'s free advice service instead of PALS triage', async () => {
    await shipped().play([
      [
        "the shop sold me a broken kettle and won't give me a refund, how do I complain?",
        { text: /sorry you've had a bad experience[\s\S]*only help with second opinions/, cards: [/Citizens Advice/, /Citizens Advice/, /Citizens Advice Scotland/, /Advice NI/] },
      ],
    ]);
  });

  it('still takes a complaint that names care as well to PALS triage', async () => {
    const replies = await shipped().say('the council and the GP surgery both lost my forms, I want to complain');
    expect(replies[0]?.text).toMatch(SORRY);
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/free advice services/);
  });
});

describe('complaints the phrases do not name, with the shipped content', () => {
  it('takes a complaint told as a story to PALS triage by the learnt net, sorry first', async () => {
    const replies = await shipped().say('waited six hours in a cubicle with my mum and not one person came to check on her');
    expect(replies[0]?.text).toMatch(SORRY);
    expect(replies[1]?.text).toMatch(/What is the problem about\?/);
  });

  it('leaves an unhappy person asking for another doctor to look at it to the leaflet answers', async () => {
    const replies = await shipped().say('my consultant wont listen to me and i want another doctor to look at my scans');
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(SORRY);
  });

  it('takes a typed answer to a flow question as that answer, never as a complaint, however much it says about the surgery', async () => {
    await shipped().play([
      ['how do i get a second opinion', /Talk to your specialist or your GP/],
      ['yes step by step', /think about exactly why you want a second opinion/],
      ['i still want one', /Who is the second opinion for\?/],
      ['its for me', /You can ask your specialist doctor or your GP/],
      ['the surgery, easier to get an appt there', /If your GP surgery has several GPs/],
    ]);
  });
});

describe('typed answers in a flow', () => {
  it('understands the words people type for a button', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['yeah go on', 'Who is it for?'],
      ['its for my mum', 'A relative can ask if the patient agrees.'],
    ]);
  });

  it('takes "not for me" at "Who is it for?" as a relative, never as "It\'s for me"', async () => {
    await shipped().play([
      ['how do i get a second opinion', /Talk to your specialist or your GP/],
      ['yes step by step', /think about exactly why you want a second opinion/],
      ['i still want one', /Who is the second opinion for\?/],
      ["not for me, it's for my dad", /A relative can ask for a second opinion for someone/],
    ]);
  });

  it('takes a number as the button in that place', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['1', 'Who is it for?'],
    ]);
  });

  it('answers a question typed mid-flow with its source, offers to carry on, and carries on', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['is there a fee for a second opinion?', [/choose to pay[\s\S]*From: Costs/, CARRY_ON]],
      ['carry on', INTRO],
    ]);
  });

  it('stops where someone says so after a side question', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['is there a fee for a second opinion?', ['choose to pay', CARRY_ON]],
      ['no thanks', /ask me anything else/i],
    ]);
  });

  it('does not offer again the related question just answered', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Can a relative ask for me?', ['only if you agree', CARRY_ON]],
      ['go on', { text: /Shall we go through it\?/, buttons: ['Yes, step by step', 'No thanks'] }],
    ]);
  });

  it('offers a way out after two replies it cannot place, rather than ending silently', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['purple elephants', /didn't catch that/],
      ['blue giraffes', { text: /leave that there/, buttons: ['Start again', 'Talk to a person'] }],
    ]);
  });

  it('lets someone leave who says they want out', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['get me out of this', { text: /leave that there/, buttons: ['Start again', 'Talk to a person'] }],
    ]);
  });
});

describe('small things people type', () => {
  it.each([
    ['ok', /What would you like to know/],
    ['yes', /What would you like to know/],
    ['no', /anything else about second opinions, just ask/],
    ['hmm', /What would you like to know/],
    ['👍', /What would you like to know/],
  ])('answers "%s" outside a flow sensibly, not with the fallback', async (text, reply) => {
    const [answer] = await createTestConversation().say(text);
    expect(answer?.text).toMatch(reply);
    expect(answer?.text).not.toMatch(/not sure I understood/);
  });

  it('says the advice is about the NHS and names the help in the nation asked about', async () => {
    const [reply] = await createTestConversation().say('does this apply in wales');
    expect(reply?.text).toMatch(/about the NHS\. Wales has its own services/);
    expect(reply?.text).toMatch(/Citizens Advice \(Wales\)/);
  });

  it('reads "would she be able to do this up there?" about a relative in a Scottish city as asking about Scotland', async () => {
    const [reply] = await shipped().say("My mum lives in Glasgow and I'm in Bristol. Would she be able to do this up there?");
    expect(reply?.text).toMatch(/about the NHS\. Scotland has its own services/);
  });

  it('asked about a place the advice does not cover, says what it covers and where to ask, with no facts about the place', async () => {
    const [reply] = await createTestConversation().say('does this cover the isle of man');
    expect(reply?.text).toMatch(/services I can name are in England, Wales, Scotland and Northern Ireland\. I don't have information for the Isle of Man/);
    expect(reply?.text).toMatch(/Your GP or your local health service can tell you/);
  });

  it('asked whether the advice is for the whole UK, names the help in every nation, England too (the fixture has two)', async () => {
    const [reply] = await createTestConversation().say('is this for the whole UK?');
    expect(reply?.text).toMatch(/about the NHS\. England and Wales each have their own services/);
    expect(reply?.text).toMatch(/Citizens Advice \(Wales\)/);
    expect(reply?.text).toMatch(/PALS/);
  });

  it('after "None of these", says it would rather not guess without also saying it did not understand', async () => {
    const [reply] = await createTestConversation().say('None of these');
    expect(reply?.text).toMatch(/Thanks for letting me know/);
    expect(reply?.text).not.toMatch(/not sure I understood/);
  });

  it('takes a question whose verb is a word of praise ("who helps when...?") as a question, and an exclamation of praise as thanks', async () => {
    const [question] = await shipped().say('who helps when things get stuck?');
    expect(question?.text).not.toMatch(/You're welcome/);
    const [praise] = await shipped().say('how helpful that was');
    expect(praise?.text).toMatch(/You're welcome/);
  });

  it('to a question like one about another service, says it may not be about second opinions and where other questions go, still offering what it might mean', async () => {
    await shipped().play([
      ['is the hearing aid clinic free for pensioners', { text: /not sure that's about second opinions[\s\S]*GP or call NHS 111/ }],
      ['Do I have to pay for a second opinion?', /pay/],
    ]);
    const [reply] = await shipped().say('is the hearing aid clinic free for pensioners');
    expect(buttonsOf(reply ?? {})).toContain('None of these');
  });
});

describe('greetings, introductions and praise', () => {
  it.each(["Hi, my name's Sandra", 'hello? anyone there?'])('welcomes "%s" (and asks for no personal details), not the fallback', async (text) => {
    const [reply] = await createTestConversation().say(text);
    expect(reply?.text).toMatch(/^Hello\. I can help[\s\S]*personal details/);
  });

  it('says it is a chatbot, not a person, and how to reach one, when asked "is this a real person?"', async () => {
    const [reply] = await createTestConversation().say('is this a real person?');
    expect(reply?.text).toMatch(/^I'm a chatbot: a computer program, not a person[\s\S]*talk to a person/);
  });

  it('gives the contacts of people who can help to "hello, can I talk to someone?", not the fallback', async () => {
    const [reply] = await createTestConversation().say('hello, can I talk to someone?');
    expect(reply?.text).toMatch(/^These people can help/);
  });

  it('takes "good bot" as thanks', async () => {
    const [reply] = await createTestConversation().say('good bot');
    expect(reply?.text).toMatch(/^You're welcome/);
  });

  it('welcomes an opening that tells its story and asks nothing, when the content has no answer for it, rather than the fallback', async () => {
    await createTestConversation().play([["hello, I'm Gwen from Bangor, my husband's in Ysbyty Gwynedd", /^Hello\. I can help/]]);
  });

  it('answers a question after a greeting and hesitation that ends with thanks, rather than taking it as thanks', async () => {
    const [reply] = await createTestConversation().say('hi there um so how much is a fee for a second opinion thanks');
    expect(reply?.text).toMatch(/choose to pay/);
  });

  it('answers the question that follows a greeting and a name', async () => {
    const [reply] = await createTestConversation().say("Hi, my name's Sandra. Can a relative ask for me?");
    expect(reply?.text).toMatch(/a relative can ask, but only if you agree/);
  });
});

describe('where answers come from', () => {
  it.each(['test', 'msteams', 'webchat'])('shows the leaflet section under every answer (%s)', async (channel) => {
    const [reply] = await createTestConversation({}, channel).say('is there a fee for a second opinion');
    expect(reply?.text).toMatch(/choose to pay[\s\S]*\n\nFrom: Costs$/);
    expect(buttonsOf(reply ?? {})).toEqual(['How do I ask for a second opinion?']);
  });
});

describe('a complaint in the middle of another flow', () => {
  it('leaves that flow for PALS triage instead of taking it as a button', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', 'Who is it for?'],
      ['my mum was treated badly by the nurses', [SORRY, PROBLEMS_INTRO]],
      ['A delay', /PALS can talk it through/],
    ]);
  });

  it('takes a yes told with its problem as the answer to the step; the problem told without the yes still leaves for PALS triage', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, the hospital keeps losing my letters', 'Who is it for?'],
    ]);
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['the hospital keeps losing my letters', [SORRY, PROBLEMS_INTRO]],
    ]);
  });

  it('takes a button said first, then a grumble, as the answer to the step', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', 'Who is it for?'],
      ['For me, the hospital keeps losing my letters anyway', 'If things go wrong, PALS can help.'],
    ]);
  });
});

describe('a side question that could mean more than one thing', () => {
  it('offers the questions it could mean with carrying on, and answers the one picked', async () => {
    const { say } = createTestConversation();
    await say('how do i get one');
    const [offer] = await say('what about family members and fees');
    expect(offer?.text).toMatch(/Did you mean[\s\S]*Shall we carry on where we were\?/);
    expect(buttonsOf(offer ?? {})).toEqual(['Can a relative ask for me?', 'Do I have to pay?', 'Carry on', 'Stop here']);
    const [answer, carryOn] = await say('Do I have to pay?');
    expect(answer?.text).toMatch(/choose to pay/);
    expect(carryOn?.text).toBe('Shall we carry on where we were?');
  });
});

const HOW_TO_ASK = /Start by talking to your GP or specialist|Talk to your specialist or your GP/;

describe('everyday words grown from the thirty-second pass dev sets, with the shipped content', () => {
  it('answers paying to see someone "outside the health service" as paying privately', async () => {
    const [reply] = await shipped().say('what would it set me back to see a doctor outside the health service?');
    expect(reply?.text).toMatch(/Paying is one choice/);
  });

  it.each(['would asking for someone else get me on his bad side', 'will it cause bad feeling with my consultant'])('answers "%s" as the worry about upsetting the doctor', async (text) => {
    const [reply] = await shipped().say(text);
    expect(reply?.text).toMatch(/unlikely your doctor will be offended/);
  });

  it('answers "who do I actually go to" as who to ask, a filler word inside the asking words', async () => {
    const [reply] = await shipped().say("I want someone else to look over my scans before I agree to anything. Who do I actually go to, my GP or the hospital?");
    expect(reply?.text).toMatch(HOW_TO_ASK);
  });

  it('does not answer a second opinion from a tattoo artist or studio from the leaflet', async () => {
    const [reply] = await shipped().say('my tattoo artist reckons the cover up will look bad. is it worth getting a second opinion from another studio?');
    expect(reply?.text).toMatch(/not sure I understood that, and I don't want to guess/);
  });

  it('still answers a care question that names a tattoo', async () => {
    const [reply] = await shipped().say('my tattoo has got infected, can I see a different GP at my surgery?');
    expect(reply?.text).toMatch(/GP/);
  });
});

describe('words grown from the fifty-first pass corpora, with the shipped content', () => {
  it('answers a GP misheard by voice typing and a practice "near my house" as changing GP practice', async () => {
    const [reply] = await shipped().say('how do i move to the jeep e practice near my house');
    expect(reply?.text).toMatch(/moving to another GP practice/);
  });

  it('answers "any body else" typed apart as the worry about talking to the doctor, not a question about something else', async () => {
    const [reply] = await shipped().say('my consultant never listens to me, is there any body else on his team i can see');
    expect(reply?.text).toMatch(/try someone else in the consultant's team/);
  });

  it('answers wanting it all spelled out again as not having understood', async () => {
    const [reply] = await shipped().say('I was in shock in clinic, can someone spell it all out for me again?');
    expect(reply?.text).toMatch(/ask your first doctor to explain it again/);
  });

  it('answers booking with anybody besides the usual GP as seeing another GP at the practice', async () => {
    const [reply] = await shipped().say('can I see anybody besides the one I always get at my surgery?');
    expect(reply?.text).toMatch(/ask to see a different one/);
  });

  it('does not answer a council carer\u2019s assessment from the leaflet, and still answers another view on an autism assessment', async () => {
    const [other] = await shipped().say('how can I get a carers assessment from the council for looking after my dad?');
    expect(other?.text).not.toMatch(/ask for a second opinion for someone else|relative/i);
    const [ours] = await shipped().say('his autism assessment said no and we think it is wrong. how do we go about getting someone else to assess him?');
    expect(ours?.text).toMatch(HOW_TO_ASK);
  });

  it('takes a greeting in a home language then English as a greeting', async () => {
    const [reply] = await shipped().say('xin chao, hello');
    expect(reply?.text).toMatch(/second opinion/i);
    expect(reply?.text).not.toMatch(/not sure I understood/);
  });

  it('does not take the writer cancelling their own clients for appointments as a complaint', async () => {
    const replies = await shipped().say("I keep cancelling clients to go to appointments. What is a second opinion, is it a whole new appointment?");
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(SORRY);
  });
});

describe('words grown from the fifty-second pass corpora, with the shipped content', () => {
  it('answers a second opinion "mucking things up" as its downsides', async () => {
    const [reply] = await shipped().say('would getting another specialist to look at it muck things up with my care?');
    expect(reply?.text).toMatch(/There can be downsides/);
  });

  it('takes asking for PALS\u2019 contact details to the PALS questions', async () => {
    const [reply] = await shipped().say('contact details for PALS please?');
    expect(reply?.text).toMatch(/PALS, the Patient Advice and Liaison Service, helps/);
  });

  it('does not take someone else\u2019s anger at the writer as a complaint, and takes "no apology" about a clinic as one', async () => {
    const notOne = await shipped().say("Can we pay for a private second opinion for my husband? He'd be furious if he knew I was asking.");
    expect(notOne.map((r) => r.text).join(' ')).not.toMatch(SORRY);
    const one = await shipped().say('Four hours sat in that clinic today, no apology, nothing.');
    expect(one.map((r) => r.text).join(' ')).toMatch(SORRY);
  });
});

describe('words grown from the fifty-third pass corpora, with the shipped content', () => {
  const BENEFITS = /If two doctors agree about your diagnosis/;

  it('answers "what\u2019s in it for us" as a second opinion\u2019s benefits', async () => {
    const [reply] = await shipped().say("what's in it for us if a different consultant reads my dad's scans?");
    expect(reply?.text).toMatch(BENEFITS);
  });

  it('does not take asking for "a fresh medic" for a mother as a complaint', async () => {
    const replies = await shipped().say('my mum is too poorly to chase it, can I ask for a fresh medic for her?');
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(SORRY);
  });

  it('answers a "fancier jab" someone else got as not being satisfied with one\u2019s own treatment', async () => {
    const [reply] = await shipped().say('a lady at my church got some fancier jab for the same thing, why have I not been offered it?');
    expect(reply?.text).toMatch(/You may hear about other treatments/);
  });
});
