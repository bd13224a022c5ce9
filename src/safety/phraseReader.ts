import { isWordCode, type Branch } from './clauses';

/**
 * The alternatives of the rules' `requires`, `unless` and `lowerIf` that are whole-word phrases
 * ("chest pain", with \b on both sides: 4,015 of their 4,358 alternatives), read a word at a time.
 * A message's words are read once, each word of the phrases' vocabulary given its number, and the
 * phrases are a trie over those numbers: where each list has a phrase is then known for the whole
 * message in one pass, and whether a sentence holds one is a look-up. Their strings are no longer
 * in the literal pass (the literal finder records ~950 fewer occurrences in a 5,000-character story).
 */

/** A phrase as the alternative spells it: words of letters and digits, one space between. */
const WHOLE_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** The phrases an alternative is, when it is exactly whole words (a word edge before and after, nothing else): a match is then a run of whole words in the text. */
export function wholeWordPhrases(branch: Branch): readonly string[] | undefined {
  const { exact } = branch;
  if (!exact?.before || !exact.after) return undefined;
  return exact.strings.every((s) => WHOLE_WORDS.test(s)) ? exact.strings : undefined;
}

/** The character codes below 128 a word can hold: 1..36 for a-z and 0-9 (the vocabulary's letters), OTHER for the rest of \w, 0 for no word. */
const OTHER = 37;
const WIDTH = 38;
const SYMBOL = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) SYMBOL[c] = c - 96;
  else if (c >= 48 && c <= 57) SYMBOL[c] = c - 48 + 27;
  else if (isWordCode(c)) SYMBOL[c] = OTHER;
}

/** The trie's states: 0 is a word outside the vocabulary (it stays there), 1 the start of a word. */
const DEAD = 0;
const ROOT = 1;

export class PhraseReader {
  /** The vocabulary's words, letter by letter: next[state * WIDTH + symbol]. */
  private readonly next: Int32Array;
  /** Per state, 1 + the number of the word that ends there (0: none). */
  private readonly wordAt: Int32Array;
  private readonly vocabularySize: number;
  /** The phrase trie: from no word, each word's node (0: no phrase starts with it); deeper nodes through `deeper` (node * vocabulary size + word). */
  private readonly first: Int32Array;
  private readonly deeper: ReadonlyMap<number, number>;
  /** The lists a phrase ends in at each node: endList[endFrom[node] .. endFrom[node + 1]). */
  private readonly endFrom: Int32Array;
  private readonly endList: Int32Array;

  /** The message being read; its words (of the vocabulary only) found when first asked. */
  private text = '';
  private readDone = false;
  private wordStart: Int32Array = new Int32Array(256);
  private wordEnd: Int32Array = new Int32Array(256);
  private wordId: Int32Array = new Int32Array(256);
  /** Per list, where its phrases are in the message, in order of start: [start, end] pairs. */
  private readonly found: number[][];
  /** How many words of the vocabulary the message has (wordStart ...), once read. */
  private words = 0;
  /** A cut stretch's words: [start, end, number] each (holdsInCut); reused. */
  private readonly local: number[] = [];
  private readonly touched: number[] = [];

  /** `lists`: each list's phrases (see wholeWordPhrases); a list is asked about by its index. */
  constructor(lists: readonly (readonly string[])[]) {
    const vocabulary = new Map<string, number>();
    for (const list of lists) for (const phrase of list) for (const word of phrase.split(' ')) if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
    this.vocabularySize = vocabulary.size;

    const next: number[] = new Array<number>(2 * WIDTH).fill(DEAD);
    const wordAt: number[] = [0, 0];
    for (const [word, id] of vocabulary) {
      let state = ROOT;
      for (let i = 0; i < word.length; i++) {
        const cell = state * WIDTH + (SYMBOL[word.charCodeAt(i)] ?? 0);
        let to = next[cell] ?? DEAD;
        if (to === DEAD) {
          to = wordAt.length;
          wordAt.push(0);
          for (let k = 0; k < WIDTH; k++) next.push(DEAD);
          next[cell] = to;
        }
        state = to;
      }
      wordAt[state] = id + 1;
    }
    this.next = Int32Array.from(next);
    this.wordAt = Int32Array.from(wordAt);

    const first = new Int32Array(this.vocabularySize);
    const deeper = new Map<number, number>();
    const ends: number[][] = [[]];
    lists.forEach((list, index) => {
      for (const phrase of list) {
        let node = 0;
        for (const word of phrase.split(' ')) {
          const id = vocabulary.get(word) ?? 0;
          let to = node === 0 ? (first[id] ?? 0) : (deeper.get(node * this.vocabularySize + id) ?? 0);
          if (to === 0) {
            to = ends.length;
            ends.push([]);
            if (node === 0) first[id] = to;
            else deeper.set(node * this.vocabularySize + id, to);
          }
          node = to;
        }
        const at = ends[node];
        if (at && !at.includes(index)) at.push(index);
      }
    });
    this.first = first;
    this.deeper = deeper;
    this.endFrom = new Int32Array(ends.length + 1);
    ends.forEach((at, node) => (this.endFrom[node + 1] = (this.endFrom[node] ?? 0) + at.length));
    this.endList = Int32Array.from(ends.flat());
    this.found = lists.map(() => []);
  }

  /** A new message; its words are read only if a list is asked about. */
  reset(text: string): void {
    for (const list of this.touched) (this.found[list] ?? []).length = 0;
    this.touched.length = 0;
    this.text = text;
    this.readDone = false;
    this.words = 0;
  }

  /** Whether one of the list's phrases is in text.slice(at, end), read as a text of its own (\b at its edges). */
  holdsIn(list: number, at: number, end: number): boolean {
    if (!this.readDone) this.readWords();
    // A sentence cut mid-word (at MAX_CONTEXT) has a word of its own at that edge, which the message's words do not hold.
    if (this.cutsWord(at) || this.cutsWord(end)) return this.holdsInCut(list, at, end);
    const found = this.found[list];
    if (!found || found.length === 0) return false;
    // The first phrase starting at or after `at` (pairs: an even index).
    let lo = 0;
    let hi = found.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((found[2 * mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = 2 * lo; k < found.length; k += 2) {
      if ((found[k] ?? 0) >= end) break;
      if ((found[k + 1] ?? 0) <= end) return true;
    }
    return false;
  }

  private cutsWord(i: number): boolean {
    const { text } = this;
    return i > 0 && i < text.length && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i));
  }

  /** holdsIn for a stretch that cuts a word: its words (the cut ones as the stretch has them) walked through the trie for this list alone. */
  private holdsInCut(list: number, at: number, end: number): boolean {
    const { text, wordStart, wordEnd, wordId } = this;
    const local = this.local;
    local.length = 0;
    const add = (start: number, stop: number, id: number): void => {
      if (id >= 0) local.push(start, stop, id);
    };
    let from = at;
    if (this.cutsWord(at)) {
      while (from < end && isWordCode(text.charCodeAt(from))) from++;
      add(at, from, this.idOf(at, from));
    }
    let k = firstAtOrAfter(wordStart, this.words, from);
    for (; k < this.words && (wordEnd[k] ?? 0) <= end; k++) add(wordStart[k] ?? 0, wordEnd[k] ?? 0, wordId[k] ?? 0);
    if (this.cutsWord(end) && from < end) {
      let start = end;
      while (start > from && isWordCode(text.charCodeAt(start - 1))) start--;
      add(start, end, this.idOf(start, end));
    }
    for (let i = 0; i < local.length; i += 3) {
      let node = this.first[local[i + 2] ?? 0] ?? 0;
      let j = i;
      while (node !== 0) {
        for (let e = this.endFrom[node] ?? 0; e < (this.endFrom[node + 1] ?? 0); e++) if (this.endList[e] === list) return true;
        const stop = local[j + 1] ?? 0;
        if (j + 3 >= local.length || local[j + 3] !== stop + 1 || text.charCodeAt(stop) !== 32) break;
        j += 3;
        node = this.deeper.get(node * this.vocabularySize + (local[j + 2] ?? 0)) ?? 0;
      }
    }
    return false;
  }

  /** The number of the word text.slice(start, end) in the vocabulary; -1 when it is none. */
  private idOf(start: number, end: number): number {
    let state = ROOT;
    for (let i = start; i < end && state !== DEAD; i++) {
      const c = this.text.charCodeAt(i);
      state = this.next[state * WIDTH + (c < 128 ? (SYMBOL[c] ?? 0) : 0)] ?? DEAD;
    }
    return (this.wordAt[state] ?? 0) - 1;
  }

  /** The message's words of the vocabulary, then every phrase starting at each. */
  private readWords(): void {
    this.readDone = true;
    const { text, next, wordAt } = this;
    let count = 0;
    let state = DEAD;
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const symbol = c < 128 ? (SYMBOL[c] ?? 0) : 0;
      if (symbol !== 0) {
        if (start < 0) {
          start = i;
          state = ROOT;
        }
        state = next[state * WIDTH + symbol] ?? DEAD;
        continue;
      }
      if (start < 0) continue;
      const id = (wordAt[state] ?? 0) - 1;
      if (id >= 0) {
        if (count >= this.wordStart.length) this.grow();
        this.wordStart[count] = start;
        this.wordEnd[count] = i;
        this.wordId[count] = id;
        count++;
      }
      start = -1;
    }
    this.words = count;
    this.phrasesFrom(count);
  }

  private phrasesFrom(count: number): void {
    const { text, wordStart, wordEnd, wordId, first, deeper, endFrom, endList, found, touched, vocabularySize } = this;
    for (let k = 0; k < count; k++) {
      let node = first[wordId[k] ?? 0] ?? 0;
      let j = k;
      while (node !== 0) {
        for (let e = endFrom[node] ?? 0; e < (endFrom[node + 1] ?? 0); e++) {
          const list = endList[e] ?? 0;
          const at = found[list];
          if (!at) continue;
          if (at.length === 0) touched.push(list);
          at.push(wordStart[k] ?? 0, wordEnd[j] ?? 0);
        }
        // The next word of a phrase follows after one space: a word in between (outside the vocabulary) or punctuation ends it.
        const end = wordEnd[j] ?? 0;
        if (j + 1 >= count || wordStart[j + 1] !== end + 1 || text.charCodeAt(end) !== 32) break;
        j++;
        node = deeper.get(node * vocabularySize + (wordId[j] ?? 0)) ?? 0;
      }
    }
  }

  private grow(): void {
    const bigger = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.wordStart = bigger(this.wordStart);
    this.wordEnd = bigger(this.wordEnd);
    this.wordId = bigger(this.wordId);
  }
}

/** The index of the first of the first `count` values of a sorted list at or after `low` (`count` when none is). */
function firstAtOrAfter(list: Int32Array, count: number, low: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
