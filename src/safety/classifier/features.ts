/**
 * The features the safety classifier reads from normalised text: word unigrams, word bigrams
 * within a sentence, and character 4-grams of each word (so "breatheing" and "breathing" share
 * most of their features), each named by a 32-bit hash. Hashing keeps the extraction one linear
 * pass with no strings built: a 5,000-character message costs microseconds. The full 32 bits
 * name a feature (the model keeps an exact table of those it learnt, featureTable.ts): two of
 * the ~55,000 learnt features share a name about once in 4 billion pairs, so an unseen word pair
 * is, in practice, never taken for a learnt one.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Different seeds keep a word, a bigram and a character gram from having the same name by design.
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_GRAM = 0xc2b2ae35;
const GRAM = 4;

/** The features a piece of text holds (with repeats), and nothing of the text itself. */
export type FeatureList = readonly number[];

/** One sentence of a message: its features are features[from, to); it is text[start, end). */
export interface SentenceSpan {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

export interface MessageFeatures {
  /** Every feature of the message, sentence after sentence. */
  readonly features: FeatureList;
  readonly sentences: readonly SentenceSpan[];
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function finish(hash: number): number {
  // A last avalanche step so that every bit (the low ones place it in the table) depends on every character.
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  // 0 marks an empty place in the model's table: no feature is named 0.
  return h === 0 ? 1 : h;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function endsSentence(code: number): boolean {
  // . ! ? ;
  return code === 46 || code === 33 || code === 63 || code === 59;
}

const WORD_START = mix(FNV_OFFSET, SEED_WORD);

function wordHash(word: string): number {
  let h = WORD_START;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h;
}

/**
 * Articles and the words that join or contrast two things. A pair made with one of them ("safe or",
 * "or neither", "a biopsy") is learnt like any other pair, but it says too little to count as the
 * word pairs of a message pointing to a kind (it may still say the message is ordinary: "at the
 * appointment"): strung together at random, "safe or neither" was made only of pairs real medicine
 * questions use ("is it safe or ...") and got the medical-advice reply. Pronouns, question words and verbs are not here: "can i", "should i", "kill myself",
 * "without me" are what a request or a crisis is said with.
 */
const JOINING_WORDS: ReadonlySet<number> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'either', 'neither', 'of'].map(wordHash));
const GRAM_START = mix(FNV_OFFSET, SEED_GRAM);

/**
 * What a feature is made of: a word, two words in a row, four characters of a word, or two words
 * in a row one of which is a joining word (a feature like any pair, but no evidence of a kind on its
 * own: see JOINING_WORDS).
 */
export const FEATURE_KIND = Object.freeze({ word: 0, pair: 1, gram: 2, joinedPair: 3 });
export type FeatureKind = (typeof FEATURE_KIND)[keyof typeof FEATURE_KIND];

/** Receives the features of a text as they are found, and the end of each sentence. */
export interface FeatureVisitor {
  feature(feature: number, kind: FeatureKind): void;
  /** The sentence text[start, end) has ended; it had at least one feature. */
  sentenceEnd(start: number, end: number): void;
}

/**
 * One pass over normalised text, handing each feature to the visitor as it is found: reading
 * a message builds no list at all (a 5,000-character message has about 5,000 features).
 */
export function visitFeatures(text: string, visitor: FeatureVisitor): void {
  let inSentence = false;
  let start = 0;
  let previousWord = -1;
  let previousJoining = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // Commas and colons end a bigram run; sentence ends also start a new sentence.
      if (code !== 32) previousWord = -1;
      if (endsSentence(code)) {
        if (inSentence) visitor.sentenceEnd(start, i + 1);
        inSentence = false;
        start = i + 1;
      }
      i++;
      continue;
    }
    const wordStart = i;
    let word = WORD_START;
    while (i < n && isWordChar(text.charCodeAt(i))) {
      word = mix(word, text.charCodeAt(i));
      i++;
    }
    inSentence = true;
    visitor.feature(finish(word), FEATURE_KIND.word);
    const joining = JOINING_WORDS.has(word);
    if (previousWord !== -1) visitor.feature(finish(mix(mix(SEED_BIGRAM, previousWord), word)), joining || previousJoining ? FEATURE_KIND.joinedPair : FEATURE_KIND.pair);
    previousWord = word;
    previousJoining = joining;
    visitGrams(text, wordStart, i, visitor);
  }
  if (inSentence) visitor.sentenceEnd(start, n);
}

/** The features of normalised text, in one list, and where each sentence's features are. */
export function messageFeatures(text: string): MessageFeatures {
  const features: number[] = [];
  const sentences: SentenceSpan[] = [];
  let from = 0;
  visitFeatures(text, {
    feature: (feature) => features.push(feature),
    sentenceEnd: (start, end) => {
      sentences.push({ from, to: features.length, start, end });
      from = features.length;
    },
  });
  return { features, sentences };
}

/** Character grams of " word " (with its edges), so short words still give one gram. */
function visitGrams(text: string, start: number, end: number, visitor: FeatureVisitor): void {
  const length = end - start + 2;
  for (let k = 0; k + GRAM <= length; k++) {
    let h = GRAM_START;
    for (let j = k; j < k + GRAM; j++) h = mix(h, j === 0 || j === length - 1 ? 32 : text.charCodeAt(start + j - 1));
    visitor.feature(finish(h), FEATURE_KIND.gram);
  }
}
