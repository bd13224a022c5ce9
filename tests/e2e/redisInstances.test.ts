import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config';
import type { FlowStep } from '../../src/knowledge/flows/types';
import { loadContent } from '../../src/knowledge/loadContent';
import { createLogger } from '../../src/logger';
import { sharedRedis } from '../support/redisServer';
import { ask, startBot, type RunningBot } from '../support/startBot';

/** Two instances of the bot behind one Redis, as behind a load balancer. */
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
let redisServer: Awaited<ReturnType<typeof sharedRedis>>;
let redis: Redis;
let a: RunningBot;
let b: RunningBot;
const logLines: string[] = [];

beforeAll(async () => {
  redisServer = await sharedRedis();
  redis = new Redis(redisServer.url);
  // With an agent desk every answer notes its topic (for the handoff summary): the state that two turns at once must both keep.
  const env = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: redisServer.keyPrefix, RATE_LIMIT_PER_CONVERSATION: '0', AGENT_DESK: 'true' };
  const logger = createLogger((line) => logLines.push(line));
  [a, b] = await Promise.all([startBot(env, logger), startBot(env, logger)]);
  for (const bot of [a, b]) await untilReady(bot);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
  redis.disconnect();
  await redisServer.close();
});

async function untilReady(bot: RunningBot): Promise<void> {
  while ((await fetch(`${bot.url}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
}

const textOf = (activities: Record<string, unknown>[]): string => activities.map((x) => String(x.text ?? '')).join('\n');
let conversations = 0;
const newConversation = (): { conversation: { id: string } } => ({ conversation: { id: `shared-${Date.now()}-${conversations++}` } });

describe('two bot instances sharing one Redis', () => {
  it.each(content.flows.map((flow) => [flow.id, flow] as const))('carry the guided flow "%s" turn by turn, alternating A and B', async (_id, flow) => {
    const steps = new Map(flow.steps.map((step) => [step.id, step]));
    const question = content.knowledge.entries.find((entry) => entry.id === flow.startsFrom.entries[0])?.question ?? '';
    const conversation = newConversation();
    const first = await ask(a.url, question, conversation);
    expect(textOf(first.activities)).toContain(steps.get(flow.start)?.say.slice(0, 40));

    let current: FlowStep | undefined = steps.get(flow.start);
    let turn = 1;
    const visited = new Set<string>();
    while (current && !current.end && !visited.has(current.id)) {
      visited.add(current.id);
      const choice = current.choices.find((c) => c.next !== undefined && !visited.has(c.next));
      if (!choice?.next) break;
      const instance = turn++ % 2 === 1 ? b : a;
      const { status, activities } = await ask(instance.url, choice.label, conversation);
      expect(status).toBe(200);
      const next = steps.get(choice.next);
      expect(textOf(activities), `"${choice.label}" on instance ${instance === a ? 'A' : 'B'}`).toContain(next?.say.slice(0, 40));
      current = next;
    }
    expect(turn, 'the walk crossed instances at least once').toBeGreaterThan(1);
  });

  it('retry a turn cleanly when both take a turn of one conversation at the same moment, losing no update', async () => {
    const questions = ['how much does a second opinion cost?', 'can my wife sort out a 2nd opinion for me?'];
    const retriesBefore = logLines.filter((line) => line.includes('"turn-retried"')).length;
    for (let pair = 0; pair < 20; pair++) {
      const conversation = newConversation();
      const replies = await Promise.all([ask(a.url, questions[0], conversation), ask(b.url, questions[1], conversation)]);
      for (const { status, activities } of replies) {
        expect(status).toBe(200);
        expect(textOf(activities)).not.toMatch(/something went wrong/i);
        expect(activities.length).toBeGreaterThan(0);
      }
      const [key] = await redis.keys(`${redisServer.keyPrefix}:state:directline/conversations/${conversation.conversation.id}*`);
      const stored = await redis.hget(key ?? '', 'd');
      const state = JSON.parse(stored ?? '{}') as { topics?: string[] };
      expect(state.topics, 'both turns left their mark on the shared state').toHaveLength(2);
      if (logLines.filter((line) => line.includes('"turn-retried"')).length > retriesBefore) return;
    }
    throw new Error('the two turns never overlapped in 20 tries, so no retry was exercised');
  });
});
