import type { StatePropertyAccessor } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { FlowSpec } from '../knowledge/flows/types';
import { detectSmallTalk } from '../knowledge/smallTalk';
import { FlowDialog, flowDialogId, type FlowServices } from './flowDialog';
import { HANDOFF_DIALOG_ID, HandoffDialog } from './handoffDialog';
import { InterruptibleDialog, type ConversationServices } from './interruptibleDialog';
import { sendReplies } from './render';

export const ROOT_DIALOG_ID = 'root';
const MAX_TOPICS = 12;

export interface RootDialogOptions {
  readonly services: ConversationServices & FlowServices;
  readonly flows: readonly FlowSpec[];
  /** Titles of what was covered, for a handoff summary; never what the person typed. */
  readonly topics: StatePropertyAccessor<string[]>;
  readonly agentDesk: boolean;
}

/**
 * Routes each message that is not an interruption: small talk, then the Q&A content. An entry
 * that a flow starts from begins that flow, which answers first and then offers to guide.
 */
export class RootDialog extends InterruptibleDialog {
  private readonly flowByEntry: ReadonlyMap<string, FlowSpec>;

  constructor(private readonly options: RootDialogOptions) {
    super(ROOT_DIALOG_ID, options.services);
    this.flowByEntry = new Map(options.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow] as const)));
    for (const flow of options.flows) this.addDialog(new FlowDialog(flow, options.services));
    this.addDialog(new HandoffDialog({ ...options.services, topics: options.topics }));
  }

  protected override async route(inner: DialogContext, text: string): Promise<DialogTurnResult> {
    const { responder, logger } = this.services;
    const smallTalk = detectSmallTalk(text);
    if (smallTalk) {
      logger.info('small-talk', { kind: smallTalk });
      await sendReplies(inner.context, responder.smallTalk(smallTalk));
      return { status: DialogTurnStatus.complete };
    }
    const { replies, result } = responder.answer(text);
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
