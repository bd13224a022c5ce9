import { join } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules, type SafetyConcern, type SafetyRules } from '../../src/safety';
import { ProblemList } from '../../src/content/contentProblems';
import { YamlFile } from '../../src/content/yamlFile';
import { loadExamples, readClassifierSettings } from '../../src/safety/classifier/loadExamples';
import { ruleExamples } from '../../src/safety/classifier/ruleExamples';
import { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { ClassifierThresholds, ExampleLabel, SafetyExample } from '../../src/safety/classifier/types';

/**
 * Out-of-fold calibration of the classifier's thresholds (docs/evaluation.md): every labelled
 * example is scored by a model trained without its fold, then each candidate threshold set is
 * judged on those scores. Never reads set G or the held-out set.
 * Usage: npx tsx tests/eval/calibrateClassifier.ts [folds]
 */
const FOLDS = Number(process.argv[2] ?? 5);
const folder = join(__dirname, '../../knowledge/safety');
const problems = new ProblemList();
const rules = loadSafetyRules(folder, { modelCache: DEFAULTS.safetyModelCache });
const settings = readClassifierSettings(new YamlFile(join(folder, 'classifier.yaml'), problems));
const examples = loadExamples(join(folder, 'examples'), problems);
problems.throwIfAny();
if (!settings) throw new Error('no classifier settings');
const fromRules = ruleExamples(rules);

const HANDLED: Record<ExampleLabel, (c: SafetyConcern | undefined) => boolean> = {
  emergency: (c) => c?.kind === 'emergency',
  'possible-emergency': (c) => c !== undefined && (c.kind === 'emergency' || c.kind === 'possible-emergency' || c.possibleEmergency !== undefined || c.kind === 'crisis'),
  crisis: (c) => c?.kind === 'crisis',
  'medical-advice': (c) => c?.kind === 'medical-advice',
  'near-miss': (c) => c === undefined || c.kind === 'possible-emergency' || c.kind === 'possible-crisis',
  none: (c) => c === undefined || c.kind === 'possible-emergency' || c.kind === 'possible-crisis',
};

/** The calm Samaritans line was shown: counted for every label, never as a caught crisis. */
const crisisLine = (c: SafetyConcern | undefined): boolean => c?.kind === 'possible-crisis' || c?.possibleCrisis !== undefined;

// Fold by position so each file's examples spread over every fold.
const engines: SafetyRules[] = [];
for (let f = 0; f < FOLDS; f++) {
  const train = examples.filter((_, i) => i % FOLDS !== f);
  const classifier = SafetyClassifier.train([...train, ...fromRules], settings.training);
  engines.push(rules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords }));
}

function judge(thresholds: ClassifierThresholds): string {
  const byFile = new Map<string, { handled: number; total: number; line: number }>();
  const overall = new Map<ExampleLabel, { handled: number; total: number; line: number }>();
  const judged = engines.map((engine) => engine.withThresholds(thresholds));
  examples.forEach((example: SafetyExample, i) => {
    const engine = judged[i % FOLDS];
    const concern = engine?.assess(example.text);
    const ok = HANDLED[example.label](concern);
    const line = crisisLine(concern) ? 1 : 0;
    for (const [map, key] of [[overall, example.label], [byFile, `${example.origin.file.replace(/.*\//, '')} ${example.label}`]] as const) {
      const entry = (map as Map<string, { handled: number; total: number; line: number }>).get(key) ?? { handled: 0, total: 0, line: 0 };
      entry.handled += ok ? 1 : 0;
      entry.total += 1;
      entry.line += line;
      (map as Map<string, { handled: number; total: number; line: number }>).set(key, entry);
    }
  });
  const rows = [...overall].map(([label, { handled, total, line }]) => `${label} ${handled}/${total}${line ? ` (crisis line ${line})` : ''}`);
  const files = process.env.BY_FILE ? [...byFile].map(([k, { handled, total, line }]) => `    ${k} ${handled}/${total} line ${line}`) : [];
  return [`${JSON.stringify(thresholds)}: ${rows.join('; ')}`, ...files].join('\n');
}

const base = settings.thresholds;
const grid = (process.env.GRID ?? '').split(';').filter(Boolean).map((part) => ({ ...base, ...(JSON.parse(part) as Partial<ClassifierThresholds>) }));
for (const thresholds of [base, ...grid]) console.log(judge(thresholds));
