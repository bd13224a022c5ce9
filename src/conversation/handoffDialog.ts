import { EventFactory, type Activity, type StatePropertyAccessor } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from './sdkDialogs';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import type { FlowAnswer, FlowAnswerRecognizer } from './flowAnswer';
import { FlowChoicePrompt } from './flowChoicePrompt';
import { choice } from './replies';
import { sendReplies } from './render';
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
      readonly recognizer: FlowAnswerRecognizer;
      readonly logger: Logger;
      readonly topics: StatePropertyAccessor<string[]>;
    },
  ) {
    super(HANDOFF_DIALOG_ID);
    const { handoff } = deps.messages;
    const question = { choices: [{ label: handoff.yes }, { label: handoff.no }], entries: [] };
    // Asked and asked again alike.
    const askConsent = { text: handoff.askConsent, choices: [choice(handoff.yes), choice(handoff.no)] };
    this.addDialog(new FlowChoicePrompt(CONSENT, (text) => deps.recognizer.recognise(text, question), () => askConsent));
    this.addDialog(new WaterfallDialog(STEPS, [(s) => this.askConsent(s), (s) => this.act(s)]));
    this.initialDialogId = STEPS;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(CONSENT, {});
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { messages, logger, topics, responder } = this.deps;
    const answer = step.result as FlowAnswer;
    if (answer.kind === 'side-question' && answer.result.kind === 'answer') {
      // Answer what they asked, then ask for consent again: handing off needs a clear yes.
      await sendReplies(step.context, [{ text: responder.citedAnswer(answer.result.entry), entryId: answer.result.entry.id }]);
      return step.replaceDialog(STEPS);
    }
    if (answer.kind !== 'choice' || answer.index !== 0) {
      await sendReplies(step.context, responder.contacts());
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
