import { describe, expect, it } from 'vitest';
import { PackedRows } from '../../../src/learning/packedRows';
import { SoftmaxModel } from '../../../src/learning/softmaxModel';
import { FEATURE_KIND, visitFeatures, type FeatureVisitor } from '../../../src/safety/classifier/features';
import { GramMemo } from '../../../src/safety/classifier/gramMemo';
import { featurise } from '../../../src/safety/classifier/safetyClassifier';
import { EXAMPLE_LABELS } from '../../../src/safety/classifier/types';
import { normalise } from '../../../src/text/normalise';
import { FIXTURE_TRAINING, SMALL_FIXTURE } from './classifierFixture';

const rows = new PackedRows(SoftmaxModel.train(featurise(SMALL_FIXTURE), EXAMPLE_LABELS.length, FIXTURE_TRAINING));
// Long enough for the memo (it leaves short messages alone).
const STORY = normalise(
  'My dad collapsed last week and the tablets did not help. My dad has had the tablets for years, and the tablets ' +
    'and the scan are why I ask: how do I ask for a second opinion? Can I ask for a second opinion for my dad? a a dad. ',
).repeat(6);

/** The rows every character gram of a text adds, and how many grams it has: with the memo or without it. */
function readGrams(text: string, memo?: GramMemo): { sums: number[]; count: number } {
  const sums = new Float64Array(EXAMPLE_LABELS.length);
  let count = 0;
  const visitor: FeatureVisitor = {
    feature: (feature, kind) => {
      if (kind !== FEATURE_KIND.gram) return;
      const at = rows.find(feature);
      if (at >= 0) rows.add(at, sums);
      memo?.record(at);
      count++;
    },
    sentenceEnd: () => undefined,
  };
  if (memo) {
    memo.begin(text);
    visitor.knownGrams = (whole, start, end, word) => {
      const entry = memo.find(whole, start, end, word);
      if (entry < 0) return false;
      count += memo.replay(entry, rows, sums);
      return true;
    };
  }
  visitFeatures(text, visitor);
  return { sums: [...sums], count };
}

describe('a repeated word\'s character grams are read once a message', () => {
  it('adds the same rows in the same order as hashing every gram again: the same sums to the last bit', () => {
    const without = readGrams(STORY);
    expect(without.sums.some((sum) => sum !== 0)).toBe(true);
    const memo = new GramMemo();
    expect(readGrams(STORY, memo)).toEqual(without);
    // A second message through the same memo forgets the first.
    const other = normalise('she has collapsed on the floor, her lips are blue. she has collapsed. '.repeat(20));
    expect(readGrams(other, memo)).toEqual(readGrams(other));
  });

  it('takes a word for one met before only when its letters are the same, not its hash alone', () => {
    const memo = new GramMemo();
    const text = 'tablets scans '.repeat(100);
    memo.begin(text);
    expect(memo.find(text, 0, 7, 12345)).toBe(-1);
    memo.record(9);
    // Another word given the same hash is a word not met before.
    expect(memo.find(text, 8, 13, 12345)).toBe(-1);
    expect(memo.find(text, 0, 7, 12345)).toBeGreaterThanOrEqual(0);
  });

  it('leaves a short message alone: every word\'s grams are hashed', () => {
    const memo = new GramMemo();
    const text = 'tablets tablets';
    memo.begin(text);
    expect(memo.find(text, 0, 7, 12345)).toBe(-1);
    memo.record(9);
    expect(memo.find(text, 8, 15, 12345)).toBe(-1);
    expect(readGrams(text, memo)).toEqual(readGrams(text));
  });
});
