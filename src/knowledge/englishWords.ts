import { readFileSync } from 'node:fs';

/**
 * Ordinary English words (about 275,000, from the an-array-of-english-words package), so that
 * typo correction leaves real words alone.
 *
 * Packed into one string with a hash table of where each word starts: a Set of them (and the
 * package's array, which a `require` keeps in its cache) held 275,000 strings, ~20 MB of live
 * heap that every full garbage collection walked; this is ~2.5 MB of heap and ~3 MB of typed
 * arrays outside it. A lookup hashes the word and compares it with one or two of the list's,
 * about as fast as the Set.
 */
class PackedWords {
  private readonly text: string;
  /** Where each word starts in `text`, and one past the end of the last. */
  private readonly starts: Uint32Array;
  /** Open addressing: a word's number plus one at its hash's slot or the next free one after; 0 is empty. */
  private readonly slots: Uint32Array;

  constructor(words: readonly string[]) {
    this.text = words.join('');
    this.starts = new Uint32Array(words.length + 1);
    words.forEach((word, i) => (this.starts[i + 1] = (this.starts[i] ?? 0) + word.length));
    // At most half full, so that a search meets an empty slot soon.
    this.slots = new Uint32Array(2 ** Math.ceil(Math.log2(Math.max(2, words.length * 2))));
    words.forEach((word, i) => {
      let slot = hash(word) & (this.slots.length - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (this.slots.length - 1);
      this.slots[slot] = i + 1;
    });
  }

  has(word: string): boolean {
    for (let slot = hash(word) & (this.slots.length - 1); ; slot = (slot + 1) & (this.slots.length - 1)) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return false;
      if (this.isWordAt(entry - 1, word)) return true;
    }
  }

  private isWordAt(index: number, word: string): boolean {
    const start = this.starts[index] ?? 0;
    if ((this.starts[index + 1] ?? 0) - start !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (this.text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
    return true;
  }
}

/** FNV-1a over the word's UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The package's JSON, read rather than required so that the array is let go once the words are packed. */
function readWordList(): readonly string[] {
  return JSON.parse(readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[];
}

const ENGLISH = new PackedWords(readWordList());

export function isEnglishWord(word: string): boolean {
  return ENGLISH.has(word);
}
