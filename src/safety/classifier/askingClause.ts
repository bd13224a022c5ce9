/**
 * The asking clause of a sentence, found in the same walk as its features (features.ts): a
 * request asked in passing ("While he waits for the second opinion, how should I dress it?",
 * "...and they were a bit funny about it anyway should I go ahead with the coil") is a short
 * question inside a long story, and read with the story its asking frame takes in the story's
 * second-opinion words and its few words are outweighed (twelfth pass: 0.575 alone, 0.276 after
 * "While he waits for the second opinion,"). Here a clause that asks is one that starts, past the
 * opening of a sentence that does not itself open with an asking word, with an asking word followed by a subject ("should i", "is it", "do you")
 * or, after a comma, by another asking word ("how should"). The walk marks where each such clause
 * may start (the visitor keeps what it had read by then), and at the sentence's end gives each
 * clause that asks its own asking frame, about what the clause itself names (or, when it names
 * nothing, what the words before it named): the reader can then read the clause on its own.
 * No second pass: the walk already meets every word once; this keeps a few numbers per sentence.
 */

import type { FeatureWords } from './features';

/** What a sentence or clause is about, as an asking frame is joined to it: 0 neither, 1 clinical words only, 2 the process only, 3 both. */
export function aboutOf(clinical: boolean, process: boolean): number {
  return (clinical ? 1 : 0) | (process ? 2 : 0);
}

/** Clauses that ask, read on their own, at most this many a sentence (as the sentence's inner frames, features.ts MAX_FRAMES). */
const MAX_CLAUSES = 3;

/** What a reader of the walk learns of asking clauses (FeatureVisitor's optional part). */
export interface AskingClauseVisitor {
  /** A clause that asks may start with the next feature: keep what was read up to here (only the last such place is needed). */
  clauseMayStart?(): void;
  /** The clause from the last place given by clauseMayStart asks: keep that place (numbered 0, 1, ... in each sentence). */
  clauseStarts?(): void;
  /** The clause from place `mark` to the sentence's end asks; `frame` is its own asking frame (a feature like any frame). */
  askingClause?(mark: number, frame: number): void;
}

interface Confirmed {
  readonly mark: number;
  readonly first: number;
  readonly second: number;
  /** What the sentence before was about (or, if nothing, the words of its own sentence before it): clinical 1, process 2. */
  readonly before: number;
  about: number;
}

/** One sentence's asking clauses, as its words go by; reset at each sentence's end. */
export class AskingClauses {
  /** Whether the place of the last asking word waits for its next word to decide if it opens a clause that asks. */
  private pending = false;
  private pendingWord = 0;
  private pendingAfterBreak = false;
  private afterBreak = false;
  private readonly confirmed: Confirmed[] = [];

  private constructor(private readonly words: FeatureWords) {}

  /**
   * The walk's clause reader for these word lists: one kept per list set and reused by every message
   * (the walk is synchronous, and a sentence's end leaves the reader as new), not one made a message.
   */
  static for(words: FeatureWords): AskingClauses {
    let reader = readers.get(words);
    if (!reader) {
      reader = new AskingClauses(words);
      readers.set(words, reader);
    }
    reader.reset();
    return reader;
  }

  /**
   * A word past the sentence's opening (`opening`, its first word), before its features are given. `before`: what a clause
   * opening here that names nothing itself is about (features.ts's 0-3).
   */
  word(word: number, opening: number, before: number, visitor: AskingClauseVisitor): void {
    const { asking, subjects } = this.words;
    // A sentence that opens with its question ("Will the new doctor get my list, or do i need to bring it?") is
    // read as a question already: a clause inside it is no request asked in passing.
    if (asking.has(opening)) return;
    let opened = false;
    if (this.pending) {
      opened = subjects.has(word) || (this.pendingAfterBreak && asking.has(word));
      if (opened) {
        visitor.clauseStarts?.();
        this.confirmed.push({ mark: this.confirmed.length, first: this.pendingWord, second: word, before, about: 0 });
      }
      this.pending = false;
    }
    // The second word of a frame ("how should" i) opens no clause of its own.
    if (!opened && asking.has(word) && this.confirmed.length < MAX_CLAUSES) {
      visitor.clauseMayStart?.();
      this.pending = true;
      this.pendingWord = word;
      this.pendingAfterBreak = this.afterBreak;
    }
    this.afterBreak = false;
  }

  /** What a word of the sentence is about (after word()): it counts for every clause open. */
  about(clinical: boolean, process: boolean): void {
    if (!clinical && !process) return;
    const bits = aboutOf(clinical, process);
    for (const clause of this.confirmed) clause.about |= bits;
  }

  /** A comma, colon or the like inside the sentence: the next word may open a clause. */
  punctuation(): void {
    this.afterBreak = true;
    this.pending = false;
  }

  /** The sentence has ended: each clause that asks, with its frame's words and what it is about. */
  end(give: (mark: number, first: number, second: number, about: number) => void): void {
    for (const clause of this.confirmed) give(clause.mark, clause.first, clause.second, clause.about === 0 ? clause.before : clause.about);
    this.reset();
  }

  /** As new: at each sentence's end, and before a message (a walk cut short by a visitor's error leaves no clause behind). */
  private reset(): void {
    this.confirmed.length = 0;
    this.pending = false;
    this.afterBreak = false;
  }
}

const readers = new WeakMap<FeatureWords, AskingClauses>();
