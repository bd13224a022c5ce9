import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { sharedRedis } from '../support/redisServer';
import { ask, messageActivity, post, startBot } from '../support/startBot';

const textOf = (activities: Record<string, unknown>[]): string => activities.map((x) => String(x.text ?? '')).join('\n');
let conversations = 0;
const conversation = (): { conversation: { id: string } } => ({ conversation: { id: `limits-${Date.now()}-${conversations++}` } });

let redisServer: Awaited<ReturnType<typeof sharedRedis>>;
beforeAll(async () => {
  redisServer = await sharedRedis();
});
afterAll(async () => {
  await redisServer.close();
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once a conversation sends more than its budget a minute', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_CONVERSATION: '3' });
    try {
      const same = conversation();
      for (let i = 0; i < 3; i++) expect((await ask(bot.url, 'what is a second opinion', same)).status).toBe(200);
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageActivity('and again', { deliveryMode: 'expectReplies', ...same })),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await ask(bot.url, 'what is a second opinion', conversation())).status, 'other conversations go on').toBe(200);
    } finally {
      await bot.close();
    }
  });

  it('answer 429 once one address sends more than its budget a minute', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_IP: '4' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await ask(bot.url, 'hello', conversation())).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await bot.close();
    }
  });

  it('are shared by instances through Redis', async () => {
    const env = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: redisServer.keyPrefix, RATE_LIMIT_PER_CONVERSATION: '4' };
    const [a, b] = await Promise.all([startBot(env), startBot(env)]);
    try {
      for (const bot of [a, b]) while ((await fetch(`${bot.url}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 50));
      const same = conversation();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await ask((i % 2 === 0 ? a : b).url, 'what is a second opinion', same)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('health checks', () => {
  it('say alive on /healthz and ready on /readyz once content is loaded and the store reachable', async () => {
    const bot = await startBot({ REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: redisServer.keyPrefix });
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      let ready = await fetch(`${bot.url}/readyz`);
      while (ready.status !== 200) ready = await fetch(`${bot.url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { content: 'ok', storage: 'ok' } });
    } finally {
      await bot.close();
    }
  });
});

describe('a turn that fails', () => {
  it('tells the person in plain words with a reference, logs that reference, clears the broken flow, and works next turn', async () => {
    const lines: string[] = [];
    const env = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: `${redisServer.keyPrefix}-broken` };
    const bot = await startBot(env, createLogger((line) => lines.push(line)));
    const redis = new Redis(redisServer.url);
    try {
      const broken = conversation();
      // A dialog stack naming a dialog this version of the bot does not have, as after a bad deploy.
      const key = `${env.REDIS_KEY_PREFIX}:state:directline/conversations/${broken.conversation.id}/`;
      await redis.hset(key, 'e', 'old', 'd', JSON.stringify({ dialogState: { dialogStack: [{ id: 'no-such-dialog', state: {} }] } }));
      await redis.pexpire(key, 60_000);
      const { status, activities } = await ask(bot.url, 'hello', broken);
      expect(status).toBe(200);
      const text = textOf(activities);
      expect(text).toMatch(/something went wrong on my side/i);
      expect(text).not.toMatch(/no-such-dialog|Error|\bat .*:\d+/);
      const reference = /Reference: (\w+)/.exec(text)?.[1];
      const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.event === 'turn-failed');
      expect(logged?.correlationId).toBe(reference);
      expect(await redis.exists(key), 'the broken state is gone').toBe(0);
      const next = await ask(bot.url, 'can my wife sort out a 2nd opinion for me?', broken);
      expect(textOf(next.activities)).toMatch(/consent|agree|permission|say yes|ok with/i);
    } finally {
      redis.disconnect();
      await bot.close();
    }
  });
});

describe('shutting down', () => {
  it('stops taking connections but finishes the turn in flight', async () => {
    let releaseChannel = (): void => undefined;
    let channelReached = (): void => undefined;
    const reached = new Promise<void>((resolve) => (channelReached = resolve));
    // A channel that is slow to take the reply, so the turn is still in flight at shutdown.
    const channel = createServer((req, res) => {
      req.resume();
      channelReached();
      releaseChannel = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      };
    });
    await new Promise<void>((r) => channel.listen(0, '127.0.0.1', r));
    const bot = await startBot();
    try {
      const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
      const inFlight = post(bot.url, messageActivity('what is a second opinion', { serviceUrl }));
      await reached;
      const closing = bot.close();
      await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
      releaseChannel();
      expect((await inFlight).status).toBe(200);
      await closing;
    } finally {
      channel.close();
    }
  });

  it('exits cleanly on SIGTERM', async () => {
    // What this checks (started, then a clean exit on SIGTERM) needs no warm-up under load: ~5 s CPU, 60 s wall at load ~17.
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../src/index.ts')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REDIS_URL: '', LOG_LEVEL: 'info', WARM_UP_TURNS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    while (!output.includes('"started"')) {
      if (child.exitCode !== null) throw new Error(`the bot exited at start-up: ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"shut-down"');
    // Composing and the in-process warm-up from source under tsx: over a minute of wall time on a busy machine.
  }, 180_000);
});
