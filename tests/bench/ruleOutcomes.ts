/**
 * Proves that a change to the safety engine changes no outcome: writes, for every text of
 * rulesCorpus() and the bench's safety messages, what the rules alone make of it, what `assess`
 * makes of it outside and inside a guided flow, and every number of the classifier's reading of its
 * normalised text, to a file; and compares them with an earlier one (each part counted apart).
 *
 *   npx tsx tests/bench/ruleOutcomes.ts after.json [before.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules, type SafetyConcern } from '../../src/safety';
import type { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import { normalise } from '../../src/text/normalise';
import { rulesCorpus } from './rulesCorpus';
import { safetyBenchMessages } from './safetyMessages';

const PARTS = ['rules', 'assess', 'assess in a flow', 'classifier'] as const;
type Part = (typeof PARTS)[number];

interface Outcomes {
  readonly texts: readonly string[];
  readonly outcomes: Readonly<Record<Part, readonly string[]>>;
}

const [out, before] = process.argv.slice(2);
if (!out) throw new Error('usage: ruleOutcomes.ts after.json [before.json]');
const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
// The engine's own classifier (a private field, read here only to compare its every number).
const classifier = (rules as unknown as { secondNet?: { classifier: SafetyClassifier } }).secondNet?.classifier;
const texts = [...new Set([...rulesCorpus(), ...safetyBenchMessages().all])];
const shown = (concern: SafetyConcern | undefined): string =>
  concern ? [concern.kind, concern.rule, concern.possibleEmergency ?? '', concern.possibleCrisis ?? ''].join('|') : '-';
const outcomes: Record<Part, string[]> = {
  rules: texts.map((text) => shown(rules.assessByRules(text))),
  assess: texts.map((text) => shown(rules.assess(text))),
  'assess in a flow': texts.map((text) => shown(rules.assess(text, { inFlow: true }))),
  // Every number as JSON writes it: the same string only if the same double.
  classifier: texts.map((text) => {
    const normalised = normalise(text);
    return normalised && classifier ? JSON.stringify(classifier.read(normalised)) : '-';
  }),
};
writeFileSync(out, JSON.stringify({ texts, outcomes } satisfies Outcomes));
console.log(`${texts.length} texts`);
if (before) {
  const earlier = JSON.parse(readFileSync(before, 'utf8')) as Outcomes;
  const index = new Map(earlier.texts.map((text, i) => [text, i]));
  const compared = texts.flatMap((text, i) => {
    const j = index.get(text);
    return j === undefined ? [] : [[i, j] as const];
  });
  let total = 0;
  for (const part of PARTS) {
    const differ = compared.filter(([i, j]) => earlier.outcomes[part][j] !== outcomes[part][i]);
    for (const [i, j] of differ.slice(0, 10)) console.log(`  ${part}: ${JSON.stringify(texts[i]?.slice(0, 160))}: ${earlier.outcomes[part][j]} -> ${outcomes[part][i]}`);
    console.log(`${part}: ${compared.length} texts compared, ${differ.length} differ`);
    total += differ.length;
  }
  console.log(`${compared.length} texts, ${total} differ`);
}
