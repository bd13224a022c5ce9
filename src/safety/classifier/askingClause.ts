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

import { WORD_KIND } from './wordKinds';

// Read once here, not for every word: under tsx (tests, bench, eval) an imported binding is a getter.
const { asking: ASKING, subjects: SUBJECTS } = WORD_KIND;

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

  /**
   * The walk's clause reader: one kept and reused by every message (the walk is synchronous, and a
   * sentence's end leaves the reader as new), not one made a message. It is told each word's kinds.
   */
  static shared(): AskingClauses {
    sharedReader.reset();
    return sharedReader;
  }

  /**
   * A word past the sentence's opening, before its features are given: its kinds (WORD_KIND bits) and whether the
   * sentence's first word is an asking word. `before`: what a clause opening here that names nothing itself is about
   * (features.ts's 0-3).
   */
  word(word: number, kind: number, opensAsking: boolean, before: number, visitor: AskingClauseVisitor): void {
    // A sentence that opens with its question ("Will the new doctor get my list, or do i need to bring it?") is
    // read as a question already: a clause inside it is no request asked in passing.
    if (opensAsking) return;
    const asking = (kind & ASKING) !== 0;
    let opened = false;
    if (this.pending) {
      opened = (kind & SUBJECTS) !== 0 || (this.pendingAfterBreak && asking);
      if (opened) {
        visitor.clauseStarts?.();
        this.confirmed.push({ mark: this.confirmed.length, first: this.pendingWord, second: word, before, about: 0 });
      }
      this.pending = false;
    }
    // The second word of a frame ("how should" i) opens no clause of its own.
    if (!opened && asking && this.confirmed.length < MAX_CLAUSES) {
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

const sharedReader = new AskingClauses();
