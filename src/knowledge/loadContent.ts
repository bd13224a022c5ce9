import { isEnglishWord } from './englishWords';
import { loadFlows } from './flows/loadFlows';
import type { FlowSpec } from './flows/types';
import { join } from 'node:path';
import { loadIntents, type Intents } from './intents/loadIntents';
import { ContentError } from '../content/contentProblems';
import { KNOWLEDGE_LAYOUT, loadKnowledge } from './loading/loadKnowledge';
import { displayPath } from '../content/yamlFile';
import { ServiceDirectory } from './services';
import { OverlapMatcher, type MatchingSettings } from './matching/overlapMatcher';
import { sharedWordNet } from './text/wordNet';
import type { AskedPhrasings, Knowledge, KnowledgeEntry } from './types';

export interface Content {
  readonly knowledge: Knowledge;
  readonly flows: readonly FlowSpec[];
  readonly intents: Intents;
}

/** All the content an editor writes: knowledge/, then dialogs/ and knowledge/intents/, which link to it. */
export function loadContent(knowledgeDir: string, dialogsDir: string): Content {
  const knowledge = loadKnowledge(knowledgeDir);
  const missing = new ServiceDirectory(knowledge.services).missing();
  if (missing.length > 0) {
    const file = displayPath(join(knowledgeDir, KNOWLEDGE_LAYOUT.services));
    throw new ContentError(missing.map((id) => ({ file, line: 1, message: `the bot's own messages name the service "${id}", which is missing` })));
  }
  const flows = loadFlows(dialogsDir, knowledge);
  return { knowledge, flows, intents: loadIntents(knowledgeDir, { flows, services: knowledge.services, ordinary: ordinaryQuestions(knowledge) }) };
}

/**
 * Every question the content holds as people ask it: the entries' own, their alternates, the ways people ask them and
 * the questions about other things ("tell me a joke", "visiting hours?"), none of them a complaint.
 */
function ordinaryQuestions(knowledge: Knowledge): string[] {
  const { asked } = knowledge;
  return [...knowledge.entries.flatMap((entry) => [entry.question, ...entry.alternates]), ...[...asked.byEntry.values()].flat(), ...asked.notAboutUs, ...asked.notOursLearnt];
}

/**
 * The phrases that start a flow are more ways of asking its first entry, so matching learns
 * them there: the entry is matched, and the flow it starts takes over. An answer that starts a
 * flow is shown as the flow's first step, so what it offers beside the answer are that step's
 * related questions, not the entry's follow-ups: a close runner-up is offered unless the step
 * already offers it.
 */
export function entriesWithFlowPhrases(entries: readonly KnowledgeEntry[], flows: readonly FlowSpec[]): KnowledgeEntry[] {
  const extra = new Map<string, string[]>();
  const offeredByFlow = new Map<string, readonly string[]>();
  for (const flow of flows) {
    const first = flow.startsFrom.entries[0];
    if (first) extra.set(first, [...(extra.get(first) ?? []), ...flow.startsFrom.phrases]);
    const firstStep = flow.steps.find((step) => step.id === flow.start);
    for (const id of flow.startsFrom.entries) offeredByFlow.set(id, firstStep?.entries ?? []);
  }
  return entries.map((entry) => {
    const phrases = extra.get(entry.id) ?? [];
    const offered = offeredByFlow.get(entry.id);
    if (phrases.length === 0 && !offered) return entry;
    return { ...entry, alternates: [...entry.alternates, ...phrases], ...(offered ? { followUps: [...offered] } : {}) };
  });
}

/** The ways people ask (knowledge/how-people-ask.yaml) are learnt beside each entry's alternates. */
export function entriesWithAskedPhrasings(entries: readonly KnowledgeEntry[], asked: AskedPhrasings): KnowledgeEntry[] {
  return entries.map((entry) => {
    const phrasings = asked.byEntry.get(entry.id) ?? [];
    return phrasings.length > 0 ? { ...entry, alternates: [...entry.alternates, ...phrasings] } : entry;
  });
}

/**
 * The matcher over the content, with WordNet relating everyday words to the content's own;
 * with a model cache folder, its learned ranker is trained once per distinct content and settings.
 */
export function createMatcher(content: Content, settings: MatchingSettings, isWord: (word: string) => boolean = isEnglishWord, modelCache?: string): OverlapMatcher {
  const entries = entriesWithAskedPhrasings(entriesWithFlowPhrases(content.knowledge.entries, content.flows), content.knowledge.asked);
  return new OverlapMatcher(
    {
      entries,
      synonyms: content.knowledge.synonyms,
      otherSubjects: content.knowledge.otherSubjects,
      otherOpinions: content.knowledge.otherOpinions,
      subjectWords: content.knowledge.subjectWords,
      notAboutUs: content.knowledge.asked.notAboutUs,
      notOursLearnt: content.knowledge.asked.notOursLearnt,
      // "I'm in Belfast": where someone lives is not what they ask about (nations.yaml names the places).
      placeWords: content.intents.nations.nations.flatMap((nation) => nation.says.flatMap((p) => p.words)),
    },
    settings,
    isWord,
    // Read only if the vocabulary bridge is built rather than read back from the model cache.
    sharedWordNet,
    modelCache,
  );
}
