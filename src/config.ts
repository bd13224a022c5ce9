import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MatchingSettings } from './knowledge/matching/overlapMatcher';
import { parseHours } from './knowledge/openingHours';
import type { LocalServiceDetails } from './knowledge/services';

const PROJECT_ROOT = resolve(__dirname, '..');

/** Every default in one place; the environment can override those that deployments change. */
export const DEFAULTS = Object.freeze({
  port: 3978,
  host: '0.0.0.0',
  knowledgeDir: resolve(PROJECT_ROOT, 'knowledge'),
  dialogsDir: resolve(PROJECT_ROOT, 'dialogs'),
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
    leadScore: 1.2,
    leadRatio: 0.75,
    tieMargin: 0.03,
    alsoAboutMargin: 0.5,
    maxAlsoAbout: 2,
    maxChoices: 3,
    unsureScore: 0.4,
    unsureShare: 0.3,
    unsureWithoutSubjectScore: 1.0,
    unsureUnknownWeight: 1.5,
    maxUnknownWords: 3,
    topicTermShare: 0.5,
    contextWeight: 0.4,
    bridge: Object.freeze({ synonymWeight: 0.7, relatedWeight: 0.5, sensesPerWord: 2, maxNarrowerTerms: 12 }),
  } satisfies MatchingSettings),
});

/** Where conversation state lives; one kind so far: shared stores (Redis) slot in beside it. */
export type StorageKind = 'memory';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotCredentials {
  readonly MicrosoftAppId: string;
  readonly MicrosoftAppPassword: string;
  readonly MicrosoftAppType: AppType;
  readonly MicrosoftAppTenantId: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly knowledgeDir: string;
  readonly dialogsDir: string;
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

  const storage = oneOf<StorageKind>('STORAGE', ['memory'], DEFAULTS.storage);

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

  const config: Config = {
    port: integer('PORT', DEFAULTS.port, 0, 65535),
    host: text('HOST') ?? DEFAULTS.host,
    knowledgeDir: resolve(text('KNOWLEDGE_DIR') ?? DEFAULTS.knowledgeDir),
    dialogsDir: resolve(text('DIALOGS_DIR') ?? DEFAULTS.dialogsDir),
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
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
