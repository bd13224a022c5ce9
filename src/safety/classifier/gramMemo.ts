import type { PackedRows } from '../../learning/packedRows';

/**
 * Messages shorter than this are read without the memo: a question of a line repeats few words,
 * and keeping each word's places cost it more than the repeats saved (+1.9% instructions a
 * question of dev A/H/J/K, thirteenth pass). Only where the words repeat does the memo pay.
 */
const MEMO_FROM = 1000;
/** Words a message's memo keeps at most (a 5,000-character message has a few hundred different ones). */
const SLOTS = 4096;
const MAX_WORDS = SLOTS / 2;
/** Gram places it keeps at most, all words together. */
const MAX_PLACES = 32768;
/** Per slot: the message it was filled in, the word's hash, where the word is in the text, and its entry in `places`. */
const STAMP = 0;
const HASH = 1;
const START = 2;
const END = 3;
const ENTRY = 4;
const SLOT_SIZE = 5;

/**
 * What each word's character grams found in the classifier's table (their places in PackedRows,
 * -1 for a gram it never learnt), kept for one message: a word met again (most of a long
 * message's words are) adds the same rows in the same order, so the same sums bit for bit,
 * without hashing its grams and probing the table for each again. The places are kept, not the
 * grams' summed weights: summed apart and then added, Float64 sums come out in another order and
 * differ in the last bits. A word is the same word only when its characters are: the hash finds
 * it, the text confirms it. One memo serves one message at a time (begin).
 */
export class GramMemo {
  private readonly slots = new Int32Array(SLOTS * SLOT_SIZE);
  /** Entries: a word's gram count, then each gram's place. */
  private readonly places = new Int32Array(MAX_PLACES);
  private stamp = 0;
  private words = 0;
  private used = 0;
  /** The count of the entry the grams being given are recorded in, or -1. */
  private recording = -1;
  private text = '';
  /** Whether this message is long enough to be worth it (MEMO_FROM). */
  private on = false;

  /** Forgets the message before: the slots of an older stamp are empty. */
  begin(text: string): void {
    this.recording = -1;
    this.on = text.length >= MEMO_FROM;
    if (!this.on) return;
    if (this.stamp === 0x7fffffff) {
      this.slots.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    this.words = 0;
    this.used = 0;
    this.text = text;
  }

  /**
   * Where the entry of the word text[start, end) (hash `word`) starts, or -1 when it was not met
   * before in this message: then the grams given next (record) become its entry, while there is room.
   */
  find(text: string, start: number, end: number, word: number): number {
    this.recording = -1;
    if (!this.on) return -1;
    const { slots } = this;
    let slot = Math.imul(word, 0x9e3779b1) >>> 20;
    for (;;) {
      const base = slot * SLOT_SIZE;
      if (slots[base + STAMP] !== this.stamp) {
        if (this.words >= MAX_WORDS || this.used + (end - start) + 1 > MAX_PLACES || text !== this.text) return -1;
        slots[base + STAMP] = this.stamp;
        slots[base + HASH] = word;
        slots[base + START] = start;
        slots[base + END] = end;
        slots[base + ENTRY] = this.used;
        this.places[this.used] = 0;
        this.recording = this.used;
        this.used++;
        this.words++;
        return -1;
      }
      if (slots[base + HASH] === word && this.sameWord(slots[base + START] ?? 0, slots[base + END] ?? 0, start, end)) return slots[base + ENTRY] ?? -1;
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  /** A gram of the word being recorded (find returned -1) found `at` (PackedRows.find). */
  record(at: number): void {
    if (this.recording < 0) return;
    const { places } = this;
    places[this.used++] = at;
    places[this.recording] = (places[this.recording] ?? 0) + 1;
  }

  /** Adds the rows of an entry's grams to `sums` as reading them did; returns how many grams the word has. */
  replay(entry: number, rows: PackedRows, sums: Float64Array): number {
    const { places } = this;
    const count = places[entry] ?? 0;
    for (let k = entry + 1; k <= entry + count; k++) {
      const at = places[k] ?? -1;
      if (at >= 0) rows.add(at, sums);
    }
    return count;
  }

  private sameWord(start: number, end: number, otherStart: number, otherEnd: number): boolean {
    if (end - start !== otherEnd - otherStart) return false;
    const { text } = this;
    for (let k = 0; k < end - start; k++) if (text.charCodeAt(start + k) !== text.charCodeAt(otherStart + k)) return false;
    return true;
  }
}
