import type { ActivityHandler, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import type { FeedbackCounts } from '../bot/feedback';
import { AzureDirectLineTokens } from './azureDirectLine';
import type { Channel } from './channel';
import { LocalDirectLine } from './directLine';
import { FeedbackReport } from './feedbackReport';
import { OriginPolicy } from './origins';
import { ChatRateLimits } from './rateLimits';
import { WebChat } from './webChat';

export interface ChannelDeps {
  readonly config: Config;
  readonly bot: ActivityHandler;
  readonly onTurnError: (context: TurnContext, error: unknown) => Promise<void>;
  readonly messages: Messages;
  readonly logger: Logger;
  readonly feedback: FeedbackCounts;
  readonly now: () => number;
}

/**
 * The channels this deployment offers besides /api/messages (Teams, Azure's Direct Line and
 * the Emulator come in there). Web chat uses Azure's Direct Line when DIRECT_LINE_SECRET is
 * set, and this server's own otherwise.
 */
export function createChannels(deps: ChannelDeps): Channel[] {
  const { config, logger } = deps;
  const settings = config.webChat;
  const origins = new OriginPolicy(settings.allowedOrigins);
  const limits = new ChatRateLimits(settings);
  const local = settings.directLineSecret
    ? undefined
    : new LocalDirectLine({ bot: deps.bot, onTurnError: deps.onTurnError, logger, settings, maxMessageChars: config.maxMessageChars, origins, limits, now: deps.now });
  const tokens = local ?? new AzureDirectLineTokens(settings.directLineSecret, settings.directLineDomain);
  const webChat = new WebChat({ tokens, messages: deps.messages, logger, settings, origins, limits });
  return [...(local ? [local] : []), webChat, new FeedbackReport(deps.feedback, logger)];
}
