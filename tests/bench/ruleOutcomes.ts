/**
 * Proves that a change to the safety engine changes no outcome of the rules: writes what the
 * rules alone make of every text of rulesCorpus() to a file, and compares it with an earlier one.
 *
 *   npx tsx tests/bench/ruleOutcomes.ts after.json [before.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules } from '../../src/safety';
import { rulesCorpus } from './rulesCorpus';

interface Outcomes {
  readonly texts: readonly string[];
  readonly outcomes: readonly string[];
}

const [out, before] = process.argv.slice(2);
if (!out) throw new Error('usage: ruleOutcomes.ts after.json [before.json]');
const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
const texts = rulesCorpus();
const outcomes = texts.map((text) => {
  const concern = rules.assessByRules(text);
  return concern ? [concern.kind, concern.rule, concern.possibleEmergency ?? '', concern.possibleCrisis ?? ''].join('|') : '-';
});
writeFileSync(out, JSON.stringify({ texts, outcomes } satisfies Outcomes));
console.log(`${texts.length} texts`);
if (before) {
  const earlier = JSON.parse(readFileSync(before, 'utf8')) as Outcomes;
  const then = new Map(earlier.texts.map((text, i) => [text, earlier.outcomes[i]]));
  const now = new Map(texts.map((text, i) => [text, outcomes[i]]));
  const compared = texts.filter((text) => then.has(text));
  const differ = compared.filter((text) => then.get(text) !== now.get(text));
  for (const text of differ.slice(0, 20)) console.log(`${JSON.stringify(text.slice(0, 160))}: ${then.get(text)} -> ${now.get(text)}`);
  console.log(`${compared.length} texts compared, ${differ.length} differ`);
}
