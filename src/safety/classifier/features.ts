/**
 * The features the safety classifier reads from normalised text: hashed word unigrams, word
 * bigrams within a sentence, and character 4-grams of each word (so "breatheing" and "breathing"
 * share most of their features). Hashing keeps the model a fixed size and the extraction one
 * linear pass with no strings built: a 5,000-character message costs microseconds.
 */

/** Number of hash buckets (a power of two); collisions are rare at the size of our examples. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Different seeds keep a word, a bigram and a character gram from sharing a bucket by design.
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_GRAM = 0xc2b2ae35;
const GRAM = 4;

/** The features a piece of text holds (with repeats), and nothing of the text itself. */
export type FeatureList = readonly number[];

/** One sentence of a message: its features and where it sits in the normalised text. */
export interface Sentence {
  readonly features: FeatureList;
  readonly start: number;
  readonly end: number;
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function finish(hash: number): number {
  // A last avalanche step so that the low bits used as the bucket depend on every character.
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & MASK;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function endsSentence(code: number): boolean {
  // . ! ? ;
  return code === 46 || code === 33 || code === 63 || code === 59;
}

/**
 * The features of normalised text, sentence by sentence. A message's own features are all its
 * sentences' features together.
 */
export function sentenceFeatures(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: number[] = [];
  let from = 0;
  let previousWord = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // Commas and colons end a bigram run; sentence ends also start a new sentence.
      if (code !== 32) previousWord = -1;
      if (endsSentence(code)) {
        if (current.length > 0) sentences.push({ features: current, start: from, end: i + 1 });
        current = [];
        from = i + 1;
      }
      i++;
      continue;
    }
    const start = i;
    let word = mix(FNV_OFFSET, SEED_WORD);
    while (i < n && isWordChar(text.charCodeAt(i))) {
      word = mix(word, text.charCodeAt(i));
      i++;
    }
    current.push(finish(word));
    if (previousWord !== -1) current.push(finish(mix(mix(SEED_BIGRAM, previousWord), word)));
    previousWord = word;
    addGrams(text, start, i, current);
  }
  if (current.length > 0) sentences.push({ features: current, start: from, end: n });
  return sentences;
}

/** Character grams of " word " (with its edges), so short words still give one gram. */
function addGrams(text: string, start: number, end: number, out: number[]): void {
  const length = end - start + 2;
  const charAt = (k: number): number => (k === 0 || k === length - 1 ? 32 : text.charCodeAt(start + k - 1));
  if (length < GRAM) return;
  for (let k = 0; k + GRAM <= length; k++) {
    let h = mix(FNV_OFFSET, SEED_GRAM);
    for (let j = 0; j < GRAM; j++) h = mix(h, charAt(k + j));
    out.push(finish(h));
  }
}
