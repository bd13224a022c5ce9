import type { ActivityHandler } from 'botbuilder';
import { createServer as createNetServer } from 'node:net';
import * as restify from 'restify';
import type { Channel } from './channels/channel';
import type { MessagingAdapter } from './hosting/messagingAdapter';
import type { RequestGate } from './hosting/requestGate';
import type { Readiness } from './hosting/readiness';
import { describeError, type Logger } from './logger';
import { explainListenError } from './startupProblems';

export interface ServerOptions {
  readonly adapter: MessagingAdapter;
  readonly bot: ActivityHandler;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Each channel adds its own routes (web chat, Direct Line, ...). */
  readonly channels?: readonly Channel[];
  /** Authentication pre-check and rate limits, before the adapter. */
  readonly gate?: RequestGate;
  /** For /readyz: content loaded and the state store reachable. */
  readonly readiness?: () => Promise<Readiness>;
  /** Slow clients are cut off after this long (headers and whole request). */
  readonly requestTimeoutMs?: number;
}

/**
 * The HTTP face of the bot: the Bot Framework messaging endpoint and a health check. A bad
 * request must get a 4xx and leave the server running, so every route catches its own errors.
 */
export function createServer({ adapter, bot, logger, maxBodyBytes, channels = [], gate, readiness, requestTimeoutMs }: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'advice-line-bot' });
  if (requestTimeoutMs) {
    server.server.requestTimeout = requestTimeoutMs;
    server.server.headersTimeout = Math.min(requestTimeoutMs, 10_000);
  }
  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    if (!looksLikeActivity(req.body)) {
      res.send(400, { error: 'The body should be a Bot Framework activity (JSON with a "type").' });
      return;
    }
    try {
      if (gate && !(await gate(req, res))) return;
      await adapter.processRequest(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error('messages-endpoint-failed', describeError(error));
      if (!res.headersSent) res.send(500, { error: 'The bot could not handle this request.' });
    }
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req, res) => {
    const state = readiness ? await readiness().catch((): Readiness => ({ ready: false, checks: {} })) : { ready: true, checks: {} };
    res.send(state.ready ? 200 : 503, { status: state.ready ? 'ready' : 'not ready', checks: state.checks });
  });

  for (const channel of channels) channel.register(server);

  server.on('restifyError', (req: restify.Request, _res: restify.Response, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.warn('request-refused', { path: req.path(), status: error.statusCode ?? 500, errorName: error.name });
    callback();
  });
  return server;
}

function looksLikeActivity(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

/**
 * Fails as `listen` would (the port taken, the host unknown) without serving anything: start-up
 * checks this before it composes and warms the bot, which takes seconds to minutes, rather than
 * finding out only when it listens at the end.
 */
export async function checkCanListen(port: number, host: string): Promise<void> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(explainListenError(error, host, port)));
    probe.listen(port, host, resolve);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

export async function listen(server: restify.Server, port: number, host: string): Promise<{ port: number; url: string }> {
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => reject(explainListenError(error, host, port));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.removeListener('error', fail);
      resolve();
    });
  });
  const address = server.address();
  return { port: address.port, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` };
}
