import type { StatePropertyAccessor } from 'botbuilder';
import type { FlowSpec } from '../knowledge/flows/types';
import type { Intents } from '../knowledge/intents/loadIntents';
import type { Matcher } from '../knowledge/matching/matcher';
import type { ServiceDirectory } from '../knowledge/services';
import type { KnowledgeEntry, Leaflet } from '../knowledge/types';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import { CommandReader } from './commands';
import { FlowAnswerRecognizer } from './flowAnswer';
import type { SafetyRules } from '../safety';
import { Responder } from './responder';
import { RootDialog } from './rootDialog';

/** Builds the dialogs and the responder they share; the matcher is injected into the dialogs. */
export function createConversation(deps: {
  readonly matcher: Matcher;
  readonly intents: Intents;
  readonly leaflet: Leaflet;
  readonly entries: readonly KnowledgeEntry[];
  readonly flows: readonly FlowSpec[];
  readonly services: ServiceDirectory;
  readonly messages: Messages;
  readonly logger: Logger;
  readonly topics: StatePropertyAccessor<string[]>;
  readonly agentDesk: boolean;
  readonly safety: SafetyRules;
}): { rootDialog: RootDialog; responder: Responder } {
  const responder = new Responder(deps.messages, deps.leaflet, deps.entries, deps.services);
  // One command index for the conversation, built here rather than looked up on each turn.
  const commands = new CommandReader(deps.intents.typedAnswers.waysOut);
  const rootDialog = new RootDialog({
    services: {
      responder,
      safety: deps.safety,
      commands,
      recognizer: new FlowAnswerRecognizer(deps.intents.typedAnswers, deps.matcher, commands),
      messages: deps.messages,
      logger: deps.logger,
      services: deps.services,
      entries: new Map(deps.entries.map((e) => [e.id, e])),
    },
    matcher: deps.matcher,
    intents: deps.intents,
    flows: deps.flows,
    topics: deps.topics,
    agentDesk: deps.agentDesk,
  });
  return { rootDialog, responder };
}
