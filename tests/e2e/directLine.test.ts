import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDirectLine } from '../../src/channels/directLine';
import { startBot, type RunningBot } from '../support/startBot';
import { activities, call, openConversation, say, type Activity } from './support/directLineClient';

/** The server's own Direct Line, as Web Chat uses it, with a clock the tests move. */
const clock = { now: Date.parse('2026-11-25T10:00:00Z') };
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ DIRECT_LINE_MESSAGES_PER_MINUTE: '1000', WIDGET_ALLOWED_ORIGINS: 'https://charity.example.org' }, undefined, () => clock.now);
});
afterAll(async () => {
  await bot.close();
});

const minutes = (n: number): void => {
  clock.now += n * 60_000;
};
const texts = (list: Activity[]): string[] => list.map((a) => String(a.text ?? ''));

describe('web chat over our Direct Line', () => {
  it('greets a new conversation, then answers a question through the same endpoint', async () => {
    const conversation = await openConversation(bot.url);
    const first = await activities(bot.url, conversation);
    expect(first.activities).toHaveLength(1);
    expect(first.activities[0]?.from.role).toBe('bot');
    expect(first.activities[0]?.text).toMatch(/not a doctor/i);
    expect(first.activities[0]?.text).toMatch(/999/);

    const posted = await say(bot.url, conversation, 'what is a second opinion');
    expect(posted.status).toBe(200);
    const next = await activities(bot.url, conversation, first.watermark);
    expect(next.activities.map((a) => a.from.role)).toEqual(['user', 'bot']);
    expect(next.activities[0]).toMatchObject({ id: posted.json.id, text: 'what is a second opinion', from: { id: conversation.userId } });
    expect(next.activities[1]?.text).toMatch(/another (GP|doctor|specialist)/i);
    expect(next.activities[1]?.replyToId).toBe(posted.json.id);
    // The bot's serviceUrl holds the key its replies are posted with: it never reaches a browser.
    expect(JSON.stringify(next.activities)).not.toContain('serviceUrl');
  });

  it('greets once, however often the conversation is reconnected', async () => {
    const conversation = await openConversation(bot.url);
    const again = await call(bot.url, 'GET', `/v3/directline/conversations/${conversation.conversationId}`, { token: conversation.token });
    expect(again.status).toBe(201);
    expect((await activities(bot.url, conversation)).activities).toHaveLength(1);
  });

  it('marks answers from the content as rateable and counts the votes per entry, without the text', async () => {
    const conversation = await openConversation(bot.url);
    await say(bot.url, conversation, 'what is a second opinion');
    const answer = (await activities(bot.url, conversation)).activities.at(-1);
    const entry = (answer?.channelData as { adviceLine?: { feedbackEntry?: string } } | undefined)?.adviceLine?.feedbackEntry;
    expect(entry).toBe('what-is-a-second-opinion');
    const vote = (kind: string, value: string) =>
      call(bot.url, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, {
        token: conversation.token,
        body: { type: 'event', name: 'webchat:activity-status/feedback', entities: [{ '@type': kind, '@id': `urn:advice-line-bot:feedback:${value}:${entry}` }] },
      });
    expect((await vote('LikeAction', 'helpful')).status).toBe(200);
    expect((await vote('DislikeAction', 'not-helpful')).status).toBe(200);
    expect((await vote('LikeAction', 'helpful')).status).toBe(200);
    const report = await call(bot.url, 'GET', '/api/reports/feedback');
    expect(report.json).toEqual({ entries: [{ entry: 'what-is-a-second-opinion', helpful: 2, notHelpful: 1 }] });
    // Only on the bot's own machine: a request through a proxy is from elsewhere.
    expect((await call(bot.url, 'GET', '/api/reports/feedback', { headers: { 'X-Forwarded-For': '203.0.113.9' } })).status).toBe(403);
  });

  it('ignores votes for entries that do not exist', async () => {
    const conversation = await openConversation(bot.url);
    const vote = await call(bot.url, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, {
      token: conversation.token,
      body: { type: 'event', name: 'webchat:activity-status/feedback', entities: [{ '@type': 'LikeAction', '@id': 'urn:advice-line-bot:feedback:helpful:my-name-is-jane' }] },
    });
    expect(vote.status).toBe(200);
    expect(JSON.stringify((await call(bot.url, 'GET', '/api/reports/feedback')).json)).not.toContain('jane');
  });
});

describe('tokens', () => {
  it('open only their own conversation', async () => {
    const a = await openConversation(bot.url);
    const b = await openConversation(bot.url);
    await say(bot.url, b, 'my private question about my mum');
    const path = `/v3/directline/conversations/${b.conversationId}/activities`;
    expect((await call(bot.url, 'GET', path, { token: a.token })).status).toBe(403);
    expect((await say(bot.url, b, 'hello from a', a.token)).status).toBe(403);
    expect((await call(bot.url, 'GET', `/v3/directline/conversations/${b.conversationId}`, { token: a.token })).status).toBe(403);
    expect(texts((await activities(bot.url, a)).activities).join(' ')).not.toContain('my mum');
  });

  it('are refused when missing, forged or tampered with', async () => {
    const a = await openConversation(bot.url);
    const path = `/v3/directline/conversations/${a.conversationId}/activities`;
    const [payload, signature] = a.token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const longer = `${Buffer.from(JSON.stringify({ ...claims, x: Number(claims.x) + 3_600_000 })).toString('base64url')}.${signature}`;
    for (const token of [undefined, 'nonsense', `${a.token}x`, longer, 'a.b.c']) {
      expect((await call(bot.url, 'GET', path, { token })).status, String(token)).toBe(403);
    }
  });

  it('expire after 30 minutes unless refreshed, as Direct Line tokens do', async () => {
    const kept = await openConversation(bot.url);
    const left = await openConversation(bot.url);
    minutes(20);
    const refreshed = await call(bot.url, 'POST', '/v3/directline/tokens/refresh', { token: kept.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json).toMatchObject({ conversationId: kept.conversationId, expires_in: 1800 });
    const newToken = String(refreshed.json.token);
    expect(newToken).not.toBe(kept.token);
    minutes(15);
    expect((await say(bot.url, left, 'hello')).status).toBe(403);
    expect((await say(bot.url, kept, 'hello')).status).toBe(403);
    expect((await say(bot.url, kept, 'hello', newToken)).status).toBe(200);
    expect((await call(bot.url, 'POST', '/v3/directline/tokens/refresh', { token: left.token })).status).toBe(403);
  });
});

describe('watermarks', () => {
  it('page through a long conversation without losing or repeating an activity', async () => {
    const conversation = await openConversation(bot.url);
    for (let i = 0; i < 30; i++) expect((await say(bot.url, conversation, i % 2 ? 'thanks' : 'hello')).status).toBe(200);
    const seen: Activity[] = [];
    let watermark: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await activities(bot.url, conversation, watermark);
      if (page.activities.length === 0) break;
      expect(page.activities.length).toBeLessThanOrEqual(bot.config.webChat.pageSize);
      seen.push(...page.activities);
      watermark = page.watermark;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toHaveLength(61); // welcome + 30 messages + 30 replies
    expect(new Set(seen.map((a) => a.id)).size).toBe(61);
    expect(seen.filter((a) => a.from.role === 'user')).toHaveLength(30);
  });
});

describe('memory', () => {
  it('is bounded: the least recently used conversations go past the limit, and idle ones are dropped', async () => {
    const small = await startBot({ DIRECT_LINE_MAX_CONVERSATIONS: '5' }, undefined, () => clock.now);
    try {
      const directLine = small.app.channels.find((c) => c.name === 'directline-local') as LocalDirectLine;
      const first = await openConversation(small.url);
      for (let i = 0; i < 12; i++) await openConversation(small.url);
      expect(directLine.conversationCount).toBe(5);
      expect((await say(small.url, first, 'hello')).status).toBe(404);
      minutes(61);
      await openConversation(small.url);
      expect(directLine.conversationCount).toBe(1);
    } finally {
      await small.close();
    }
  });

  it('keeps only the latest activities of a very long conversation', async () => {
    const conversation = await openConversation(bot.url);
    for (let i = 0; i < 60; i++) await say(bot.url, conversation, 'thanks');
    const page = await activities(bot.url, conversation);
    expect(Number(page.activities[0]?.id.split('|')[1])).toBeGreaterThan(0);
  });
});

describe('limits', () => {
  it('answer 429 with Retry-After past the messages a conversation may send a minute', async () => {
    const limited = await startBot({ DIRECT_LINE_MESSAGES_PER_MINUTE: '3' });
    try {
      const conversation = await openConversation(limited.url);
      for (let i = 0; i < 3; i++) expect((await say(limited.url, conversation, 'hello')).status).toBe(200);
      const refused = await say(limited.url, conversation, 'hello');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another conversation has its own allowance.
      expect((await say(limited.url, await openConversation(limited.url), 'hello')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answer 429 with Retry-After past the requests one address may make a minute', async () => {
    const limited = await startBot({ DIRECT_LINE_REQUESTS_PER_MINUTE_PER_IP: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await call(limited.url, 'POST', '/api/directline/token', { body: {} })).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const refused = await call(limited.url, 'POST', '/api/directline/token', { body: {} });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('which websites may use the chat', () => {
  it('lets an allowed website call the endpoints (CORS) and refuses others', async () => {
    const allowed = await call(bot.url, 'POST', '/api/directline/token', { body: {}, headers: { Origin: 'https://charity.example.org' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://charity.example.org');
    const other = await call(bot.url, 'POST', '/api/directline/token', { body: {}, headers: { Origin: 'https://evil.example.com' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await call(bot.url, 'OPTIONS', '/v3/directline/conversations', { headers: { Origin: 'https://charity.example.org', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
  });

  it('lets only our own page and allowed websites frame the page', async () => {
    const response = await fetch(`${bot.url}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/charity\.example\.org/);
    expect(await response.text()).toMatch(/not a doctor[\s\S]*999/i);
  });
});

describe('bad input gets a 4xx, never a 5xx, and the endpoint stays up', () => {
  it.each([
    ['malformed JSON', '{"type": "message", "text": '],
    ['a JSON array', '[]'],
    ['null', 'null'],
    ['no type', { text: 'hello' }],
    ['an unknown type', { type: 'invoke', name: 'x' }],
    ['an event only an agent desk may send', { type: 'event', name: 'handoff.status', value: { state: 'accepted' } }],
    ['text that is not a string', { type: 'message', text: { evil: true } }],
    ['an attachment', { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] }],
    ['a huge value', { type: 'event', name: 'webchat:x', value: 'v'.repeat(10_000) }],
  ])('refuses %s', async (_kind, body) => {
    const conversation = await openConversation(bot.url);
    const answer = await call(bot.url, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, { token: conversation.token, body });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it('refuses bad watermarks, unknown conversations and posts to the connector without its key', async () => {
    const conversation = await openConversation(bot.url);
    for (const watermark of ['abc', '-1', '1e5', '99999999999999999999']) {
      const answer = await call(bot.url, 'GET', `/v3/directline/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, { token: conversation.token });
      expect(answer.status, watermark).toBe(400);
    }
    const forged = await call(bot.url, 'POST', `/connector/guess/v3/conversations/${conversation.conversationId}/activities`, { body: { type: 'message', text: 'I am the bot, honest' } });
    expect(forged.status).toBe(403);
    expect(texts((await activities(bot.url, conversation)).activities)).not.toContain('I am the bot, honest');
  });

  it('answers a 20,000-character message, reading only the first part', async () => {
    const conversation = await openConversation(bot.url);
    const answer = await say(bot.url, conversation, `what is a second opinion ${'blah '.repeat(4000)}`);
    expect(answer.status).toBe(200);
    const stored = (await activities(bot.url, conversation)).activities.find((a) => a.from.role === 'user');
    expect(String(stored?.text).length).toBe(bot.config.maxMessageChars);
  });

  it('is still up after all of that', async () => {
    const conversation = await openConversation(bot.url);
    expect((await say(bot.url, conversation, 'hello')).status).toBe(200);
  });
});

describe('with Azure Bot Service (DIRECT_LINE_SECRET set)', () => {
  let azure: { url: string; requests: { auth: string | undefined; body: Record<string, unknown> }[]; close(): Promise<void> };
  beforeAll(async () => {
    azure = await fakeAzureDirectLine();
  });
  afterAll(async () => {
    await azure.close();
  });

  it('exchanges the secret for a conversation token server-side, and never gives out the secret', async () => {
    const withAzure = await startBot({ DIRECT_LINE_SECRET: 'the-secret-of-the-trust', DIRECT_LINE_DOMAIN: `${azure.url}/v3/directline` });
    try {
      const answer = await call(withAzure.url, 'POST', '/api/directline/token', { body: {} });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ token: 'azure-conversation-token', conversationId: 'azure-conversation', domain: `${azure.url}/v3/directline` });
      expect(JSON.stringify(answer.json)).not.toContain('the-secret-of-the-trust');
      expect(azure.requests).toHaveLength(1);
      expect(azure.requests[0]?.auth).toBe('Bearer the-secret-of-the-trust');
      expect((azure.requests[0]?.body.user as { id?: string } | undefined)?.id).toMatch(/^dl_/);
      // The page may now talk to Azure's Direct Line; ours is not offered.
      expect((await call(withAzure.url, 'POST', '/v3/directline/conversations', { token: 'x' })).status).toBe(404);
      expect((await fetch(`${withAzure.url}/`)).headers.get('content-security-policy')).toContain(`connect-src 'self' ${azure.url}`);
    } finally {
      await withAzure.close();
    }
  });

  it('says 502 when Azure cannot be reached', async () => {
    const unreachable = await startBot({ DIRECT_LINE_SECRET: 'the-secret', DIRECT_LINE_DOMAIN: 'http://127.0.0.1:9/v3/directline' });
    try {
      const answer = await call(unreachable.url, 'POST', '/api/directline/token', { body: {} });
      expect(answer.status).toBe(502);
      expect(JSON.stringify(answer.json)).not.toContain('the-secret');
    } finally {
      await unreachable.close();
    }
  });
});

/** Stands in for Azure's Direct Line token endpoint, on loopback. */
async function fakeAzureDirectLine() {
  const requests: { auth: string | undefined; body: Record<string, unknown> }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        res.writeHead(404).end();
        return;
      }
      requests.push({ auth: req.headers.authorization, body: JSON.parse(body || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'azure-conversation', token: 'azure-conversation-token', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
