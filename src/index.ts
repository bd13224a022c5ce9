import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext } from 'botbuilder';
import { AdviceBot } from './bot/adviceBot';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { createConversation } from './conversation/createConversation';
import { sendReplies } from './conversation/render';
import { ContentError } from './content/contentProblems';
import { createMatcher, loadContent } from './knowledge/loadContent';
import { ServiceDirectory } from './knowledge/services';
import { createLogger, describeError, type Logger } from './logger';
import { createMessages } from './messages';
import { loadSafetyRules } from './safety';
import { createServer, listen } from './server';
import { createStorage } from './storage/createStorage';

/**
 * The composition root: config -> storage -> knowledge -> matcher -> dialogs -> bot -> server.
 * `now` is the clock for opening hours and flow expiry, so tests can move time.
 */
export function composeApp(config: Config, logger: Logger, now: () => number = Date.now) {
  const storage = createStorage(config);
  const conversationState = new ConversationState(storage);

  const content = loadContent(config.knowledgeDir, config.dialogsDir);
  const safety = loadSafetyRules(config.safetyDir);
  const { knowledge, flows } = content;
  const services = new ServiceDirectory(knowledge.services, config.localPals, () => new Date(now()));
  if (!services.hasLocalPals) logger.warn('pals-not-configured', { effect: 'people are told how to find their hospital PALS (set PALS_PHONE, PALS_EMAIL or PALS_WEB)' });
  const messages = createMessages(services);
  const matcher = createMatcher(content, config.matching);

  const topics = conversationState.createProperty<string[]>('topics');
  const { rootDialog, responder } = createConversation({
    matcher, entries: knowledge.entries, flows, services, messages, logger, topics, agentDesk: config.agentDesk, safety,
  });
  const bot = new AdviceBot({
    conversationState, rootDialog, responder, messages, logger,
    maxMessageChars: config.maxMessageChars, flowExpiryMinutes: config.flowExpiryMinutes, now,
  });

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.credentials }));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error('turn-failed', { ...describeError(error), channel: context.activity.channelId });
    // A broken dialog stack would fail the same way next turn: start this conversation afresh.
    await conversationState.delete(context).catch(() => undefined);
    await sendReplies(context, [{ text: messages.somethingWentWrong }]).catch(() => undefined);
  };

  // V8 compiles each safety pattern on first use (~200 ms in all): pay that now, not on
  // the first person's message.
  safety.assess('warm up the safety rules: chest pain, can not breathe, should i take it');

  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });
  return { server, bot, adapter, storage, knowledge, flows, matcher };
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
      entries: knowledge.entries.length,
      flows: flows.length,
      storage: config.storage,
      auth: config.credentials.MicrosoftAppId ? 'bot-framework' : 'anonymous (local testing only)',
    });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) void main();
