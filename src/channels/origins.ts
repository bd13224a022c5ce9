import type * as restify from 'restify';
import { HttpError } from './http';

/**
 * Which websites may use the bot from a browser: our own pages, and the origins listed in
 * WIDGET_ALLOWED_ORIGINS. Enforced with CORS on the chat endpoints and frame-ancestors on
 * our pages. A request without an Origin header is not from a browser page, so CORS does not
 * apply to it (the rate limits still do).
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins.map((o) => o.toLowerCase()));
  }

  /** Refuses a browser request from a page that may not embed the bot; marks allowed ones for CORS. */
  check(req: restify.Request, res: restify.Response): void {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    if (!this.isSameOrigin(req, origin) && !this.allowed.has(origin.toLowerCase())) {
      throw new HttpError(403, 'This website is not allowed to use the chat.');
    }
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
  }

  /** Answers a CORS preflight. */
  preflight(req: restify.Request, res: restify.Response): void {
    this.check(req, res);
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with');
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  }

  /** The frame-ancestors value for our pages: our own, and the allowed websites'. */
  frameAncestors(): string {
    return ["'self'", ...this.allowed].join(' ');
  }

  private isSameOrigin(req: restify.Request, origin: string): boolean {
    try {
      const host = req.headers['x-forwarded-host'] ?? req.headers.host;
      return new URL(origin).host === String(host).toLowerCase();
    } catch {
      return false;
    }
  }
}
