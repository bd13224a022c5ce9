import type { Matcher } from '../knowledge/matching/matcher';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import { Responder } from './responder';
import { RootDialog } from './rootDialog';

/** Builds the dialogs and the responder they share. */
export function createConversation(deps: {
  readonly matcher: Matcher;
  readonly entries: readonly KnowledgeEntry[];
  readonly messages: Messages;
  readonly logger: Logger;
}): { rootDialog: RootDialog; responder: Responder } {
  const responder = new Responder(deps.messages, deps.matcher, deps.entries);
  const rootDialog = new RootDialog({ responder, messages: deps.messages, logger: deps.logger });
  return { rootDialog, responder };
}
