import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext } from 'botbuilder';
import { AdviceBot } from './bot/adviceBot';
import { FeedbackCounts } from './bot/feedback';
import { createChannels } from './channels/createChannels';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { createConversation } from './conversation/createConversation';
import { sendReplies } from './conversation/render';
import { ContentError } from './knowledge/loading/contentProblems';
import { createMatcher, loadContent } from './knowledge/loadContent';
import { ServiceDirectory } from './knowledge/services';
import { createLogger, describeError, type Logger } from './logger';
import { createMessages } from './messages';
import { assessSafety } from './safety';
import { createServer, listen } from './server';
import { StartupError } from './startupProblems';
import { createStorage } from './storage/createStorage';

/**
 * The composition root: config -> storage -> knowledge -> matcher -> dialogs -> bot -> server.
 * `now` is the clock for opening hours, flow expiry and web chat tokens, so tests can move time.
 */
export function composeApp(config: Config, logger: Logger, now: () => number = Date.now) {
  const storage = createStorage(config);
  const conversationState = new ConversationState(storage);

  const content = loadContent(config.knowledgeDir, config.dialogsDir);
  const { knowledge, flows } = content;
  const services = new ServiceDirectory(knowledge.services, config.localPals, () => new Date(now()));
  if (!services.hasLocalPals) logger.warn('pals-not-configured', { effect: 'people are told how to find their hospital PALS (set PALS_PHONE, PALS_EMAIL or PALS_WEB)' });
  const messages = createMessages(services);
  const matcher = createMatcher(content, config.matching);

  const topics = conversationState.createProperty<string[]>('topics');
  const { rootDialog, responder } = createConversation({
    matcher, intents: content.intents, leaflet: knowledge.leaflet, entries: knowledge.entries, flows, services, messages, logger, topics, agentDesk: config.agentDesk,
  });
  const feedback = new FeedbackCounts(knowledge.entries.map((e) => e.id));
  const bot = new AdviceBot({
    conversationState, rootDialog, responder, messages, logger,
    maxMessageChars: config.maxMessageChars, flowExpiryMinutes: config.flowExpiryMinutes, now,
    agentDesk: config.agentDesk, entries: knowledge.entries, feedback,
  });

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.credentials }));
  const onTurnError = async (context: TurnContext, error: unknown): Promise<void> => {
    logger.error('turn-failed', { ...describeError(error), channel: context.activity.channelId });
    // A broken dialog stack would fail the same way next turn: start this conversation afresh.
    await conversationState.delete(context).catch(() => undefined);
    await sendReplies(context, [{ text: messages.somethingWentWrong }]).catch(() => undefined);
  };
  adapter.onTurnError = onTurnError;

  // V8 compiles each safety pattern on first use (~200 ms in all): pay that now, not on
  // the first person's message.
  assessSafety('warm up the safety rules: chest pain, can not breathe, should i take it');

  const channels = createChannels({ config, bot, onTurnError, messages, logger, feedback, now });
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes, channels });
  return { server, bot, adapter, storage, knowledge, flows, matcher, channels, feedback };
}

async function main(): Promise<void> {
  const logger = createLogger();
  try {
    loadDotEnv();
    const config = loadConfig();
    const { server, knowledge, flows } = composeApp(config, logger);
    const { url } = await listen(server, config.port, config.host);
    logger.info('started', {
      url: `${url}/api/messages`,
      webChat: `${url}/`,
      directLine: config.webChat.directLineSecret ? 'azure' : 'local',
      entries: knowledge.entries.length,
      flows: flows.length,
      storage: config.storage,
      auth: config.credentials.MicrosoftAppId ? 'bot-framework' : 'anonymous (local testing only)',
    });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentError || error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) void main();
