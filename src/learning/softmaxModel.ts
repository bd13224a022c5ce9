import { FeatureTable } from './featureTable';

/** The features of a piece of text, each named by a 32-bit number (never 0), with repeats. */
export type FeatureList = readonly number[];

/** How the model is trained; the same settings and examples always give the same model. */
export interface TrainingSettings {
  readonly epochs: number;
  readonly learningRate: number;
  /** Pull on every weight towards zero, so no single word decides alone. */
  readonly l2: number;
  /** Seed of the order examples are visited in. */
  readonly seed: number;
  /**
   * 0: each example weighs the same, so the classes keep their share of the examples;
   * 1: each class weighs the same in total, however few examples it has.
   */
  readonly classBalance: number;
  /**
   * How many training orders (seeds seed, seed + 1, ...) are trained and averaged into one model.
   * One order's model depends on which examples it happened to meet last; the average of several
   * moves less when an example is added or left out (docs/evaluation.md, the seventh pass). 1 if not given.
   */
  readonly orders?: number;
}

export interface LabelledFeatures {
  readonly features: FeatureList;
  readonly label: number;
}

const SETTLED = 1e-3;

/**
 * Multinomial logistic regression over sparse features, trained with AdaGrad. Small and linear:
 * a prediction is one pass over the features of the text. It keeps weights only for the features
 * it learnt (featureTable.ts): a feature it never saw adds nothing. Rarer classes can be weighted
 * up (classBalance) so the many ordinary questions do not drown the signs.
 */
export class SoftmaxModel {
  private constructor(
    private readonly table: FeatureTable,
    /** weights[row * classes + class], one row per learnt feature */
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    readonly classes: number,
  ) {}

  static train(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings): SoftmaxModel {
    // Each distinct feature gets a row, in the order first met (the same examples, the same rows).
    const rowOf = new Map<number, number>();
    const learnt: number[] = [];
    const rowed = examples.map(({ features, label }) => ({
      label,
      rows: Int32Array.from(features, (feature) => {
        let row = rowOf.get(feature);
        if (row === undefined) {
          row = learnt.length;
          rowOf.set(feature, row);
          learnt.push(feature);
        }
        return row;
      }),
    }));
    const perClass = new Array<number>(classes).fill(0);
    for (const { label } of examples) perClass[label] = (perClass[label] ?? 0) + 1;
    const present = perClass.filter((count) => count > 0).length;
    const classWeight = perClass.map((count) => (count === 0 ? 0 : (examples.length / (present * count)) ** settings.classBalance));
    const orders = Math.max(1, Math.round(settings.orders ?? 1));
    const weights = new Float32Array(learnt.length * classes);
    const bias = new Float64Array(classes);
    const model = new SoftmaxModel(FeatureTable.of(Int32Array.from(learnt)), weights, bias, classes);
    for (let order = 0; order < orders; order++) {
      const one = fit(examples, rowed, learnt.length, classes, classWeight, { ...settings, seed: settings.seed + order });
      for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) + (one.weights[k] ?? 0) / orders;
      for (let c = 0; c < classes; c++) bias[c] = (bias[c] ?? 0) + (one.bias[c] ?? 0) / orders;
    }
    return model;
  }

  /** A model over the given weights with no table (training reads its rows by number, not by feature). */
  static of(weights: Float32Array, bias: Float64Array, classes: number): SoftmaxModel {
    return new SoftmaxModel(FeatureTable.of(new Int32Array(0)), weights, bias, classes);
  }

  /** How many features it learnt (each has a row of weights). */
  get size(): number {
    return this.table.size;
  }

  /**
   * The trained numbers, for the on-disk cache (modelCache.ts): the biases, the number of
   * features learnt, the features in row order, then their weights.
   */
  toBytes(): Uint8Array {
    const { bias, weights } = this;
    const { features } = this.table;
    const bytes = new Uint8Array(bias.byteLength + 4 + features.byteLength + weights.byteLength);
    let at = 0;
    for (const part of [bias, Uint32Array.of(features.length), features, weights]) {
      bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
      at += part.byteLength;
    }
    return bytes;
  }

  /** A model from toBytes() of one with as many classes; undefined if the sizes do not fit. */
  static fromBytes(bytes: Uint8Array, classes: number): SoftmaxModel | undefined {
    const biasBytes = classes * Float64Array.BYTES_PER_ELEMENT;
    if (bytes.byteLength < biasBytes + 4) return undefined;
    // Copied into a buffer of its own: a Buffer's slice shares a larger, unaligned buffer.
    const copy = new Uint8Array(bytes);
    const count = new Uint32Array(copy.buffer, biasBytes, 1)[0] ?? 0;
    const featuresAt = biasBytes + 4;
    const weightsAt = featuresAt + 4 * count;
    if (bytes.byteLength !== weightsAt + 4 * count * classes) return undefined;
    const features = new Int32Array(copy.buffer, featuresAt, count);
    if (features.includes(0) || new Set(features).size !== count) return undefined;
    return new SoftmaxModel(FeatureTable.of(features), new Float32Array(copy.buffer, weightsAt, count * classes), new Float64Array(copy.buffer, 0, classes), classes);
  }

  /** The probability of each class for one piece of text's features, written into `out`. */
  scores(features: FeatureList, out: Float64Array): void {
    out.fill(0);
    for (const feature of features) this.addFeature(feature, out);
    this.probabilities(out, features.length, out);
  }

  /** Adds the weights of one feature to `sums`, one per class (nothing for a feature it never learnt). */
  addFeature(feature: number, sums: Float64Array): void {
    const row = this.table.rowOf(feature);
    if (row >= 0) this.addRow(row, sums);
  }

  /** The features it learnt, in row order, and their weights (a row of one per class each): read-only views for packing (packedRows.ts). */
  learnt(): { readonly features: Int32Array; readonly weights: Float32Array } {
    return { features: this.table.features, weights: this.weights };
  }

  /** Adds the weights of a row (rowOf) to `sums`, one per class. */
  addRow(row: number, sums: Float64Array): void {
    const base = row * this.classes;
    for (let c = 0; c < this.classes; c++) sums[c] = (sums[c] ?? 0) + (this.weights[base + c] ?? 0);
  }

  /** The class probabilities of a text from its weight sums and its number of features. */
  probabilities(sums: Float64Array, count: number, out: Float64Array): void {
    const { classes } = this;
    const scale = count === 0 ? 0 : 1 / Math.sqrt(count);
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      const z = (sums[c] ?? 0) * scale + (this.bias[c] ?? 0);
      out[c] = z;
      if (z > max) max = z;
    }
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp((out[c] ?? 0) - max);
      out[c] = e;
      total += e;
    }
    for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / total;
  }
}

/** One training order's weights and biases, one row per learnt feature as SoftmaxModel.train numbered them. */
function fit(
  examples: readonly LabelledFeatures[],
  rowed: readonly { readonly label: number; readonly rows: Int32Array }[],
  featureCount: number,
  classes: number,
  classWeight: readonly number[],
  settings: TrainingSettings,
): { weights: Float32Array; bias: Float64Array } {
  const weights = new Float32Array(featureCount * classes);
  const squared = new Float32Array(featureCount * classes);
  const bias = new Float64Array(classes);
  const biasSquared = new Float64Array(classes);
  const model = SoftmaxModel.of(weights, bias, classes);
  const identity = examples.map(({ features, label }) => exampleHash(features, label, settings.seed));
  const probabilities = new Float64Array(classes);
  const gradient = new Float64Array(classes);
  const { learningRate, l2 } = settings;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const index of visitingOrder(identity, epoch)) {
      const example = rowed[index];
      if (!example || example.rows.length === 0) continue;
      const scale = 1 / Math.sqrt(example.rows.length);
      probabilities.fill(0);
      for (const row of example.rows) model.addRow(row, probabilities);
      model.probabilities(probabilities, example.rows.length, probabilities);
      const w = classWeight[example.label] ?? 0;
      for (let c = 0; c < classes; c++) gradient[c] = w * ((probabilities[c] ?? 0) - (c === example.label ? 1 : 0));
      for (let c = 0; c < classes; c++) {
        const g = gradient[c] ?? 0;
        biasSquared[c] = (biasSquared[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (learningRate * g) / Math.sqrt((biasSquared[c] ?? 0) + 1e-8);
      }
      for (const row of example.rows) {
        const base = row * classes;
        for (let c = 0; c < classes; c++) {
          // A class the example already fits moves its weights by next to nothing: skipping it
          // is most of the training time saved once the model has learnt the easy examples.
          if (Math.abs(gradient[c] ?? 0) < SETTLED) continue;
          const k = base + c;
          const current = weights[k] ?? 0;
          const g = (gradient[c] ?? 0) * scale + l2 * current;
          const sum = (squared[k] ?? 0) + g * g;
          squared[k] = sum;
          weights[k] = current - (learningRate * g) / Math.sqrt(sum + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * The source of everything that decides what training produces, for the cache key: a change
 * to the training code is a change of key, so a model trained by older code is never reused.
 */
export function trainingCode(): string {
  return [SoftmaxModel, FeatureTable, fit, exampleHash, visitingOrder].map(String).join('\n');
}

/** A hash of what an example is (its features, by name, and its label) and the seed: never of where it sits. */
function exampleHash(features: FeatureList, label: number, seed: number): number {
  let h = Math.imul(seed ^ 0x811c9dc5, 0x01000193) ^ label;
  for (const feature of features) h = Math.imul(h ^ feature, 0x01000193);
  return h;
}

/**
 * The order an epoch visits the examples in: set by what each example is, not by where it sits
 * in the files. A shuffle of positions reorders every example when one is added (a Q&A alternate,
 * read live), so each edit of the content trained what was in effect a model from another seed,
 * and borderline messages moved both ways; here an added example takes its own place and the
 * others keep their order, so the model moves by that example's own effect.
 */
function visitingOrder(identity: readonly number[], epoch: number): number[] {
  const keys = identity.map((h) => {
    let k = Math.imul(h ^ Math.imul(epoch + 1, 0x9e3779b1), 0x85ebca6b);
    k ^= k >>> 13;
    k = Math.imul(k, 0xc2b2ae35);
    return (k ^ (k >>> 16)) >>> 0;
  });
  return identity.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}
