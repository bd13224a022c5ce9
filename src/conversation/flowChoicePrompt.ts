import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { FlowAnswer } from './flowAnswer';
import { messageText, renderReply } from './render';
import type { Reply } from './replies';

/** How a dialog reads a reply to its question: the options it prompted with say which question. */
export type ReadFlowAnswer = (text: string, options: PromptOptions) => FlowAnswer | undefined;
/** What a dialog says to ask its question (again, after a reply that fit nothing, when `isRetry`), from the options it prompted with. */
export type SayFlowQuestion = (options: PromptOptions, isRetry: boolean) => Reply;

const MAX_MISSES = 2;

/**
 * A choice prompt that returns what the reply meant as a tagged result, rather than forcing
 * every reply onto a button. A reply that fits nothing is asked again once; the second miss
 * comes back as a way out, so the dialog can offer one instead of asking forever.
 *
 * Its options (kept in dialog state for as long as the question is open) say only which
 * question is asked; the activities are built when they are sent. Kept whole, the prompt and
 * retry activities were most of a stored conversation (~2 KB of JSON each, held by the store).
 */
export class FlowChoicePrompt extends Prompt<FlowAnswer> {
  constructor(dialogId: string, private readonly read: ReadFlowAnswer, private readonly say: SayFlowQuestion) {
    // Misses are counted here, not in onRecognize: the SDK may recognise one message twice.
    super(dialogId, async (prompt) => {
      if (prompt.recognized.succeeded) return true;
      if (prompt.attemptCount < MAX_MISSES) return false;
      Object.assign(prompt.recognized, { succeeded: true, value: { kind: 'way-out', reason: 'misses' } satisfies FlowAnswer });
      return true;
    });
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    // State saved before prompts were built when sent still carries its activities.
    const kept = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    await context.sendActivity(kept ?? renderReply(this.say(options, isRetry), context.activity.channelId));
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FlowAnswer>> {
    const answer = this.read(messageText(context), options);
    return answer ? { succeeded: true, value: answer } : { succeeded: false };
  }
}
