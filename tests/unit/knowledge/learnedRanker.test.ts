import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { LearnedRanker } from '../../../src/knowledge/matching/learnedRanker';
import { TextAnalyser } from '../../../src/knowledge/text/analyser';
import { SoftmaxModel } from '../../../src/learning/softmaxModel';

// "confused" is said asking both entries, but far more often asking the first.
const PHRASINGS = new Map([
  ['not-understood', ['i am confused by what the doctor said', 'confused about my diagnosis', 'still confused after the appointment', 'can they explain it again']],
  ['different-opinions', ['the two doctors disagree', 'they told me different things and i am confused', 'what if the opinions differ', 'two answers which is right']],
]);
const NOT_ABOUT_US = ['can i book a physio appointment', 'where do i get my blood test results', 'how do i renew my prescription'];

const analyser = new TextAnalyser([]);
const ranker = new LearnedRanker(PHRASINGS, NOT_ABOUT_US, analyser, DEFAULTS.matching.learned);
/** A message's terms as the matcher hands them over: every word known, none corrected. */
const written = (text: string): readonly string[] => analyser.analyse(text, () => true).terms;

let folder = '';
afterEach(() => {
  vi.restoreAllMocks();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the learned re-ranker', () => {
  it('learns which entry a word shared by two entries belongs to more', () => {
    const read = ranker.read(written('so confused'));
    expect(read.of('not-understood')).toBeGreaterThan(read.of('different-opinions'));
  });

  it('reads a question about another service as not ours', () => {
    const read = ranker.read(written('can i get my blood test results from the physio'));
    expect(read.notOurs).toBeGreaterThan(Math.max(read.of('not-understood'), read.of('different-opinions')));
  });

  it('gives an entry it was never taught no probability', () => {
    expect(ranker.read(written('confused')).of('paying')).toBe(0);
  });

  it('reads each message afresh, whatever it read before', () => {
    const alone = ranker.read(written('the two doctors disagree')).of('different-opinions');
    ranker.read(written('can i get my blood test results from the physio and what if they disagree about my diagnosis'));
    expect(ranker.read(written('the two doctors disagree')).of('different-opinions')).toBe(alone);
  });

  it('trains once for the same phrasings and settings, and a cached model reads as the one trained afresh', () => {
    folder = mkdtempSync(join(tmpdir(), 'ranker-cache-'));
    const train = vi.spyOn(SoftmaxModel, 'train');
    const first = new LearnedRanker(PHRASINGS, NOT_ABOUT_US, analyser, DEFAULTS.matching.learned, folder);
    const second = new LearnedRanker(PHRASINGS, NOT_ABOUT_US, analyser, DEFAULTS.matching.learned, folder);
    expect(train).toHaveBeenCalledTimes(1);
    for (const text of ['so confused', 'they disagree', 'physio results']) {
      const [a, b, c] = [ranker, first, second].map((r) => {
        const read = r.read(written(text));
        return [read.of('not-understood'), read.of('different-opinions'), read.notOurs];
      });
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    }
  });

  it('trains afresh when a phrasing or a setting changes', () => {
    folder = mkdtempSync(join(tmpdir(), 'ranker-cache-'));
    const train = vi.spyOn(SoftmaxModel, 'train');
    new LearnedRanker(PHRASINGS, NOT_ABOUT_US, analyser, DEFAULTS.matching.learned, folder);
    new LearnedRanker(new Map([...PHRASINGS, ['paying', ['who pays for it']]]), NOT_ABOUT_US, analyser, DEFAULTS.matching.learned, folder);
    const { learned } = DEFAULTS.matching;
    new LearnedRanker(PHRASINGS, NOT_ABOUT_US, analyser, { ...learned, training: { ...learned.training, epochs: learned.training.epochs + 1 } }, folder);
    expect(train).toHaveBeenCalledTimes(3);
    expect(readdirSync(folder).filter((name) => name.startsWith('learned-ranker-'))).toHaveLength(3);
  });
});
