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

/** A starred word this long or longer written with its silent "e" ("refuse*") is read without it (SILENT_E). */
const SILENT_E_FROM = 5;
/** "refuse*" means "refusing" and "refusal" too: the "e" goes before an ending ("phoning", "messaging", "disagreeing"). */
const SILENT_E = /e$/;

// "*" does not survive normalising, so each word is read on its own and its star put back.
export function phrase(text: string): Phrase {
  const words: string[] = [];
  const prefix: boolean[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const read = wordsOf(raw.replace(/\*$/, ''));
    read.forEach((word, i) => {
      const starred = raw.endsWith('*') && i === read.length - 1;
      words.push(starred && word.length >= SILENT_E_FROM ? word.replace(SILENT_E, '') : word);
      prefix.push(starred);
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
  return wanted.length >= MIN_FUZZY_LENGTH && typed[0] === wanted[0] && editDistanceWithin(typed, wanted, 1) <= 1 && !isEnglishWord(typed) && !dropsItsG(typed, wanted);
}

/**
 * "livin", "goin": an English -ing word with its g dropped, as people write it, is that word, never a slip of another
 * one ("livin in glasgow" is not "livid", a complaint).
 */
function dropsItsG(typed: string, wanted: string): boolean {
  return typed.endsWith('in') && wanted !== `${typed}g` && isEnglishWord(`${typed}g`);
}

/**
 * Where in a message each word of a phrase occurs, worked out once per message and phrase
 * word rather than once per phrase and message word: a long message is checked against a few
 * hundred phrases, which compared word by word cost milliseconds.
 */
class MessageWords {
  private readonly positionsByWord = new Map<string, number[]>();
  /** Also read by PhraseLists: which phrases can start in this message. */
  readonly positionsByStem = new Map<string, number[]>();
  readonly distinctWords: readonly string[];
  /** Distinct words that are not English, the only ones that can be slips (usually none). */
  readonly slipCandidates: readonly string[];
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

/**
 * Several lists of phrases looked for in one message at once: which of the lists have a phrase
 * in it, as `lists[i].some((p) => hasPhrase(words, p, gap))` says. The phrases are indexed by
 * their first word once, and a message is read word by word against the index, so only the few
 * phrases whose first word it has are looked for: trying each of a few hundred phrases on every
 * message was a tenth of a turn.
 */
export class PhraseLists {
  private readonly phrases: Phrase[] = [];
  /** For each phrase (by its place in `phrases`), the list it belongs to. */
  private readonly listOf: number[] = [];
  // A phrase's first word stands for a message word as `MessageWords.positionsOf` decides:
  // a word of up to 3 letters as typed, a longer one by its stem, a starred one by how the typed word starts,
  // and one of 5 letters or more also by a slip (a typed word that is not English).
  private readonly byWord = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();
  private readonly starred: number[] = [];
  /** Long first words a slip could stand for, by their first letter (a slip keeps it). */
  private readonly slippable = new Map<string, { readonly word: string; readonly phrases: number[] }[]>();
  private readonly gaps: readonly number[];

  constructor(lists: readonly (readonly Phrase[])[], gap: number | readonly number[] = 2) {
    this.gaps = typeof gap === 'number' ? lists.map(() => gap) : gap;
    lists.forEach((list, listAt) => {
      for (const p of list) {
        const at = this.phrases.length;
        this.phrases.push(p);
        this.listOf.push(listAt);
        const first = p.words[0];
        // A phrase of no words is never found (hasPhrase), so it is not indexed.
        if (first === undefined) continue;
        if (p.prefix[0]) this.starred.push(at);
        else if (first.length > 3) add(this.byStem, p.stems[0] ?? '', at);
        else add(this.byWord, first, at);
        if (!p.prefix[0] && first.length >= MIN_FUZZY_LENGTH) this.slippableWord(first).push(at);
      }
    });
  }

  private slippableWord(word: string): number[] {
    const letter = word[0] ?? '';
    let sameLetter = this.slippable.get(letter);
    if (!sameLetter) this.slippable.set(letter, (sameLetter = []));
    let known = sameLetter.find((w) => w.word === word);
    if (!known) sameLetter.push((known = { word, phrases: [] }));
    return known.phrases;
  }

  /** For each list, whether one of its phrases is in the message. */
  found(words: readonly string[]): boolean[] {
    const found = this.gaps.map(() => false);
    if (words.length === 0) return found;
    const message = messageWords(words);
    for (let i = 0; i < message.distinctWords.length; i++) this.tryEach(this.byWord.get(message.distinctWords[i] ?? ''), words, found);
    for (const stemmed of message.positionsByStem.keys()) this.tryEach(this.byStem.get(stemmed), words, found);
    this.tryEach(this.starred, words, found);
    for (let i = 0; i < message.slipCandidates.length; i++) {
      const typed = message.slipCandidates[i] ?? '';
      for (const { word, phrases } of this.slippable.get(typed[0] ?? '') ?? NO_SLIPPABLE) if (isSlip(typed, word)) this.tryEach(phrases, words, found);
    }
    return found;
  }

  /** Looks for each phrase given whose list has none found yet. */
  private tryEach(candidates: readonly number[] | undefined, words: readonly string[], found: boolean[]): void {
    if (candidates === undefined) return;
    for (let i = 0; i < candidates.length; i++) {
      const at = candidates[i] ?? 0;
      const list = this.listOf[at] ?? 0;
      const p = this.phrases[at];
      if (p && !found[list] && hasPhrase(words, p, this.gaps[list])) found[list] = true;
    }
  }
}

const NO_SLIPPABLE: readonly { readonly word: string; readonly phrases: number[] }[] = [];

/**
 * A line of words read left to right, as a pattern over a message's normalised words: "[a | b]" may be there or not,
 * "(a | b)" must be, a bare word must be. The problem, as text, when the brackets do not pair up.
 */
export function choicePattern(text: string): RegExp | string {
  const slots = text.trim().match(/\[[^\]]*\]|\([^)]*\)|[^\s[\]()]+|\S/g) ?? [];
  const parts: string[] = [];
  for (const slot of slots) {
    if (/^[[\]()]$/.test(slot)) return `"${text}": a "${slot}" is not paired`;
    const optional = slot.startsWith('[');
    const inBrackets = optional || slot.startsWith('(');
    const choices = (inBrackets ? slot.slice(1, -1).split('|') : [slot]).map((c) => wordsOf(c).join(' ')).filter((c) => c !== '');
    if (choices.length === 0) return `"${text}": "${slot}" has no words`;
    const group = `(?:${choices.map(escapeForPattern).join('|')}) `;
    parts.push(optional ? `(?:${group})?` : group);
  }
  return parts.length > 0 ? new RegExp(`^${parts.join('')}$`) : `"${text}" has no words`;
}

/** A word or phrase as a regular expression matches it literally. */
export const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
