import { normalise } from '../../text/normalise';
import { editDistanceWithin } from '../matching/editDistance';
import { isEnglishWord } from '../englishWords';
import { stem } from '../text/stem';
import { tokenise } from '../text/tokenise';

// A turn reads one message several times over (commands, complaints, small talk, nations):
// the words of the last text read are kept, so it is normalised once. (Kept as the last one
// rather than in a WeakMap: a WeakMap's table lives in the old generation and every new
// message grew it, garbage the full collector then had to clear.)
let lastText: string | undefined;
let lastWords: readonly string[] = [];

/** The words of a message, read the one way everything that reads text reads it. */
export function wordsOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastWords = Object.freeze(tokenise(normalise(text)));
    lastText = text;
  }
  return lastWords;
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

const MIN_FUZZY_LENGTH = 5;

/**
 * Does a typed word stand for a word of a phrase: the same word, the same stem, the start of
 * it for a starred word, or a one-letter slip in a long word that is not itself English (so a
 * real word is never corrected into one of ours).
 */
export function sameWord(typed: string, wanted: string, prefix = false): boolean {
  if (typed === wanted) return true;
  if (prefix) return typed.startsWith(wanted);
  if (wanted.length > 3 && stem(typed) === stem(wanted)) return true;
  return isSlip(typed, wanted);
}

function isSlip(typed: string, wanted: string): boolean {
  // Slips rarely change the first letter; checking it first keeps this cheap on long messages.
  return wanted.length >= MIN_FUZZY_LENGTH && typed[0] === wanted[0] && editDistanceWithin(typed, wanted, 1) <= 1 && !isEnglishWord(typed);
}

/**
 * Where in a message each word of a phrase occurs, worked out once per message and phrase
 * word rather than once per phrase and message word: a long message is checked against a few
 * hundred phrases, which compared word by word cost milliseconds.
 */
class MessageWords {
  private readonly positionsByWord = new Map<string, number[]>();
  private readonly positionsByStem = new Map<string, number[]>();
  private readonly distinctWords: readonly string[];
  /** Distinct words that are not English, the only ones that can be slips (usually none). */
  private readonly slipCandidates: readonly string[];
  /** Positions that took a search (starred words, slips), kept for the next phrase with the same word. */
  private readonly startingWithWord = new Map<string, readonly number[]>();
  private readonly withSlipsOfWord = new Map<string, readonly number[]>();

  constructor(readonly words: readonly string[]) {
    words.forEach((word, at) => {
      add(this.positionsByWord, word, at);
      add(this.positionsByStem, stem(word), at);
    });
    this.distinctWords = [...this.positionsByWord.keys()];
    this.slipCandidates = this.distinctWords.filter((word) => !isEnglishWord(word));
  }

  /** The positions, in order, of the message words that stand for a phrase word (as `sameWord` decides). */
  positionsOf(wanted: string, wantedStem: string, prefix: boolean): readonly number[] {
    if (prefix) {
      let starting = this.startingWithWord.get(wanted);
      if (!starting) this.startingWithWord.set(wanted, (starting = this.startingWith(wanted)));
      return starting;
    }
    // The same word has the same stem, so for a word long enough to be stemmed its stem finds both.
    const same = (wanted.length > 3 ? this.positionsByStem.get(wantedStem) : this.positionsByWord.get(wanted)) ?? NOWHERE;
    if (wanted.length < MIN_FUZZY_LENGTH || this.slipCandidates.length === 0) return same;
    let withSlips = this.withSlipsOfWord.get(wanted);
    if (!withSlips) this.withSlipsOfWord.set(wanted, (withSlips = this.withSlips(wanted, same)));
    return withSlips;
  }

  private startingWith(wanted: string): readonly number[] {
    const positions: number[] = [];
    for (const word of this.distinctWords) if (word.startsWith(wanted)) positions.push(...(this.positionsByWord.get(word) ?? []));
    return positions.length === 0 ? NOWHERE : sorted(positions);
  }

  private withSlips(wanted: string, same: readonly number[]): readonly number[] {
    // Nearly always no slip: a list only when one is found (a filter made one for every phrase word).
    let slips: string[] | undefined;
    for (let i = 0; i < this.slipCandidates.length; i++) {
      const word = this.slipCandidates[i] ?? '';
      if (isSlip(word, wanted)) (slips ??= []).push(word);
    }
    if (slips === undefined) return same;
    return sorted([...new Set([...same, ...slips.flatMap((word) => this.positionsByWord.get(word) ?? [])])]);
  }
}

const NOWHERE: readonly number[] = Object.freeze([]);

function add(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

const sorted = (positions: number[]): number[] => positions.sort((a, b) => a - b);

// Every phrase is looked for in the same message: read it once, not once per phrase.
let lastRead: MessageWords | undefined;
function messageWords(words: readonly string[]): MessageWords {
  if (lastRead?.words !== words) lastRead = new MessageWords(words);
  return lastRead;
}

/**
 * Whether the phrase's words occur in the message in order, with at most `gap` other words
 * between each: "was rude" is in "was really rude to me", "lost referral" in "lost my referral".
 * Each next word is the first that fits after the one before.
 */
export function hasPhrase(words: readonly string[], p: Phrase, gap = 2): boolean {
  if (p.words.length === 0) return false;
  const message = messageWords(words);
  const starts = message.positionsOf(p.words[0] ?? '', p.stems[0] ?? '', p.prefix[0] ?? false);
  // Index loops: these run for every phrase on every message, and iterators were garbage.
  for (let i = 0; i < starts.length; i++) if (followsOn(message, p, starts[i] ?? 0, gap)) return true;
  return false;
}

/** Whether the rest of the phrase follows its first word at `start`. */
function followsOn(message: MessageWords, p: Phrase, start: number, gap: number): boolean {
  let at = start;
  for (let i = 1; i < p.words.length; i++) {
    const limit = Math.min(message.words.length - 1, at + 1 + gap);
    const next = firstAfter(message.positionsOf(p.words[i] ?? '', p.stems[i] ?? '', p.prefix[i] ?? false), at);
    if (next === undefined || next > limit) return false;
    at = next;
  }
  return true;
}

function firstAfter(positions: readonly number[], at: number): number | undefined {
  for (let i = 0; i < positions.length; i++) if ((positions[i] ?? 0) > at) return positions[i];
  return undefined;
}

/** The longest of the phrases found in the message, in words; 0 when none is. */
export function longestPhrase(words: readonly string[], phrases: readonly Phrase[], gap = 2): number {
  let best = 0;
  for (const p of phrases) if (p.words.length > best && hasPhrase(words, p, gap)) best = p.words.length;
  return best;
}
