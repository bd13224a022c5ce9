import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { FlowAnswer } from './flowAnswer';
import { messageText } from './render';

/** How a dialog reads a reply to its question: the options it prompted with say which question. */
export type ReadFlowAnswer = (text: string, options: PromptOptions) => FlowAnswer | undefined;

const MAX_MISSES = 2;

/**
 * A choice prompt that returns what the reply meant as a tagged result, rather than forcing
 * every reply onto a button. A reply that fits nothing is asked again once; the second miss
 * comes back as a way out, so the dialog can offer one instead of asking forever.
 */
export class FlowChoicePrompt extends Prompt<FlowAnswer> {
  constructor(dialogId: string, private readonly read: ReadFlowAnswer) {
    // Misses are counted here, not in onRecognize: the SDK may recognise one message twice.
    super(dialogId, async (prompt) => {
      if (prompt.recognized.succeeded) return true;
      if (prompt.attemptCount < MAX_MISSES) return false;
      Object.assign(prompt.recognized, { succeeded: true, value: { kind: 'way-out', reason: 'misses' } satisfies FlowAnswer });
      return true;
    });
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FlowAnswer>> {
    const answer = this.read(messageText(context), options);
    return answer ? { succeeded: true, value: answer } : { succeeded: false };
  }
}
