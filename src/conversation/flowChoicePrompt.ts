import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult, PromptOptions } from 'botbuilder-dialogs';
import { Dialog } from './sdkDialogs';
import type { FlowAnswer } from './flowAnswer';
import { messageText, renderReply } from './render';
import type { Reply } from './replies';

/** How a dialog reads a reply to its question: the options it prompted with say which question. */
export type ReadFlowAnswer = (text: string, options: PromptOptions) => FlowAnswer | undefined;
/** What a dialog says to ask its question (again, after a reply that fit nothing, when `isRetry`), from the options it prompted with. */
export type SayFlowQuestion = (options: PromptOptions, isRetry: boolean) => Reply;

const MAX_MISSES = 2;

/**
 * What the prompt keeps in its dialog instance: the layout of botbuilder's Prompt (options, and
 * the replies read so far in `state.attemptCount`), so that a conversation saved by a bot that
 * ran the SDK's Prompt carries on here, and the other way round.
 */
interface PromptInstanceState {
  options: PromptOptions;
  state: { attemptCount?: number };
}

/**
 * A choice prompt that returns what the reply meant as a tagged result, rather than forcing
 * every reply onto a button. A reply that fits nothing is asked again once; the second miss
 * comes back as a way out, so the dialog can offer one instead of asking forever.
 *
 * Its options (kept in dialog state for as long as the question is open) say only which
 * question is asked; the activities are built when they are sent. Kept whole, the prompt and
 * retry activities were most of a stored conversation (~2 KB of JSON each, held by the store).
 *
 * It does what botbuilder's Prompt did for it, with two things left out: the "turn.stepCount"
 * re-prompt, which only adaptive dialogs set, and reading the reply a first time when the SDK
 * announces it to the dialog stack ("activityReceived"): that reading only told the parents the
 * event was handled, and none of our dialogs handles it, so every reply in a flow was read twice.
 */
export class FlowChoicePrompt extends Dialog<PromptOptions> {
  constructor(dialogId: string, private readonly read: ReadFlowAnswer, private readonly say: SayFlowQuestion) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    const instance = stateOf(dc.activeDialog);
    instance.options = { ...options };
    instance.state = {};
    await this.ask(dc.context, instance.options, false);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const instance = stateOf(dc.activeDialog);
    const answer = this.read(messageText(dc.context), instance.options);
    const misses = (instance.state.attemptCount ?? 0) + 1;
    instance.state.attemptCount = misses;
    if (answer) return dc.endDialog(answer);
    if (misses >= MAX_MISSES) return dc.endDialog({ kind: 'way-out', reason: 'misses' } satisfies FlowAnswer);
    if (!dc.context.responded) await this.ask(dc.context, instance.options, true);
    return Dialog.EndOfTurn;
  }

  /** Back from a dialog started on top of it (none of ours does): ask the question again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance | undefined): Promise<void> {
    await this.ask(context, stateOf(instance).options, false);
  }

  private async ask(context: TurnContext, options: PromptOptions, isRetry: boolean): Promise<void> {
    // State saved before prompts were built when sent still carries its activities.
    const kept = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    await context.sendActivity(kept ?? renderReply(this.say(options, isRetry), context.activity.channelId));
  }
}

function stateOf(instance: DialogInstance | undefined): PromptInstanceState {
  if (!instance) throw new Error('FlowChoicePrompt: no active dialog instance');
  return instance.state as PromptInstanceState;
}
