import { ActivityTypes } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buttonsOf, cardTitlesOf, createTestConversation } from '../support/transcript';

const INTRO = { text: /Ask your GP or specialist to refer you/, buttons: ['Yes, step by step', 'No thanks', 'Can a relative ask for me?'] };
const CONTACTS = { text: 'These people can help', cards: [/PALS/, /Citizens Advice \(England\)/, /Citizens Advice \(Wales\)/] };
const NOT_IN_A_FLOW = /What would you like to know about second opinions/;
const CARRY_ON = { text: 'Shall we carry on where we were?', buttons: ['Carry on', 'Stop here'] };

describe('inside a guided flow', () => {
  it('walks a branch to the summary someone can read out to PALS', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', { text: 'Who is it for?', buttons: ['For me', 'For a relative'] }],
      ['For me', { text: /PALS can help/, buttons: ['A referral'] }],
      ['A referral', /What happened:\*\* I want a second opinion for myself\.[\s\S]*What I'd like:\*\* A referral/],
    ]);
  });

  it('answers a side question, then offers to carry on', async () => {
    await createTestConversation().play([
      ['i want a second opinion', INTRO],
      ['do i have to pay?', ['choose to pay', CARRY_ON]],
      ['carry on', INTRO],
      ['yes', 'Who is it for?'],
    ]);
  });

  it.each([
    ['at the first step', []],
    ['two steps in', ['Yes, step by step']],
  ])('puts safety first %s: an emergency gets 999 and ends the flow', async (_where, before) => {
    const { play, say } = createTestConversation();
    await say('how do i get one');
    for (const text of before) await say(text);
    await play([['my husband has crushing chest pain and is sweating', { text: /999/, buttons: [] }]]);
    const [next] = await say('Yes, step by step');
    expect(next?.text).not.toBe('Who is it for?');
  });

  it('signposts medical advice to a clinician, then asks the same step again', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['should i have chemo or not', [/can't say what is right for you/, INTRO]],
    ]);
  });

  it.each(['cancel', 'stop'])('stops the flow on "%s" at any step', async (command) => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', 'Who is it for?'],
      [command, /stopped that/],
      // The old step's answer, typed after the flow ended, is not taken back into it: the bot asks what they want to know.
      ['For me', NOT_IN_A_FLOW],
    ]);
  });

  it('starts again on "start again", dropping the flow', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['start again', { text: /start again/i, buttons: ['How do I ask for a second opinion?', 'Can a relative ask for me?'] }],
    ]);
  });

  it('gives help without losing the place', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['Yes, step by step', 'Who is it for?'],
      ['help', [/talk to a person/, 'Who is it for?']],
      ['For a relative', /relative can ask/],
    ]);
  });

  it('gives the contacts of people who can help when asked for a person mid-flow, and leaves the flow', async () => {
    await createTestConversation().play([
      ['how do i get one', INTRO],
      ['talk to a person', [CONTACTS, /urgent, call NHS 111/]],
      ['yes', NOT_IN_A_FLOW],
    ]);
  });

  it('does not drop someone back into an old step after a long gap', async () => {
    const { play, say, wait } = createTestConversation({ FLOW_EXPIRY_MINUTES: '60' });
    await say('how do i get one');
    await say('Yes, step by step');
    wait(24 * 60);
    await play([['For me', [/start afresh/, NOT_IN_A_FLOW]]]);
  });

  it('keeps the place after a short pause', async () => {
    const { play, say, wait } = createTestConversation({ FLOW_EXPIRY_MINUTES: '60' });
    await say('how do i get one');
    await say('Yes, step by step');
    wait(10);
    await play([['For me', /PALS can help/]]);
  });
});

describe('handing over to a person', () => {
  it('with an agent desk, asks consent and then sends the handoff event with only the topics covered', async () => {
    const { say } = createTestConversation({ AGENT_DESK: 'true' });
    await say('can my wife ask for a second opinion for me');
    const [ask] = await say('talk to a person');
    expect(ask?.text).toMatch(/adviser[\s\S]*Is that OK\?/);
    expect(buttonsOf(ask ?? {})).toEqual(['Yes, pass me on', 'No, just the contacts']);
    const [event, message] = await say('yes');
    expect(event?.type).toBe(ActivityTypes.Event);
    expect(event?.name).toBe('handoff.initiate');
    expect(JSON.stringify(event?.value)).toContain('Can a relative ask for me?');
    expect(JSON.stringify(event)).not.toContain('my wife');
    expect(message?.text).toMatch(/stay in this chat/);
  });

  it('with an agent desk, gives the contacts instead when consent is refused', async () => {
    const { say } = createTestConversation({ AGENT_DESK: 'true' });
    await say('talk to a person');
    const replies = await say('No, just the contacts');
    expect(replies.map((r) => r.type)).toEqual(['message', 'message']);
    expect(cardTitlesOf(replies[0] ?? {})[0]).toMatch(/PALS/);
  });

  it('without an agent desk, gives PALS and Citizens Advice as cards with links to call or visit', async () => {
    const [cards, urgent] = await createTestConversation().say('talk to a person');
    expect(cardTitlesOf(cards ?? {})).toEqual(['PALS (Patient Advice and Liaison Service)', 'Citizens Advice (England)', 'Citizens Advice (Wales)']);
    const links = (cards?.attachments ?? []).flatMap((a) => (a.content as { buttons: { title: string; value: string }[] }).buttons);
    expect(links).toContainEqual(expect.objectContaining({ title: 'Call 0800 144 8848', value: 'tel:08001448848' }));
    expect(links).toContainEqual(expect.objectContaining({ title: 'Website', value: expect.stringMatching(/^https:\/\/www\.nhs\.uk\//) }));
    expect(cards?.attachments?.[0]?.content).toMatchObject({ text: expect.stringMatching(/Ask the hospital for its PALS/) });
    expect(urgent?.text).toMatch(/urgent, call NHS 111[\s\S]*emergency, call 999/);
  });

  it("uses the deployment's own PALS office, with its hours, when configured", async () => {
    const [cards] = await createTestConversation({ PALS_NAME: 'City Hospital', PALS_PHONE: '01234 567890', PALS_HOURS: 'mon-fri 09:00-17:00' }).say('talk to a person');
    const pals = cards?.attachments?.[0]?.content as { title: string; text: string; buttons: { value: string }[] };
    expect(pals.title).toBe('PALS (Patient Advice and Liaison Service) at City Hospital');
    expect(pals.text).toContain('Open Monday to Friday, 9am to 5pm (open now, until 5pm).');
    expect(pals.buttons.map((b) => b.value)).toContain('tel:01234567890');
  });

  it.each([
    ['accepted', /adviser has joined/],
    ['completed', /adviser has left/],
    ['failed', /no adviser could take the chat/],
  ])('tells the person when the desk reports the handoff %s', async (state, text) => {
    const replies = await createTestConversation({ AGENT_DESK: 'true' }).say({ type: ActivityTypes.Event, name: 'handoff.status', value: { state } });
    expect(replies[0]?.text).toMatch(text);
    if (state === 'failed') expect(cardTitlesOf(replies[1] ?? {})[0]).toMatch(/PALS/);
  });
});
