import { EventFactory, type Activity, type StatePropertyAccessor } from 'botbuilder';
import { ChoiceFactory, ChoicePrompt, ComponentDialog, ListStyle, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import { recogniseChoice } from './choiceRecognizer';
import { choice } from './replies';
import { messageText, renderReply, sendReplies } from './render';
import type { Responder } from './responder';

export const HANDOFF_DIALOG_ID = 'handoff';
const STEPS = 'handoff-steps';
const CONSENT = 'handoff-consent';

/**
 * "Talk to a person" where the deployment has an agent desk: asks consent, then sends the Bot
 * Framework handoff event with a summary of the topics covered. Only topic titles go to the
 * desk, never what the person typed: they may have typed names or NHS numbers.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(
    private readonly deps: {
      readonly messages: Messages;
      readonly responder: Responder;
      readonly logger: Logger;
      readonly topics: StatePropertyAccessor<string[]>;
    },
  ) {
    super(HANDOFF_DIALOG_ID);
    const { handoff } = deps.messages;
    this.addDialog(
      new ChoicePrompt(CONSENT, async (prompt) => {
        if (prompt.recognized.succeeded) return true;
        const index = recogniseChoice(messageText(prompt.context), [handoff.yes, handoff.no]);
        if (index === undefined) return false;
        Object.assign(prompt.recognized, { succeeded: true, value: { value: index === 0 ? handoff.yes : handoff.no, index, score: 1 } });
        return true;
      }),
    );
    this.addDialog(new WaterfallDialog(STEPS, [(s) => this.askConsent(s), (s) => this.act(s)]));
    this.initialDialogId = STEPS;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { handoff } = this.deps.messages;
    const options = [choice(handoff.yes), choice(handoff.no)];
    const channelId = step.context.activity.channelId;
    return step.prompt(CONSENT, {
      prompt: renderReply({ text: handoff.askConsent, choices: options }, channelId),
      retryPrompt: renderReply({ text: handoff.askConsent, choices: options }, channelId),
      choices: ChoiceFactory.toChoices([handoff.yes, handoff.no]),
      style: ListStyle.none,
    });
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { messages, logger, topics } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await sendReplies(step.context, this.deps.responder.contacts());
      return step.endDialog();
    }
    const covered = await topics.get(step.context, []);
    const summary = covered.length > 0 ? `Topics covered with the bot: ${covered.join('; ')}.` : 'No topics covered with the bot yet.';
    const note: Partial<Activity> = { type: 'message', text: summary, from: step.context.activity.recipient, timestamp: new Date() };
    const event = EventFactory.createHandoffInitiation(step.context, { summary, topics: covered }, { activities: [note as Activity] });
    await step.context.sendActivity(event);
    await sendReplies(step.context, [{ text: messages.handoff.started }]);
    logger.info('handoff-initiated', { topics: covered.length });
    return step.endDialog();
  }
}
