import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config';
import { loadContent } from '../../src/knowledge/loadContent';
import { startRedisServer, type RedisServer } from '../support/redisServer';
import { ask, startBot, type RunningBot } from '../support/startBot';

/** A Redis of this test's own, stopped and started again under a running bot. */
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const flow = content.flows.find((f) => f.steps.length > 2) ?? content.flows[0];
if (!flow) throw new Error('the shipped content has no guided flow');
const steps = new Map(flow.steps.map((step) => [step.id, step]));
const startQuestion = content.knowledge.entries.find((entry) => entry.id === flow.startsFrom.entries[0])?.question ?? '';
const firstStep = steps.get(flow.start);
const firstChoice = firstStep?.choices.find((choice) => choice.next !== undefined);

let redis: RedisServer;
let bot: RunningBot;
beforeAll(async () => {
  redis = await startRedisServer();
  bot = await startBot({ REDIS_URL: redis.url });
  await until(async () => (await fetch(`${bot.url}/readyz`)).status === 200);
});
afterAll(async () => {
  await bot.close();
  await redis.stop();
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

const textOf = (activities: Record<string, unknown>[]): string => activities.map((x) => String(x.text ?? '')).join('\n');

describe('when Redis stops mid-conversation', () => {
  it('keeps answering questions, says a guided flow had to restart, and recovers when Redis is back', async () => {
    const conversation = { conversation: { id: `outage-${Date.now()}` } };
    const started = await ask(bot.url, startQuestion, conversation);
    expect(textOf(started.activities)).toContain(firstStep?.say.slice(0, 40));

    await redis.stop();
    const midFlow = await ask(bot.url, firstChoice?.label ?? '', conversation);
    expect(midFlow.status).toBe(200);
    expect(textOf(midFlow.activities)).toMatch(/can't reach my memory/i);
    expect(textOf(midFlow.activities)).toMatch(/start them again/i);
    expect(textOf(midFlow.activities)).not.toMatch(/something went wrong/i);

    const question = await ask(bot.url, 'can my wife sort out a 2nd opinion for me?', conversation);
    expect(question.status).toBe(200);
    expect(textOf(question.activities)).toMatch(/consent|agree|permission|say yes|ok with/i);
    expect((await fetch(`${bot.url}/readyz`)).status, 'not ready while its store is down').toBe(503);
    expect((await fetch(`${bot.url}/healthz`)).status, 'but alive').toBe(200);

    await redis.restart();
    await until(async () => (await fetch(`${bot.url}/readyz`)).status === 200);
    const again = { conversation: { id: `outage-after-${Date.now()}` } };
    await ask(bot.url, startQuestion, again);
    const next = await ask(bot.url, firstChoice?.label ?? '', again);
    expect(textOf(next.activities)).not.toMatch(/can't reach my memory/i);
    expect(textOf(next.activities)).toContain(steps.get(firstChoice?.next ?? '')?.say.slice(0, 40));
  });
});
