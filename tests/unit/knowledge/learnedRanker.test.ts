import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { LearnedRanker } from '../../../src/knowledge/matching/learnedRanker';
import { TextAnalyser } from '../../../src/knowledge/text/analyser';

// "confused" is said asking both entries, but far more often asking the first.
const PHRASINGS = new Map([
  ['not-understood', ['i am confused by what the doctor said', 'confused about my diagnosis', 'still confused after the appointment', 'can they explain it again']],
  ['different-opinions', ['the two doctors disagree', 'they told me different things and i am confused', 'what if the opinions differ', 'two answers which is right']],
]);
const NOT_ABOUT_US = ['can i book a physio appointment', 'where do i get my blood test results', 'how do i renew my prescription'];

const ranker = new LearnedRanker(PHRASINGS, NOT_ABOUT_US, new TextAnalyser([]), DEFAULTS.matching.learned);

describe('the learned re-ranker', () => {
  it('learns which entry a word shared by two entries belongs to more', () => {
    const read = ranker.read('so confused');
    expect(read.of('not-understood')).toBeGreaterThan(read.of('different-opinions'));
  });

  it('reads a question about another service as not ours', () => {
    const read = ranker.read('can i get my blood test results from the physio');
    expect(read.notOurs).toBeGreaterThan(Math.max(read.of('not-understood'), read.of('different-opinions')));
  });

  it('gives an entry it was never taught no probability', () => {
    expect(ranker.read('confused').of('paying')).toBe(0);
  });
});
