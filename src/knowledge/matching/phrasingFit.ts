import type { PackedPhrasings } from './entryIndex';

/** A phrasing this much contained in a message is contained whole (floating-point slack). */
export const WHOLE = 0.999;

/** How a message fits an entry's phrasings (see PhrasingFitter.fit). */
export interface PhrasingFit {
  /** How much of its closest phrasing the message contains, weighted (-Infinity without phrasings). */
  fit: number;
  /** Phrasings that are the message exactly, all its terms and no more: each is a vote for the entry. */
  same: number;
}

/** A phrasing's first 32 places are marked one bit each; a longer one (rare) is read whole once marked. */
const MASK_BITS = 32;

/**
 * Fits a message to every phrasing of an entry. The best candidates hold most of the content's
 * phrasings (~970 of them, ~6,500 terms, for a message of a handful of terms), and a phrasing
 * sharing no term with the message contains 0 of it: so only the places of the message's own
 * terms are read (PackedPhrasings.placesOf), each marked on its phrasing, and each phrasing
 * marked is summed over its marked places in their order in the phrasing. Skipped places add
 * weight x 0 = +0, which leaves a sum of non-negative numbers as it is, so every phrasing's
 * fit is the same number, bit for bit, as reading all its terms in order gives.
 */
export class PhrasingFitter {
  /** Per phrasing of the entry being fitted: which of its places hold a term of the message (zero elsewhere). */
  private readonly marks: Int32Array;
  /** The phrasings marked, in the order first marked. */
  private readonly marked: Int32Array;
  /** The answer for the entry being fitted: reused, as fitting runs to completion. */
  private readonly out: PhrasingFit = { fit: 0, same: 0 };

  /** @param mostPhrasings the most phrasings any entry has */
  constructor(mostPhrasings: number) {
    this.marks = new Int32Array(mostPhrasings);
    this.marked = new Int32Array(mostPhrasings);
  }

  /**
   * The message's weights by term id (zero for terms it does not have), its term ids that have
   * one, and how many terms it has in all (`termCount`, those without an id included).
   */
  fit(phrasings: PackedPhrasings, messageIds: readonly number[], saidById: Float64Array, termCount: number): PhrasingFit {
    const { starts, ids, weights, totalWeights, phrasingAt, placesOf } = phrasings;
    const { marks, marked } = this;
    let markedCount = 0;
    for (let m = 0; m < messageIds.length; m++) {
      const places = placesOf.get(messageIds[m] ?? -1);
      if (places === undefined) continue;
      for (let j = 0; j < places.length; j++) {
        const at = places[j] ?? 0;
        const p = phrasingAt[at] ?? 0;
        const place = at - (starts[p] ?? 0);
        if (marks[p] === 0) marked[markedCount++] = p;
        marks[p] = (marks[p] ?? 0) | (place < MASK_BITS ? 1 << place : 1);
      }
    }
    // A phrasing not marked shares nothing with the message: it fits 0.
    let fit = markedCount < totalWeights.length ? 0 : -Infinity;
    let same = 0;
    for (let k = 0; k < markedCount; k++) {
      const p = marked[k] ?? 0;
      const from = starts[p] ?? 0;
      const to = starts[p + 1] ?? 0;
      const total = totalWeights[p] ?? 0;
      let shared = 0;
      if (to - from > MASK_BITS) {
        for (let i = from; i < to; i++) shared += (weights[i] ?? 0) * (saidById[ids[i] ?? -1] ?? 0);
      } else {
        for (let mask = marks[p] ?? 0; mask !== 0; ) {
          const lowest = mask & -mask;
          const i = from + 31 - Math.clz32(lowest);
          shared += (weights[i] ?? 0) * (saidById[ids[i] ?? -1] ?? 0);
          mask ^= lowest;
        }
      }
      marks[p] = 0;
      const fitted = total !== 0 ? shared / total : 0;
      if (fitted > fit) fit = fitted;
      if (fitted >= WHOLE && to - from === termCount) same++;
    }
    this.out.fit = fit;
    this.out.same = same;
    return this.out;
  }
}
