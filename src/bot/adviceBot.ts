import { ActivityHandler, ActivityTypes, type BotState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from '../logger';
import { sendReplies } from '../conversation/render';
import type { Responder } from '../conversation/responder';
import type { Messages } from '../messages';

export interface AdviceBotOptions {
  readonly conversationState: BotState;
  readonly rootDialog: Dialog;
  readonly responder: Responder;
  readonly messages: Messages;
  readonly logger: Logger;
  readonly maxMessageChars: number;
}

/**
 * Hosts the conversation: welcomes people, hands each message to the root dialog and saves
 * state once per turn. Activities that are not messages (typing, reactions, unknown events)
 * are ignored quietly rather than answered.
 */
export class AdviceBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly options: AdviceBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (people.length > 0) await sendReplies(context, options.responder.welcome());
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // runDialog sends a "BotState" trace of the whole dialog memory (message text included)
    // every turn. Only the Emulator shows traces; nowhere else should they leave the bot.
    if (context.activity.channelId !== 'emulator') {
      context.onSendActivities(async (_context, activities, next) => {
        // A send handler changes what is sent only by editing the array it is given.
        for (let i = activities.length - 1; i >= 0; i--) {
          if (activities[i]?.type === ActivityTypes.Trace) activities.splice(i, 1);
        }
        // The adapter refuses an empty send.
        return activities.length > 0 ? next() : [];
      });
    }
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const hasText = typeof activity.text === 'string' && activity.text.trim() !== '';
    const hasValue = typeof activity.value === 'string' && activity.value.trim() !== '';
    if (!hasText && !hasValue) {
      this.options.logger.info('message-without-text', { attachments: activity.attachments?.length ?? 0 });
      await sendReplies(context, [{ text: this.options.messages.textOnly }]);
      return;
    }
    if (hasText && activity.text.length > this.options.maxMessageChars) {
      // Matching cost grows with length; the question is almost always near the start.
      activity.text = activity.text.slice(0, this.options.maxMessageChars);
    }
    await runDialog(this.options.rootDialog, context, this.dialogState);
  }
}
