import type { AskedPhrasings, KnowledgeEntry } from '../types';
import { isRecord } from '../../content/fields';
import type { YamlFile, YamlPath } from '../../content/yamlFile';

/** A way of asking is a message, not a leaflet page: longer than this is probably pasted text. */
const MAX_PHRASING_LENGTH = 500;
/** Something that looks like a phone number: a way of asking never needs one. */
const PHONE_NUMBER = /\d{3}[ -]?\d{3}/;

export const NO_ASKED_PHRASINGS: AskedPhrasings = Object.freeze({ byEntry: new Map<string, readonly string[]>(), notAboutUs: [], notOursLearnt: [] });

/** Lowercase words only: "What is PALS?" and "what is pals" are the same way of asking. */
export function phrasingKey(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * knowledge/how-people-ask.yaml: more ways people ask each entry, and questions about other
 * things (notAboutUs). Each line is checked as a way of asking: it names an entry that exists,
 * is said once in the file, is not an answer (no line of an entry's answer), and has no phone number.
 */
export function readAskedPhrasings(file: YamlFile, entries: readonly KnowledgeEntry[]): AskedPhrasings {
  if (file.data === undefined) return NO_ASKED_PHRASINGS;
  if (!isRecord(file.data)) {
    file.problem([], 'this file should have "entries:" (entry id: list of phrasings) and "notAboutUs:" (a list)');
    return NO_ASKED_PHRASINGS;
  }
  for (const key of Object.keys(file.data)) {
    if (key !== 'entries' && key !== 'notAboutUs' && key !== 'notOursLearnt') file.problem([key], `unknown field "${key}" (expected one of: entries, notAboutUs, notOursLearnt)`);
  }
  const ids = new Set(entries.map((e) => e.id));
  const answerLines = new Set(entries.flatMap((e) => e.answer.split(/(?<=[.!?])\s+/)).map(phrasingKey).filter(Boolean));
  const firstSeen = new Map<string, number>();
  const check = (path: YamlPath, raw: unknown): string | undefined => {
    if (typeof raw !== 'string' || raw.trim() === '') {
      file.problem(path, 'each phrasing should be a line of text');
      return undefined;
    }
    const text = raw.trim();
    const key = phrasingKey(text);
    const line = file.lineOf(path);
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) file.problem(path, `this phrasing is already on line ${earlier}; say each once`);
    else firstSeen.set(key, line);
    if (text.length > MAX_PHRASING_LENGTH) file.problem(path, `this phrasing is ${text.length} characters; a way of asking is at most ${MAX_PHRASING_LENGTH}`);
    if (PHONE_NUMBER.test(text)) file.problem(path, 'this phrasing has a phone number in it; a way of asking never needs one');
    if (answerLines.has(key)) file.problem(path, "this is a sentence of an entry's answer; phrasings are how people ask, never answers");
    return text;
  };
  const list = (path: YamlPath, raw: unknown): string[] => {
    if (!Array.isArray(raw)) {
      file.problem(path, 'this should be a list of phrasings');
      return [];
    }
    return raw.flatMap((item, index) => check([...path, index], item) ?? []);
  };

  const byEntry = new Map<string, readonly string[]>();
  const rawEntries = file.data.entries ?? {};
  if (!isRecord(rawEntries)) file.problem(['entries'], '"entries" should map each entry id to a list of phrasings');
  else {
    for (const [id, raw] of Object.entries(rawEntries)) {
      if (!ids.has(id)) file.problem(['entries', id], `"${id}" is not an entry id`);
      byEntry.set(id, list(['entries', id], raw));
    }
  }
  const notAboutUs = file.data.notAboutUs === undefined ? [] : list(['notAboutUs'], file.data.notAboutUs);
  const notOursLearnt = file.data.notOursLearnt === undefined ? [] : list(['notOursLearnt'], file.data.notOursLearnt);
  return { byEntry, notAboutUs, notOursLearnt };
}
