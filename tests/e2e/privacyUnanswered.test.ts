import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedRedis } from '../support/redisServer';
import { ask, startBot, type RunningBot } from '../support/startBot';

/** Questions the bot could not answer are counted, redacted, for content editors; nothing else. */
let redisServer: Awaited<ReturnType<typeof sharedRedis>>;
let redis: Redis;
let bot: RunningBot;
beforeAll(async () => {
  redisServer = await sharedRedis();
  redis = new Redis(redisServer.url);
  bot = await startBot({ REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: redisServer.keyPrefix });
  while ((await fetch(`${bot.url}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 50));
});
afterAll(async () => {
  await bot.close();
  redis.disconnect();
  await redisServer.close();
});

let conversations = 0;
const fresh = (): { conversation: { id: string } } => ({ conversation: { id: `unanswered-${Date.now()}-${conversations++}` } });
const counted = async (): Promise<Record<string, number>> => {
  const flat = await redis.zrange(`${redisServer.keyPrefix}:unanswered`, '0', '-1', 'WITHSCORES');
  const counts: Record<string, number> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) counts[flat[i] as string] = Number(flat[i + 1]);
  return counts;
};
/** Counting does not hold up a turn; wait until a question known to be counted shows up. */
async function untilCounted(question: string): Promise<void> {
  while (!((await counted())[question] !== undefined)) await new Promise((r) => setTimeout(r, 20));
}

describe('unanswered questions', () => {
  it('are counted redacted when the bot falls back, and answered ones are not', async () => {
    const question = 'Where do I park my bicycle near SW1A 1AA? mail me at jo@example.com';
    await ask(bot.url, question, fresh());
    await ask(bot.url, `  ${question.toUpperCase()} `, fresh());
    await ask(bot.url, 'can my wife sort out a 2nd opinion for me?', fresh());
    // The bot's writes reach Redis in order: once a later fallback is counted, so is all before it.
    await ask(bot.url, 'marker one: is the moon made of cheese', fresh());
    await untilCounted('marker one: is the moon made of cheese');
    expect(await counted()).toEqual({ 'where do i park my bicycle near [postcode]? mail me at [email]': 2, 'marker one: is the moon made of cheese': 1 });
  });

  it('leave alone what people type as answers inside a guided flow', async () => {
    const before = await counted();
    const conversation = fresh();
    await ask(bot.url, 'I want to make a complaint', conversation);
    await ask(bot.url, 'purple walrus trampoline', conversation);
    await ask(bot.url, 'marker two: is the sun made of custard', fresh());
    await untilCounted('marker two: is the sun made of custard');
    expect(await counted()).toEqual({ ...before, 'marker two: is the sun made of custard': 1 });
  });

  it('are printed, most common first, by npm run report:unanswered', async () => {
    await ask(bot.url, 'what time does the canteen shut', fresh());
    await untilCounted('what time does the canteen shut');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../src/cli/reportUnanswered.ts')], {
      env: { ...process.env, REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: redisServer.keyPrefix },
    });
    const lines = stdout.trim().split('\n').slice(1);
    expect(lines[0]).toMatch(/^\s+2 {2}where do i park my bicycle near \[postcode\]/);
    expect(lines.slice(1)).toContainEqual(expect.stringMatching(/^\s+1 {2}what time does the canteen shut$/));
  }, 60_000);
});
