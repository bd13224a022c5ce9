import {
  NATIONS,
  WEEKDAYS,
  type KnowledgeEntry,
  type Leaflet,
  type LeafletSection,
  type Nation,
  type OpeningHours,
  type Service,
  type SubjectWords,
  type SynonymGroup,
  type Weekday,
} from '../types';
import { FieldReader, isRecord, topLevelList } from '../../content/fields';
import type { YamlFile } from '../../content/yamlFile';
import { checkNoPhoneNumber } from './ownWords';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_ALTERNATES = 6;
const QUESTION_MAX_LENGTH = 80;

function checkId(reader: FieldReader, id: string): void {
  if (id && !ID_PATTERN.test(id)) reader.problem('id', `id "${id}" should be lowercase words joined by hyphens`);
}

export function readLeaflet(file: YamlFile): Leaflet | undefined {
  const reader = FieldReader.forMapping(file, [], file.data, 'the leaflet file', ['title', 'file', 'sections']);
  if (!reader) return undefined;
  const sections: LeafletSection[] = [];
  topLevelList(file, 'sections').forEach((raw, index) => {
    const section = FieldReader.forMapping(file, ['sections', index], raw, 'a section', ['id', 'heading']);
    if (!section) return;
    const id = section.text('id');
    checkId(section, id);
    sections.push({ id, heading: section.text('heading') });
  });
  return { title: reader.text('title'), file: reader.text('file'), sections };
}

export function readEntries(file: YamlFile): KnowledgeEntry[] {
  const allowed = ['id', 'question', 'alternates', 'answer', 'source', 'followUps', 'tags'];
  const entries: KnowledgeEntry[] = [];
  topLevelList(file, 'entries').forEach((raw, index) => {
    const entry = FieldReader.forMapping(file, ['entries', index], raw, 'an entry', allowed);
    if (!entry) return;
    const id = entry.text('id');
    checkId(entry, id);
    const answer = entry.text('answer');
    checkNoPhoneNumber(entry, 'answer', answer);
    entries.push({
      id,
      question: entry.text('question', { maxLength: QUESTION_MAX_LENGTH }),
      alternates: entry.textList('alternates', { min: MIN_ALTERNATES }),
      answer,
      source: entry.text('source'),
      followUps: entry.textList('followUps', { optional: true }),
      tags: entry.textList('tags', { optional: true }),
    });
  });
  return entries;
}

const SYNONYM_TERM = /^[a-z0-9']+( [a-z0-9']+)*$/;

/**
 * synonyms.yaml: `groups`, words that mean the same in our subject, `otherSubjects` (optional),
 * phrases made of our words that name another subject ("book a blood test"), and `otherOpinions`
 * (optional), people and things whose "second opinion" is not about care ("the roofer", "my CV").
 */
export function readSynonyms(file: YamlFile): { groups: SynonymGroup[]; otherSubjects: SynonymGroup[]; otherOpinions: SynonymGroup[]; subjectWords: SubjectWords } {
  const has = (key: string): boolean => isRecord(file.data) && file.data[key] !== undefined;
  return {
    groups: readGroups(file, 'groups', 2),
    otherSubjects: has('otherSubjects') ? readGroups(file, 'otherSubjects', 1) : [],
    otherOpinions: has('otherOpinions') ? readGroups(file, 'otherOpinions', 1) : [],
    subjectWords: {
      namesTheSubject: has('namesTheSubject') ? readTerms(file, 'namesTheSubject') : [],
      askingForOne: has('askingForOne') ? readTerms(file, 'askingForOne') : [],
    },
  };
}

/** A top-level list of single terms ("namesTheSubject: [second opinion, opinion]"), each written as a synonym term is. */
function readTerms(file: YamlFile, key: string): string[] {
  const terms: string[] = [];
  topLevelList(file, key).forEach((raw, index) => {
    const term = typeof raw === 'string' ? raw.trim() : '';
    if (!SYNONYM_TERM.test(term)) file.problem([key, index], `"${String(raw)}" should be lowercase letters, digits and single spaces only`);
    else terms.push(term);
  });
  return terms;
}

function readGroups(file: YamlFile, key: string, minTerms: number): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  topLevelList(file, key).forEach((raw, index) => {
    if (!Array.isArray(raw)) {
      file.problem([key, index], 'each synonym group should be a list of words, e.g. [gp, family doctor]');
      return;
    }
    const terms = raw.map((term) => String(term).trim());
    if (terms.length < minTerms) file.problem([key, index], minTerms === 1 ? 'a group needs at least one term' : 'a synonym group needs at least two terms');
    terms.forEach((term, termIndex) => {
      if (!SYNONYM_TERM.test(term)) {
        file.problem([key, index, termIndex], `"${term}" should be lowercase letters, digits and single spaces only`);
      }
    });
    groups.push(terms);
  });
  return groups;
}

const SERVICE_FIELDS = [
  'id', 'name', 'appliesTo', 'summary', 'source', 'phone', 'textphone', 'email', 'web', 'hours',
  'howToFind', 'localDetailsFromConfig', 'notes',
];

function readHours(reader: FieldReader): OpeningHours | undefined {
  const raw = reader.raw('hours');
  if (raw === undefined || raw === null) return undefined;
  if (raw === 'always') return 'always';
  if (!isRecord(raw)) {
    reader.problem('hours', '"hours" should be "always" or { days, open, close, timeZone }');
    return undefined;
  }
  const days = Array.isArray(raw.days) ? raw.days.map(String) : [];
  const badDay = days.find((day) => !(WEEKDAYS as readonly string[]).includes(day));
  if (days.length === 0 || badDay !== undefined) {
    reader.problem(['hours', 'days'], `"days" should list days as ${WEEKDAYS.join(', ')}`);
  }
  const time = (key: 'open' | 'close'): string => {
    const value = String(raw[key] ?? '');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) reader.problem(['hours', key], `"${key}" should be a time like "09:00"`);
    return value;
  };
  const timeZone = String(raw.timeZone ?? 'Europe/London');
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    reader.problem(['hours', 'timeZone'], `"${timeZone}" is not a time zone`);
  }
  return { days: days as Weekday[], open: time('open'), close: time('close'), timeZone };
}

export function readServices(file: YamlFile): Service[] {
  const services: Service[] = [];
  topLevelList(file, 'services').forEach((raw, index) => {
    const service = FieldReader.forMapping(file, ['services', index], raw, 'a service', SERVICE_FIELDS);
    if (!service) return;
    const id = service.text('id');
    checkId(service, id);
    const appliesTo = service.textList('appliesTo', { min: 1 });
    for (const nation of appliesTo) {
      if (!(NATIONS as readonly string[]).includes(nation)) {
        service.problem('appliesTo', `"${nation}" is not one of ${NATIONS.join(', ')}`);
      }
    }
    const source = service.text('source');
    if (source && !/^https:\/\//.test(source)) service.problem('source', '"source" should be the https address the facts come from');
    const optional = <K extends keyof Service>(key: K, value: Service[K] | undefined): Partial<Service> =>
      value === undefined ? {} : { [key]: value };
    services.push({
      id,
      name: service.text('name'),
      appliesTo: appliesTo as Nation[],
      summary: service.text('summary'),
      source,
      ...optional('phone', service.optionalText('phone')),
      ...optional('textphone', service.optionalText('textphone')),
      ...optional('email', service.optionalText('email')),
      ...optional('web', service.optionalText('web')),
      ...optional('hours', readHours(service)),
      ...optional('howToFind', service.optionalText('howToFind')),
      ...optional('localDetailsFromConfig', service.flag('localDetailsFromConfig')),
      ...optional('notes', service.has('notes') ? service.textList('notes') : undefined),
    });
  });
  return services;
}
