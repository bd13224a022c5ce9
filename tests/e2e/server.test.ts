import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, messageActivity, post, startBot, startChannel, type RunningBot } from '../support/startBot';

/** The real server, started as `npm start` starts it, spoken to over HTTP as channels do. */
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.close();
});

const texts = (activities: Record<string, unknown>[]): string[] => activities.map((a) => String(a.text ?? ''));

describe('the bot over the Bot Framework protocol', () => {
  it('answers in the HTTP response when the activity asks for expectReplies', async () => {
    const { status, activities } = await ask(bot.url, 'can my wife sort out a 2nd opinion for me?');
    expect(status).toBe(200);
    // The answer first; close runners-up may follow it as "Or were you asking about…".
    expect(activities.length).toBeGreaterThanOrEqual(1);
    expect(texts(activities)[0]).toMatch(/consent|agree|permission|say yes|ok with/i);
    const actions = (activities[0]?.suggestedActions as { actions?: unknown[] } | undefined)?.actions ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(2);
  });

  it("posts replies to the channel's serviceUrl otherwise", async () => {
    const channel = await startChannel();
    try {
      const activity = messageActivity('hi', { serviceUrl: channel.serviceUrl });
      const { status } = await post(bot.url, activity);
      expect(status).toBe(200);
      expect(channel.replies).toHaveLength(1);
      const [reply] = channel.replies;
      expect(reply?.path).toBe(`/v3/conversations/${String((activity.conversation as { id: string }).id)}/activities/${String(activity.id)}`);
      expect(String(reply?.activity.text)).toMatch(/999/);
      expect(String(reply?.activity.text)).toMatch(/not a doctor/i);
    } finally {
      await channel.close();
    }
  });

  it('welcomes a person who joins the conversation, but not itself joining', async () => {
    const channel = await startChannel();
    try {
      const join = (id: string): Record<string, unknown> =>
        messageActivity(undefined, { type: 'conversationUpdate', membersAdded: [{ id }], serviceUrl: channel.serviceUrl });
      await post(bot.url, join('bot-1'));
      expect(channel.replies).toHaveLength(0);
      await post(bot.url, join('user-1'));
      expect(channel.replies).toHaveLength(1);
      expect(String(channel.replies[0]?.activity.text)).toMatch(/second opinion/i);
    } finally {
      await channel.close();
    }
  });

  it('keeps the dialog-state trace (which holds message text) for the Emulator only', async () => {
    const types = async (channelId: string): Promise<unknown[]> => (await ask(bot.url, 'what is a second opinion', { channelId })).activities.map((a) => a.type);
    expect(await types('directline')).toEqual(['message']);
    expect(await types('emulator')).toEqual(['message', 'trace']);
  });

  it('says the bot is up on /healthz', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('bad input gets a polite reply or a 4xx, and never takes the server down', () => {
  it.each([
    ['empty text', ''],
    ['only spaces', '   '],
  ])('asks for a typed question when the message has %s', async (_kind, text) => {
    const { status, activities } = await ask(bot.url, text);
    expect(status).toBe(200);
    expect(texts(activities)[0]).toMatch(/type your question/i);
  });

  it('asks for a typed question when a message has only an attachment', async () => {
    const { activities } = await ask(bot.url, undefined, { attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] });
    expect(texts(activities)[0]).toMatch(/type your question/i);
  });

  it('answers a 20,000-character message without choking', async () => {
    const long = `how much does a second opinion cost? ${'blah '.repeat(4000)}`;
    const { status, activities } = await ask(bot.url, long);
    expect(status).toBe(200);
    expect(activities.length).toBeGreaterThanOrEqual(1);
  });

  it('copes with emoji, control characters and right-to-left marks', async () => {
    const { status, activities } = await ask(bot.url, '\u0000\u0007🙂🙂 \u202e secnd opinon?? \uffff');
    expect(status).toBe(200);
    expect(activities.length).toBeGreaterThanOrEqual(1);
  });

  it.each(['typing', 'messageReaction', 'event', 'installationUpdate', 'somethingNew'])('stays quiet on a %s activity', async (type) => {
    const { status, json } = await post(bot.url, messageActivity(undefined, { type, deliveryMode: 'expectReplies', name: 'unknown' }));
    expect(status).toBe(200);
    expect((json as { activities?: unknown[] } | undefined)?.activities ?? []).toEqual([]);
  });

  it('refuses malformed JSON with 400', async () => {
    const { status } = await post(bot.url, '{"type": "message", "text": ');
    expect(status).toBe(400);
  });

  it('refuses a body that is not an activity with 400', async () => {
    expect((await post(bot.url, { hello: 'world' })).status).toBe(400);
    expect((await post(bot.url, [])).status).toBe(400);
    expect((await post(bot.url, 'null')).status).toBe(400);
  });

  it('refuses a 5 MB body with 413', async () => {
    const { status } = await post(bot.url, messageActivity('x'.repeat(5 * 1024 * 1024)));
    expect(status).toBe(413);
  });

  it('is still up after all of that', async () => {
    const { status, activities } = await ask(bot.url, 'what is a second opinion');
    expect(status).toBe(200);
    expect(activities).toHaveLength(1);
  });
});
