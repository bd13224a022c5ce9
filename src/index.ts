import { randomUUID } from 'node:crypto';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import type { TurnContext } from 'botbuilder';
import { AdviceBot } from './bot/adviceBot';
import { FeedbackCounts } from './bot/feedback';
import { createChannels } from './channels/createChannels';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { createConversation } from './conversation/createConversation';
import { sendReplies } from './conversation/render';
import { ContentError } from './content/contentProblems';
import { createMatcher, loadContent } from './knowledge/loadContent';
import { releaseSharedWordNet } from './knowledge/text/wordNet';
import { ServiceDirectory } from './knowledge/services';
import { createBotAuthentication } from './hosting/botAuthentication';
import { MessagingAdapter } from './hosting/messagingAdapter';
import { createReadiness } from './hosting/readiness';
import { createRequestGate } from './hosting/requestGate';
import { shutDown } from './hosting/shutdown';
import { observeUnanswered } from './hosting/unansweredObserver';
import { askedWordings, channelsInTurn, contentWordings, madeUpConversations, turnsOverHttp, turnsThroughAdapter, turnsThroughBot, warmUp, warmUpMessages, warmUpOnWordings, warmUpUnderLoad } from './hosting/warmUp';
import { createLogger, describeError, type Logger } from './logger';
import { createMessages } from './messages';
import { UnansweredQuestions } from './privacy/unansweredQuestions';
import { loadSafetyRules } from './safety';
import { checkCanListen, createServer, listen } from './server';
import { StartupError } from './startupProblems';
import { createStorage } from './storage/createStorage';
import { OptimisticConversationState } from './storage/optimisticConversationState';
import { createRedisClient } from './storage/redisClient';

/**
 * The composition root: config -> storage -> knowledge -> matcher -> dialogs -> bot -> server.
 * `now` is the clock for opening hours, flow expiry and web chat tokens, so tests can move time.
 */
export function composeApp(config: Config, logger: Logger, now: () => number = Date.now) {
  let warmingUp = false;
  const redis = config.hosting.redisUrl ? createRedisClient(config.hosting.redisUrl) : undefined;
  // ioredis reconnects by itself; without a listener its errors would crash the process.
  redis?.on('error', (error) => logger.warn('redis-error', describeError(error)));
  const storage = createStorage(config, logger, redis);
  const conversationState = new OptimisticConversationState(storage);

  const content = loadContent(config.knowledgeDir, config.dialogsDir);
  const safety = loadSafetyRules(config.safetyDir, { modelCache: config.safetyModelCache });
  const { knowledge, flows } = content;
  const services = new ServiceDirectory(knowledge.services, config.localPals, () => new Date(now()));
  if (!services.hasLocalPals) logger.warn('pals-not-configured', { effect: 'people are told how to find their hospital PALS (set PALS_PHONE, PALS_EMAIL or PALS_WEB)' });
  const messages = createMessages(services);
  const matcher = createMatcher(content, config.matching, undefined, config.safetyModelCache);
  releaseSharedWordNet();

  // Unanswered questions are counted (redacted) where every instance can add to them: Redis.
  const unanswered = redis ? new UnansweredQuestions(redis, config.hosting.redisKeyPrefix) : undefined;
  const observed = unanswered ? observeUnanswered(matcher, logger, (text) => warmingUp || unanswered.record(text)) : { matcher, logger };

  const topics = conversationState.createProperty<string[]>('topics');
  const { rootDialog, responder } = createConversation({
    matcher: observed.matcher, intents: content.intents, leaflet: knowledge.leaflet, entries: knowledge.entries, flows, services, messages, logger: observed.logger, topics, agentDesk: config.agentDesk, safety,
  });
  const feedback = new FeedbackCounts(knowledge.entries.map((e) => e.id));
  const bot = new AdviceBot({
    conversationState, rootDialog, responder, messages, logger, safety,
    maxMessageChars: config.maxMessageChars, flowExpiryMinutes: config.flowExpiryMinutes, now,
    agentDesk: config.agentDesk, feedback,
    logMessages: config.hosting.logMessages,
  });

  const adapter = new MessagingAdapter(createBotAuthentication(config), logger);
  const onTurnError = async (context: TurnContext, error: unknown): Promise<void> => {
    const reference = randomUUID().slice(0, 8);
    logger.error('turn-failed', { ...describeError(error), channel: context.activity.channelId, correlationId: reference });
    // A broken dialog stack would fail the same way next turn: start this conversation afresh.
    await conversationState.delete(context).catch(() => undefined);
    await sendReplies(context, [{ text: messages.hosting.somethingWentWrong(reference) }]).catch(() => undefined);
  };
  adapter.onTurnError = onTurnError;

  const channels = createChannels({ config, bot, onTurnError, messages, logger, feedback, now });
  const server = createServer({
    adapter, bot, logger, maxBodyBytes: config.maxBodyBytes, channels,
    gate: createRequestGate(config, redis, logger),
    readiness: createReadiness(redis, () => warmingUp),
    requestTimeoutMs: config.hosting.requestTimeoutMs,
  });
  const close = () => shutDown({ server, redis, logger, graceMs: config.hosting.shutdownGraceMs });
  // One turn-taking of the channels' shapes for every warm-up conversation, in-process and over HTTP.
  const warmUpChannels = channelsInTurn();
  const forget = (id: string, channelId: string) => storage.delete([`${channelId}/conversations/${id}/`]);
  /** In-process before the server listens; given the messaging URL it listens at, over HTTP too. */
  const warm = async (messagesUrl?: string): Promise<void> => {
    warmingUp = true;
    // Made-up turns never reach the logs: a logger that can withhold lines makes them as ever (so the
    // code that writes a line is warm for a person's first turn) and throws them away.
    logger.withhold?.(true);
    try {
      // V8 compiles each safety pattern on first use: pay that before the first person's message. Here, not
      // in composing: a bot a test composes and never warms (~80 of them in CI) would pay it for nothing.
      if (!messagesUrl) safety.warmUp();
      // Without an app id the adapter takes a request with no token, as from a real channel.
      const turns = messagesUrl ? turnsOverHttp(messagesUrl) : config.credentials.MicrosoftAppId ? turnsThroughBot(bot) : turnsThroughAdapter(adapter, bot);
      const converse = madeUpConversations(turns, forget, warmUpChannels);
      await warmUp(converse, warmUpMessages(content), messagesUrl ? HTTP_WARM_UP_ROUNDS : undefined);
      if (!messagesUrl) await warmUpOnWordings(converse, contentWordings(content));
      if (!messagesUrl) await warmUpUnderLoad(converse, askedWordings(content), config.hosting.warmUpTurns, LOAD_WARM_UP_IN_FLIGHT);
    } finally {
      warmingUp = false;
      logger.withhold?.(false);
    }
  };
  return { server, bot, adapter, storage, redis, knowledge, flows, matcher, channels, feedback, close, warmUp: warm };
}

/** The HTTP path needs fewer rounds than the bot: the turns behind it are warm already. */
const HTTP_WARM_UP_ROUNDS = 2;
const LOAD_WARM_UP_IN_FLIGHT = 64;

async function main(): Promise<void> {
  let logger = createLogger();
  try {
    loadDotEnv();
    const config = loadConfig();
    logger = createLogger(undefined, config.hosting.logLevel);
    await checkCanListen(config.port, config.host);
    const { server, knowledge, flows, close, warmUp: warm } = composeApp(config, logger);
    await warm();
    process.once('SIGTERM', () => {
      void close().finally(() => {
        logger.flush();
        process.exit(0);
      });
    });
    const { port, url } = await listen(server, config.port, config.host);
    // Listening on every address (0.0.0.0) includes the loopback one, which "localhost" may not name.
    await warm(`${config.host === '0.0.0.0' ? `http://127.0.0.1:${port}` : url}/api/messages`);
    logger.info('started', {
      url: `${url}/api/messages`,
      webChat: `${url}/`,
      directLine: config.webChat.directLineSecret ? 'azure' : 'local',
      entries: knowledge.entries.length,
      flows: flows.length,
      storage: config.storage,
      auth: config.credentials.MicrosoftAppId ? 'bot-framework' : 'anonymous (local testing only)',
      // Shows whether the start script's V8 heap settings (DEFAULTS.hosting.v8) are in force.
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
      youngGenerationMb: Math.round((getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20),
    });
    if (!config.credentials.MicrosoftAppId && config.hosting.production) {
      logger.error('anonymous-in-production', {
        effect: 'ANYONE can post to /api/messages: set MicrosoftAppId and MicrosoftAppPassword from your Azure Bot registration',
      });
      process.stderr.write('\n*** WARNING: NODE_ENV=production but MicrosoftAppId is empty: the bot accepts unauthenticated requests. ***\n\n');
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentError || error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) void main();
