import { ActivityHandler, ActivityTypes, TurnContext, type Activity, type BotState, type StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from '../logger';
import { messageText, sendReplies, takeAnsweredEntry } from '../conversation/render';
import { DialogRunner } from '../conversation/dialogRunner';
import type { InterruptibleDialog } from '../conversation/interruptibleDialog';
import type { Responder } from '../conversation/responder';
import type { Messages } from '../messages';
import type { SafetyRules } from '../safety';
import { FEEDBACK_EVENT, markRateable, readFeedback, type FeedbackCounts } from './feedback';
import { isETagConflict } from '../storage/eTagConflict';
import { STATE_UNAVAILABLE } from '../storage/outageTolerantStorage';
import { holdReplies } from './heldReplies';

export interface AdviceBotOptions {
  readonly conversationState: BotState;
  readonly rootDialog: InterruptibleDialog;
  readonly responder: Responder;
  readonly messages: Messages;
  readonly logger: Logger;
  /** Checked even while an adviser has the conversation. */
  readonly safety: SafetyRules;
  readonly maxMessageChars: number;
  readonly flowExpiryMinutes: number;
  /** Development only: log what people type (redacted by the logger). */
  readonly logMessages?: boolean;
  readonly now?: () => number;
  /** A human agent desk takes conversations over after a handoff (the bot keeps quiet meanwhile). */
  readonly agentDesk?: boolean;
  readonly feedback?: FeedbackCounts;
}

/** Two instances changing one conversation at once: the loser re-runs its turn on the winner's state. */
const MAX_TURN_ATTEMPTS = 3;
const STATE_WAS_UNAVAILABLE = Symbol('stateWasUnavailable');

/** The states a human agent desk reports in a handoff.status event. */
type HandoffState = 'accepted' | 'failed' | 'completed';

/**
 * What the bot itself keeps in the conversation's state, read and written on the state loaded
 * for the turn (a property accessor is an async round trip per read, and its default values
 * are written into the state, so that every turn had something to save).
 */
interface BotMemory {
  /** The dialogs' own state (they use it through the dialogState accessor). */
  dialogState?: DialogState;
  /** When the person last wrote while a flow was running; without a flow there is nothing to expire. */
  lastMessageAt?: number;
  /** True while a person from the agent desk has the conversation. */
  withAgent?: boolean;
}

/**
 * Hosts the conversation: welcomes people, hands each message to the root dialog (its routing
 * alone when no flow is running) and saves state once per turn. Activities that are not messages (typing, reactions, unknown events)
 * are ignored quietly rather than answered. It never asks which channel it is on, except to
 * leave Teams its own way of rendering and mentioning.
 */
export class AdviceBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogRunner;

  constructor(private readonly options: AdviceBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState' satisfies keyof BotMemory);
    this.dialogs = new DialogRunner(options.rootDialog, this.dialogState);

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'handoff.status') await this.handoffStatus(context);
      if (context.activity.name === FEEDBACK_EVENT) this.recordFeedback(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (people.length > 0 && this.memory(context).withAgent !== true) await sendReplies(context, options.responder.welcome());
      await next();
    });

    // Teams tells a bot it was installed in a personal chat with installationUpdate, and the
    // person is not among membersAdded there: welcome them on install.
    this.onInstallationUpdateAdd(async (context, next) => {
      if (context.activity.action === 'add') await sendReplies(context, options.responder.welcome());
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const { channelId } = context.activity;
    // runDialog (still used for the Emulator and a parent bot) sends a "BotState" trace of the whole
    // dialog memory, message text included. Only the Emulator shows traces; nowhere else should they leave the bot.
    const dropTraces = channelId !== 'emulator';
    // Teams has its own feedback mechanism; elsewhere (Web Chat) answers get thumbs up / down.
    const rateable = channelId !== 'msteams' && this.options.feedback !== undefined;
    const prepare = (activities: Partial<Activity>[]): void => {
      for (let i = activities.length - 1; i >= 0; i--) {
        const activity = activities[i];
        if (!activity) continue;
        if (dropTraces && activity.type === ActivityTypes.Trace) {
          activities.splice(i, 1);
          continue;
        }
        const entryId = takeAnsweredEntry(activity);
        if (entryId && rateable) markRateable(activity, entryId);
      }
    };
    if (context.activity.type === ActivityTypes.Message) stripOwnMention(context.activity);
    // Replies wait until the turn's state is saved: a turn re-run after an eTag conflict
    // must not have spoken already, and a failed turn says only that it failed.
    const replies = holdReplies(context, prepare);
    try {
      for (let attempt = 1; ; attempt++) {
        await this.loadState(context, attempt > 1);
        // Nearly every turn is a message: it goes straight to its handler. ActivityHandler's
        // dispatch would take it through a dozen generator-based async steps and handler chains.
        if (context.activity.type === ActivityTypes.Message) await this.onMessageTurn(context);
        else await super.run(context);
        try {
          await this.options.conversationState.saveChanges(context, false);
          break;
        } catch (error) {
          if (!isETagConflict(error) || attempt >= MAX_TURN_ATTEMPTS) throw error;
          this.options.logger.info('turn-retried', { attempt, reason: 'state changed on another instance' });
          replies.discard();
        }
      }
      await replies.release();
    } finally {
      replies.stopHolding();
    }
  }

  /** Loads the conversation; notes when the store could not be read (the turn starts afresh). */
  private async loadState(context: TurnContext, force: boolean): Promise<void> {
    const { conversationState } = this.options;
    await conversationState.load(context, force);
    const state = conversationState.get(context) as Record<string, unknown> | undefined;
    if (state?.[STATE_UNAVAILABLE]) {
      state[STATE_UNAVAILABLE] = undefined;
      context.turnState.set(STATE_WAS_UNAVAILABLE, true);
    }
  }

  private async onMessageTurn(context: TurnContext): Promise<void> {
    if (this.memory(context).withAgent === true) await this.whileWithAgent(context);
    else await this.handleMessage(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (messageText(context) === '') {
      this.options.logger.info('message-without-text', { attachments: activity.attachments?.length ?? 0 });
      await sendReplies(context, [{ text: this.options.messages.textOnly }]);
      return;
    }
    if (this.options.logMessages) this.options.logger.info('message-received', { text: activity.text });
    if (typeof activity.text === 'string' && activity.text.length > this.options.maxMessageChars) {
      // Nobody types more; the cap bounds the work a single message can cause.
      activity.text = activity.text.slice(0, this.options.maxMessageChars);
    }
    if (context.turnState.get(STATE_WAS_UNAVAILABLE)) await sendReplies(context, [{ text: this.options.messages.hosting.memoryUnavailable }]);
    const now = (this.options.now ?? Date.now)();
    await this.expireOldFlow(context, now);
    const runDialogs = () => this.dialogs.run(context);
    // The Emulator shows the dialogs' state trace, which only a run of the dialogs sends.
    if (this.flowRunning(context) || activity.channelId === 'emulator') await runDialogs();
    else await this.options.rootDialog.answerWithoutFlow(context, runDialogs);
    // Kept only while it can matter, so that a question answered outside a flow changes nothing to save.
    const memory = this.memory(context);
    if (this.flowRunning(context)) memory.lastMessageAt = now;
    else delete memory.lastMessageAt;
  }

  /** Someone back after a long gap starts afresh rather than in the middle of an old flow. */
  private async expireOldFlow(context: TurnContext, now: number): Promise<void> {
    const last = this.memory(context).lastMessageAt;
    if (last === undefined || now - last < this.options.flowExpiryMinutes * 60_000) return;
    if (!this.flowRunning(context)) return;
    await this.dialogState.delete(context);
    this.options.logger.info('flow-expired', { idleMinutes: Math.round((now - last) / 60_000) });
    await sendReplies(context, [{ text: this.options.messages.flow.expired }]);
  }

  /** The turn's state, loaded before any handler runs. */
  private memory(context: TurnContext): BotMemory {
    const state = this.options.conversationState.get(context);
    if (!state) throw new Error('conversation state is read before it was loaded');
    return state as BotMemory;
  }

  /** A guided flow (or a handoff) is under way. */
  private flowRunning(context: TurnContext): boolean {
    return (this.memory(context).dialogState?.dialogStack.length ?? 0) > 0;
  }

  private async handoffStatus(context: TurnContext): Promise<void> {
    const state = (context.activity.value as { state?: unknown } | undefined)?.state;
    const { handoff } = this.options.messages;
    this.options.logger.info('handoff-status', { state: typeof state === 'string' ? state : 'unknown' });
    const replies: Record<HandoffState, string> = { accepted: handoff.accepted, failed: handoff.failed, completed: handoff.completed };
    if (state !== 'accepted' && state !== 'failed' && state !== 'completed') return;
    if (this.options.agentDesk) this.memory(context).withAgent = state === 'accepted';
    await sendReplies(context, [{ text: replies[state] }]);
    if (state === 'failed') await sendReplies(context, this.options.responder.contacts());
  }

  /**
   * While an adviser has the conversation the bot keeps out of it (no welcome, no answers, no
   * fallback), except that an emergency, a possible one or a crisis still gets 999 / Samaritans at once.
   */
  private async whileWithAgent(context: TurnContext): Promise<void> {
    const concern = this.options.safety.assess(messageText(context).slice(0, this.options.maxMessageChars));
    // A request for medical advice is the adviser's to answer; danger is everyone's.
    if (!concern || concern.kind === 'medical-advice') return;
    this.options.logger.info('safety', { kind: concern.kind, rule: concern.rule, withAgent: true });
    await sendReplies(context, this.options.responder.safety(concern));
  }

  private recordFeedback(context: TurnContext): void {
    const vote = readFeedback(context.activity);
    const counted = vote !== undefined && this.options.feedback?.record(vote.entryId, vote.helpful) === true;
    this.options.logger.info('feedback', counted && vote ? { entry: vote.entryId, helpful: vote.helpful } : { ignored: true });
  }
}

/** "<at>Advice Bot</at> how do I ..." reads as "how do I ..." (Teams puts the bot's @mention in the text). */
function stripOwnMention(activity: Activity): void {
  if (typeof activity.text !== 'string' || !(activity.entities ?? []).some((e) => e.type === 'mention')) return;
  activity.text = TurnContext.removeRecipientMention(activity).trim();
}
