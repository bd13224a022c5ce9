/**
 * The features a model learnt, each with its own row of weights, and nothing else. Exact: a
 * feature never seen in training has no row, so it carries no weight at all (a hashed table of a
 * fixed size gave an unseen word pair the weights of whichever learnt features shared its
 * bucket: with ~55,000 learnt features in 2^18 buckets, one unseen pair in five). Compact: the
 * table holds only what was learnt (open addressing, at most half full), so reading a message
 * touches about 2 MB, not a 5 MB array of mostly empty buckets.
 */
export class FeatureTable {
  private constructor(
    /** [feature, row] pairs, one per slot; 0 marks an empty slot (features are never 0). */
    private readonly slots: Int32Array,
    private readonly mask: number,
    /** The features in row order. */
    readonly features: Int32Array,
  ) {}

  /** A table of distinct features; row i is features[i]'s. */
  static of(features: Int32Array): FeatureTable {
    let capacity = 16;
    while (capacity < 2 * features.length) capacity *= 2;
    const slots = new Int32Array(2 * capacity);
    const mask = capacity - 1;
    features.forEach((feature, row) => {
      let slot = feature & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = feature;
      slots[2 * slot + 1] = row;
    });
    return new FeatureTable(slots, mask, features);
  }

  get size(): number {
    return this.features.length;
  }

  /** The row of a feature, or -1 when it was never learnt. */
  rowOf(feature: number): number {
    const { slots, mask } = this;
    let slot = feature & mask;
    for (;;) {
      const key = slots[2 * slot] ?? 0;
      if (key === feature) return slots[2 * slot + 1] ?? -1;
      if (key === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }
}
