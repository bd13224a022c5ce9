import type { StatePropertyAccessor } from 'botbuilder';
import type { FlowSpec } from '../knowledge/flows/types';
import type { Matcher } from '../knowledge/matching/matcher';
import type { ServiceDirectory } from '../knowledge/services';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import type { SafetyRules } from '../safety';
import { Responder } from './responder';
import { RootDialog } from './rootDialog';

/** Builds the dialogs and the responder they share. */
export function createConversation(deps: {
  readonly matcher: Matcher;
  readonly entries: readonly KnowledgeEntry[];
  readonly flows: readonly FlowSpec[];
  readonly services: ServiceDirectory;
  readonly messages: Messages;
  readonly logger: Logger;
  readonly topics: StatePropertyAccessor<string[]>;
  readonly agentDesk: boolean;
  readonly safety: SafetyRules;
}): { rootDialog: RootDialog; responder: Responder } {
  const responder = new Responder(deps.messages, deps.matcher, deps.entries, deps.services);
  const rootDialog = new RootDialog({
    services: { responder, safety: deps.safety, messages: deps.messages, logger: deps.logger, services: deps.services, entries: new Map(deps.entries.map((e) => [e.id, e])) },
    flows: deps.flows,
    topics: deps.topics,
    agentDesk: deps.agentDesk,
  });
  return { rootDialog, responder };
}
