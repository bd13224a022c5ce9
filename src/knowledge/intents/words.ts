import { normalise } from '../../text/normalise';
import { editDistanceWithin } from '../matching/editDistance';
import { isEnglishWord } from '../englishWords';
import { stem } from '../text/stem';
import { tokenise } from '../text/tokenise';

/** The words of a message, read the one way everything that reads text reads it. */
export function wordsOf(text: string): string[] {
  return tokenise(normalise(text));
}

/** A phrase from the content: its words in order; a word written with a trailing "*" matches any ending. */
export interface Phrase {
  readonly text: string;
  readonly words: readonly string[];
  /** Which of the words match any ending ("complain*": complain, complaint, complaining). */
  readonly prefix: readonly boolean[];
  readonly stems: readonly string[];
}

// "*" does not survive normalising, so each word is read on its own and its star put back.
export function phrase(text: string): Phrase {
  const words: string[] = [];
  const prefix: boolean[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const read = wordsOf(raw.replace(/\*$/, ''));
    read.forEach((word, i) => {
      words.push(word);
      prefix.push(raw.endsWith('*') && i === read.length - 1);
    });
  }
  return { text, words, prefix, stems: words.map(stem) };
}

// Every phrase is looked for in the same message: stem its words once, not once per phrase.
const stemsOfMessage = new WeakMap<readonly string[], readonly string[]>();
function stemsOf(words: readonly string[]): readonly string[] {
  let stems = stemsOfMessage.get(words);
  if (!stems) {
    stems = words.map(stem);
    stemsOfMessage.set(words, stems);
  }
  return stems;
}

const MIN_FUZZY_LENGTH = 5;

/**
 * Does a typed word stand for a word of a phrase: the same word, the same stem, the start of
 * it for a starred word, or a one-letter slip in a long word that is not itself English (so a
 * real word is never corrected into one of ours).
 */
export function sameWord(typed: string, wanted: string, prefix = false): boolean {
  return wordMatches(typed, stem(typed), wanted, stem(wanted), prefix);
}

function wordMatches(typed: string, typedStem: string, wanted: string, wantedStem: string, prefix: boolean | undefined): boolean {
  if (typed === wanted) return true;
  if (prefix) return typed.startsWith(wanted);
  if (wanted.length > 3 && typedStem === wantedStem) return true;
  // Slips rarely change the first letter; checking it first keeps this cheap on long messages.
  return wanted.length >= MIN_FUZZY_LENGTH && typed[0] === wanted[0] && editDistanceWithin(typed, wanted, 1) <= 1 && !isEnglishWord(typed);
}

/**
 * Whether the phrase's words occur in the message in order, with at most `gap` other words
 * between each: "was rude" is in "was really rude to me", "lost referral" in "lost my referral".
 */
export function hasPhrase(words: readonly string[], p: Phrase, gap = 2): boolean {
  if (p.words.length === 0) return false;
  const stems = stemsOf(words);
  const matches = (at: number, i: number): boolean => wordMatches(words[at] ?? '', stems[at] ?? '', p.words[i] ?? '', p.stems[i] ?? '', p.prefix[i]);
  for (let start = 0; start < words.length; start++) {
    if (!matches(start, 0)) continue;
    let at = start;
    let found = true;
    for (let i = 1; i < p.words.length && found; i++) {
      found = false;
      for (let next = at + 1; next <= Math.min(words.length - 1, at + 1 + gap); next++) {
        if (matches(next, i)) {
          at = next;
          found = true;
          break;
        }
      }
    }
    if (found) return true;
  }
  return false;
}

/** The longest of the phrases found in the message, in words; 0 when none is. */
export function longestPhrase(words: readonly string[], phrases: readonly Phrase[], gap = 2): number {
  let best = 0;
  for (const p of phrases) if (p.words.length > best && hasPhrase(words, p, gap)) best = p.words.length;
  return best;
}
