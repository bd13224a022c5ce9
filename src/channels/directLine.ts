import { randomBytes, timingSafeEqual } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ActivityHandler, type TurnContext } from 'botbuilder';
import type * as restify from 'restify';
import type { WebChatSettings } from '../config';
import { describeError, type Logger } from '../logger';
import type { Channel } from './channel';
import type { ChatToken, ChatTokens } from './chatTokens';
import { DirectLineConversations } from './directLineConversations';
import { DirectLineTokens, type TokenClaims } from './directLineTokens';
import { bearerToken, clientAddress, HttpError, objectBody, safely } from './http';
import type { OriginPolicy } from './origins';
import type { ChatRateLimits } from './rateLimits';

export interface LocalDirectLineOptions {
  readonly bot: ActivityHandler;
  readonly onTurnError: (context: TurnContext, error: unknown) => Promise<void>;
  readonly logger: Logger;
  readonly settings: WebChatSettings;
  readonly maxMessageChars: number;
  readonly origins: OriginPolicy;
  readonly limits: ChatRateLimits;
  readonly now: () => number;
}

const BASE = '/v3/directline';
const BOT = Object.freeze({ id: 'advice-line-bot', name: 'Advice line bot', role: 'bot' });
/** What a browser may send: the kinds of activity Web Chat posts, with small values. */
const ACCEPTED_TYPES = new Set(['message', 'event', 'typing']);
const MAX_JSON_FIELD = 4096;
const WEB_CHAT_EVENT = /^webchat[:/]/;

/**
 * A Direct Line 3.0-compatible endpoint (polling), so Web Chat's `createDirectLine` talks to
 * the bot with no Azure account. Messages reach the bot as activities with this server as
 * their serviceUrl; the bot's replies come back through the Bot Connector routes below, the
 * same way they travel with Azure. A token opens only its own conversation.
 */
export class LocalDirectLine implements Channel, ChatTokens {
  readonly name = 'directline-local';
  /** Anonymous: these activities come from this process, not from Azure's connector. */
  private readonly adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  private readonly conversations: DirectLineConversations;
  private readonly tokens: DirectLineTokens;
  /** Part of our serviceUrl, so only the bot (which was told it) can post replies. */
  private readonly connectorKey = randomBytes(18).toString('base64url');
  private server: restify.Server | undefined;

  constructor(private readonly options: LocalDirectLineOptions) {
    const { settings, now } = options;
    this.adapter.onTurnError = options.onTurnError;
    this.conversations = new DirectLineConversations(
      { maxConversations: settings.maxConversations, maxActivitiesPerConversation: settings.maxActivitiesPerConversation, idleMs: settings.idleMinutes * 60_000, pageSize: settings.pageSize },
      now,
    );
    this.tokens = new DirectLineTokens(settings.tokenMinutes * 60_000, now);
  }

  /** How many conversations are held in memory now. */
  get conversationCount(): number {
    return this.conversations.size;
  }

  async issue(): Promise<ChatToken> {
    const { conversationId, userId } = this.conversations.create();
    return { conversationId, userId, token: this.tokens.issue({ conversationId, userId }), expires_in: this.tokens.expiresInSeconds };
  }

  register(server: restify.Server): void {
    this.server = server;
    const { logger } = this.options;
    const preflights = new Set<string>();
    const browserRoute = (path: string, method: 'get' | 'post', handler: (req: restify.Request, res: restify.Response) => Promise<void>): void => {
      server[method](path, safely(logger, path, async (req, res) => {
        this.options.origins.check(req, res);
        await this.options.limits.request(clientAddress(req, this.options.settings.trustProxy));
        await handler(req, res);
      }));
      if (preflights.has(path)) return;
      preflights.add(path);
      server.opts(path, safely(logger, path, (req, res) => this.options.origins.preflight(req, res)));
    };

    browserRoute(`${BASE}/conversations`, 'post', async (req, res) => this.startConversation(req, res));
    browserRoute(`${BASE}/conversations/:conversationId`, 'get', async (req, res) => this.startConversation(req, res));
    browserRoute(`${BASE}/conversations/:conversationId/activities`, 'get', async (req, res) => this.getActivities(req, res));
    browserRoute(`${BASE}/conversations/:conversationId/activities`, 'post', async (req, res) => this.postActivity(req, res));
    browserRoute(`${BASE}/tokens/refresh`, 'post', async (req, res) => this.refresh(req, res));

    const reply = safely(logger, 'connector', async (req, res) => this.receiveFromBot(req, res));
    server.post('/connector/:key/v3/conversations/:conversationId/activities', reply);
    server.post('/connector/:key/v3/conversations/:conversationId/activities/:activityId', reply);
  }

  /** Direct Line's "start conversation": the token's conversation, greeted by the bot once. */
  private async startConversation(req: restify.Request, res: restify.Response): Promise<void> {
    const claims = this.authorise(req, req.params.conversationId as string | undefined);
    if (this.conversations.start(claims.conversationId)) {
      // As Azure's Direct Line does: the bot hears that the person joined (and greets them),
      // here before the answer, so the greeting is there on the first poll.
      await this.toBot(claims, { id: `${claims.conversationId}|start`, type: 'conversationUpdate', membersAdded: [{ id: BOT.id, name: BOT.name }, { id: claims.userId }] });
    }
    res.send(201, { conversationId: claims.conversationId, token: bearerToken(req) ?? '', expires_in: this.tokens.expiresInSeconds });
  }

  private async getActivities(req: restify.Request, res: restify.Response): Promise<void> {
    const claims = this.authorise(req, req.params.conversationId as string);
    const raw = (req.query as Record<string, unknown> | undefined)?.watermark;
    let watermark: number | undefined;
    if (raw !== undefined && raw !== '') {
      if (typeof raw !== 'string' || !/^\d{1,12}$/.test(raw)) throw new HttpError(400, 'The watermark should be a number from a previous answer.');
      watermark = Number(raw);
    }
    const page = this.conversations.page(claims.conversationId, watermark);
    if (!page) throw new HttpError(404, 'This conversation has ended.');
    res.send(200, page);
  }

  private async postActivity(req: restify.Request, res: restify.Response): Promise<void> {
    const claims = this.authorise(req, req.params.conversationId as string);
    await this.options.limits.message(claims.conversationId);
    const incoming = this.readActivity(objectBody(req));
    if (incoming.type === 'typing') {
      res.send(200, { id: '' });
      return;
    }
    const stored = this.conversations.append(claims.conversationId, { ...incoming, from: { id: claims.userId, role: 'user' } });
    if (!stored) throw new HttpError(404, 'This conversation has ended.');
    await this.toBot(claims, structuredClone(stored));
    res.send(200, { id: stored.id });
  }

  private async refresh(req: restify.Request, res: restify.Response): Promise<void> {
    const claims = this.authorise(req, undefined);
    res.send(200, { conversationId: claims.conversationId, token: this.tokens.issue(claims), expires_in: this.tokens.expiresInSeconds });
  }

  /** Replies the bot posts to its serviceUrl (Bot Connector's send and reply-to). */
  private async receiveFromBot(req: restify.Request, res: restify.Response): Promise<void> {
    const given = Buffer.from(String(req.params.key));
    const expected = Buffer.from(this.connectorKey);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(403, 'Unknown connector.');
    const body = objectBody(req);
    if (typeof body.type !== 'string') throw new HttpError(400, 'The body should be an activity.');
    // The serviceUrl holds our connector key: it stays between the bot and this server.
    const { serviceUrl: _serviceUrl, ...activity } = body;
    const stored = this.conversations.append(String(req.params.conversationId), { ...activity, from: { ...BOT } });
    if (!stored) throw new HttpError(404, 'This conversation has ended.');
    res.send(200, { id: stored.id });
  }

  /** The token's claims, if it is valid and (when the path names one) for this conversation. */
  private authorise(req: restify.Request, conversationId: string | undefined): TokenClaims {
    const check = this.tokens.check(bearerToken(req));
    if (!check.valid) throw new HttpError(403, check.reason === 'expired' ? 'Token expired.' : 'Token not valid.');
    if (conversationId !== undefined && conversationId !== check.claims.conversationId) throw new HttpError(403, 'Token not valid for this conversation.');
    if (!this.conversations.has(check.claims.conversationId)) throw new HttpError(404, 'This conversation has ended.');
    return check.claims;
  }

  /** Keeps what a browser may set, small; the rest (who, where, when) is ours to say. */
  private readActivity(body: Record<string, unknown>): Record<string, unknown> {
    const { type, text, textFormat, locale, name, value, entities, attachments, channelData } = body;
    if (typeof type !== 'string' || !ACCEPTED_TYPES.has(type)) throw new HttpError(400, 'The activity type should be message, event or typing.');
    // Web Chat's own events (feedback) only: a browser must not pose as an agent desk (handoff.status).
    if (type === 'event' && (typeof name !== 'string' || !WEB_CHAT_EVENT.test(name))) throw new HttpError(400, 'This event is not accepted from a browser.');
    if (text !== undefined && typeof text !== 'string') throw new HttpError(400, 'The text should be a string.');
    if (Array.isArray(attachments) && attachments.length > 0) throw new HttpError(400, 'Attachments are not supported.');
    const small = (field: string, v: unknown): unknown => {
      if (v === undefined) return undefined;
      if (JSON.stringify(v).length > MAX_JSON_FIELD) throw new HttpError(400, `The ${field} is too large.`);
      return v;
    };
    const short = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 100) : undefined);
    const clientActivityID = short((channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID);
    return {
      type,
      text: typeof text === 'string' ? text.slice(0, this.options.maxMessageChars) : undefined,
      textFormat: short(textFormat),
      locale: short(locale),
      name: short(name),
      value: small('value', value),
      entities: Array.isArray(entities) ? small('entities', entities) : undefined,
      channelData: clientActivityID ? { clientActivityID } : undefined,
    };
  }

  /** Hands an activity from the person to the bot, as a channel would. */
  private async toBot(claims: TokenClaims, fields: Record<string, unknown>): Promise<void> {
    const activity = {
      timestamp: new Date(this.options.now()).toISOString(),
      ...fields,
      from: { id: claims.userId, role: 'user' },
      channelId: 'directline',
      serviceUrl: this.serviceUrl(),
      conversation: { id: claims.conversationId },
      recipient: { ...BOT },
    } as unknown as Activity;
    try {
      await this.adapter.processActivityDirect('', activity, (context) => this.options.bot.run(context));
    } catch (error) {
      this.options.logger.error('directline-bot-failed', describeError(error));
      throw new HttpError(502, 'The bot could not take the message.');
    }
  }

  /** Where the bot sends replies: this server, on loopback when it listens on every address. */
  private serviceUrl(): string {
    const address = this.server?.address();
    if (!address) throw new Error('The local Direct Line is used before the server listens.');
    const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address.includes(':') ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}/connector/${this.connectorKey}/`;
  }
}
