import type { SynonymGroup } from '../types';
import { editDistanceWithin } from '../matching/editDistance';
import { CHATTER_WORDS, SOUNDS_LIKE, SPLIT_WORDS, STOP_WORDS, TEXT_SPEAK } from './commonWords';
import { stem } from './stem';
import type { WeightedPart } from './questionFinder';
import { tokenise } from './tokenise';

/** What a text says, reduced to the terms that can tell entries apart. */
export interface AnalysedText {
  /** Concepts ("~gp") and word stems, in order, without stop words or chatter. */
  readonly terms: readonly string[];
  /** Words we neither know nor recognise as chatter: a sign the text is about something else. */
  readonly unknown: readonly string[];
  /** How much each term counts (parallel to terms): less in the story around a question, less when bridged. */
  readonly weights: readonly number[];
  /** Whether each term was said as such, rather than bridged from a related word (parallel to terms). */
  readonly exact: readonly boolean[];
  /** Whether each term was found inside a longer phrase ("second opinion" in "second opinion for him"), parallel to terms. */
  readonly contained: readonly boolean[];
  /** The unknown words, weighted like terms (a word only half recognised counts half). */
  readonly unknownWeight: number;
  /** The part of unknownWeight from the story around a question (parts weighing less than 1). */
  readonly storyUnknownWeight: number;
  /**
   * Every word was read as typed and was one we know (or a stop word): none corrected, bridged,
   * taken as unknown or dropped. Then reading every word as known gives the same analysis.
   */
  readonly everyWordKnown: boolean;
}

/** A word outside our vocabulary related to one inside it, counting weight (below 1, an exact match). */
export interface BridgedTerm {
  readonly term: string;
  readonly weight: number;
}
export type Bridge = (stemmed: string) => BridgedTerm | undefined;

interface Phrase {
  readonly stems: readonly string[];
  readonly concept: string;
}

/** A real word this short is too often another real word of ours by one letter ("hair", "pair"). */
const MIN_REAL_WORD_CORRECTED = 5;

/**
 * Corrects a stem we do not know (of the word as typed) into one we do, if it is a likely typo. With `realWord`, the
 * word is a real English one ("pinion"): the closest stem of ours is asked for, to be taken only where it completes a
 * phrase of ours with the words around it ("second pinion").
 */
export type Corrector = (stemmed: string, word: string, realWord?: boolean) => string | undefined;

/**
 * The words that say whose it is. A phrase of ours written for one person ("become my doctor", "for my mum") is said as
 * often about another ("become her doctor", "for his mum"): when no phrase matches as typed, each reads as any other.
 * Only whose: "go with me" (someone coming along) is not "go with him" (moving to the new doctor). Never "your": that
 * is the bot or the doctor.
 */
const WHOSE = new Set(['my', 'his', 'her', 'their', 'our']);
const ANYONES = '@whose';
/**
 * A phrase's words with each word of whose inside it read as anyone's: "for her mum", not "look after her" (last, it is
 * who it is done to) nor "my gp" (first, it is a word the matcher skips: read for anyone, "her gp" would take the "gp" of
 * a longer phrase after it, "her gp or the hospital").
 */
const readAsAnyones = (stems: readonly string[]): string[] => stems.map((s, i) => (i > 0 && i < stems.length - 1 && WHOSE.has(s) ? ANYONES : s));
/** Whether a message's word is the phrase's, or a word of whose where the phrase has anyone's. */
const saysForAnyone = (said: string, phraseStem: string): boolean => said === phraseStem || (phraseStem === ANYONES && WHOSE.has(said));

/** Longest synonym phrase looked at around a word when deciding whether a real word was meant as another. */
const MAX_PHRASE_REACH = 6;

type Out = { -readonly [K in keyof AnalysedText]: AnalysedText[K] extends readonly (infer T)[] ? T[] : AnalysedText[K] };

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
  private readonly nextWords = new Map<string, readonly string[]>();
  /** Phrases with a word of whose (readAsAnyones), by their first stem so read, their stems so read too. */
  private readonly personPhrasesByFirstStem = new Map<string, Phrase[]>();
  /** While the phrases are read: each phrase with its words of whose read as anyone's, null when two groups have it. */
  private readonly forAnyone = new Map<string, Phrase | null>();
  /** Stems of every synonym term; with the content's stems they are the words we know. */
  readonly synonymStems = new Set<string>();
  /** Stems of one-word synonyms ("bloods", not "attorney" from "power of attorney"). */
  readonly singleWordSynonymStems = new Set<string>();
  /** Stems of chatter words ("who", "made", "today"): they rank entries but explain no subject. */
  readonly chatterTerms = new Set<string>();
  /**
   * Concepts with a chatter word among their members ("~relative" has "mum"): about people
   * and feelings, so they never show by themselves that a message is about our subject.
   */
  readonly everydayConcepts = new Set<string>();
  /** Phrases of our words that name another subject ("book a blood test"): read as a word we do not know. */
  private readonly otherSubjectConcepts = new Set<string>();
  /** Their words are taken as written, never corrected or bridged into one of ours ("copy" is not "send"). */
  private readonly otherSubjectStems = new Set<string>();
  /** Stems of the place words: where someone lives, never what a message is about. */
  readonly placeTerms: ReadonlySet<string>;

  /**
   * @param otherSubjects groups of phrases made of our words that mean something else here
   * @param placeWords where people say they live ("Cardiff", "Glasgow"): the setting of a question,
   *   never its subject, so (unless the content uses the word) neither a term nor a word we do not know
   */
  constructor(
    synonyms: readonly SynonymGroup[],
    otherSubjects: readonly SynonymGroup[] = [],
    private readonly placeWords: ReadonlySet<string> = new Set(),
  ) {
    this.placeTerms = new Set([...placeWords].map(stem));
    for (const group of otherSubjects) {
      const concept = `!${(group[0] ?? '').replace(/\s+/g, '_')}`;
      this.otherSubjectConcepts.add(concept);
      for (const term of group) {
        const stems = tokenise(term).map(stem);
        stems.forEach((s) => this.otherSubjectStems.add(s));
        this.addPhrase(stems, concept);
      }
    }
    for (const group of synonyms) {
      const concept = `~${(group[0] ?? '').replace(/\s+/g, '_')}`;
      for (const term of group) {
        if (CHATTER_WORDS.has(term)) this.everydayConcepts.add(concept);
        const stems = tokenise(term).map(stem);
        const first = stems[0];
        if (first === undefined) continue;
        stems.forEach((s) => this.synonymStems.add(s));
        if (stems.length === 1) this.singleWordSynonymStems.add(first);
        this.addPhrase(stems, concept);
      }
    }
    for (const list of this.phrasesByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    this.indexPhrasesForAnyone();
    for (const word of CHATTER_WORDS) this.chatterTerms.add(stem(word));
  }

  private addPhrase(stems: readonly string[], concept: string): void {
    const first = stems[0];
    if (first === undefined) return;
    const list = this.phrasesByFirstStem.get(first) ?? [];
    list.push({ stems, concept });
    this.phrasesByFirstStem.set(first, list);
    // Only synonyms of our subject are read for anyone; a phrase of another subject stays as typed.
    const folded = readAsAnyones(stems);
    if (!folded.includes(ANYONES) || concept.startsWith('!')) return;
    const key = folded.join(' ');
    const seen = this.forAnyone.get(key);
    // Two groups the same but for whose ("go over my head": not understood; "go over his head": the doctor's): for
    // anyone else it is neither.
    this.forAnyone.set(key, seen === undefined || seen?.concept === concept ? { stems: folded, concept } : null);
  }

  /** Phrases read for anyone, by their first stem (whose read as anyone's), longest first; those of two groups left out. */
  private indexPhrasesForAnyone(): void {
    for (const phrase of this.forAnyone.values()) {
      if (phrase === null) continue;
      const first = phrase.stems[0] ?? '';
      const list = this.personPhrasesByFirstStem.get(first) ?? [];
      list.push(phrase);
      this.personPhrasesByFirstStem.set(first, list);
    }
    for (const list of this.personPhrasesByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    this.forAnyone.clear();
  }

  /**
   * @param isKnown whether a stem occurs in the content or the synonyms
   * @param correct typo correction for stems that are not known; content is analysed without
   */
  analyse(text: string, isKnown: (stemmed: string) => boolean, correct?: Corrector, bridge?: Bridge): AnalysedText {
    return this.analyseParts([{ tokens: tokenise(text), weight: 1 }], isKnown, correct, bridge);
  }

  /**
   * @param bridge relates a word we do not know (and that is not a typo) to one we do, weighted
   *   below an exact match
   * @param isWord whether a word is ordinary English: one that is not, and that is two words we read run together
   *   ("secondopinion", "howdo"), is read as the two
   */
  analyseParts(parts: readonly WeightedPart[], isKnown: (stemmed: string) => boolean, correct?: Corrector, bridge?: Bridge, isWord?: (word: string) => boolean): AnalysedText {
    const out: Out = { terms: [], weights: [], exact: [], contained: [], unknown: [], unknownWeight: 0, storyUnknownWeight: 0, everyWordKnown: true };
    let budget = { tokens: MAX_TOKENS, corrections: MAX_CORRECTIONS };
    for (const part of parts) {
      const tokens = part.tokens.slice(0, budget.tokens);
      budget = { ...budget, tokens: budget.tokens - tokens.length };
      this.analyseTokens(isWord && correct ? splitRunTogether(tokens, isKnown, isWord, correct) : tokens, part.weight, isKnown, out, budget, correct, bridge);
    }
    return out;
  }

  private analyseTokens(
    tokens: readonly string[],
    partWeight: number,
    isKnown: (stemmed: string) => boolean,
    out: Out,
    budget: { corrections: number },
    correct?: Corrector,
    bridge?: Bridge,
  ): void {
    tokens = joinSplitWords(tokens).map((token) => TEXT_SPEAK.get(token) ?? token);
    let typed = tokens.map(stem);
    const joined = this.joinDictated(tokens, typed, isKnown);
    if (joined !== tokens) {
      tokens = joined;
      typed = tokens.map(stem);
    }
    const strength = tokens.map(() => 1);
    const stems = tokens.map((token, i) => {
      let stemmed = typed[i] ?? '';
      // Dropped g's ("askin", "gettin", "talkin") are how people type, not typos.
      if (!isKnown(stemmed) && token.endsWith('in') && isKnown(stem(`${token}g`))) stemmed = stem(`${token}g`);
      if (!correct || STOP_WORDS.has(token) || isKnown(stemmed) || CHATTER_WORDS.has(token) || this.otherSubjectStems.has(stemmed) || this.placeWords.has(token)) return stemmed;
      if (budget.corrections-- <= 0) return stemmed;
      const corrected = correct(stemmed, token);
      if (corrected !== undefined) return corrected;
      const bridged = bridge?.(stemmed);
      if (!bridged) return stemmed;
      strength[i] = bridged.weight;
      return bridged.term;
    });
    for (let i = 0; i < stems.length; i++) if (stems[i] !== typed[i]) out.everyWordKnown = false;

    this.correctSoundAlikes(tokens, stems, (i) => {
      const token = tokens[i] ?? '';
      const typedStem = typed[i] ?? '';
      if (!correct || token.length < MIN_REAL_WORD_CORRECTED || isKnown(typedStem) || STOP_WORDS.has(token) || CHATTER_WORDS.has(token) || this.placeWords.has(token)) return undefined;
      const closest = correct(typedStem, token, true);
      // A word made from ours ("rearrange", "arrange") is another word, not a slip of the keys.
      return closest === undefined || typedStem.includes(closest) ? undefined : closest;
    }, strength);

    for (let i = 0; i < stems.length; ) {
      const phrase = this.phraseAt(stems, i);
      if (phrase && this.otherSubjectConcepts.has(phrase.concept)) {
        // Our words, another subject: a sign the message is about something else, and none of ours.
        out.unknown.push(phrase.concept);
        out.unknownWeight += partWeight;
        if (partWeight < 1) out.storyUnknownWeight += partWeight;
        i += phrase.stems.length;
        continue;
      }
      if (phrase) {
        const weakest = weakestOf(strength, i, i + phrase.stems.length);
        this.push(out, phrase.concept, partWeight, weakest);
        this.pushInnerConcepts(stems, i, phrase, partWeight, weakest, out);
        i += phrase.stems.length;
        continue;
      }
      const token = tokens[i] ?? '';
      const stemmed = stems[i] ?? '';
      const weight = strength[i] ?? 1;
      i++;
      if (STOP_WORDS.has(token)) continue;
      if (isKnown(stemmed)) {
        this.push(out, stemmed, partWeight, weight);
        continue;
      }
      out.everyWordKnown = false;
      // Text-speak ("u", "r") and numbers say nothing about the subject either way.
      if (token.length > 2 && !CHATTER_WORDS.has(token) && !CHATTER_WORDS.has(stemmed) && !this.placeWords.has(token) && !/^\d+$/.test(token)) {
        out.unknown.push(stemmed);
        out.unknownWeight += partWeight;
        if (partWeight < 1) out.storyUnknownWeight += partWeight;
      }
    }
  }

  /**
   * A real word typed for one that sounds the same ("legal rite", "a rite to see another
   * doctor"), or one a letter away from a word of ours ("a second pinion"), is read as that word
   * only where the context makes it clear: the word meant completes a phrase of ours (two or
   * more words) with the words around it.
   */
  private correctSoundAlikes(tokens: readonly string[], stems: string[], closestOfOurs: (i: number) => string | undefined, strength: number[]): void {
    tokens.forEach((token, i) => {
      const soundsLike = SOUNDS_LIKE.get(token);
      // A word can sound like more than one ("rite": "legal right", "write down"): the one that completes the longest phrase.
      const candidates = soundsLike === undefined ? [closestOfOurs(i)].filter((c) => c !== undefined) : [soundsLike].flat().map(stem);
      if (candidates.length === 0) return;
      const original = stems[i] ?? '';
      const before = this.phraseCovering(stems, i);
      let best = { stem: original, covers: Math.max(1, before) };
      for (const meant of candidates) {
        stems[i] = meant;
        const after = this.phraseCovering(stems, i);
        if (after > best.covers) best = { stem: meant, covers: after };
      }
      stems[i] = best.stem;
      if (best.stem !== original) strength[i] = 1;
    });
  }

  /**
   * A word of ours dictated or typed as two or three ("a second oh pinion", "a second op in eon"): parts we cannot all
   * read alone that run together into the next word of a phrase of ours begun by the word before them, or a letter from
   * it, are joined, and typo correction reads the join as that word. Never where every part reads on its own ("sec and" is two words):
   * those pairs are listed one by one (SPLIT_WORDS). Only a phrase's own next word is tried, so no message pays for a
   * search of every word we know.
   */
  private joinDictated(tokens: readonly string[], stems: readonly string[], isKnown: (stemmed: string) => boolean): readonly string[] {
    const reads = (i: number): boolean => STOP_WORDS.has(tokens[i] ?? '') || CHATTER_WORDS.has(tokens[i] ?? '') || isKnown(stems[i] ?? '');
    const unread = tokens.map((_, i) => !reads(i));
    if (!unread.includes(true)) return tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const begun = this.nextWordsOf(stems[i - 1] ?? '');
      if (begun.length === 0) continue;
      for (const n of [3, 2]) {
        const parts = tokens.slice(i, i + n);
        if (parts.length < n || !unread.slice(i, i + n).includes(true) || parts.some((part) => /\d/.test(part))) continue;
        const joined = parts.join('');
        // A stem is never longer than its word, nor more than a few letters shorter.
        if (joined.length < MIN_DICTATED || !begun.some((next) => next.length <= joined.length + 1 && next.length >= joined.length - 4)) continue;
        const typed = stem(joined);
        const meant = begun.find((next) => editDistanceWithin(typed, next, 1) <= 1);
        // A part that is the word meant ("a fresh" for "afresh") was read already.
        if (meant === undefined || stems.slice(i, i + n).includes(meant)) continue;
        return [...tokens.slice(0, i), joined, ...tokens.slice(i + n)];
      }
    }
    return tokens;
  }

  /** The second words of the phrases a stem begins, each once (worked out when first asked for). */
  private nextWordsOf(first: string): readonly string[] {
    let next = this.nextWords.get(first);
    if (next === undefined) {
      next = [...new Set((this.phrasesByFirstStem.get(first) ?? []).flatMap((phrase) => phrase.stems.slice(1, 2)))];
      this.nextWords.set(first, next);
    }
    return next;
  }

  /** The length of the longest phrase of ours that covers position i, 0 when none does. */
  private phraseCovering(stems: readonly string[], i: number): number {
    let longest = 0;
    for (let start = Math.max(0, i - MAX_PHRASE_REACH + 1); start <= i; start++) {
      const candidates = this.phrasesByFirstStem.get(stems[start] ?? '') ?? [];
      for (const phrase of candidates) {
        const end = start + phrase.stems.length;
        if (end > i && end <= stems.length && phrase.stems.length > longest && phrase.stems.every((s, offset) => stems[start + offset] === s)) longest = phrase.stems.length;
      }
    }
    return longest;
  }

  private push(out: Out, term: string, partWeight: number, strength: number): void {
    out.terms.push(term);
    out.weights.push(partWeight * strength);
    out.exact.push(strength === 1);
    out.contained.push(false);
    // A word only related to ours is also half a sign of another subject.
    out.unknownWeight += partWeight * (1 - strength);
  }

  /**
   * A phrase can hold another group's term whole: "second opinion for him" (someone else) holds
   * "second opinion", the subject itself. The longer phrase wins the words, but the terms inside
   * it still count, or the message would lose what it is about.
   */
  private pushInnerConcepts(stems: readonly string[], start: number, outer: Phrase, partWeight: number, strength: number, out: Out): void {
    const end = start + outer.stems.length;
    for (let j = start; j < end; ) {
      const inner = this.phraseAt(stems, j, end, outer.concept);
      if (!inner) {
        j++;
        continue;
      }
      out.terms.push(inner.concept);
      out.weights.push(partWeight * strength);
      out.exact.push(strength === 1);
      out.contained.push(true);
      j += inner.stems.length;
    }
  }

  /**
   * The longest phrase of ours at `start` that ends by `end`, other than one of concept `except`: as typed, or longer with
   * its words of whose read as anyone's ("become her doctor" is "become my doctor"); as typed wins a tie.
   */
  private phraseAt(stems: readonly string[], start: number, end = stems.length, except?: string): Phrase | undefined {
    const typed = longestAt(this.phrasesByFirstStem.get(stems[start] ?? ''), stems, start, end, except, false);
    const forAnyone = longestAt(this.personPhrasesByFirstStem.get(stems[start] ?? ''), stems, start, end, except, true);
    return forAnyone === undefined || (typed !== undefined && typed.stems.length >= forAnyone.stems.length) ? typed : forAnyone;
  }
}

/** The first (longest) of candidates, sorted longest first, that the stems at `start` spell whole (whose read as anyone's when `folded`). */
function longestAt(candidates: readonly Phrase[] | undefined, stems: readonly string[], start: number, end: number, except: string | undefined, folded: boolean): Phrase | undefined {
  if (candidates === undefined) return undefined;
  // Loops rather than find/every with closures: this runs for every word of every message.
  for (const phrase of candidates) {
    if (start + phrase.stems.length > end || phrase.concept === except) continue;
    let whole = true;
    for (let offset = 0; offset < phrase.stems.length && whole; offset++) {
      const said = stems[start + offset] ?? '';
      whole = folded ? saysForAnyone(said, phrase.stems[offset] ?? '') : said === phrase.stems[offset];
    }
    if (whole) return phrase;
  }
  return undefined;
}

/** The smallest of strengths[from..to) (Math.min over a slice, without the slice). */
function weakestOf(strengths: readonly number[], from: number, to: number): number {
  let weakest = Infinity;
  for (let i = from; i < to && i < strengths.length; i++) weakest = Math.min(weakest, strengths[i] ?? Infinity);
  return weakest;
}

/** A word run together from two is at least this long ("howdo"); shorter, it is too often a name or a slip. */
const MIN_RUN_TOGETHER = 5;
const MIN_RUN_TOGETHER_PART = 2;
/** A word dictated in parts is at least this long run together ("ohpinion"): shorter joins are too often chance. */
const MIN_DICTATED = 6;

/**
 * Two words typed without the space between them ("howdo i ask for a secondopinion", "wats a 2nd opinion, isit free"): a word we
 * do not know, that is not ordinary English, read as the two words it splits into when we read both (an English word of
 * ours or a stop word: "howdo" is "how do" of "how do i ask") and it is no slip of one word of ours. Of several splits, the
 * most even.
 */
function splitRunTogether(tokens: readonly string[], isKnown: (stemmed: string) => boolean, isWord: (word: string) => boolean, correct: Corrector): readonly string[] {
  // Each part a whole word, not a stem or a slip ("mornin" is not "mor nin").
  const reads = (part: string): boolean => STOP_WORDS.has(part) || (isWord(part) && isKnown(stem(part)));
  const splitOf = (token: string): readonly [string, string] | undefined => {
    if (token.length < MIN_RUN_TOGETHER || /\d/.test(token) || STOP_WORDS.has(token) || isKnown(stem(token)) || isWord(token)) return undefined;
    // A slip of the keys in one word of ours ("ofended") is that word, not two ("of ended").
    if (correct(stem(token), token) !== undefined) return undefined;
    let best: readonly [string, string] | undefined;
    for (let at = MIN_RUN_TOGETHER_PART; at <= token.length - MIN_RUN_TOGETHER_PART; at++) {
      const left = token.slice(0, at);
      const right = token.slice(at);
      if (!reads(left) || !reads(right)) continue;
      if (!best || Math.min(left.length, right.length) > Math.min(best[0].length, best[1].length)) best = [left, right];
    }
    return best;
  };
  const splits = tokens.map(splitOf);
  return splits.some(Boolean) ? tokens.flatMap((token, i) => splits[i] ?? [token]) : tokens;
}

/** "a nother specialist", "a sec and opinion": one word typed or dictated as two, read as the one. */
function joinSplitWords(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((token, i) => SPLIT_WORDS.some(({ pair }) => pair[0] === token && pair[1] === tokens[i + 1]))) return tokens;
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const split = SPLIT_WORDS.find(({ pair, before }) => pair[0] === tokens[i] && pair[1] === tokens[i + 1] && (before === undefined || (tokens[i + 2] ?? '').startsWith(before)));
    joined.push(split ? split.word : (tokens[i] ?? ''));
    if (split) i++;
  }
  return joined;
}
