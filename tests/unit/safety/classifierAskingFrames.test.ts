import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { ProblemList } from '../../../src/content/contentProblems';
import { YamlFile } from '../../../src/content/yamlFile';
import { FEATURE_KIND, featureWords, visitFeatures, type FeatureKind } from '../../../src/safety/classifier/features';
import { readClassifierSettings } from '../../../src/safety/classifier/loadExamples';
import { normalise } from '../../../src/text/normalise';

const WORDS = featureWords({
  joining: ['a', 'the', 'or'],
  asking: ['should', 'can', 'is'],
  fillers: ['so', 'hi'],
  subjects: ['i', 'it'],
  clinical: ['statins', 'chemo'],
  process: ['opinion', 'referral'],
});

/** The asking-frame features of a text (frames and "asks about"), in order. */
function frames(text: string): { feature: number; kind: FeatureKind }[] {
  const found: { feature: number; kind: FeatureKind }[] = [];
  visitFeatures(normalise(text), { feature: (feature, kind) => (kind === FEATURE_KIND.frame || kind === FEATURE_KIND.asks ? found.push({ feature, kind }) : undefined), sentenceEnd: () => undefined }, WORDS);
  return found;
}

describe('asking frames in the classifier\'s features', () => {
  it('gives a sentence that asks its opening words joined to what it asks about, and that it asks', () => {
    expect(frames('should i stop the statins?').map((f) => f.kind)).toEqual([FEATURE_KIND.frame, FEATURE_KIND.asks]);
    // No question mark, but it opens with an asking word (after a filler).
    expect(frames('so can i stop the statins').map((f) => f.kind)).toEqual([FEATURE_KIND.frame, FEATURE_KIND.asks]);
  });

  it('tells the same asking words about a clinical object from the same words about the second-opinion process', () => {
    const clinical = frames('should i stop the statins?');
    const process = frames('should i ask for a referral?');
    const both = frames('should i get a second opinion on the chemo?');
    expect(clinical[0]?.feature).not.toBe(process[0]?.feature);
    expect(clinical[0]?.feature).not.toBe(both[0]?.feature);
    expect(clinical[0]?.feature).toBe(frames('Should I come off my statins?')[0]?.feature);
  });

  it('takes the object from the sentence before too: "Aches on my statins. Should I stop?"', () => {
    expect(frames('Aches on my statins. Should I stop?')[0]?.feature).toBe(frames('should i stop the statins?')[0]?.feature);
  });

  it('finds an asking word followed by a subject inside a sentence ("wondering when can i ...")', () => {
    expect(frames('wondering when can i restart the chemo.').map((f) => f.kind)).toEqual([FEATURE_KIND.frame, FEATURE_KIND.asks]);
    // An asking word followed by anything else inside a sentence is no frame.
    expect(frames('not sure if i should stop the chemo.')).toEqual([]);
  });

  it('gives nothing for a statement, and nothing at all without word lists', () => {
    expect(frames('the surgeon wants to start chemo next week.')).toEqual([]);
    const none: number[] = [];
    visitFeatures('should i stop the statins?', { feature: (feature, kind) => (kind >= FEATURE_KIND.frame ? none.push(feature) : undefined), sentenceEnd: () => undefined });
    expect(none).toEqual([]);
  });
});

describe('the classifier\'s word lists (classifier.yaml featureWords)', () => {
  const shipped = readFileSync(join(DEFAULTS.safetyDir, 'classifier.yaml'), 'utf8');
  const read = (text: string): { problems: string[]; ok: boolean } => {
    const problems = new ProblemList();
    const settings = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problems, text));
    return { problems: problems.all.map((p) => `${p.line}: ${p.message}`), ok: settings !== undefined };
  };

  it('loads the shipped lists', () => {
    expect(read(shipped)).toEqual({ problems: [], ok: true });
  });

  it('refuses an optional setting out of range on its own line, and fills one left out with its default', () => {
    const ordersLine = shipped.split('\n').findIndex((line) => /^\s*orders:/.test(line)) + 1;
    const { problems, ok } = read(shipped.replace(/^(\s*orders:) 3/m, '$1 0'));
    expect(ok).toBe(false);
    expect(problems).toEqual([`${ordersLine}: "orders" should be a whole number, 1 or more`]);
    const problemsLeftOut = new ProblemList();
    const leftOut = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problemsLeftOut, shipped.replace(/^\s*crisisAsAWhole:.*\n/m, '')));
    expect(problemsLeftOut.all).toEqual([]);
    expect(leftOut?.thresholds.crisisAsAWhole).toBe(0);
  });

  it('refuses a word that is not one plain lowercase word, with its line', () => {
    const { problems, ok } = read(shipped.replace('joining: [a, an,', 'joining: [a, "in the", an,'));
    expect(ok).toBe(false);
    expect(problems.join('\n')).toMatch(/^\d+: "in the" should be one word of lowercase letters and digits$/m);
  });

  it('refuses a word in both the joining and the asking words, and a missing list', () => {
    expect(read(shipped.replace('joining: [a, an,', 'joining: [a, is, an,')).problems.join('\n')).toMatch(/"is" is in both joining and asking/);
    expect(read(shipped.replace(/\n {2}fillers: \[[^\]]*\]/, '')).problems.join('\n')).toMatch(/"fillers" is missing/);
  });
});
