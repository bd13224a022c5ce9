import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../../src/safety/anchors';
import { shippedRules } from './shippedRules';

describe('anchors: the literal words one of which any match must contain', () => {
  it.each([
    ['\\bgrunt(?:ing|s)?\\b', ['grunt']],
    ['(?<!near )\\bchoking\\b(?! back)', ['choking']],
    ['\\b(?:cant|unable to) breathe?\\b', ['cant breath', 'unable to breath']],
    ['\\b[a-z]{3,}(?:itis|oma)\\b', ['itis', 'oma']],
  ])('%s -> %j', (source, expected) => {
    expect(anchorsOf(source)).toEqual(expected);
  });

  it.each(['\\b(?:a|bc)d\\b', '(?:x|y)?z', '[a-z]+', '(?!chest)\\w+'])('gives none when it cannot be sure: %s', (source) => {
    expect(anchorsOf(source)).toBeUndefined();
  });

  it('skipping rules by their anchors never changes an outcome: every example still fires through assess()', () => {
    for (const spec of shippedRules.specs) {
      for (const text of [...spec.mustTrigger, ...spec.possibleOnly]) expect(shippedRules.assess(text), `${spec.id}: ${text}`).toBeDefined();
    }
  });
});
