/**
 * The features the safety classifier reads from normalised text: word unigrams, word bigrams
 * within a sentence, and character 4-grams of each word (so "breatheing" and "breathing" share
 * most of their features), each named by a 32-bit hash. Hashing keeps the extraction one linear
 * pass with no strings built: a 5,000-character message costs microseconds. The full 32 bits
 * name a feature (the model keeps an exact table of those it learnt, featureTable.ts): two of
 * the ~55,000 learnt features share a name about once in 4 billion pairs, so an unseen word pair
 * is, in practice, never taken for a learnt one.
 */

import { FNV_OFFSET, fnvStep } from '../../learning/fnv';
import { aboutOf, AskingClauses, type AskingClauseVisitor } from './askingClause';
import { WORD_KIND, WordKinds } from './wordKinds';

// Read once here, not for every word: under tsx (tests, bench, eval) an imported binding is a getter.
const { joining: JOINING, asking: ASKING, fillers: FILLERS, subjects: SUBJECTS, clinical: CLINICAL, process: PROCESS } = WORD_KIND;
const aboutOfWords = aboutOf;
const mix = fnvStep;

// Different seeds keep a word, a bigram and a character gram from having the same name by design.
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_GRAM = 0xc2b2ae35;
const GRAM = 4;

/** The features a piece of text holds (with repeats), and nothing of the text itself. */
import type { FeatureList } from '../../learning/softmaxModel';
export type { FeatureList };

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

const QUESTION_MARK = 63;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A decimal point ("38.2", "2.5ml") is inside a number, not the end of a sentence ("temp is 38." and "2 but he's happy ..."). */
function isDecimalPoint(text: string, i: number): boolean {
  return text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
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
 * The reviewed word lists the features are read with (classifier.yaml's featureWords), each word as
 * its hash. Joining words: a pair made with one ("safe or", "or neither", "a biopsy") is learnt like
 * any other pair but says too little to count as the word pairs of a message pointing to a kind.
 * Asking words, fillers and subjects find the asking frame of a sentence ("should i", "is it", "can
 * my"); clinical and process words say what its object is (a treatment, result, medicine or symptom;
 * the second-opinion process). See visitFeatures.
 */
export interface FeatureWords {
  /**
   * What each listed word is (WORD_KIND bits, 0 for a word in no list), by its hash: one look-up a word
   * where six sets cost six (a word hash is often beyond a small integer, and each set look-up boxed it).
   */
  readonly kinds: WordKinds;
  /** Whether any asking word is listed: without one, no asking frame is read at all. */
  readonly framing: boolean;
  /** Hedges ("to be honest", "tbh"), read as a comma: see hedgesRead. Undefined: none. */
  readonly hedges?: RegExp;
  /** A sentence that says what the writer wants to know ("i want to know how"): it asks, as one ending in "?". Undefined: none. */
  readonly wantsToKnow?: RegExp;
}

type WordListName = 'joining' | 'asking' | 'fillers' | 'subjects' | 'clinical' | 'process';

/** The word lists as read from classifier.yaml (plain words, normalised), and the hedges (phrases of plain words). */
export type FeatureWordLists = { readonly [K in WordListName]: readonly string[] } & {
  readonly hedges?: readonly string[];
  readonly wantsToKnow?: readonly string[];
  readonly wantsToKnowThen?: readonly string[];
};

/** The lists as one table of word hashes, as the feature pass meets them. */
export function featureWords(lists: FeatureWordLists): FeatureWords {
  const hedges = lists.hedges ?? [];
  const wantsToKnow = lists.wantsToKnow ?? [];
  const then = lists.wantsToKnowThen ?? [];
  const kinds = new WordKinds(
    (Object.keys(WORD_KIND) as WordListName[]).flatMap((list) => lists[list].map((word) => ({ hash: wordHash(word), kind: WORD_KIND[list] }))),
  );
  return {
    kinds,
    framing: lists.asking.length > 0,
    // Longest first, so "if im being honest" is taken whole rather than as "honestly"'s shorter neighbours.
    hedges: hedges.length > 0 ? new RegExp(`\\b(?:${[...hedges].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g') : undefined,
    wantsToKnow: wantsToKnow.length > 0 && then.length > 0 ? new RegExp(`\\b(?:${wantsToKnow.join('|')}) (?:${then.join('|')})\\b`) : undefined,
  };
}

/**
 * The text as the classifier reads it: every hedge ("to be honest", "tbh", "honestly") a comma followed by spaces,
 * so the text keeps its length (a sentence's place in it is still its place in the message). A hedge says how
 * something is said, not what about, yet the labelled crises use them far more than anything else does, so read as
 * words they leaned a calm answer like "I haven't decided, to be honest" towards a crisis (nineteenth pass, hazard H2).
 */
export function hedgesRead(text: string, words: FeatureWords): string {
  if (!words.hedges) return text;
  words.hedges.lastIndex = 0;
  return text.replace(words.hedges, (hedge) => ','.padEnd(hedge.length, ' '));
}

/** No lists: every pair counts, no asking frame is read (small test fixtures). */
export const NO_FEATURE_WORDS: FeatureWords = featureWords({ joining: [], asking: [], fillers: [], subjects: [], clinical: [], process: [] });

const GRAM_START = mix(FNV_OFFSET, SEED_GRAM);
const SEED_FRAME = 0x27d4eb2f;
/** Asking frames a sentence gives at most (its opening and the first asking pairs inside it). */
const MAX_FRAMES = 3;

/**
 * What a feature is made of: a word, two words in a row, four characters of a word, two words in a
 * row one of which is a joining word (a feature like any pair, but no evidence of a kind on its own:
 * see FeatureWords), or an asking frame joined to what the sentence asks about (visitFeatures; word
 * pairs' evidence, as "should i" + a clinical object is what a request for a judgement is made of),
 * or that a sentence asks about such an object at all (like a single word: no pair evidence, so words
 * strung together at random around a "?" never pass the word-pair check by it).
 */
export const FEATURE_KIND = Object.freeze({ word: 0, pair: 1, gram: 2, joinedPair: 3, frame: 4, asks: 5 });
export type FeatureKind = (typeof FEATURE_KIND)[keyof typeof FEATURE_KIND];
// Read once: an exported constant is read through the module's exports object at each use once compiled.
const { word: WORD, pair: PAIR, gram: GRAM_FEATURE, joinedPair: JOINED_PAIR, frame: FRAME, asks: ASKS } = FEATURE_KIND;

/** Receives the features of a text as they are found, and the end of each sentence (and, if it asks, its asking clauses: askingClause.ts). */
export interface FeatureVisitor extends AskingClauseVisitor {
  feature(feature: number, kind: FeatureKind): void;
  /** The sentence text[start, end) has ended; it had at least one feature. */
  sentenceEnd(start: number, end: number): void;
  /**
   * Called before the character grams of the word text[start, end) (its hash `word`) are given. A
   * visitor that met the same word earlier in this text and kept what its grams gave it may take
   * that again itself and return true: the grams are then neither hashed nor handed over (most of
   * a long message's words are repeats; see GramMemo). Without it, every word's grams are given.
   */
  knownGrams?(text: string, start: number, end: number, word: number): boolean;
}

/**
 * One pass over normalised text, handing each feature to the visitor as it is found: reading
 * a message builds no list at all (a 5,000-character message has about 5,000 features).
 *
 * Asking frames: what tells a request for a judgement ("should i stop the statins?") from an
 * ordinary question that names the same things ("should i tell the new consultant about my
 * statins and the second opinion?") is the asking words applied to a clinical object, not the
 * clinical words. So each sentence that asks (it ends in "?" or opens with an asking word, after
 * fillers such as "so" or "hi") gives its opening two words joined to what it or the sentence
 * before it is about ("Aches on atorvastatin. Do I keep taking it?"): clinical words, the
 * second-opinion process, both, or neither. An asking word followed by a subject inside the sentence
 * ("...wondering when can i stop...": "can i") gives the same. At most MAX_FRAMES a sentence,
 * and one feature saying only that it asks and about what; all given at the sentence's end.
 */
export function visitFeatures(text: string, visitor: FeatureVisitor, words: FeatureWords = NO_FEATURE_WORDS): void {
  visitReadFeatures(hedgesRead(text, words), visitor, words);
}

/** visitFeatures on text already read by hedgesRead (a reader that keeps the text it read, as GramMemo does, is given that text). */
export function visitReadFeatures(text: string, visitor: FeatureVisitor, words: FeatureWords = NO_FEATURE_WORDS): void {
  const { kinds } = words;
  let inSentence = false;
  let start = 0;
  let previousWord = -1;
  let previousJoining = false;
  // The asking frame of the sentence being read.
  let opening = 0;
  let first = 0;
  let firstKind = 0;
  let second = 0;
  let previousInSentence = 0;
  // The kinds of "no word yet" (0), as the lists would answer for it.
  const noWordKind = kinds.of(0);
  let previousKind = noWordKind;
  let clinical = false;
  let process = false;
  // What the sentence before spoke of: "Keep getting aches on atorvastatin. Do I keep taking it?"
  let clinicalBefore = false;
  let processBefore = false;
  const inner: number[] = [];
  // Without asking words (no word lists) no frame is read at all.
  const { framing } = words;
  const clauses = framing ? AskingClauses.shared() : undefined;
  const endSentence = (end: number, asked: boolean): void => {
    const about = aboutOfWords(clinical || clinicalBefore, process || processBefore);
    clauses?.end((mark, a, b, clauseAbout) => visitor.askingClause?.(mark, frameHash(a, b, clauseAbout)));
    const opens = framing && opening >= 2 && (asked || (firstKind & ASKING) !== 0);
    if (opens) visitor.feature(frameHash(first, second, about), FRAME);
    for (let k = 0, given = opens ? 1 : 0; k + 1 < inner.length && given < MAX_FRAMES; k += 2, given++) visitor.feature(frameHash(inner[k] ?? 0, inner[k + 1] ?? 0, about), FRAME);
    if (opens || inner.length > 0) visitor.feature(frameHash(0, 0, about), ASKS);
    visitor.sentenceEnd(start, end);
    opening = 0;
    previousInSentence = 0;
    previousKind = noWordKind;
    clinicalBefore = clinical;
    processBefore = process;
    clinical = false;
    process = false;
    inner.length = 0;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // Commas and colons end a bigram run; sentence ends also start a new sentence. A decimal point does neither.
      const decimal = isDecimalPoint(text, i);
      if (code !== 32 && !decimal) {
        previousWord = -1;
        if (inSentence) clauses?.punctuation();
      }
      if (endsSentence(code) && !decimal) {
        if (inSentence) endSentence(i + 1, code === QUESTION_MARK);
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
    const kind = kinds.of(word);
    // A clause that names nothing is about what the sentence before it was, as the same question asked on its own; failing that, what its own sentence named before it.
    if (opening === 2) clauses?.word(word, kind, (firstKind & ASKING) !== 0, clinicalBefore || processBefore ? aboutOfWords(clinicalBefore, processBefore) : aboutOfWords(clinical, process), visitor);
    visitor.feature(finish(word), WORD);
    const joining = (kind & JOINING) !== 0;
    if (previousWord !== -1) visitor.feature(finish(mix(mix(SEED_BIGRAM, previousWord), word)), joining || previousJoining ? JOINED_PAIR : PAIR);
    previousWord = word;
    previousJoining = joining;
    if (opening === 0 && (kind & FILLERS) === 0) {
      first = word;
      firstKind = kind;
      opening = 1;
    } else if (opening === 1) {
      second = word;
      opening = 2;
    } else if (opening === 2 && (kind & SUBJECTS) !== 0 && (previousKind & ASKING) !== 0 && inner.length < 2 * MAX_FRAMES) inner.push(previousInSentence, word);
    const isClinical = (kind & CLINICAL) !== 0;
    const isProcess = (kind & PROCESS) !== 0;
    if (isClinical) clinical = true;
    if (isProcess) process = true;
    clauses?.about(isClinical, isProcess);
    previousInSentence = word;
    previousKind = kind;
    if (visitor.knownGrams === undefined || !visitor.knownGrams(text, wordStart, i, word)) visitGrams(text, wordStart, i, visitor);
  }
  if (inSentence) endSentence(n, false);
}

/** An asking frame (two words) joined to what its sentence is about (aboutOf, askingClause.ts). */
function frameHash(a: number, b: number, about: number): number {
  return finish(mix(mix(mix(SEED_FRAME, a), b), about));
}

/** The features of normalised text, in one list, and where each sentence's features are. */
export function messageFeatures(text: string, words: FeatureWords = NO_FEATURE_WORDS): MessageFeatures {
  const features: number[] = [];
  const sentences: SentenceSpan[] = [];
  let from = 0;
  visitFeatures(text, {
    feature: (feature) => features.push(feature),
    sentenceEnd: (start, end) => {
      sentences.push({ from, to: features.length, start, end });
      from = features.length;
    },
  }, words);
  return { features, sentences };
}

/** Character grams of " word " (with its edges), so short words still give one gram. */
function visitGrams(text: string, start: number, end: number, visitor: FeatureVisitor): void {
  const length = end - start + 2;
  for (let k = 0; k + GRAM <= length; k++) {
    let h = GRAM_START;
    for (let j = k; j < k + GRAM; j++) h = mix(h, j === 0 || j === length - 1 ? 32 : text.charCodeAt(start + j - 1));
    visitor.feature(finish(h), GRAM_FEATURE);
  }
}
