import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MatchingSettings } from './knowledge/matching/overlapMatcher';
import { parseHours } from './knowledge/openingHours';
import type { LogLevel } from './logger';
import type { LocalServiceDetails } from './knowledge/services';

const PROJECT_ROOT = resolve(__dirname, '..');

/** Every default in one place; the environment can override those that deployments change. */
export const DEFAULTS = Object.freeze({
  port: 3978,
  host: '0.0.0.0',
  knowledgeDir: resolve(PROJECT_ROOT, 'knowledge'),
  dialogsDir: resolve(PROJECT_ROOT, 'dialogs'),
  /** The safety rules a clinician reviews; always the shipped ones unless a deployment says otherwise. */
  safetyDir: resolve(PROJECT_ROOT, 'knowledge', 'safety'),
  /** Where the trained safety classifier (and the matcher's learned re-ranker) is cached, keyed by everything it is trained from. */
  safetyModelCache: resolve(PROJECT_ROOT, 'node_modules', '.cache', 'advice-line-bot'),
  storage: 'memory' as StorageKind,
  /** A conversation untouched this long is forgotten. */
  stateTtlMinutes: 24 * 60,
  /** Someone coming back after this long is not dropped into the middle of an old flow. */
  flowExpiryMinutes: 60,
  memoryMaxConversations: 10_000,
  /** The bot reads at most this much of a message; the safety rules see all of it. */
  maxMessageChars: 5000,
  /** restify's body parser has no limit unless given one; real activities are a few KB. */
  maxBodyBytes: 64 * 1024,
  matching: Object.freeze({
    /** Matching reads the start of a message only: long messages cost more and ramble more. */
    maxChars: 500,
    /** Calibrated on tests/eval/dev (see tests/eval/qaEval.ts), in units of the rarest word's weight. */
    answerScore: 0.4,
    answerCoverage: 0.4,
    unknownWordCoverage: 0.5,
    strongEvidenceScore: 1.5,
    offTopicCoverage: 0.8,
    offTopicUnknownWeight: 0.3,
    offTopicScore: 0.55,
    leadScore: 1.2,
    leadRatio: 0.75,
    decisiveLeadScore: 0.8,
    decisiveLeadRatio: 0.5,
    oneTopicScore: 0.3,
    oneTopicLeadRatio: 0.5,
    shortTerms: 2,
    shortScore: 0.3,
    shortLeadRatio: 0.75,
    ownSubjectScore: 1.5,
    tieMargin: 0.03,
    tieBreakRatio: 1.05,
    alsoAboutMargin: 0.5,
    /** As many runners-up under an answer as a menu offers (maxChoices): a wrong answer whose right entry is third is then one click away (sixteenth pass). */
    maxAlsoAbout: 3,
    maxChoices: 3,
    unsureScore: 0.4,
    unsureShare: 0.3,
    clearLeadScore: 0.8,
    clearLeadUnknownWeight: 0.5,
    leadWithoutSubjectUnknownWeight: 1.5,
    offerLeadScore: 0.5,
    offerLeadRatio: 0.5,
    unsureWithoutSubjectScore: 1.0,
    unsureUnknownWeight: 1.5,
    maxUnknownWords: 3,
    topicTermShare: 0.5,
    contextWeight: 0.4,
    offTopicSimilarity: 0.3,
    nearestExampleOwnSubjectScore: 0.8,
    bridge: Object.freeze({ synonymWeight: 0.7, relatedWeight: 0.5, sensesPerWord: 2, maxNarrowerTerms: 12 }),
    /**
     * The learned re-ranker (tenth pass, docs/evaluation.md): weight and leastKept chosen on the team set and A-N by
     * their floors, judged on P, S and U; "not ours" when the model finds that more likely than every entry together.
     * Four training orders of 40 passes averaged (twenty-first pass): one order of 20 passes stopped short of where the
     * examples lead, so where it stopped hung on the order it visited them in, and any retraining (a content edit)
     * flipped near-ties both ways (41 Q&A decisions between two orders; 18 averaged); the weight chosen again with it
     * (0.5 -> 0.35) on the team and dev sets, the only sets it was chosen on.
     */
    learned: Object.freeze({
      weight: 0.35,
      leastKept: 0.75,
      notOursProbability: 0.5,
      maxEntries: 100,
      training: Object.freeze({ epochs: 40, learningRate: 0.3, l2: 0.001, seed: 7, classBalance: 0.5, orders: 4 }),
    }),
  } satisfies MatchingSettings),
  /** Web chat and the widget: our own Direct Line, or Azure's when a secret is configured. */
  webChat: Object.freeze({
    directLineDomain: 'https://directline.botframework.com/v3/directline',
    /** Direct Line tokens last 30 minutes and are refreshed before then, as Azure's are. */
    tokenMinutes: 30,
    /** A local conversation nobody has polled or posted to for this long is dropped. */
    idleMinutes: 60,
    maxConversations: 1000,
    /** Older activities of a long conversation are dropped; watermarks keep counting. */
    maxActivitiesPerConversation: 100,
    /** Per page of GET activities: a client that fell behind catches up in pages. */
    pageSize: 50,
    messagesPerMinute: 30,
    requestsPerMinutePerIp: 3000,
    conversationsPerMinutePerIp: 30,
  }),
  hosting: Object.freeze({
    /** Keeps deployments sharing one Redis apart. */
    redisKeyPrefix: 'advice-line-bot',
    /** Turns one conversation may take per minute; people type far slower. */
    rateLimitPerConversation: 30,
    /** Requests one address may make per minute (0 = no limit). Channels reach the bot from a
     *  few Bot Framework addresses, so this is a flood guard, not a per-person limit. */
    rateLimitPerIp: 3000,
    /** A client that has not sent its whole request by then is cut off (slow-client guard). */
    requestTimeoutMs: 15_000,
    /** SIGTERM: in-flight turns get this long to finish before the process exits. */
    shutdownGraceMs: 8_000,
    /** Made-up turns, many in flight, that start-up runs before it listens, so that V8 has optimised
     *  what a turn under load runs before the first person's turn (0 = none). */
    warmUpTurns: 2_000,
    logLevel: 'info' as LogLevel,
    /** V8's heap, fixed when the process starts (npm start gives these to node: src/start.ts).
     *  A young generation that a turn's garbage dies in (fewer, cheaper collections), and an
     *  old-generation limit that makes V8 collect before the process grows far past what it keeps.
     *  The young generation is held at its size (minSemiSpaceMb): V8 shrinks it when a bot sits idle
     *  or gets little CPU, and the next busy spell then collected ~14x as often until it grew back
     *  (load bench, twenty-second pass: 64.5 against 4.5 collections per 1,000 messages). */
    v8: Object.freeze({ semiSpaceMb: 32, minSemiSpaceMb: 32, heapLimitMb: 512 }),
  }),
});


/** Redis, rate limits, logging: how the bot runs as a service. */
export interface HostingConfig {
  /** Set: conversation state, rate limits and unanswered questions live in Redis (shared by instances). */
  readonly redisUrl: string | undefined;
  readonly redisKeyPrefix: string;
  readonly rateLimitPerConversation: number;
  readonly rateLimitPerIp: number;
  readonly requestTimeoutMs: number;
  readonly shutdownGraceMs: number;
  readonly warmUpTurns: number;
  readonly logLevel: LogLevel;
  /** Development only: log what people type (still redacted). */
  readonly logMessages: boolean;
  /** NODE_ENV=production: anonymous access is shouted about at start-up. */
  readonly production: boolean;
  /** Where Bot Framework signing keys are published; empty = the SDK's public-cloud default. */
  readonly openIdMetadataUrl: string | undefined;
}

/** Where conversation state lives; one kind so far: shared stores (Redis) slot in beside it. */
export type StorageKind = 'memory' | 'redis';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotCredentials {
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppType: AppType;
  readonly MicrosoftAppTenantId: string;
}

export interface WebChatSettings {
  /** Set: the page and widget use Azure's Direct Line, exchanging this secret for tokens server-side. */
  readonly directLineSecret: string;
  readonly directLineDomain: string;
  /** Origins (scheme://host[:port]) of the websites allowed to embed the widget. */
  readonly allowedOrigins: readonly string[];
  /** Behind a reverse proxy (App Service, Container Apps): read the client address from X-Forwarded-For. */
  readonly trustProxy: boolean;
  readonly tokenMinutes: number;
  readonly idleMinutes: number;
  readonly maxConversations: number;
  readonly maxActivitiesPerConversation: number;
  readonly pageSize: number;
  readonly messagesPerMinute: number;
  readonly requestsPerMinutePerIp: number;
  readonly conversationsPerMinutePerIp: number;
}

/** What the Teams app package says about the app and who publishes it. */
export interface TeamsSettings {
  readonly appId: string;
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly knowledgeDir: string;
  readonly dialogsDir: string;
  readonly safetyDir: string;
  readonly safetyModelCache: string;
  readonly storage: StorageKind;
  readonly stateTtlMinutes: number;
  readonly memoryMaxConversations: number;
  readonly maxMessageChars: number;
  readonly maxBodyBytes: number;
  readonly flowExpiryMinutes: number;
  readonly matching: MatchingSettings;
  /** The deploying trust's PALS office; empty fields mean "tell people how to find theirs". */
  readonly localPals: LocalServiceDetails;
  /** The deployment has a human agent desk that accepts Bot Framework handoff events. */
  readonly agentDesk: boolean;
  /** Empty MicrosoftAppId means anonymous, as the Bot Framework Emulator expects locally. */
  readonly credentials: BotCredentials;
  readonly webChat: WebChatSettings;
  readonly teams: TeamsSettings;
  readonly hosting: HostingConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The bot cannot start: its configuration has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads a .env file into the environment, if there is one; real environment variables win. */
export function loadDotEnv(path = resolve(PROJECT_ROOT, '.env')): void {
  if (!existsSync(path)) return;
  const fromFile = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, fromFile);
}

/** The only reader of the environment. Checks everything, then fails once with every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} should be a whole number from ${min} to ${max}, not "${raw}"`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (!found) problems.push(`${name} should be one of ${allowed.join(', ')}, not "${raw}"`);
    return found ?? fallback;
  };

  const redisUrl = text('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL should start redis:// or rediss:// (TLS)');
  const storage = oneOf<StorageKind>('STORAGE', ['memory', 'redis'], redisUrl ? 'redis' : DEFAULTS.storage);
  if (storage === 'redis' && !redisUrl) problems.push('STORAGE=redis needs REDIS_URL');
  const openIdMetadataUrl = text('BOT_OPENID_METADATA_URL');
  if (openIdMetadataUrl !== undefined && !/^https?:\/\//.test(openIdMetadataUrl)) problems.push('BOT_OPENID_METADATA_URL should be a web address');
  const { hosting } = DEFAULTS;

  const appId = text('MicrosoftAppId') ?? '';
  const appType = oneOf<AppType>('MicrosoftAppType', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'MultiTenant');
  const appPassword = text('MicrosoftAppPassword') ?? '';
  const tenantId = text('MicrosoftAppTenantId') ?? '';
  if (appId && appType !== 'UserAssignedMSI' && !appPassword) problems.push('MicrosoftAppId is set but MicrosoftAppPassword is empty');
  if (!appId && appPassword) problems.push('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  if (appId && appType === 'SingleTenant' && !tenantId) problems.push('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId');

  const palsHoursText = text('PALS_HOURS');
  const palsHours = palsHoursText === undefined ? undefined : parseHours(palsHoursText);
  if (palsHoursText !== undefined && !palsHours) problems.push(`PALS_HOURS should look like "mon-fri 09:00-17:00", not "${palsHoursText}"`);
  const palsWeb = text('PALS_WEB');
  if (palsWeb !== undefined && !/^https?:\/\//.test(palsWeb)) problems.push(`PALS_WEB should be a web address starting https://, not "${palsWeb}"`);
  const localPals: LocalServiceDetails = Object.freeze(
    Object.fromEntries(
      Object.entries({ name: text('PALS_NAME'), phone: text('PALS_PHONE'), email: text('PALS_EMAIL'), web: palsWeb, hours: palsHours }).filter(([, v]) => v !== undefined),
    ),
  );

  const webAddress = (name: string, fallback: string): string => {
    const value = text(name) ?? fallback;
    if (!/^https:\/\/[^\s/]+/.test(value) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(value)) {
      problems.push(`${name} should be a web address starting https://, not "${value}"`);
    }
    return value.replace(/\/+$/, '');
  };
  const allowedOrigins = (text('WIDGET_ALLOWED_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`WIDGET_ALLOWED_ORIGINS should list origins like https://www.example.org (no path), not "${origin}"`);
  }
  const teamsAppId = text('TEAMS_APP_ID') ?? '';
  if (teamsAppId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(teamsAppId)) problems.push(`TEAMS_APP_ID should be a GUID, not "${teamsAppId}"`);

  const config: Config = {
    port: integer('PORT', DEFAULTS.port, 0, 65535),
    host: text('HOST') ?? DEFAULTS.host,
    knowledgeDir: resolve(text('KNOWLEDGE_DIR') ?? DEFAULTS.knowledgeDir),
    dialogsDir: resolve(text('DIALOGS_DIR') ?? DEFAULTS.dialogsDir),
    safetyDir: resolve(text('SAFETY_DIR') ?? DEFAULTS.safetyDir),
    safetyModelCache: resolve(text('SAFETY_MODEL_CACHE') ?? DEFAULTS.safetyModelCache),
    storage,
    stateTtlMinutes: integer('STATE_TTL_MINUTES', DEFAULTS.stateTtlMinutes, 1, 60 * 24 * 30),
    memoryMaxConversations: integer('MEMORY_MAX_CONVERSATIONS', DEFAULTS.memoryMaxConversations, 10, 10_000_000),
    maxMessageChars: integer('MAX_MESSAGE_CHARS', DEFAULTS.maxMessageChars, DEFAULTS.matching.maxChars, 20_000),
    maxBodyBytes: integer('MAX_BODY_BYTES', DEFAULTS.maxBodyBytes, 4096, 10 * 1024 * 1024),
    flowExpiryMinutes: integer('FLOW_EXPIRY_MINUTES', DEFAULTS.flowExpiryMinutes, 1, 60 * 24 * 7),
    matching: DEFAULTS.matching,
    localPals,
    agentDesk: oneOf('AGENT_DESK', ['true', 'false'], 'false') === 'true',
    credentials: Object.freeze({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: appType,
      MicrosoftAppTenantId: tenantId,
    }),
    webChat: Object.freeze({
      ...DEFAULTS.webChat,
      directLineSecret: text('DIRECT_LINE_SECRET') ?? '',
      directLineDomain: webAddress('DIRECT_LINE_DOMAIN', DEFAULTS.webChat.directLineDomain),
      allowedOrigins: Object.freeze(allowedOrigins.map((o) => o.toLowerCase())),
      trustProxy: oneOf('TRUST_PROXY', ['true', 'false'], 'false') === 'true',
      maxConversations: integer('DIRECT_LINE_MAX_CONVERSATIONS', DEFAULTS.webChat.maxConversations, 1, 1_000_000),
      messagesPerMinute: integer('DIRECT_LINE_MESSAGES_PER_MINUTE', DEFAULTS.webChat.messagesPerMinute, 1, 10_000),
      requestsPerMinutePerIp: integer('DIRECT_LINE_REQUESTS_PER_MINUTE_PER_IP', DEFAULTS.webChat.requestsPerMinutePerIp, 1, 1_000_000),
    }),
    teams: Object.freeze({
      appId: teamsAppId,
      developerName: text('TEAMS_DEVELOPER_NAME') ?? '',
      websiteUrl: text('TEAMS_WEBSITE_URL') ?? '',
      privacyUrl: text('TEAMS_PRIVACY_URL') ?? '',
      termsUrl: text('TEAMS_TERMS_URL') ?? '',
    }),
    hosting: Object.freeze({
      redisUrl,
      redisKeyPrefix: text('REDIS_KEY_PREFIX') ?? hosting.redisKeyPrefix,
      rateLimitPerConversation: integer('RATE_LIMIT_PER_CONVERSATION', hosting.rateLimitPerConversation, 0, 1_000_000),
      rateLimitPerIp: integer('RATE_LIMIT_PER_IP', hosting.rateLimitPerIp, 0, 100_000_000),
      requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', hosting.requestTimeoutMs, 1000, 300_000),
      shutdownGraceMs: hosting.shutdownGraceMs,
      warmUpTurns: integer('WARM_UP_TURNS', hosting.warmUpTurns, 0, 100_000),
      logLevel: oneOf<LogLevel>('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], hosting.logLevel),
      logMessages: oneOf('LOG_MESSAGES', ['true', 'false'], 'false') === 'true',
      production: text('NODE_ENV') === 'production',
      openIdMetadataUrl,
    }),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
