import { describe, expect, it } from 'vitest';
import { messageFeatures } from '../../../src/safety/classifier/features';
import { SoftmaxModel } from '../../../src/learning/softmaxModel';
import { featurise } from '../../../src/safety/classifier/safetyClassifier';
import { normalise } from '../../../src/text/normalise';
import { FIXTURE_TRAINING, SMALL_FIXTURE } from './classifierFixture';

/** The model's numbers past its biases and features (toBytes: biases, count, features, weights). */
function weightsOf(model: SoftmaxModel, classes: number): Float32Array {
  const bytes = model.toBytes();
  const start = classes * 8 + 4 + model.size * 4;
  return new Float32Array(bytes.slice(start).buffer);
}

describe('a safety model trained in several orders', () => {
  const examples = featurise(SMALL_FIXTURE);
  const classes = 6;

  it('is the average of the models of each order (seeds seed, seed + 1, ...)', () => {
    const first = weightsOf(SoftmaxModel.train(examples, classes, { ...FIXTURE_TRAINING, seed: 7 }), classes);
    const second = weightsOf(SoftmaxModel.train(examples, classes, { ...FIXTURE_TRAINING, seed: 8 }), classes);
    const both = weightsOf(SoftmaxModel.train(examples, classes, { ...FIXTURE_TRAINING, seed: 7, orders: 2 }), classes);
    expect(both.length).toBe(first.length);
    both.forEach((weight, k) => expect(weight).toBeCloseTo(((first[k] ?? 0) + (second[k] ?? 0)) / 2, 5));
  });

  it('is the one-order model when orders is 1 or not given', () => {
    const plain = SoftmaxModel.train(examples, classes, FIXTURE_TRAINING);
    const one = SoftmaxModel.train(examples, classes, { ...FIXTURE_TRAINING, orders: 1 });
    expect(one.toBytes()).toEqual(plain.toBytes());
    const out = new Float64Array(classes);
    one.scores(messageFeatures(normalise('my dad has collapsed')).features, out);
    expect(out[0]).toBeGreaterThan(0.5);
  });
});
