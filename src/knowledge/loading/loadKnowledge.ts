import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge, KnowledgeEntry, SubjectWords, SynonymGroup } from '../types';
import { ProblemList } from '../../content/contentProblems';
import { readEntries, readLeaflet, readServices, readSynonyms } from './readContent';
import { displayPath, YamlFile } from '../../content/yamlFile';
import { NO_ASKED_PHRASINGS, readAskedPhrasings } from './readAskedPhrasings';

/** Where each kind of content lives inside the knowledge folder. */
export const KNOWLEDGE_LAYOUT = Object.freeze({
  leaflet: 'leaflet.yaml',
  entriesFolder: 'qa',
  synonyms: 'synonyms.yaml',
  services: 'services.yaml',
  /** Optional: more ways people ask, learnt by the matcher. */
  askedPhrasings: 'how-people-ask.yaml',
  /**
   * Optional: more questions about other things (notAboutUs only), kept apart from how-people-ask.yaml
   * because the safety classifier learns that file as ordinary messages and these are not its to learn
   * (questions about other NHS services sit next to requests for medical advice).
   */
  otherServices: 'other-nhs-services.yaml',
});

/**
 * Loads and checks all content in a knowledge folder. Every problem in every file is
 * reported in one ContentError, so bad content stops start-up with a message an editor can
 * act on rather than a stack trace.
 */
export function loadKnowledge(folder: string): Knowledge {
  const problems = new ProblemList();
  const open = (name: string): YamlFile | undefined => {
    const path = join(folder, name);
    if (existsSync(path)) return new YamlFile(path, problems);
    problems.add(displayPath(path), 1, 'this file is missing');
    return undefined;
  };

  const leafletFile = open(KNOWLEDGE_LAYOUT.leaflet);
  const leaflet = leafletFile && readLeaflet(leafletFile);
  const entryFiles = listYaml(join(folder, KNOWLEDGE_LAYOUT.entriesFolder)).map((path) => new YamlFile(path, problems));
  if (entryFiles.length === 0) problems.add(displayPath(join(folder, KNOWLEDGE_LAYOUT.entriesFolder)), 1, 'there are no Q&A files (*.yaml) here');
  const entriesByFile = entryFiles.map((file) => ({ file, entries: readEntries(file) }));
  const synonymsFile = open(KNOWLEDGE_LAYOUT.synonyms);
  const { groups: synonyms, otherSubjects, otherOpinions, subjectWords } = synonymsFile
    ? readSynonyms(synonymsFile)
    : { groups: [], otherSubjects: [], otherOpinions: [], subjectWords: { namesTheSubject: [], askingForOne: [] } };
  const servicesFile = open(KNOWLEDGE_LAYOUT.services);
  const services = servicesFile ? readServices(servicesFile) : [];

  const entries = entriesByFile.flatMap(({ entries: list }) => list);
  const askedPath = join(folder, KNOWLEDGE_LAYOUT.askedPhrasings);
  const learnt = existsSync(askedPath) ? readAskedPhrasings(new YamlFile(askedPath, problems), entries) : NO_ASKED_PHRASINGS;
  const otherPath = join(folder, KNOWLEDGE_LAYOUT.otherServices);
  const other = existsSync(otherPath) ? readAskedPhrasings(new YamlFile(otherPath, problems), entries) : NO_ASKED_PHRASINGS;
  if (other.byEntry.size > 0) problems.add(displayPath(otherPath), 1, 'this file holds questions about other things only (notAboutUs); ways of asking an entry go in how-people-ask.yaml');
  const asked = { byEntry: learnt.byEntry, notAboutUs: [...learnt.notAboutUs, ...other.notAboutUs], notOursLearnt: [...learnt.notOursLearnt, ...other.notOursLearnt] };
  checkEntryReferences(entriesByFile, new Set(leaflet?.sections.map((s) => s.id) ?? []));
  // The matcher looks for them word by word and in pairs (overlapMatcher's namesOtherOpinion).
  otherOpinions.forEach((group, index) => group.forEach((term, termIndex) => {
    if (synonymsFile && term.split(' ').length > 2) synonymsFile.problem(['otherOpinions', index, termIndex], `"${term}" has more than two words; name the person or thing in one or two`);
  }));
  if (synonymsFile) checkSubjectWordsAreSynonyms(subjectWords, synonyms, synonymsFile);
  if (synonymsFile) checkSynonymsAreDistinct([{ key: 'groups', groups: synonyms }, { key: 'otherSubjects', groups: otherSubjects }, { key: 'otherOpinions', groups: otherOpinions }], synonymsFile);
  if (servicesFile) {
    const seen = new Set<string>();
    services.forEach((service, index) => {
      if (seen.has(service.id)) servicesFile.problem(['services', index, 'id'], `service id "${service.id}" is used twice`);
      seen.add(service.id);
    });
  }
  problems.throwIfAny();
  if (!leaflet) throw new Error('unreachable: a missing leaflet is reported as a problem');
  return { leaflet, entries, synonyms, otherSubjects, otherOpinions, subjectWords, services, asked };
}

function listYaml(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function checkEntryReferences(
  entriesByFile: readonly { file: YamlFile; entries: readonly KnowledgeEntry[] }[],
  sectionIds: ReadonlySet<string>,
): void {
  const firstSeen = new Map<string, string>();
  for (const { file, entries } of entriesByFile) {
    entries.forEach((entry, index) => {
      const where = firstSeen.get(entry.id);
      if (where) file.problem(['entries', index, 'id'], `entry id "${entry.id}" is already used (${where})`);
      else firstSeen.set(entry.id, `${file.name}:${file.lineOf(['entries', index, 'id'])}`);
    });
  }
  for (const { file, entries } of entriesByFile) {
    entries.forEach((entry, index) => {
      if (entry.source && !sectionIds.has(entry.source)) {
        file.problem(['entries', index, 'source'], `source "${entry.source}" is not a section id in leaflet.yaml`);
      }
      entry.followUps.forEach((id, followUpIndex) => {
        if (!firstSeen.has(id)) file.problem(['entries', index, 'followUps', followUpIndex], `follow-up "${id}" is not an entry id`);
        if (id === entry.id) file.problem(['entries', index, 'followUps', followUpIndex], 'an entry cannot follow up itself');
      });
    });
  }
}

/** The matcher reads each subject word as its synonym group's one concept, so each must be a term of a group. */
function checkSubjectWordsAreSynonyms(subjectWords: SubjectWords, synonyms: readonly SynonymGroup[], file: YamlFile): void {
  const terms = new Set(synonyms.flat());
  for (const key of ['namesTheSubject', 'askingForOne'] as const) {
    subjectWords[key].forEach((term, index) => {
      if (!terms.has(term)) file.problem([key, index], `"${term}" is in no synonym group; name the subject with a term of a group in "groups"`);
    });
  }
}

function checkSynonymsAreDistinct(lists: readonly { key: string; groups: readonly SynonymGroup[] }[], file: YamlFile): void {
  const groupOf = new Map<string, { key: string; index: number }>();
  for (const { key, groups } of lists) {
    groups.forEach((group, index) => {
      group.forEach((term, termIndex) => {
        const earlier = groupOf.get(term);
        if (earlier !== undefined && (earlier.key !== key || earlier.index !== index)) {
          const where = earlier.key === 'groups' ? `group ${earlier.index + 1}` : `${earlier.key} group ${earlier.index + 1}`;
          file.problem([key, index, termIndex], `"${term}" is already in ${where} (line ${file.lineOf([earlier.key, earlier.index])}); a term can mean only one thing`);
        }
        groupOf.set(term, { key, index });
      });
    });
  }
}
