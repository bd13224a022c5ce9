import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config';
import { composeApp } from '../../src/index';
import { silentLogger, type Logger } from '../../src/logger';
import { listen } from '../../src/server';

export interface RunningBot {
  readonly url: string;
  readonly config: Config;
  readonly app: ReturnType<typeof composeApp>;
  close(): Promise<void>;
}

/** Starts the real server, as `npm start` composes it, on a free loopback port (optionally with a clock tests move). */
export async function startBot(env: Record<string, string> = {}, logger: Logger = silentLogger, now: () => number = Date.now): Promise<RunningBot> {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', ...env });
  const app = composeApp(config, logger, now);
  const { url } = await listen(app.server, config.port, config.host);
  return { url, config, app, close: app.close };
}

export interface CapturedReply {
  readonly path: string;
  readonly activity: Record<string, unknown>;
}

/** Stands in for a channel's connector: records the replies a bot posts to its serviceUrl. */
export async function startChannel(): Promise<{ serviceUrl: string; replies: CapturedReply[]; close(): Promise<void> }> {
  const replies: CapturedReply[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      replies.push({ path: req.url ?? '', activity: body ? (JSON.parse(body) as Record<string, unknown>) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { serviceUrl: `http://127.0.0.1:${port}`, replies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let counter = 0;

/** A message activity as a channel would send it. */
export function messageActivity(text: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    type: 'message',
    id: `activity-${counter}`,
    text,
    channelId: 'directline',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: `conversation-${counter}` },
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'Bot' },
    locale: 'en-GB',
    timestamp: new Date().toISOString(),
    ...extra,
  };
}

export async function post(url: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** Sends one message asking for the replies in the HTTP response, and returns their texts. */
export async function ask(url: string, text: string | undefined, extra: Record<string, unknown> = {}): Promise<{ status: number; activities: Record<string, unknown>[] }> {
  const { status, json } = await post(url, messageActivity(text, { deliveryMode: 'expectReplies', ...extra }));
  const activities = ((json as { activities?: Record<string, unknown>[] } | undefined)?.activities ?? []);
  return { status, activities };
}
