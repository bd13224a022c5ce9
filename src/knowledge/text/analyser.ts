import type { SynonymGroup } from '../types';
import { CHATTER_WORDS, STOP_WORDS } from './commonWords';
import { stem } from './stem';
import { tokenise } from './tokenise';

/** What a text says, reduced to the terms that can tell entries apart. */
export interface AnalysedText {
  /** Concepts ("~gp") and word stems, in order, without stop words or chatter. */
  readonly terms: readonly string[];
  /** Words we neither know nor recognise as chatter: a sign the text is about something else. */
  readonly unknown: readonly string[];
}

interface Phrase {
  readonly stems: readonly string[];
  readonly concept: string;
}

/** Corrects a stem we do not know (of the word as typed) into one we do, if it is a likely typo. */
export type Corrector = (stemmed: string, word: string) => string | undefined;

const MAX_TOKENS = 150;
/** Typo correction is the costly step; a rambling message gets it for its first few unknown words. */
const MAX_CORRECTIONS = 8;

/**
 * Turns text into terms: tokenise, stem, correct typos, replace synonym phrases with one
 * concept (so "family doctor" and "gp" are the same term), drop stop words and chatter.
 * Content and messages go through the same steps, so they meet in the middle.
 */
export class TextAnalyser {
  private readonly phrasesByFirstStem = new Map<string, Phrase[]>();
  /** Stems of every synonym term; with the content's stems they are the words we know. */
  readonly synonymStems = new Set<string>();

  constructor(synonyms: readonly SynonymGroup[]) {
    for (const group of synonyms) {
      const concept = `~${(group[0] ?? '').replace(/\s+/g, '_')}`;
      for (const term of group) {
        const stems = tokenise(term).map(stem);
        const first = stems[0];
        if (first === undefined) continue;
        stems.forEach((s) => this.synonymStems.add(s));
        const list = this.phrasesByFirstStem.get(first) ?? [];
        list.push({ stems, concept });
        this.phrasesByFirstStem.set(first, list);
      }
    }
    for (const list of this.phrasesByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /**
   * @param isKnown whether a stem occurs in the content or the synonyms
   * @param correct typo correction for stems that are not known; content is analysed without
   */
  analyse(text: string, isKnown: (stemmed: string) => boolean, correct?: Corrector): AnalysedText {
    const tokens = tokenise(text).slice(0, MAX_TOKENS);
    let corrections = 0;
    const stems = tokens.map((token) => {
      const stemmed = stem(token);
      if (!correct || STOP_WORDS.has(token) || isKnown(stemmed) || CHATTER_WORDS.has(token)) return stemmed;
      if (corrections++ >= MAX_CORRECTIONS) return stemmed;
      return correct(stemmed, token) ?? stemmed;
    });

    const terms: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < stems.length; ) {
      const phrase = this.phraseAt(stems, i);
      if (phrase) {
        terms.push(phrase.concept);
        i += phrase.stems.length;
        continue;
      }
      const token = tokens[i] ?? '';
      const stemmed = stems[i] ?? '';
      i++;
      if (STOP_WORDS.has(token)) continue;
      if (isKnown(stemmed)) terms.push(stemmed);
      // Text-speak ("u", "r") and numbers say nothing about the subject either way.
      else if (token.length > 2 && !CHATTER_WORDS.has(token) && !CHATTER_WORDS.has(stemmed) && !/^\d+$/.test(token)) unknown.push(stemmed);
    }
    return { terms, unknown };
  }

  private phraseAt(stems: readonly string[], start: number): Phrase | undefined {
    const candidates = this.phrasesByFirstStem.get(stems[start] ?? '');
    return candidates?.find((phrase) => phrase.stems.every((s, offset) => stems[start + offset] === s));
  }
}
