import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Logger } from '../logger';
import type { SafetyRules } from '../safety';
import { detectCommand } from './commands';
import { messageText, sendReplies } from './render';
import type { Responder } from './responder';
import type { Messages } from '../messages';

export interface ConversationServices {
  readonly responder: Responder;
  readonly safety: SafetyRules;
  readonly messages: Messages;
  readonly logger: Logger;
}

/**
 * Safety and commands come before anything a dialog expects, at every step: someone describing
 * a stroke in the middle of a flow gets 999, not "please choose one of the options". Dialogs
 * that extend this only ever see messages that were neither.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(id: string, protected readonly services: ConversationServices) {
    super(id);
  }

  /** Handles a message that was not an interruption, when no step is waiting for it. */
  protected abstract route(inner: DialogContext, text: string): Promise<DialogTurnResult>;

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = messageText(inner.context);
    return (await this.interrupt(inner, text)) ?? this.route(inner, text);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = messageText(inner.context);
    return (await this.interrupt(inner, text)) ?? (await this.interruptFlow(inner, text)) ?? super.onContinueDialog(inner);
  }

  /** Something said mid-flow that should take over from the flow (after safety and commands). */
  protected async interruptFlow(_inner: DialogContext, _text: string): Promise<DialogTurnResult | undefined> {
    return undefined;
  }

  private async interrupt(inner: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const { responder, messages, logger, safety } = this.services;
    const inFlow = inner.activeDialog !== undefined;
    const concern = safety.assess(text);
    if (concern) {
      logger.info('safety', { kind: concern.kind, rule: concern.rule, possibleEmergency: concern.possibleEmergency, inFlow });
      await sendReplies(inner.context, responder.safety(concern));
      // A possible emergency is never silenced and never the only answer: the line goes
      // first, then the message is handled as usual, inside a flow too.
      if (concern.kind !== 'possible-emergency') {
        // Emergencies and crises end any flow: no more questions for someone in danger.
        if (concern.kind === 'medical-advice' && inFlow) return this.repromptFlow(inner);
        return inner.cancelAllDialogs();
      }
    }

    const command = detectCommand(text);
    // Inside a flow, "none of these" answers the step's question (its "Something else" button).
    if (!command || (command === 'noneOfThese' && inFlow)) return undefined;
    logger.info('command', { command, inFlow });
    switch (command) {
      case 'cancel':
      case 'startAgain': {
        const reply = command === 'startAgain' ? messages.startedAgain : inFlow ? messages.cancelled : messages.nothingToCancel;
        await sendReplies(inner.context, [{ text: reply, choices: responder.starterChoices() }]);
        return inner.cancelAllDialogs();
      }
      case 'talkToPerson':
        return this.talkToPerson(inner);
      default:
        await sendReplies(inner.context, responder.command(command));
        return inFlow ? this.repromptFlow(inner) : inner.cancelAllDialogs();
    }
  }

  /** Gives the contacts of people who can help; a deployment with an agent desk hands off instead. */
  protected async talkToPerson(inner: DialogContext): Promise<DialogTurnResult> {
    await sendReplies(inner.context, this.services.responder.command('talkToPerson'));
    return inner.activeDialog ? this.repromptFlow(inner) : inner.cancelAllDialogs();
  }

  protected async repromptFlow(inner: DialogContext): Promise<DialogTurnResult> {
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
