import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../src/learning/featureTable';
import { messageFeatures } from '../../../src/safety/classifier/features';
import { SoftmaxModel, type LabelledFeatures } from '../../../src/learning/softmaxModel';
import { seededRandom } from '../../../src/seededRandom';
import { normalise } from '../../../src/text/normalise';

const SETTINGS = { epochs: 3, learningRate: 0.3, l2: 0.001, seed: 7, classBalance: 1 };
const labelled = (text: string, label: number): LabelledFeatures => ({ features: messageFeatures(normalise(text)).features, label });
const EXAMPLES = [labelled('my dad has collapsed', 0), labelled('i want it all to end', 1), labelled('how do i ask for a second opinion', 2)];

const scores = (model: SoftmaxModel, features: readonly number[]): number[] => {
  const out = new Float64Array(3);
  model.scores(features, out);
  return [...out];
};

describe('the classifier keeps only the features it learnt', () => {
  it('finds the row of every feature it holds and none for any other', () => {
    const random = seededRandom(3);
    const features = Int32Array.from(new Set(Array.from({ length: 5000 }, () => (random() * 2 ** 32) | 0 || 1)));
    const table = FeatureTable.of(features);
    expect(Array.from(features, (feature) => table.rowOf(feature))).toEqual(Array.from(features, (_, row) => row));
    const held = new Set(features);
    const others = Array.from({ length: 5000 }, () => (random() * 2 ** 32) | 0 || 1).filter((feature) => !held.has(feature));
    expect(others.map((feature) => table.rowOf(feature)).filter((row) => row !== -1)).toEqual([]);
  });

  it('gives a text of words it never learnt no weight at all: only the classes\' biases speak', () => {
    const model = SoftmaxModel.train(EXAMPLES, 3, SETTINGS);
    const unseen = messageFeatures(normalise('purple giraffes quarrel')).features;
    const learnt = new Set(EXAMPLES.flatMap((example) => example.features));
    expect(unseen.filter((feature) => learnt.has(feature))).toEqual([]);
    // Any three unseen features read the same: they add nothing, whatever they are.
    expect(scores(model, unseen)).toEqual(scores(model, [11, 12, 13]));
    expect(scores(model, unseen)).not.toEqual(scores(model, EXAMPLES[0]?.features ?? []));
  });

  it('holds one row per distinct feature learnt, and reads the same after a round trip through bytes', () => {
    const model = SoftmaxModel.train(EXAMPLES, 3, SETTINGS);
    expect(model.size).toBe(new Set(EXAMPLES.flatMap((example) => example.features)).size);
    const again = SoftmaxModel.fromBytes(model.toBytes(), 3);
    const text = messageFeatures(normalise('my mum has collapsed')).features;
    expect(again && scores(again, text)).toEqual(scores(model, text));
    expect(SoftmaxModel.fromBytes(model.toBytes().subarray(0, 40), 3)).toBeUndefined();
  });
});
