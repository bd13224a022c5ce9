import { ActivityTypes, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buttonsOf, createTestConversation } from '../support/transcript';

/** TestAdapter's bot account: the one a Teams @mention of the bot names. */
const BOT = { id: 'bot', name: 'Advice Bot' };

function teamsMessage(text: string, mentions: { id: string; name: string }[]): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    channelId: 'msteams',
    entities: mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: { id: m.id, name: m.name } })),
  };
}

describe('in Microsoft Teams', () => {
  it.each(['how do I ask for a second opinion', 'hi', 'start again', 'talk to a person'])('reads "<at>Advice Bot</at> %s" as if the @mention were not there', async (text) => {
    const plain = await createTestConversation({}, 'msteams').say(text);
    const mentioned = await createTestConversation({}, 'msteams').say(teamsMessage(`<at>Advice Bot</at> ${text}`, [BOT]));
    expect(mentioned.map((r) => r.text)).toEqual(plain.map((r) => r.text));
  });

  it("leaves someone else's @mention in the message it reads", async () => {
    const replies = await createTestConversation({}, 'msteams').say(teamsMessage('<at>Sam</at> <at>Advice Bot</at> can a relative ask for me', [{ id: 'sam', name: 'Sam' }, BOT]));
    expect(replies[0]?.text).toMatch(/consent|agree|permission|say yes|ok with/i);
  });

  it('welcomes the person when the app is installed in a personal chat, and not when it is removed', async () => {
    const { say } = createTestConversation({}, 'msteams');
    const [welcome] = await say({ type: ActivityTypes.InstallationUpdate, action: 'add', channelId: 'msteams' });
    expect(welcome?.text).toMatch(/not a doctor[\s\S]*999/i);
    expect(await say({ type: ActivityTypes.InstallationUpdate, action: 'remove', channelId: 'msteams' })).toEqual([]);
  });

  it('shows buttons on a hero card, as Teams does not show suggested actions everywhere, with no markdown it cannot show', async () => {
    const { say } = createTestConversation({}, 'msteams');
    const replies = [...(await say('hello')), ...(await say('how do I ask for a second opinion'))];
    for (const reply of replies) {
      expect(reply.suggestedActions).toBeUndefined();
      // Teams shows plain paragraphs, bold, italics and lists; not headings, tables or HTML.
      expect(reply.text ?? '').not.toMatch(/^#|\|.*\||<\/?[a-z]+>|```/m);
    }
    const card = replies[0]?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(replies[0] ?? {}).length).toBeGreaterThan(0);
  });

  it('offers no Web Chat feedback marks (Teams has its own)', async () => {
    const replies = await createTestConversation({}, 'msteams').say('how do I ask for a second opinion');
    expect(JSON.stringify(replies)).not.toContain('feedbackEntry');
  });
});

describe('while an adviser from the agent desk has the conversation', () => {
  async function handedOver(env: Record<string, string> = { AGENT_DESK: 'true' }) {
    const conversation = createTestConversation(env);
    await conversation.say('talk to a person');
    await conversation.say('yes');
    const [joined] = await conversation.say({ type: ActivityTypes.Event, name: 'handoff.status', value: { state: 'accepted' } });
    expect(joined?.text).toMatch(/adviser has joined/);
    return conversation;
  }

  it('keeps quiet: no welcome, no answers, no fallback', async () => {
    const { say } = await handedOver();
    expect(await say('hello? is anyone there')).toEqual([]);
    expect(await say('how do I ask for a second opinion')).toEqual([]);
    expect(await say('zzz qqq')).toEqual([]);
    expect(await say({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'adviser-1', name: 'Adviser' }] })).toEqual([]);
  });

  it('still answers an emergency or a crisis at once', async () => {
    const { say } = await handedOver();
    const [emergency] = await say('my dad has crushing chest pain and cannot breathe');
    expect(emergency?.text).toMatch(/Call 999 now/);
    const [crisis] = await say('i want to end my life');
    expect(crisis?.text).toMatch(/Samaritans/);
  });

  it.each([
    ['completed', /adviser has left/],
    ['failed', /no adviser could take the chat/],
  ])('takes over again when the desk reports the handoff %s', async (state, text) => {
    const { say } = await handedOver();
    const [status] = await say({ type: ActivityTypes.Event, name: 'handoff.status', value: { state } });
    expect(status?.text).toMatch(text);
    const [answer] = await say('how do I ask for a second opinion');
    expect(answer?.text).toMatch(/GP|specialist/);
  });

  it('without an agent desk configured, the bot never goes quiet', async () => {
    const { say } = createTestConversation();
    await say({ type: ActivityTypes.Event, name: 'handoff.status', value: { state: 'accepted' } });
    const [answer] = await say('how do I ask for a second opinion');
    expect(answer?.text).toMatch(/GP|specialist/);
  });
});
