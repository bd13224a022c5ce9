import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startBot, type RunningBot } from '../support/startBot';

/**
 * Random, huge and odd requests to /api/messages: whatever arrives, the endpoint answers with
 * a status below 500 and stays up. (The matcher and safety rules have their own properties.)
 */
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_IP: '0' });
});
afterAll(async () => {
  await bot.close();
});

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary', minLength: 5_000, maxLength: 30_000 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '🙂'.repeat(3000), 'second opinion '.repeat(2000), 'none of these', 'start again'),
);
const odd = fc.oneof(fc.anything(), fc.constant(null), fc.string({ maxLength: 20 }), fc.integer());

const activity = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'event', 'invoke', 'typing', 'endOfConversation', 'messageReaction'), fc.string({ maxLength: 20 })),
    text: fc.oneof(text, odd),
    id: fc.oneof(fc.string({ maxLength: 40 }), odd),
    channelId: fc.oneof(fc.constantFrom('directline', 'msteams', 'webchat', 'emulator'), odd),
    serviceUrl: fc.oneof(fc.constantFrom('http://127.0.0.1:9', 'not a url', 'ftp://x', ''), odd),
    conversation: fc.oneof(fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), odd) }), odd),
    from: fc.oneof(fc.record({ id: fc.string({ maxLength: 40 }), name: fc.string({ maxLength: 40 }) }), odd),
    recipient: fc.oneof(fc.record({ id: fc.string({ maxLength: 40 }) }), odd),
    deliveryMode: fc.oneof(fc.constant('expectReplies'), odd),
    membersAdded: fc.oneof(fc.array(fc.record({ id: fc.string({ maxLength: 20 }) }), { maxLength: 5 }), odd),
    attachments: fc.oneof(fc.array(fc.record({ contentType: fc.string({ maxLength: 30 }), content: fc.anything() }), { maxLength: 3 }), odd),
    value: odd,
    name: fc.oneof(fc.constantFrom('handoff.status', 'webchat/join'), odd),
    entities: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), odd),
    locale: fc.oneof(fc.constantFrom('en-GB', 'cy', 'zz'), odd),
  },
  { requiredKeys: ['type'] },
);

/** Well-formed envelopes with random content, so most requests reach the bot itself. */
const wellFormed = fc.record({
  type: fc.constantFrom('message', 'message', 'message', 'conversationUpdate', 'event', 'invoke', 'messageReaction'),
  text: text,
  channelId: fc.constantFrom('directline', 'msteams', 'webchat', 'emulator'),
  serviceUrl: fc.constant('http://127.0.0.1:9'),
  conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 60 }) }),
  from: fc.record({ id: fc.string({ maxLength: 40 }) }),
  recipient: fc.record({ id: fc.string({ maxLength: 40 }) }),
  deliveryMode: fc.constant('expectReplies'),
  membersAdded: fc.array(fc.record({ id: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
  attachments: fc.array(fc.record({ contentType: fc.string({ maxLength: 30 }), content: fc.anything() }), { maxLength: 2 }),
  value: odd,
  name: fc.oneof(fc.constantFrom('handoff.status', 'webchat/join'), fc.string({ maxLength: 20 })),
});

async function statusOf(body: unknown): Promise<number> {
  return (await post(bot.url, body)).status;
}

describe('the messaging endpoint under random input', () => {
  it('answers any activity-shaped request without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(activity, wellFormed), async (body) => {
        expect(await statusOf(body)).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('answers any JSON or text body without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 2000 })), async (body) => {
        expect(await statusOf(body)).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('is still up and answering afterwards', async () => {
    const { status, json } = await post(bot.url, { type: 'message', text: 'what is a second opinion', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'after-the-storm' }, from: { id: 'u' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies' });
    expect(status).toBe(200);
    expect((json as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
  });
});
