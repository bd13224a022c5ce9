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
  private readonly deeper: Children;
  /** The lists a phrase ends in at each node: endList[endFrom[node] .. endFrom[node + 1]). */
  private readonly endFrom: Int32Array;
  private readonly endList: Int32Array;

  /** The message being read; its words (of the vocabulary only) found when first asked. */
  private text = '';
  private readDone = false;
  private wordStart: Int32Array = new Int32Array(256);
  private wordEnd: Int32Array = new Int32Array(256);
  private wordId: Int32Array = new Int32Array(256);
  /** Each phrase found in the message, as found (in order of start): its list, start and end. */
  private foundList: Int32Array = new Int32Array(256);
  private foundStart: Int32Array = new Int32Array(256);
  private foundEnd: Int32Array = new Int32Array(256);
  private founds = 0;
  /** The same by list (a counting sort, each list's in order of start): list i's are [listFrom[i], listFrom[i + 1]). */
  private readonly listFrom: Int32Array;
  private sortedStart: Int32Array = new Int32Array(256);
  private sortedEnd: Int32Array = new Int32Array(256);
  /** How many words of the vocabulary the message has (wordStart ...), once read. */
  private words = 0;
  /** The cut stretch asked about last, and its words: [start, end, number] each (holdsInCut); reused. */
  private localAt = -1;
  private localEnd = -1;
  private local: Int32Array = new Int32Array(768);
  private locals = 0;
  /** Whether `local` begins (ends) with a word cut by the stretch's edge, and where its whole words begin. */
  private leftCut = false;
  private rightCut = false;
  private localFrom = 0;
  /** The most words a phrase has. */
  private readonly longest: number;

  /** `lists`: each list's phrases (see wholeWordPhrases); a list is asked about by its index. */
  constructor(lists: readonly (readonly string[])[]) {
    const vocabulary = new Map<string, number>();
    for (const list of lists) for (const phrase of list) for (const word of phrase.split(' ')) if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size);
    this.vocabularySize = vocabulary.size;
    this.longest = Math.max(1, ...lists.flatMap((list) => list.map((phrase) => phrase.split(' ').length)));

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
    this.deeper = new Children(deeper);
    this.endFrom = new Int32Array(ends.length + 1);
    ends.forEach((at, node) => (this.endFrom[node + 1] = (this.endFrom[node] ?? 0) + at.length));
    this.endList = Int32Array.from(ends.flat());
    this.listFrom = new Int32Array(lists.length + 1);
  }

  /** A new message; its words are read only if a list is asked about. */
  reset(text: string): void {
    this.text = text;
    this.readDone = false;
    this.words = 0;
    this.localAt = -1;
  }

  /** Whether one of the list's phrases is in text.slice(at, end), read as a text of its own (\b at its edges). */
  holdsIn(list: number, at: number, end: number): boolean {
    if (!this.readDone) this.readWords();
    // A sentence cut mid-word (at MAX_CONTEXT) has a word of its own at that edge, which the message's words do not hold.
    if (this.cutsWord(at) || this.cutsWord(end)) return this.holdsInCut(list, at, end);
    return this.foundWithin(list, at, end);
  }

  /** Whether the message has one of the list's phrases within [at, end). */
  private foundWithin(list: number, at: number, end: number): boolean {
    const { sortedStart, sortedEnd } = this;
    const last = this.listFrom[list + 1] ?? 0;
    // The first of the list's phrases starting at or after `at`.
    let lo = this.listFrom[list] ?? 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedStart[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < last; k++) {
      if ((sortedStart[k] ?? 0) >= end) break;
      if ((sortedEnd[k] ?? 0) <= end) return true;
    }
    return false;
  }

  private cutsWord(i: number): boolean {
    const { text } = this;
    return i > 0 && i < text.length && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i));
  }

  /**
   * holdsIn for a stretch that cuts a word: a phrase of whole words of the message in it is found as
   * usual; one with a cut word can only start at the first word or end at the last, so only those
   * few walks through the trie are made.
   */
  private holdsInCut(list: number, at: number, end: number): boolean {
    // A sentence is asked about for several lists in turn: its words are put together once.
    if (at !== this.localAt || end !== this.localEnd) this.cutWords(at, end);
    if (this.foundWithin(list, this.localFrom, end)) return true;
    const { locals } = this;
    if (this.leftCut && this.walkFrom(list, 0)) return true;
    if (!this.rightCut) return false;
    for (let i = Math.max(this.leftCut ? 3 : 0, locals - 3 * this.longest); i < locals; i += 3) if (this.walkFrom(list, i)) return true;
    return false;
  }

  /** Whether one of the list's phrases starts at the `i`th entry of `local`. */
  private walkFrom(list: number, i: number): boolean {
    const { text, local, locals } = this;
    let node = this.first[local[i + 2] ?? 0] ?? 0;
    let j = i;
    while (node !== 0) {
      for (let e = this.endFrom[node] ?? 0; e < (this.endFrom[node + 1] ?? 0); e++) if (this.endList[e] === list) return true;
      const stop = local[j + 1] ?? 0;
      if (j + 3 >= locals || local[j + 3] !== stop + 1 || text.charCodeAt(stop) !== 32) break;
      j += 3;
      node = this.deeper.get(node * this.vocabularySize + (local[j + 2] ?? 0));
    }
    return false;
  }

  /** The words of the vocabulary in text.slice(at, end), the cut ones at its edges as it has them, into `local`. */
  private cutWords(at: number, end: number): void {
    const { text, wordStart, wordEnd, wordId } = this;
    this.localAt = at;
    this.localEnd = end;
    this.locals = 0;
    this.leftCut = false;
    this.rightCut = false;
    let from = at;
    if (this.cutsWord(at)) {
      while (from < end && isWordCode(text.charCodeAt(from))) from++;
      this.leftCut = this.addLocal(at, from, this.idOf(at, from));
    }
    this.localFrom = from;
    for (let k = firstAtOrAfter(wordStart, this.words, from); k < this.words && (wordEnd[k] ?? 0) <= end; k++) this.addLocal(wordStart[k] ?? 0, wordEnd[k] ?? 0, wordId[k] ?? 0);
    if (this.cutsWord(end) && from < end) {
      let start = end;
      while (start > from && isWordCode(text.charCodeAt(start - 1))) start--;
      this.rightCut = this.addLocal(start, end, this.idOf(start, end));
    }
  }

  /** Adds a word of the vocabulary (false, and nothing added, for another). */
  private addLocal(start: number, end: number, id: number): boolean {
    if (id < 0) return false;
    if (this.locals + 3 > this.local.length) this.local = doubled(this.local);
    this.local[this.locals++] = start;
    this.local[this.locals++] = end;
    this.local[this.locals++] = id;
    return true;
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
    const { length } = text;
    // A word and a space or mark after it: no more words than this.
    while (this.wordStart.length < (length >> 1) + 1) this.grow();
    const { wordStart, wordEnd, wordId } = this;
    let count = 0;
    let state = DEAD;
    let start = -1;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? text.charCodeAt(i) : 32;
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
        wordStart[count] = start;
        wordEnd[count] = i;
        wordId[count] = id;
        count++;
      }
      start = -1;
    }
    this.words = count;
    this.phrasesFrom(count);
  }

  private phrasesFrom(count: number): void {
    const { text, wordStart, wordEnd, wordId, first, deeper, endFrom, endList, vocabularySize } = this;
    this.founds = 0;
    for (let k = 0; k < count; k++) {
      let node = first[wordId[k] ?? 0] ?? 0;
      let j = k;
      while (node !== 0) {
        for (let e = endFrom[node] ?? 0; e < (endFrom[node + 1] ?? 0); e++) this.record(endList[e] ?? 0, wordStart[k] ?? 0, wordEnd[j] ?? 0);
        // The next word of a phrase follows after one space: a word in between (outside the vocabulary) or punctuation ends it.
        const end = wordEnd[j] ?? 0;
        if (j + 1 >= count || wordStart[j + 1] !== end + 1 || text.charCodeAt(end) !== 32) break;
        j++;
        node = deeper.get(node * vocabularySize + (wordId[j] ?? 0));
      }
    }
    this.byList();
  }

  private record(list: number, start: number, end: number): void {
    if (this.founds >= this.foundList.length) {
      this.foundList = doubled(this.foundList);
      this.foundStart = doubled(this.foundStart);
      this.foundEnd = doubled(this.foundEnd);
    }
    this.foundList[this.founds] = list;
    this.foundStart[this.founds] = start;
    this.foundEnd[this.founds] = end;
    this.founds++;
  }

  /** The phrases found, grouped by list, each list's still in order of start. */
  private byList(): void {
    const { listFrom, foundList, foundStart, foundEnd, founds } = this;
    listFrom.fill(0);
    for (let i = 0; i < founds; i++) {
      const after = (foundList[i] ?? 0) + 1;
      listFrom[after] = (listFrom[after] ?? 0) + 1;
    }
    for (let i = 1; i < listFrom.length; i++) listFrom[i] = (listFrom[i] ?? 0) + (listFrom[i - 1] ?? 0);
    if (this.sortedStart.length < founds) {
      this.sortedStart = new Int32Array(this.foundList.length);
      this.sortedEnd = new Int32Array(this.foundList.length);
    }
    const { sortedStart, sortedEnd } = this;
    // listFrom[list] walks on as the list's phrases are placed, then is moved back.
    for (let i = 0; i < founds; i++) {
      const list = foundList[i] ?? 0;
      const slot = listFrom[list] ?? 0;
      sortedStart[slot] = foundStart[i] ?? 0;
      sortedEnd[slot] = foundEnd[i] ?? 0;
      listFrom[list] = slot + 1;
    }
    for (let i = listFrom.length - 1; i > 0; i--) listFrom[i] = listFrom[i - 1] ?? 0;
    listFrom[0] = 0;
  }

  private grow(): void {
    this.wordStart = doubled(this.wordStart);
    this.wordEnd = doubled(this.wordEnd);
    this.wordId = doubled(this.wordId);
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

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The phrase trie's deeper edges (key: node * vocabulary size + word, both >= 0): open addressing in typed arrays, no Map look-up per word. */
class Children {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(edges: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < edges.size * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of edges) {
      let slot = hashed(key) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /** The child, or 0 when there is none. */
  get(key: number): number {
    let slot = hashed(key) & this.mask;
    for (;;) {
      const at = this.keys[slot] ?? -1;
      if (at === key) return this.values[slot] ?? 0;
      if (at === -1) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}

function hashed(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}
