import type { SoftmaxModel } from './softmaxModel';

/** Slots of 8 numbers (32 bytes): the feature, then its weights, one per class. */
const STRIDE = 8;

/**
 * The model's learnt features and their weights in one array, for reading: a feature's weights
 * sit beside it, so a look-up touches one place in memory, not the table's slot and then the
 * weights' row. The same Float32 weights, added in the same order: the same sums.
 */
export class PackedRows {
  private readonly keys: Int32Array;
  private readonly weights: Float32Array;
  private readonly mask: number;
  private readonly classes: number;

  constructor(model: SoftmaxModel) {
    const { classes } = model;
    if (classes + 1 > STRIDE) throw new Error(`the packed table holds at most ${STRIDE - 1} classes`);
    const { features, weights: learnt } = model.learnt();
    const count = features.length;
    let capacity = 16;
    while (capacity < 2 * count) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * STRIDE * 4);
    this.keys = new Int32Array(buffer);
    this.weights = new Float32Array(buffer);
    this.mask = capacity - 1;
    this.classes = classes;
    features.forEach((feature, row) => {
      let slot = feature & this.mask;
      while (this.keys[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * STRIDE] = feature;
      for (let c = 0; c < classes; c++) this.weights[slot * STRIDE + 1 + c] = learnt[row * classes + c] ?? 0;
    });
  }

  /** Where a feature's weights start, or -1 when it was never learnt. */
  find(feature: number): number {
    const { keys, mask } = this;
    let slot = feature & mask;
    for (;;) {
      const key = keys[slot * STRIDE] ?? 0;
      if (key === feature) return slot * STRIDE + 1;
      if (key === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds the weights found at `at` (find) to `sums`, one per class. */
  add(at: number, sums: Float64Array): void {
    for (let c = 0; c < this.classes; c++) sums[c] = (sums[c] ?? 0) + (this.weights[at + c] ?? 0);
  }

  /** Whether the weights found at `at` (find) put class `c` above the base class. */
  leans(at: number, c: number, base: number): boolean {
    return (this.weights[at + c] ?? 0) > (this.weights[at + base] ?? 0);
  }

  /**
   * Adds a feature's weights to `sums`, each class's at most the base class's: what the feature
   * says against each class, compared with the base, and never what it says for one.
   */
  addAtMost(at: number, base: number, sums: Float64Array): void {
    const ceiling = this.weights[at + base] ?? 0;
    for (let c = 0; c < this.classes; c++) sums[c] = (sums[c] ?? 0) + Math.min(this.weights[at + c] ?? 0, ceiling);
  }
}
