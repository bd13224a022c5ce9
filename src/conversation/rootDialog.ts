import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { detectSmallTalk } from '../knowledge/smallTalk';
import { InterruptibleDialog, type ConversationServices } from './interruptibleDialog';
import { sendReplies } from './render';

export const ROOT_DIALOG_ID = 'root';

/** Routes each message: small talk, then the Q&A content, then an honest fallback. */
export class RootDialog extends InterruptibleDialog {
  constructor(services: ConversationServices) {
    super(ROOT_DIALOG_ID, services);
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
    logger.info('match', {
      kind: result.kind,
      entry: result.kind === 'answer' ? result.entry.id : undefined,
      choices: result.kind === 'clarify' ? result.candidates.length : undefined,
    });
    await sendReplies(inner.context, replies);
    return { status: DialogTurnStatus.complete };
  }
}
