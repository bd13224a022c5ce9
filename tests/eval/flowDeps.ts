import { DEFAULTS } from '../../src/config';
import { FlowAnswerRecognizer } from '../../src/conversation/flowAnswer';
import { Responder } from '../../src/conversation/responder';
import { createMatcher, loadContent } from '../../src/knowledge/loadContent';
import { ServiceDirectory } from '../../src/knowledge/services';
import type { Logger } from '../../src/logger';
import { createMessages } from '../../src/messages';

/** The shipped content and what a FlowDialog needs to run its flows as the bot does, for the evals that drive flows directly. */
export function shippedFlowDeps(logger: Logger) {
  const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  const services = new ServiceDirectory(content.knowledge.services);
  const messages = createMessages(services);
  const deps = {
    responder: new Responder(messages, content.knowledge.leaflet, content.knowledge.entries, services),
    recognizer: new FlowAnswerRecognizer(content.intents.typedAnswers, createMatcher(content, DEFAULTS.matching, undefined, DEFAULTS.safetyModelCache)),
    messages,
    services,
    entries: new Map(content.knowledge.entries.map((e) => [e.id, e])),
    logger,
  };
  return { content, deps };
}
