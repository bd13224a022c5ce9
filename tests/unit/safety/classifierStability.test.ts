import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { ProblemList } from '../../../src/content/contentProblems';
import { YamlFile } from '../../../src/content/yamlFile';
import type { SafetyConcern } from '../../../src/safety';
import { loadExamples, readClassifierSettings } from '../../../src/safety/classifier/loadExamples';
import { loadOrdinaryMessages } from '../../../src/safety/classifier/ordinaryMessages';
import { ruleExamples } from '../../../src/safety/classifier/ruleExamples';
import { featureWords } from '../../../src/safety/classifier/features';
import { SafetyClassifier } from '../../../src/safety/classifier/safetyClassifier';
import type { SafetyExample } from '../../../src/safety/classifier/types';
import { shippedRules } from './shippedRules';

/**
 * The classifier learns the content's ordinary messages (Q&A questions and alternates, how people ask,
 * typed flow answers) live, so every content edit retrains it. Adding ordinary phrasings must never
 * give a safety reply to a message that was answered normally before: trained on the shipped content
 * with and without a share of its ordinary messages, the model with them raises none of the messages
 * that should be answered normally, and that it never learnt, that the model without them left alone:
 * the near-misses of the dev sets tuned on and the team set, and the Q&A dev sets' questions (never set
 * G). The training order is set by what each example is, not where it sits (softmaxModel.ts), so an
 * added phrasing does not reshuffle the others (with a shuffle of positions, adding one alternate gave
 * two Q&A questions the crisis or medical-advice reply).
 */
const problems = new ProblemList();
const read = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problems));
if (!read) throw new Error('the classifier settings did not load');
const settings = read;
const ordinary = loadOrdinaryMessages(DEFAULTS.safetyDir, settings.ordinaryMessages, problems);
const labelled = loadExamples(join(DEFAULTS.safetyDir, 'examples'), problems);
problems.throwIfAny();
const fromRules = ruleExamples(shippedRules);
const EVAL = join(__dirname, '..', '..', 'eval');
const devSet = (name: string): { text: string; expect?: string; topic?: string }[] => parse(readFileSync(join(EVAL, 'dev', name), 'utf8')) as { text: string }[];
const teamSet = parse(readFileSync(join(EVAL, 'safety.yaml'), 'utf8')) as { safe: string[] };
const devNames = readdirSync(join(EVAL, 'dev')).filter((name) => name !== 'safety-g.yaml');
const answeredNormally = [
  ...teamSet.safe,
  ...devNames.filter((name) => name.startsWith('safety-')).flatMap((name) => devSet(name).filter((item) => item.expect === 'near-miss').map((item) => item.text)),
  ...devNames.filter((name) => name.startsWith('questions-')).flatMap((name) => devSet(name).filter((item) => item.topic !== 'out-of-scope').map((item) => item.text)),
];

const replyInPlace = (concern: SafetyConcern | undefined): boolean => concern !== undefined && concern.kind !== 'possible-emergency' && concern.kind !== 'possible-crisis';

function raisedBy(ordinaryLearnt: readonly SafetyExample[]): Set<string> {
  const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
  const classifier = SafetyClassifier.train([...labelled, ...ordinaryLearnt, ...fromRules], settings.training, DEFAULTS.safetyModelCache, reading, featureWords(settings.featureWords));
  const rules = shippedRules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords });
  return new Set(answeredNormally.filter((text) => replyInPlace(rules.assess(text))));
}

describe('the safety classifier as the content grows', () => {
  const withAll = raisedBy(ordinary);

  it('has messages to judge that it never learnt', () => {
    expect(answeredNormally.length).toBeGreaterThan(1000);
  });

  // The size of a content edit: one alternate, or a new Q&A entry with its alternates.
  it.each([
    ['one ordinary message is', 1],
    ['twenty ordinary messages are', 20],
  ])('raises nothing answered normally before when %s added', (_, added) => {
    const every = Math.floor(ordinary.length / added);
    const without = ordinary.filter((_, i) => !(i % every === 3 && i / every < added));
    expect(ordinary.length - without.length).toBe(added);
    const before = raisedBy(without);
    const newlyRaised = [...withAll].filter((text) => !before.has(text));
    expect(newlyRaised).toEqual([]);
    // Training the whole content takes seconds, more on a busy machine (cached after the first run).
  }, 120_000);
});
