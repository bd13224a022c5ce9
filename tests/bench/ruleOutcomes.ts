/**
 * Proves that a change to the safety engine changes no outcome: writes, for every text of
 * rulesCorpus() and the bench's safety messages, what the rules alone make of it, what `assess`
 * makes of it outside and inside a guided flow, and every number of the classifier's reading of its
 * normalised text, to a file; and compares them with an earlier one (each part counted apart).
 *
 *   npx tsx tests/bench/ruleOutcomes.ts after.json [before.json]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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
const corpus = rulesCorpus();
const texts = [...new Set([...corpus, ...safetyBenchMessages().all, ...generated(corpus)])];
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

/**
 * Texts no one wrote (fast-check, seeded: the same every run): random unicode; the words of the rule
 * files (knowledge/safety/*.yaml, word lists included) in random order, joined by odd punctuation,
 * spacing, case, hyphens, underscores, accents and invisible characters, so a listed word or phrase
 * sits at every kind of edge; and messages up to 20,000 characters of the corpus so joined (a sentence
 * there can run past the 300 characters a match's context is cut to).
 */
function generated(corpus: readonly string[]): string[] {
  const folder = join(__dirname, '../../knowledge/safety');
  const ruleText = readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => readFileSync(join(folder, name), 'utf8')).join(' ');
  const words = [...new Set(ruleText.toLowerCase().match(/[a-z0-9]+/g) ?? [])].sort();
  const joiners = [' ', '  ', ', ', ',', '. ', '.', '!', '?', '? ', ' ? ', ';', ':', '-', '_', '\n', '\t', '...', '\u00e9', '\u200b', "'", ' , ', '  .  '];
  const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), `${w}s`, `x${w}`, `${w}_`, `${w}\u00e9`));
  const listed = fc.array(fc.tuple(word, fc.constantFrom(...joiners)), { minLength: 1, maxLength: 60 }).map((parts) => parts.map(([w, j]) => w + j).join(''));
  const unicode = fc.string({ unit: 'binary', maxLength: 400 });
  const huge = fc
    .array(fc.tuple(fc.constantFrom(...corpus), fc.constantFrom(...joiners)), { minLength: 20, maxLength: 400 })
    .map((parts) => parts.map(([t, j]) => t + j).join('').slice(0, 20_000));
  return [
    ...fc.sample(unicode, { seed: 11, numRuns: 2000 }),
    ...fc.sample(listed, { seed: 12, numRuns: 6000 }),
    ...fc.sample(huge, { seed: 13, numRuns: 300 }),
  ];
}
