import type { StatePropertyAccessor } from 'botbuilder';
import type { FlowSpec } from '../knowledge/flows/types';
import { complainsAboutSomethingElse, recogniseComplaint, type Complaint } from '../knowledge/intents/complaints';
import type { Intents } from '../knowledge/intents/loadIntents';
import { placeNotCovered, recogniseNationQuestion } from '../knowledge/intents/nations';
import type { Matcher } from '../knowledge/matching/matcher';
import { detectSmallTalk, greetsAndAsksNothing } from '../knowledge/smallTalk';
import { FlowDialog, flowDialogId, type FlowServices } from './flowDialog';
import { HANDOFF_DIALOG_ID, HandoffDialog } from './handoffDialog';
import { InterruptibleDialog, MessageRouter, type ConversationServices, type RoutedTurn } from './interruptibleDialog';
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
  /** Titles of what was covered, for a handoff summary (kept only with an agent desk); never what the person typed. */
  readonly topics: StatePropertyAccessor<string[]>;
  readonly agentDesk: boolean;
}

/**
 * Routes each message that is not an interruption: a complaint, small talk, a question about
 * the nations, then the Q&A content. An entry that a flow starts from begins that flow, which
 * answers first and then offers to guide.
 */
export class RootDialog extends InterruptibleDialog {
  constructor(options: RootDialogOptions) {
    super(ROOT_DIALOG_ID, new RootRouter(options));
    for (const flow of options.flows) this.addDialog(new FlowDialog(flow, options.services));
    this.addDialog(new HandoffDialog({ ...options.services, topics: options.topics }));
  }
}

/** The root dialog's routing, also run on turns that need no dialog. */
class RootRouter extends MessageRouter {
  private readonly flowByEntry: ReadonlyMap<string, FlowSpec>;
  private readonly complaintsFlow: FlowSpec | undefined;

  constructor(private readonly options: RootDialogOptions) {
    super(options.services);
    this.flowByEntry = new Map(options.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow] as const)));
    this.complaintsFlow = options.flows.find((flow) => flow.id === options.intents.complaints.flow);
  }

  protected override async route<R>(turn: RoutedTurn<R>, text: string): Promise<R> {
    const { responder, logger, messages, services } = this.options.services;
    const { intents, matcher } = this.options;
    const complaint = recogniseComplaint(text, intents.complaints);
    if (complaint && this.complaintsFlow) return this.startComplaint(turn, complaint, this.complaintsFlow);
    if (complainsAboutSomethingElse(text, intents.complaints)) {
      logger.info('complaint-not-about-care');
      await sendReplies(turn.context, responder.complaintNotAboutCare());
      return turn.end();
    }

    const smallTalk = detectSmallTalk(text, intents.smallTalk);
    if (smallTalk) {
      logger.info('small-talk', { kind: smallTalk });
      await sendReplies(turn.context, responder.smallTalk(smallTalk));
      return turn.end();
    }
    const nations = recogniseNationQuestion(text, intents.nations);
    if (nations) {
      logger.info('nations', { nations: nations.join(', ') });
      await sendReplies(turn.context, [{ ...nationReply(nations, intents.nations, services, messages), choices: responder.starterChoices() }]);
      return turn.end();
    }
    const place = placeNotCovered(text, intents.nations);
    if (place) {
      logger.info('nations', { notCovered: place });
      await sendReplies(turn.context, [{ text: messages.understanding.placeNotCovered(place), choices: responder.starterChoices() }]);
      return turn.end();
    }

    const result = matcher.match(text);
    if (result.kind === 'none' && greetsAndAsksNothing(text, intents.smallTalk)) {
      logger.info('small-talk', { kind: 'greeting', asksNothing: true });
      await sendReplies(turn.context, responder.smallTalk('greeting'));
      return turn.end();
    }
    const flow = result.kind === 'answer' ? this.flowByEntry.get(result.entry.id) : undefined;
    logger.info('match', {
      kind: result.kind,
      entry: result.kind === 'answer' ? result.entry.id : undefined,
      choices: result.kind === 'clarify' ? result.candidates.length : undefined,
      flow: flow?.id,
    });
    if (flow) {
      await this.noteTopic(turn, flow.title);
      // A close runner-up stays one click away: the flow's first step offers it beside its own related questions.
      const alsoAbout = result.kind === 'answer' ? result.alsoAbout.map((e) => e.id) : [];
      return turn.start(flowDialogId(flow.id), FlowDialog.startOptions(flow, flow.start, false, alsoAbout));
    }
    if (result.kind === 'answer') await this.noteTopic(turn, result.entry.question);
    // Built only here: a flow answers with its first step, not with these.
    await sendReplies(turn.context, responder.answer(result));
    return turn.end();
  }

  /** A complaint made in the middle of another flow leaves it for PALS triage, rather than being taken as a button. */
  protected override async interruptFlow<R>(turn: RoutedTurn<R>, text: string): Promise<R | undefined> {
    const flow = this.complaintsFlow;
    if (!flow || turn.activeDialogId === flowDialogId(flow.id)) return undefined;
    // A reply to a flow's question is first of all an answer: the learnt net, made for stories told outside a flow, must
    // be surer there (complaint-examples.yaml's thresholdInFlow; the typed sets' answers rate well under it).
    const complaint = recogniseComplaint(text, this.options.intents.complaints, { inFlow: true });
    if (!complaint) return undefined;
    // "Yes, the hospital keeps losing my letters" at "Are you having any problems getting one?", "my GP, the specialist never
    // answers the phone anyway" at "Who would you like to ask?": the answer, told with what the problem is; the flow's next
    // step answers it. A formal complaint asked for always leaves.
    if (!complaint.formal && turn.answersFirst(text)) return undefined;
    return this.startComplaint(turn, complaint, flow);
  }

  /** Sorry first, then PALS triage; someone who asked for a formal complaint goes straight to that route. */
  private async startComplaint<R>(turn: RoutedTurn<R>, complaint: Complaint, flow: FlowSpec): Promise<R> {
    const { messages, logger } = this.services;
    logger.info('complaint', { signal: complaint.signal, formal: complaint.formal });
    await sendReplies(turn.context, [{ text: complaint.formal ? messages.understanding.formalComplaintEmpathy : messages.understanding.complaintEmpathy }]);
    await this.noteTopic(turn, flow.title);
    const start = complaint.formal ? FlowDialog.startOptionsChoosing(flow, this.options.intents.complaints.formalRoute) : FlowDialog.startOptions(flow);
    return turn.start(flowDialogId(flow.id), start);
  }

  protected override async talkToPerson<R>(turn: RoutedTurn<R>): Promise<R> {
    if (!this.options.agentDesk) return super.talkToPerson(turn);
    return turn.start(HANDOFF_DIALOG_ID);
  }

  /** Only an agent desk reads the topics (the handoff summary): without one, nothing is kept. */
  private async noteTopic<R>(turn: RoutedTurn<R>, title: string): Promise<void> {
    if (!this.options.agentDesk) return;
    const topics = await this.options.topics.get(turn.context, []);
    if (!topics.includes(title)) await this.options.topics.set(turn.context, [...topics, title].slice(-MAX_TOPICS));
  }
}
