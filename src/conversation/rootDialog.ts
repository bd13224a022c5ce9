import type { StatePropertyAccessor } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { FlowSpec } from '../knowledge/flows/types';
import { recogniseComplaint, type Complaint } from '../knowledge/intents/complaints';
import type { Intents } from '../knowledge/intents/loadIntents';
import { recogniseNationQuestion } from '../knowledge/intents/nations';
import type { Matcher } from '../knowledge/matching/matcher';
import { detectSmallTalk } from '../knowledge/smallTalk';
import { FlowDialog, flowDialogId, type FlowServices } from './flowDialog';
import { HANDOFF_DIALOG_ID, HandoffDialog } from './handoffDialog';
import { InterruptibleDialog, type ConversationServices } from './interruptibleDialog';
import { nationReply } from './nationReply';
import { sendReplies } from './render';

export const ROOT_DIALOG_ID = 'root';
const MAX_TOPICS = 12;

export interface RootDialogOptions {
  readonly services: ConversationServices & FlowServices;
  /** The recognizer of questions (core-bot style: injected, so a test can give its own). */
  readonly matcher: Matcher;
  readonly intents: Intents;
  readonly flows: readonly FlowSpec[];
  /** Titles of what was covered, for a handoff summary; never what the person typed. */
  readonly topics: StatePropertyAccessor<string[]>;
  readonly agentDesk: boolean;
}

/**
 * Routes each message that is not an interruption: a complaint, small talk, a question about
 * the nations, then the Q&A content. An entry that a flow starts from begins that flow, which
 * answers first and then offers to guide.
 */
export class RootDialog extends InterruptibleDialog {
  private readonly flowByEntry: ReadonlyMap<string, FlowSpec>;
  private readonly complaintsFlow: FlowSpec | undefined;

  constructor(private readonly options: RootDialogOptions) {
    super(ROOT_DIALOG_ID, options.services);
    this.flowByEntry = new Map(options.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow] as const)));
    this.complaintsFlow = options.flows.find((flow) => flow.id === options.intents.complaints.flow);
    for (const flow of options.flows) this.addDialog(new FlowDialog(flow, options.services));
    this.addDialog(new HandoffDialog({ ...options.services, topics: options.topics }));
  }

  protected override async route(inner: DialogContext, text: string): Promise<DialogTurnResult> {
    const { responder, logger, messages, services } = this.options.services;
    const { intents, matcher } = this.options;
    const complaint = recogniseComplaint(text, intents.complaints);
    if (complaint && this.complaintsFlow) return this.startComplaint(inner, complaint, this.complaintsFlow);

    const smallTalk = detectSmallTalk(text);
    if (smallTalk) {
      logger.info('small-talk', { kind: smallTalk });
      await sendReplies(inner.context, responder.smallTalk(smallTalk));
      return { status: DialogTurnStatus.complete };
    }
    const nations = recogniseNationQuestion(text, intents.nations);
    if (nations) {
      logger.info('nations', { nations: nations.join(', ') });
      await sendReplies(inner.context, [{ ...nationReply(nations, intents.nations, services, messages), choices: responder.starterChoices() }]);
      return { status: DialogTurnStatus.complete };
    }

    const result = matcher.match(text);
    const { replies } = responder.answer(result);
    const flow = result.kind === 'answer' ? this.flowByEntry.get(result.entry.id) : undefined;
    logger.info('match', {
      kind: result.kind,
      entry: result.kind === 'answer' ? result.entry.id : undefined,
      choices: result.kind === 'clarify' ? result.candidates.length : undefined,
      flow: flow?.id,
    });
    if (flow) {
      await this.noteTopic(inner, flow.title);
      return inner.beginDialog(flowDialogId(flow.id), FlowDialog.startOptions(flow));
    }
    if (result.kind === 'answer') await this.noteTopic(inner, result.entry.question);
    await sendReplies(inner.context, replies);
    return { status: DialogTurnStatus.complete };
  }

  /** A complaint made in the middle of another flow leaves it for PALS triage, rather than being taken as a button. */
  protected override async interruptFlow(inner: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const flow = this.complaintsFlow;
    if (!flow || inner.activeDialog?.id === flowDialogId(flow.id)) return undefined;
    const complaint = recogniseComplaint(text, this.options.intents.complaints);
    if (!complaint) return undefined;
    await inner.cancelAllDialogs();
    return this.startComplaint(inner, complaint, flow);
  }

  /** Sorry first, then PALS triage; someone who asked for a formal complaint goes straight to that route. */
  private async startComplaint(inner: DialogContext, complaint: Complaint, flow: FlowSpec): Promise<DialogTurnResult> {
    const { messages, logger } = this.services;
    logger.info('complaint', { signal: complaint.signal, formal: complaint.formal });
    await sendReplies(inner.context, [{ text: complaint.formal ? messages.understanding.formalComplaintEmpathy : messages.understanding.complaintEmpathy }]);
    await this.noteTopic(inner, flow.title);
    const start = complaint.formal ? FlowDialog.startOptionsChoosing(flow, this.options.intents.complaints.formalRoute) : FlowDialog.startOptions(flow);
    return inner.beginDialog(flowDialogId(flow.id), start);
  }

  protected override async talkToPerson(inner: DialogContext): Promise<DialogTurnResult> {
    if (!this.options.agentDesk) return super.talkToPerson(inner);
    await inner.cancelAllDialogs();
    return inner.beginDialog(HANDOFF_DIALOG_ID);
  }

  private async noteTopic(inner: DialogContext, title: string): Promise<void> {
    const topics = await this.options.topics.get(inner.context, []);
    if (!topics.includes(title)) await this.options.topics.set(inner.context, [...topics, title].slice(-MAX_TOPICS));
  }
}
