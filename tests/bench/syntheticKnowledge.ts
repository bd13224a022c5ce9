import type { KnowledgeEntry, SynonymGroup } from '../../src/knowledge/types';
import { seededRandom } from '../../src/seededRandom';

/** Deterministic, so every run measures the same content and questions. */
export const random = seededRandom;

const SYLLABLES = ['ba', 'co', 'di', 'fen', 'gra', 'hol', 'jus', 'kel', 'lim', 'mor', 'nat', 'pel', 'quin', 'ros', 'sta', 'tur', 'vex', 'wil', 'yar', 'zo', 'pre', 'ment', 'ing', 'al'];

export interface SyntheticContent {
  readonly entries: KnowledgeEntry[];
  readonly synonyms: SynonymGroup[];
  readonly questions: string[];
}

/**
 * Content shaped like ours (a question, a dozen alternates, a short answer, synonyms) but with
 * made-up words, at any size; and questions asked about it with typos, shuffled word order and
 * long rambling messages, as people ask.
 */
export function syntheticContent(entryCount: number, questionCount: number, seed = 42): SyntheticContent {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (): string => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
  const vocabulary = Array.from({ length: Math.max(400, entryCount * 3) }, word);
  const common = vocabulary.slice(0, 60);
  const phrase = (own: readonly string[]): string =>
    Array.from({ length: 5 + Math.floor(next() * 5) }, () => (next() < 0.5 ? pick(own) : pick(common))).join(' ');

  const entries: KnowledgeEntry[] = Array.from({ length: entryCount }, (_, i) => {
    const own = Array.from({ length: 6 }, () => pick(vocabulary));
    return {
      id: `entry-${i}`,
      question: phrase(own),
      alternates: Array.from({ length: 12 }, () => phrase(own)),
      answer: Array.from({ length: 40 }, () => pick([...own, ...common])).join(' '),
      source: 'synthetic',
      followUps: [],
      tags: [],
    };
  });
  const synonyms: SynonymGroup[] = Array.from({ length: Math.min(120, entryCount) }, () => [pick(vocabulary), `${word()} ${word()}`, word()]);

  const typo = (w: string): string => {
    const at = Math.floor(next() * w.length);
    return next() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + pick(['a', 'e', 'o', 'x']) + w.slice(at + 1);
  };
  const questions = Array.from({ length: questionCount }, () => {
    const entry = pick(entries);
    let words = pick(entry.alternates).split(' ').sort(() => next() - 0.5);
    words = words.map((w) => (next() < 0.25 ? typo(w) : w));
    const filler = next() < 0.3 ? Array.from({ length: 60 }, () => pick(['so', 'my', 'mum', 'was', 'told', 'and', 'we', 'honestly', 'are', 'a', 'bit', 'lost', word()])) : [];
    return [...filler.slice(0, 30), ...words, ...filler.slice(30)].join(' ').slice(0, 500);
  });
  return { entries, synonyms, questions };
}
