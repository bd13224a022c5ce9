import type * as restify from 'restify';
import { describeError, type Logger } from '../logger';

/** A refusal the client caused: it gets this status and message, never a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

type Handler = (req: restify.Request, res: restify.Response) => Promise<void> | void;

/**
 * Wraps a route so that nothing it throws can take the server down: an HttpError becomes
 * its 4xx, anything else a logged 500 (restify async handlers take (req, res) only).
 */
export function safely(logger: Logger, route: string, handler: Handler): (req: restify.Request, res: restify.Response) => Promise<void> {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof HttpError) {
        for (const [name, value] of Object.entries(error.headers)) res.header(name, value);
        res.send(error.status, { error: { code: codeOf(error.status), message: error.message } });
        return;
      }
      logger.error('route-failed', { route, ...describeError(error) });
      res.send(500, { error: { code: 'ServiceError', message: 'Something went wrong on our side.' } });
    }
  };
}

function codeOf(status: number): string {
  if (status === 401 || status === 403) return 'BadArgument';
  if (status === 404) return 'NotFound';
  if (status === 429) return 'TooManyRequests';
  if (status >= 500) return 'ServiceError';
  return 'BadArgument';
}

/** The address a request came from; behind a reverse proxy, the one the proxy saw. */
export function clientAddress(req: restify.Request, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends what it saw; earlier entries are whatever the client claimed.
    const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return withoutPort(forwarded);
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** "1.2.3.4:5678" and "[2001:db8::1]:5678" (as proxies write them) without the port; a bare IPv6 address as it is. */
export function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(address);
  return v4?.[1] ?? address;
}

/** The bearer token of a request, if it has one. */
export function bearerToken(req: restify.Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  return match?.[1];
}

/** A JSON body that is an object (restify leaves it undefined, a string or an array otherwise). */
export function objectBody(req: restify.Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body should be a JSON object.');
  return body as Record<string, unknown>;
}
