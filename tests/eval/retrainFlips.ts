import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyConcern } from '../../src/safety';
import { featureWords } from '../../src/safety/classifier/features';
import { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { SafetyExample } from '../../src/safety/classifier/types';
import { classifierInputs } from './classifierInputs';

/**
 * How many replies a retraining alone moves (docs/evaluation.md, medical advice / classifier, twentieth and
 * twenty-first passes): the shipped content retrained in two other visiting orders (seed + 100, seed + 200) and with
 * one examples file left out (three files), each against the shipped training, on every line of every eval set (the
 * team's, dev, held-out and unseen sets; not the corpora). A flip is a different reply kind or a 999 or Samaritans line
 * shown or not. Counts per retraining, and how many touch medical advice or a near-miss; the figures-only sets
 * (G, held-out, unseen) are counted, never printed.
 * Usage: npx tsx tests/eval/retrainFlips.ts   (TRAIN='{"orders":8}' other training settings; THRESHOLDS='{"crisis":0.74}'
 *   other bars; SHOW=1 prints the team and dev lines that flip)
 */
const { settings, training, ordinary, labelled, rules, fromRules } = classifierInputs();
const thresholds = { ...settings.thresholds, ...(JSON.parse(process.env.THRESHOLDS ?? '{}') as Partial<typeof settings.thresholds>) };
const EVAL = __dirname;

interface Line {
  readonly set: string;
  readonly text: string;
  readonly label: string;
}
const team = parse(readFileSync(join(EVAL, 'safety.yaml'), 'utf8')) as Record<string, string[] | undefined>;
const teamLabels: Record<string, string> = { emergency: 'emergency', crisis: 'crisis', medicalAdvice: 'medical-advice', safe: 'near-miss' };
const questions = parse(readFileSync(join(EVAL, 'questions.yaml'), 'utf8')) as { inScope: { text: string }[]; outOfScope: (string | { text: string })[] };
const lines: Line[] = [
  ...Object.entries(teamLabels).flatMap(([group, label]) => (team[group] ?? []).map((text) => ({ set: 'safety.yaml', text, label }))),
  ...questions.inScope.map(({ text }) => ({ set: 'questions.yaml', text, label: 'question' })),
  ...questions.outOfScope.map((item) => ({ set: 'questions.yaml', text: typeof item === 'string' ? item : item.text, label: 'question' })),
  ...['dev', 'holdout', 'unseen'].flatMap((folder) =>
    readdirSync(join(EVAL, folder))
      .filter((name) => /^(safety|questions)-[a-z]+\.yaml$/.test(name))
      .sort()
      .flatMap((name) =>
        (parse(readFileSync(join(EVAL, folder, name), 'utf8')) as { text: string; expect?: string }[]).map((item) => ({
          set: `${folder}/${name}`,
          text: item.text,
          label: item.expect ?? 'question',
        })),
      ),
  ),
];
const figuresOnly = (set: string): boolean => set === 'dev/safety-g.yaml' || !set.startsWith('dev/') && set.includes('/');

const reply = (c: SafetyConcern | undefined): string => (c ? `${c.kind}${c.possibleEmergency ? ' +999' : ''}${c.possibleCrisis ? ' +samaritans' : ''}` : 'answer');

function replies(examples: readonly SafetyExample[], seed: number): string[] {
  const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
  const classifier = SafetyClassifier.train([...examples, ...ordinary, ...fromRules], { ...training, seed }, undefined, reading, featureWords(settings.featureWords));
  const judged = rules.withSecondNet({ classifier, thresholds, minWords: settings.minWords });
  return lines.map(({ text }) => reply(judged.assess(text)));
}

const retrainings: [string, readonly SafetyExample[], number][] = [
  ['another visiting order (seed + 100)', labelled, training.seed + 100],
  ['another visiting order (seed + 200)', labelled, training.seed + 200],
  ...['team-nineteenth-pass', 'red-team-train-23a', 'qa-train-7'].map((file): [string, readonly SafetyExample[], number] => [
    `${file} left out`,
    labelled.filter((example) => !example.origin.file.includes(file)),
    training.seed,
  ]),
];

const shipped = replies(labelled, training.seed);
console.log(`Replies moved by a retraining alone, ${lines.length} eval lines; training ${JSON.stringify(training)}, bars ${JSON.stringify(thresholds)}`);
let all = 0;
let medical = 0;
for (const [name, examples, seed] of retrainings) {
  const after = replies(examples, seed);
  const moved = lines.flatMap((line, i) => (shipped[i] === after[i] ? [] : [{ ...line, from: shipped[i] ?? '', to: after[i] ?? '' }]));
  const touchingMedical = moved.filter((m) => m.label === 'medical-advice' || m.label === 'near-miss' || m.from.startsWith('medical') || m.to.startsWith('medical'));
  all += moved.length;
  medical += touchingMedical.length;
  console.log(`  ${name}: ${moved.length} moved (medical advice or a near-miss ${touchingMedical.length})`);
  if (process.env.SHOW) for (const m of moved.filter((m) => !figuresOnly(m.set))) console.log(`      ${m.set} ${m.label}: "${m.text.slice(0, 100)}" ${m.from} -> ${m.to}`);
}
console.log(`  in all: ${all} (medical advice or a near-miss ${medical})`);
