import { describe, expect, it } from 'vitest';
import { mayShowTexts } from '../../eval/safetyVerdicts';

describe('the line-by-line safety verdicts', () => {
  it('never prints the text of a set judged by counts only: held-out, unseen, never tuned on, a corpus b half', () => {
    for (const where of ['holdout/safety-d.yaml', 'unseen/safety-aj.yaml', 'dev/safety-g.yaml', 'corpora/safety-train-29b.yaml']) {
      expect(mayShowTexts(where), where).toBe(false);
    }
  });

  it('prints the text of the sets that are built on: dev sets tuned on, corpus a halves, the team set', () => {
    for (const where of ['dev/safety-y.yaml', 'corpora/safety-train-29a.yaml', 'safety.yaml']) {
      expect(mayShowTexts(where), where).toBe(true);
    }
  });
});
