/** A message or a phrasing as weighted terms, for comparing the two. */
export type WeightedTerms = ReadonlyMap<string, number>;

/** Weighted terms with their squared norm worked out once, for sets compared on every message. */
export interface NormedTerms {
  readonly terms: WeightedTerms;
  readonly squaredNorm: number;
}

export function squaredNormOf(terms: WeightedTerms): number {
  let sum = 0;
  for (const w of terms.values()) sum += w * w;
  return sum;
}

export function normed(terms: WeightedTerms): NormedTerms {
  return { terms, squaredNorm: squaredNormOf(terms) };
}

/** A message's terms and weights as arrays in the map's order, read once however many sets it is compared with. */
export interface MessageTerms {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly squaredNorm: number;
}

export function messageTerms(terms: WeightedTerms): MessageTerms {
  return { terms: [...terms.keys()], weights: [...terms.values()], squaredNorm: squaredNormOf(terms) };
}

/** Cosine similarity of two weighted term sets: 1 when they say the same, 0 when nothing in common. */
export function similarity(a: WeightedTerms, b: WeightedTerms): number {
  return normedSimilarity(messageTerms(a), normed(b));
}

/** similarity() with both sides read already (sums in the maps' own order, so the result is the same to the bit). */
export function normedSimilarity(a: MessageTerms, b: NormedTerms): number {
  let shared = 0;
  for (let k = 0; k < a.terms.length; k++) {
    const other = b.terms.get(a.terms[k] ?? '');
    if (other !== undefined) shared += (a.weights[k] ?? 0) * other;
  }
  return a.squaredNorm === 0 || b.squaredNorm === 0 ? 0 : shared / Math.sqrt(a.squaredNorm * b.squaredNorm);
}

/**
 * Questions about other things that share words with ours ("a copy of my medical records", "a
 * sick note"): negative evidence. A message more like one of them than like any way of asking
 * the entry it would be answered with is about something else. It is one gate among others:
 * a message like none of them is still judged on whether it names our subject and how much of
 * it the entry explains.
 */
export class OffTopicExamples {
  private readonly examples: readonly NormedTerms[];
  /** Which examples use each term: only those can be like a message at all (the rest are 0). */
  private readonly byTerm = new Map<string, number[]>();
  /** The message a given example was last compared with, so one sharing several terms is compared once. */
  private readonly seenAt: Uint32Array;
  private comparison = 0;

  constructor(examples: readonly WeightedTerms[]) {
    this.examples = examples.map(normed);
    examples.forEach((example, i) => {
      for (const term of example.keys()) {
        const list = this.byTerm.get(term);
        if (list) list.push(i);
        else this.byTerm.set(term, [i]);
      }
    });
    this.seenAt = new Uint32Array(examples.length);
  }

  get size(): number {
    return this.examples.length;
  }

  /** How like the closest example a message is (0..1). */
  closest(message: WeightedTerms): number {
    const read = messageTerms(message);
    if (read.squaredNorm === 0) return 0;
    this.comparison = this.comparison === 0xffffffff ? 1 : this.comparison + 1;
    if (this.comparison === 1) this.seenAt.fill(0);
    // Read once as arrays: iterating the map's entries for every example compared made a
    // [term, weight] pair each time (the check's garbage).
    let best = 0;
    for (const term of read.terms) {
      const using = this.byTerm.get(term);
      if (using === undefined) continue;
      for (let k = 0; k < using.length; k++) {
        const i = using[k] ?? 0;
        if (this.seenAt[i] === this.comparison) continue;
        this.seenAt[i] = this.comparison;
        const example = this.examples[i];
        if (example) best = Math.max(best, normedSimilarity(read, example));
      }
    }
    return best;
  }
}
