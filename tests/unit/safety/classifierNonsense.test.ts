import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { ProblemList } from '../../../src/content/contentProblems';
import { YamlFile } from '../../../src/content/yamlFile';
import type { SafetyConcern } from '../../../src/safety';
import { readClassifierSettings } from '../../../src/safety/classifier/loadExamples';
import { loadOrdinaryMessages } from '../../../src/safety/classifier/ordinaryMessages';
import { normalise } from '../../../src/text/normalise';
import { shippedRules } from './shippedRules';

/**
 * The classifier must not raise nonsense: words strung together at random get no safety reply
 * from it in place of their answer, whatever single words they hold ("methotrexate", "everyone",
 * "decided"). (At most a line beside the answer: `npm run eval` does not count those as raised.)
 * The words are the content's own vocabulary (every word of the ordinary messages the classifier
 * learns from: Q&A questions and alternates, how people ask, typed flow answers), so they are the
 * words it has seen most. What the rules make of such a string is theirs: only the classifier's
 * part is judged. The strings are random but the seeds are fixed, so a failure can be replayed.
 */
function contentVocabulary(): string[] {
  const problems = new ProblemList();
  const settings = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problems));
  if (!settings) throw new Error('the classifier settings did not load');
  const texts = loadOrdinaryMessages(DEFAULTS.safetyDir, settings.ordinaryMessages, problems).map((example) => example.text);
  problems.throwIfAny();
  return [...new Set(texts.flatMap((text) => normalise(text).match(/[a-z0-9]+/g) ?? []))].sort();
}

/** The classifier's reply in place of the answer, if it gave one (a line beside the answer is not one). */
function replyFromClassifier(concern: SafetyConcern | undefined): string | undefined {
  if (!concern || concern.kind === 'possible-emergency' || concern.kind === 'possible-crisis') return undefined;
  return concern.rule.startsWith('classifier:') ? `${concern.kind} (${concern.rule})` : undefined;
}

const vocabulary = contentVocabulary();
const salad = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));

describe('the safety classifier on nonsense', () => {
  it('has a real vocabulary to draw from', () => {
    expect(vocabulary.length).toBeGreaterThan(1000);
  });

  // The model keeps only the features it learnt, each under its full 32-bit name: a word pair never
  // seen carries no weight (a hashed table of 2^18 buckets gave one in five the weights of learnt
  // ones, and 2 of these 3,000 strings were raised). What can still be raised is a short string made
  // only of pairs real questions use: after the sixth pass's merge, "safe or neither" ("is it safe
  // or", "or neither") gets the medical-advice reply, at any pair-evidence setting up to 0.5. So the
  // budget is one string in 3,000, and any raised string is printed (docs/evaluation.md lists it).
  it('raises at most one of 3,000 strings of the content\'s words strung together at random', () => {
    const raised = fc
      .sample(salad, { seed: 20261130, numRuns: 3000 })
      .flatMap((text) => {
        const reply = replyFromClassifier(shippedRules.assess(text));
        return reply ? [`${text} -> ${reply}`] : [];
      });
    expect(raised, raised.join("\n")).toEqual([]);
  });

  it('gives none to random words run together as sentences, with numbers, question marks and full stops', () => {
    const sentences = fc.array(fc.tuple(salad, fc.constantFrom('.', '?', '!', ',')), { minLength: 2, maxLength: 4 }).map((parts) => parts.map(([words, mark]) => `${words}${mark}`).join(' '));
    fc.assert(
      fc.property(sentences, (text) => {
        expect(replyFromClassifier(shippedRules.assess(text)), text).toBeUndefined();
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it.each(['more purple elephants', 'purple elephants again', 'blue giraffes on the roof', 'the cat sat on the mat', 'who won the football last night', 'banana bread recipe please', 'asdf qwerty zxcv', 'lol ok whatever then'])(
    'gives nothing to a short unrelated message: "%s"',
    (text) => {
      expect(replyFromClassifier(shippedRules.assess(text))).toBeUndefined();
    },
  );
});
