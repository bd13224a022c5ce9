import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext } from 'botbuilder';
import { AdviceBot } from './bot/adviceBot';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { createConversation } from './conversation/createConversation';
import { sendReplies } from './conversation/render';
import { ContentError } from './knowledge/loading/contentProblems';
import { loadKnowledge } from './knowledge/loading/loadKnowledge';
import { OverlapMatcher } from './knowledge/matching/overlapMatcher';
import { ServiceDirectory } from './knowledge/services';
import { createLogger, describeError, type Logger } from './logger';
import { createMessages } from './messages';
import { createServer, listen } from './server';
import { createStorage } from './storage/createStorage';

/** The composition root: config -> storage -> knowledge -> matcher -> dialogs -> bot -> server. */
export function composeApp(config: Config, logger: Logger) {
  const storage = createStorage(config);
  const conversationState = new ConversationState(storage);

  const knowledge = loadKnowledge(config.knowledgeDir);
  const services = new ServiceDirectory(knowledge.services);
  const missing = services.missing();
  if (missing.length > 0) throw new Error(`knowledge/services.yaml lacks services the bot names: ${missing.join(', ')}`);
  const messages = createMessages(services);
  const matcher = new OverlapMatcher(knowledge, config.matching);

  const { rootDialog, responder } = createConversation({ matcher, entries: knowledge.entries, messages, logger });
  const bot = new AdviceBot({ conversationState, rootDialog, responder, messages, logger, maxMessageChars: config.maxMessageChars });

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ ...config.credentials }));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error('turn-failed', { ...describeError(error), channel: context.activity.channelId });
    // A broken dialog stack would fail the same way next turn: start this conversation afresh.
    await conversationState.delete(context).catch(() => undefined);
    await sendReplies(context, [{ text: messages.somethingWentWrong }]).catch(() => undefined);
  };

  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });
  return { server, bot, adapter, storage, knowledge, matcher };
}

async function main(): Promise<void> {
  const logger = createLogger();
  try {
    loadDotEnv();
    const config = loadConfig();
    const { server, knowledge } = composeApp(config, logger);
    const { url } = await listen(server, config.port, config.host);
    logger.info('started', {
      url: `${url}/api/messages`,
      entries: knowledge.entries.length,
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
