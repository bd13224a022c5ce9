import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus } from './sdkDialogs';
import type { Logger } from '../logger';
import type { SafetyConcern, SafetyRules } from '../safety';
import type { Command, CommandReader } from './commands';
import { messageText, sendReplies } from './render';
import type { Responder } from './responder';
import type { Messages } from '../messages';

export interface ConversationServices {
  readonly responder: Responder;
  readonly safety: SafetyRules;
  readonly messages: Messages;
  readonly logger: Logger;
  /** Whole-message commands, the ways out among them (typed-answers.yaml's `waysOut`): read with an index built once. */
  readonly commands: CommandReader;
}

/**
 * What routing may do to the conversation's flows. Inside the dialogs this is the dialog
 * context; a message that arrives with no flow running is answered without the dialog
 * machinery, which it needs only when the answer starts a flow.
 */
export interface RoutedTurn<R> {
  readonly context: TurnContext;
  /** A guided flow (or a handoff) is running. */
  readonly inFlow: boolean;
  /** Which one, when one is. */
  readonly activeDialogId: string | undefined;
  /** The message is answered: nothing is left running. */
  end(): Promise<R>;
  /** The running flow asks its question again. */
  reprompt(): Promise<R>;
  /** Ends whatever is running and starts a dialog (a flow, the handoff). */
  start(dialogId: string, options?: object): Promise<R>;
  /** Whether the message opens by answering the running flow's question (false when no flow runs). */
  answersFirst(text: string): boolean;
}

/** A dialog that can say whether a message opens by answering the question it is asking (a FlowDialog). */
interface SaysWhetherAnswered {
  answersFirst(state: unknown, text: string): boolean;
}

const saysWhetherAnswered = (dialog: unknown): dialog is SaysWhetherAnswered => typeof (dialog as Partial<SaysWhetherAnswered> | undefined)?.answersFirst === 'function';

/**
 * Safety and commands come before anything a flow expects, at every step: someone describing
 * a stroke in the middle of a flow gets 999, not "please choose one of the options". What is
 * neither goes to `route` when no flow is running, and to the running flow otherwise.
 */
export abstract class MessageRouter {
  constructor(protected readonly services: ConversationServices) {}

  /** Handles a message that was not an interruption, when no flow is running. */
  protected abstract route<R>(turn: RoutedTurn<R>, text: string): Promise<R>;

  /** A message when no flow is running. */
  async answer<R>(turn: RoutedTurn<R>, text: string): Promise<R> {
    const interrupted = this.interrupt(turn, text);
    return (interrupted === undefined ? undefined : await interrupted) ?? this.route(turn, text);
  }

  /** A message while a flow is running: undefined leaves it to the flow. */
  async interruptRunningFlow<R>(turn: RoutedTurn<R>, text: string): Promise<R | undefined> {
    const interrupted = this.interrupt(turn, text);
    return (interrupted === undefined ? undefined : await interrupted) ?? (await this.interruptFlow(turn, text));
  }

  /** Something said mid-flow that should take over from the flow (after safety and commands). */
  protected async interruptFlow<R>(_turn: RoutedTurn<R>, _text: string): Promise<R | undefined> {
    return undefined;
  }

  /**
   * Safety, then commands; undefined, without waiting, when neither takes the message (most
   * messages): routing then reads it in the same go as they did. (Waiting here let the other
   * turns in flight read their own messages in between, so each turn's words, kept as the last
   * read, were read again.)
   */
  private interrupt<R>(turn: RoutedTurn<R>, text: string): Promise<R | undefined> | undefined {
    const concern = this.services.safety.assess(text, { inFlow: turn.inFlow });
    return concern ? this.answerConcern(turn, text, concern) : this.obeyCommand(turn, text);
  }

  private async answerConcern<R>(turn: RoutedTurn<R>, text: string, concern: SafetyConcern): Promise<R | undefined> {
    const { responder, logger } = this.services;
    const { inFlow } = turn;
    logger.info('safety', { kind: concern.kind, rule: concern.rule, possibleEmergency: concern.possibleEmergency, possibleCrisis: concern.possibleCrisis, inFlow });
    await sendReplies(turn.context, responder.safety(concern));
    // A possible emergency or crisis is never silenced and never the only answer: the line
    // goes first, then the message is handled as usual, inside a flow too.
    if (concern.kind !== 'possible-emergency' && concern.kind !== 'possible-crisis') {
      // Emergencies and crises end any flow: no more questions for someone in danger.
      if (concern.kind === 'medical-advice' && inFlow) return turn.reprompt();
      return turn.end();
    }
    return this.obeyCommand(turn, text);
  }

  /** A command said in the message, carried out; undefined, without waiting, when there is none to carry out. */
  private obeyCommand<R>(turn: RoutedTurn<R>, text: string): Promise<R | undefined> | undefined {
    const command = this.services.commands.detect(text);
    // Inside a flow, "none of these" answers the step's question (its "Something else" button).
    if (!command || (command === 'noneOfThese' && turn.inFlow)) return undefined;
    return this.carryOut(turn, command);
  }

  private async carryOut<R>(turn: RoutedTurn<R>, command: Command): Promise<R> {
    const { responder, messages, logger } = this.services;
    const { inFlow } = turn;
    logger.info('command', { command, inFlow });
    switch (command) {
      case 'cancel':
      case 'startAgain': {
        const reply = command === 'startAgain' ? messages.startedAgain : inFlow ? messages.cancelled : messages.nothingToCancel;
        await sendReplies(turn.context, [{ text: reply, choices: responder.starterChoices() }]);
        return turn.end();
      }
      case 'talkToPerson':
        return this.talkToPerson(turn);
      default:
        await sendReplies(turn.context, responder.command(command));
        return inFlow ? turn.reprompt() : turn.end();
    }
  }

  /**
   * Gives the contacts of people who can help; a deployment with an agent desk hands off instead. Asked for mid-flow, it
   * is a way out of the flow, as it is with a desk (the handoff ends the flow): the step is not asked again after it.
   */
  protected async talkToPerson<R>(turn: RoutedTurn<R>): Promise<R> {
    await sendReplies(turn.context, this.services.responder.command('talkToPerson'));
    return turn.end();
  }
}

/** A dialog to start, asked for by a turn answered outside the dialogs. */
interface StartRequest {
  readonly dialogId: string;
  readonly options?: object;
}
const START_REQUESTED = Symbol('startRequested');

/**
 * Hosts a router's flows as inner dialogs. Dialogs below it only ever see messages that were
 * neither safety concerns nor commands.
 */
export class InterruptibleDialog extends ComponentDialog {
  constructor(id: string, private readonly router: MessageRouter) {
    super(id);
  }

  /**
   * Answers a message when no flow is running without the dialog machinery (its dialog-state
   * bookkeeping cost more than the answer). Only an answer that starts a flow runs the dialogs,
   * through `runDialogs`, and then this dialog starts the flow it was asked for.
   */
  async answerWithoutFlow(context: TurnContext, runDialogs: () => Promise<unknown>): Promise<void> {
    // Any value but undefined: undefined is how routing says "not handled, go on".
    const answered = async (): Promise<true> => true;
    const turn: RoutedTurn<true> = {
      context,
      inFlow: false,
      activeDialogId: undefined,
      end: answered,
      reprompt: answered,
      answersFirst: () => false,
      start: async (dialogId, options) => {
        context.turnState.set(START_REQUESTED, { dialogId, options } satisfies StartRequest);
        await runDialogs();
        return true;
      },
    };
    await this.router.answer(turn, messageText(context));
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const requested = inner.context.turnState.get(START_REQUESTED) as StartRequest | undefined;
    if (requested) {
      inner.context.turnState.delete(START_REQUESTED);
      return inner.beginDialog(requested.dialogId, requested.options);
    }
    return this.router.answer(dialogTurn(inner), messageText(inner.context));
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return (await this.router.interruptRunningFlow(dialogTurn(inner), messageText(inner.context))) ?? super.onContinueDialog(inner);
  }
}

function dialogTurn(inner: DialogContext): RoutedTurn<DialogTurnResult> {
  const activeDialogId = inner.activeDialog?.id;
  return {
    context: inner.context,
    inFlow: activeDialogId !== undefined,
    activeDialogId,
    end: () => inner.cancelAllDialogs(),
    reprompt: async () => {
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    },
    start: async (dialogId, options) => {
      await inner.cancelAllDialogs();
      return inner.beginDialog(dialogId, options);
    },
    answersFirst: (text) => {
      const active = inner.activeDialog;
      const dialog = active ? inner.findDialog(active.id) : undefined;
      return active !== undefined && saysWhetherAnswered(dialog) && dialog.answersFirst(active.state, text);
    },
  };
}
