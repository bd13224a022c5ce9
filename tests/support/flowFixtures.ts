import { loadConfig } from '../../src/config';
import { FlowAnswerRecognizer } from '../../src/conversation/flowAnswer';
import { Responder } from '../../src/conversation/responder';
import type { FlowServices } from '../../src/conversation/flowDialog';
import { createMatcher, loadContent, type Content } from '../../src/knowledge/loadContent';
import { ServiceDirectory } from '../../src/knowledge/services';
import { silentLogger } from '../../src/logger';
import { createMessages } from '../../src/messages';
import { FIXTURE_DIALOGS, FIXTURE_KNOWLEDGE } from './fixtureKnowledge';

/** What a FlowDialog needs, built from the small fixture content. */
export function fixtureFlowServices(content: Content = loadContent(FIXTURE_KNOWLEDGE, FIXTURE_DIALOGS)): { content: Content; deps: FlowServices } {
  const config = loadConfig({});
  const services = new ServiceDirectory(content.knowledge.services, {}, () => new Date('2026-11-25T10:00:00Z'));
  const messages = createMessages(services);
  const responder = new Responder(messages, content.knowledge.leaflet, content.knowledge.entries, services);
  const recognizer = new FlowAnswerRecognizer(content.intents.typedAnswers, createMatcher(content, config.matching));
  const entries = new Map(content.knowledge.entries.map((e) => [e.id, e]));
  return { content, deps: { responder, recognizer, messages, services, entries, logger: silentLogger } };
}
