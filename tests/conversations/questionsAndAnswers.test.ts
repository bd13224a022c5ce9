import { describe, expect, it } from 'vitest';
import { buttonsOf, createTestConversation } from '../support/transcript';

describe('a conversation about second opinions', () => {
  it('welcomes a greeting with what the bot covers, that it is a computer program and not a doctor, no personal details, and 999', async () => {
    await createTestConversation().play([
      ['hi', { text: /second opinion[\s\S]*computer program, not a doctor[\s\S]*personal details[\s\S]*999/i, buttons: ['How do I ask for a second opinion?', 'Can a relative ask for me?'] }],
    ]);
  });

  it('answers a question with the entry and offers its follow-ups as buttons', async () => {
    await createTestConversation().play([
      ['is there a fee for a second opinion', { text: 'choose to pay', buttons: ['How do I ask for a second opinion?'] }],
      ['can my wife ask for a second opinion for me', { text: 'only if you agree', buttons: ['How do I ask for a second opinion?'] }],
    ]);
  });

  it('starts the guided flow when the entry a flow starts from is asked, answering first', async () => {
    await createTestConversation().play([
      ['How do I ask for a second opinion?', { text: /Ask your GP or specialist to refer you[\s\S]*Shall we go through it\?/, buttons: ['Yes, step by step', 'No thanks', 'Can a relative ask for me?'] }],
    ]);
  });

  it('offers a close runner-up of an answer that starts a guided flow on the flow\'s first step, answering it when picked', async () => {
    await createTestConversation().play([
      ['how do i ask and what does it cost', { text: /Ask your GP or specialist to refer you[\s\S]*Shall we go through it\?/, buttons: ['Yes, step by step', 'No thanks', 'Can a relative ask for me?', 'Do I have to pay?'] }],
      ['Do I have to pay?', ['choose to pay', { text: /carry on/i }]],
    ]);
  });

  it('answers the best candidate and offers a close runner-up under the answer, answering the one picked', async () => {
    await createTestConversation().play([
      ['can my family pay for a second opinion', [{ text: 'only if you agree', buttons: ['How do I ask for a second opinion?'] }, { text: /or were you asking about/i, buttons: ['Do I have to pay?'] }]],
      ['Do I have to pay?', 'choose to pay'],
    ]);
  });

  it('finds the question at the end of a long message with a story around it', async () => {
    const [reply] = await createTestConversation().say('My husband was diagnosed last month and we are both a bit lost. We would like a second opinion. Is there a fee for it?');
    expect(reply?.text).toContain('choose to pay');
  });

  it('says honestly when it is not sure, what it covers and where else to go, and offers a person', async () => {
    const { say } = createTestConversation();
    const [reply] = await say('what is the capital of peru');
    expect(reply?.text).toMatch(/not sure/i);
    expect(reply?.text).toMatch(/111/);
    expect(buttonsOf(reply ?? {})).toContain('Talk to a person');
  });

  it('says it is not sure when a message about second opinions is unclear, and offers the likeliest topics', async () => {
    await createTestConversation().play([
      [
        'I have sarcoidosis. second opinion please',
        { text: /not sure[\s\S]*one of these/i, buttons: ['How do I ask for a second opinion?', 'Can a relative ask for me?', 'None of these'] },
      ],
      ['Can a relative ask for me?', 'only if you agree'],
    ]);
  });

  it('takes "None of these" as a cue to say it would rather not guess', async () => {
    await createTestConversation().play([['None of these', /rather not guess/i]]);
  });

  it('is polite about thanks and goodbyes without matching them to the leaflet', async () => {
    await createTestConversation().play([
      ['thanks!', /you're welcome/i],
      ['bye', /take care/i],
    ]);
  });

  it('says sorry and what it can do when told a reply did not help, rather than "you\'re welcome"', async () => {
    await createTestConversation().play([['thanks but that didnt help', /sorry that didn't help[\s\S]*talk to a person/i]]);
  });

  it('gives help, and the contacts of people who can help, at any time', async () => {
    await createTestConversation().play([
      ['help', /start again[\s\S]*talk to a person/i],
      ['talk to a person', [{ text: 'These people can help', cards: [/PALS/, /Citizens Advice/, /Citizens Advice/] }, /urgent/]],
    ]);
  });

  it('shows buttons on a hero card in Teams, where suggested actions may not show', async () => {
    const { say } = createTestConversation({}, 'msteams');
    const [reply] = await say('can my wife ask for a second opinion for me');
    expect(reply?.suggestedActions).toBeUndefined();
    expect(reply?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(reply ?? {})).toEqual(['How do I ask for a second opinion?']);
  });
});

describe('safety comes before anything else', () => {
  it('sends an emergency to 999 even inside a question about second opinions', async () => {
    await createTestConversation().play([
      ['we wanted a second opinion but now his face has dropped on one side and his speech is slurred', { text: /call 999 now/i, buttons: [] }],
    ]);
  });

  it('answers a crisis calmly with Samaritans, 111 option 2 and 999, and no questions', async () => {
    await createTestConversation().play([
      ['i cant go on anymore, i want to end it all', { text: /116 123[\s\S]*111[\s\S]*option 2[\s\S]*999/, buttons: [] }],
    ]);
  });

  it('does not give medical advice, and points to a clinician instead', async () => {
    await createTestConversation().play([['should i have chemo or not', /can't say what is right for you[\s\S]*GP/i]]);
  });

  it('does not mistake the pain of waiting for an emergency', async () => {
    const { say } = createTestConversation();
    const [reply] = await say('the pain of waiting for results is awful, how do i ask for a second opinion');
    expect(reply?.text).not.toMatch(/999/);
  });
});

describe('long messages', () => {
  it('still find an emergency described after 500 characters of context', async () => {
    const context = 'We have been waiting a long time for news about a second opinion and it has been hard. '.repeat(8);
    const { say } = createTestConversation();
    const [reply] = await say(`${context} Right now he has collapsed and will not wake up.`);
    expect(context.length).toBeGreaterThan(500);
    expect(reply?.text).toMatch(/call 999 now/i);
  });
});
