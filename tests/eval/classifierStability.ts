import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyConcern } from '../../src/safety';
import { featureWords } from '../../src/safety/classifier/features';
import { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { SafetyExample } from '../../src/safety/classifier/types';
import { classifierInputs } from './classifierInputs';
import { normalise } from '../../src/text/normalise';

/**
 * How much an ordinary content edit moves the safety decisions on other texts (docs/evaluation.md,
 * the classifier's seventh pass). The classifier learns the content's ordinary messages live (Q&A
 * questions and alternates, how people ask, typed flow answers) and the rules' own examples, so
 * every edit elsewhere retrains it. This trains the shipped content as it is, then without a tenth
 * of its ordinary messages (two different tenths) and without a tenth of the rules' examples that
 * are answered normally (their must-not-trigger examples), and counts the decisions of the rules
 * and classifier together that change on the dev sets' messages, by what each needs (emergency,
 * crisis, medical advice, possible emergency, near-miss) and on the Q&A dev questions; a change is
 * a different reply kind or a line (999 or Samaritans) shown or no longer shown. Never set G.
 * Usage: npx tsx tests/eval/classifierStability.ts   (TRAIN='{"l2":0.002}' other training settings)
 */
const { settings, training, ordinary, labelled, rules, fromRules } = classifierInputs();

const DEV = join(__dirname, 'dev');
const judged: { text: string; group: string }[] = readdirSync(DEV)
  .filter((name) => name !== 'safety-g.yaml' && (name.startsWith('safety-') || name.startsWith('questions-')))
  .sort()
  .flatMap((name) =>
    (parse(readFileSync(join(DEV, name), 'utf8')) as { text: string; expect?: string; topic?: string }[]).map((item) => ({
      text: item.text,
      group: name.startsWith('safety-') ? (item.expect ?? 'unknown') : 'Q&A question',
    })),
  );

const reply = (c: SafetyConcern | undefined): string =>
  c ? `${c.kind}${c.possibleEmergency || c.kind === 'possible-emergency' ? ' +999' : ''}${c.possibleCrisis || c.kind === 'possible-crisis' ? ' +samaritans' : ''}` : 'answer';

interface Decisions {
  readonly replies: string[];
  /** The classifier's reading of each message: emergency, crisis, medical advice. */
  readonly readings: number[][];
}

function decisions(ordinaryLearnt: readonly SafetyExample[], ruleLearnt: readonly SafetyExample[]): Decisions {
  const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
  const classifier = SafetyClassifier.train([...labelled, ...ordinaryLearnt, ...ruleLearnt], training, undefined, reading, featureWords(settings.featureWords));
  const withIt = rules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords });
  return {
    replies: judged.map(({ text }) => reply(withIt.assess(text))),
    readings: judged.map(({ text }) => {
      const reading = classifier.read(normalise(text));
      return [reading.emergency, reading.crisis, reading.medicalAdvice];
    }),
  };
}

const tenth = <T>(list: readonly T[], k: number): T[] => list.filter((_, i) => i % 10 !== k);
const answeredNormally = fromRules.filter((example) => example.label === 'near-miss');
const otherRuleExamples = fromRules.filter((example) => example.label !== 'near-miss');
const edits: [string, readonly SafetyExample[], readonly SafetyExample[]][] = [
  ['a tenth of the ordinary messages left out (1 in 10 from the 4th)', tenth(ordinary, 3), fromRules],
  ['another tenth of the ordinary messages left out (1 in 10 from the 8th)', tenth(ordinary, 7), fromRules],
  ["a tenth of the rules' must-not-trigger examples left out", ordinary, [...otherRuleExamples, ...tenth(answeredNormally, 5)]],
];

const base = decisions(ordinary, fromRules);
const groups = [...new Set(judged.map((item) => item.group))];
console.log(`Decisions of the rules and classifier on ${judged.length} dev messages (not G), training ${JSON.stringify(training)}`);
for (const [name, ordinaryLearnt, ruleLearnt] of edits) {
  const after = decisions(ordinaryLearnt, ruleLearnt);
  const changed = judged.flatMap((item, i) => (base.replies[i] === after.replies[i] ? [] : [{ ...item, from: base.replies[i], to: after.replies[i] }]));
  // How far the readings moved, on average and at most: a finer measure than decisions crossing a threshold.
  const moves = judged.flatMap((_, i) => [0, 1, 2].map((c) => Math.abs((base.readings[i]?.[c] ?? 0) - (after.readings[i]?.[c] ?? 0))));
  const mean = moves.reduce((a, b) => a + b, 0) / moves.length;
  const over = (limit: number): number => moves.filter((m) => m >= limit).length;
  const byGroup = groups.map((group) => `${group} ${changed.filter((c) => c.group === group).length}`).join(', ');
  console.log(`  ${name}: ${changed.length} changed (${byGroup}); readings moved ${mean.toFixed(4)} on average, ${over(0.05)} by 0.05 or more, ${over(0.1)} by 0.1 or more`);
  if (process.env.SHOW) for (const c of changed) console.log(`      ${c.group}: "${c.text.slice(0, 100)}" ${c.from} -> ${c.to}`);
}
