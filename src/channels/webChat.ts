import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as restify from 'restify';
import type { WebChatSettings } from '../config';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import type { Channel } from './channel';
import type { ChatTokens } from './chatTokens';
import { clientAddress, safely } from './http';
import type { OriginPolicy } from './origins';
import type { ChatRateLimits } from './rateLimits';

export interface WebChatOptions {
  readonly tokens: ChatTokens;
  readonly messages: Messages;
  readonly logger: Logger;
  readonly settings: WebChatSettings;
  readonly origins: OriginPolicy;
  readonly limits: ChatRateLimits;
}

const WEB_DIR = resolve(__dirname, '..', '..', 'web');

/** Microsoft Web Chat's browser bundle; the package's exports hide it from require.resolve. */
export function webChatBundlePath(): string {
  return resolve(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/**
 * The chat in a browser: the page at /, the embeddable widget.js, Microsoft Web Chat served
 * from our own node_modules (no CDN), and the token endpoint they start from. Which Direct
 * Line the token opens (ours or Azure's) is the configuration's choice, not the page's.
 */
export class WebChat implements Channel {
  readonly name = 'webchat';

  constructor(private readonly options: WebChatOptions) {}

  register(server: restify.Server): void {
    const { logger, messages, origins, limits, settings } = this.options;
    const text = messages.web;
    const page = Buffer.from(
      readFileSync(resolve(WEB_DIR, 'index.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_match, key: string) => escapeHtml(String((text as Record<string, unknown>)[key] ?? ''))),
    );
    // `<` escaped so that no text of ours can close the script.
    const widget = Buffer.from(readFileSync(resolve(WEB_DIR, 'widget.js'), 'utf8').replace('__WIDGET_TEXT__', JSON.stringify(text).replace(/</g, '\\u003c')));
    const bundle = new CompressedFile(webChatBundlePath());

    const azureOrigin = settings.directLineSecret ? new URL(settings.directLineDomain).origin : '';
    const contentSecurityPolicy = [
      "default-src 'self'",
      "script-src 'self'",
      // Web Chat styles itself with <style> elements it writes at run time.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      `connect-src 'self'${azureOrigin ? ` ${azureOrigin} ${azureOrigin.replace(/^https/, 'wss')}` : ''}`,
      `frame-ancestors ${origins.frameAncestors()}`,
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
    ].join('; ');

    server.get('/', safely(logger, '/', (_req, res) => {
      res.setHeader('Content-Security-Policy', contentSecurityPolicy);
      res.setHeader('Referrer-Policy', 'no-referrer');
      sendBytes(res, page, 'text/html; charset=utf-8', 'no-cache');
    }));

    server.get('/widget.js', safely(logger, '/widget.js', (_req, res) => {
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      sendBytes(res, widget, 'text/javascript; charset=utf-8', 'public, max-age=300');
    }));

    server.get('/webchat/webchat.js', safely(logger, '/webchat/webchat.js', (req, res) => {
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.setHeader('Content-Encoding', 'gzip');
        sendBytes(res, bundle.gzipped(), 'text/javascript; charset=utf-8', 'public, max-age=86400');
      } else {
        sendBytes(res, bundle.plain, 'text/javascript; charset=utf-8', 'public, max-age=86400');
      }
    }));

    const tokenPath = '/api/directline/token';
    server.post(tokenPath, safely(logger, tokenPath, async (req, res) => {
      origins.check(req, res);
      const address = clientAddress(req, settings.trustProxy);
      await limits.request(address);
      await limits.newConversation(address);
      const token = await this.options.tokens.issue();
      res.setHeader('Cache-Control', 'no-store');
      res.send(200, token);
    }));
    server.opts(tokenPath, safely(logger, tokenPath, (req, res) => origins.preflight(req, res)));
  }
}

/** A large file read once, gzipped on first request and kept. */
class CompressedFile {
  readonly plain: Buffer;
  private zipped: Buffer | undefined;

  constructor(path: string) {
    this.plain = readFileSync(path);
  }

  gzipped(): Buffer {
    this.zipped ??= gzipSync(this.plain);
    return this.zipped;
  }
}

function sendBytes(res: restify.Response, body: Buffer, contentType: string, cacheControl: string): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
