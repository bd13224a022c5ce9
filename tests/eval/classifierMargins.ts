import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import type { SafetyConcern, SafetyRules } from '../../src/safety';
import { featureWords } from '../../src/safety/classifier/features';
import { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { ClassifierThresholds } from '../../src/safety/classifier/types';
import { classifierInputs } from './classifierInputs';

/**
 * Decisions on a knife-edge (docs/evaluation.md, the classifier's twelfth pass): how many texts get a reply that a
 * move of at most MARGIN (0.02) in one of the classifier's bars would change (the bar moved is the same as the
 * reading moved the other way): its six probability bars and the word-pair evidence each kind needs. A reply is its kind and the 999 and Samaritans lines shown or not. Judged out of
 * fold on the labelled corpora (5 folds by position, as classifierFlips.ts), and with the shipped model on every
 * eval set (never trained on); the figures-only sets (G, held-out, unseen) are counted, never printed.
 * Usage: npx tsx tests/eval/classifierMargins.ts   (MARGIN=0.05 another margin; TRAIN='{"orders":6}' other training;
 *   SHOW=1 prints the dev and corpus lines on an edge with the bar they sit at; WITHOUT=red-team-train-17 leaves that examples
 *   file out, as calibrateClassifier.ts)
 */
const MARGIN = Number(process.env.MARGIN ?? 0.02);
const FOLDS = 5;
const { settings, training, ordinary, labelled, rules, fromRules } = classifierInputs();
const words = featureWords(settings.featureWords);
const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
const BARS = Object.keys(settings.thresholds) as (keyof ClassifierThresholds)[];

const reply = (c: SafetyConcern | undefined): string =>
  c ? `${c.kind}${c.possibleEmergency || c.kind === 'possible-emergency' ? ' +999' : ''}${c.possibleCrisis || c.kind === 'possible-crisis' ? ' +samaritans' : ''}` : 'answer';

/**
 * The same rules and model with each bar moved by -MARGIN and +MARGIN in turn: the six probability bars, and the
 * word-pair evidence each kind needs (classifier.yaml's minPairEvidence), which is a bar too.
 */
function moved(classifier: SafetyClassifier): { bar: string; rules: SafetyRules }[] {
  const { thresholds, minWords, minPairEvidence } = settings;
  const signs = [-MARGIN, MARGIN];
  const sign = (by: number): string => (by > 0 ? '+' : '-');
  const bars = BARS.flatMap((bar) =>
    signs.map((by) => ({ bar: `${bar}${sign(by)}`, rules: rules.withSecondNet({ classifier, thresholds: { ...thresholds, [bar]: Math.min(1, Math.max(0, thresholds[bar] + by)) }, minWords }) })),
  );
  const pairs = (Object.keys(minPairEvidence) as (keyof typeof minPairEvidence)[]).flatMap((kind) =>
    signs.map((by) => ({
      bar: `pairs:${kind}${sign(by)}`,
      rules: rules.withSecondNet({ classifier: classifier.withReading({ ...reading, minPairEvidence: { ...minPairEvidence, [kind]: Math.max(0, minPairEvidence[kind] + by) } }), thresholds, minWords }),
    })),
  );
  return [...bars, ...pairs];
}

/** The bars (moved which way) that would change this text's reply; empty when it is not on an edge. */
function edges(text: string, withIt: SafetyRules, shifted: readonly { bar: string; rules: SafetyRules }[]): string[] {
  const now = reply(withIt.assess(text));
  return shifted.filter(({ rules: other }) => reply(other.assess(text)) !== now).map(({ bar }) => bar);
}

// The shipped model (the model cache holds it when the content is unchanged), or the whole content trained with
// TRAIN's settings or WITHOUT that file.
const shippedModel = SafetyClassifier.train([...labelled, ...ordinary, ...fromRules], training, process.env.TRAIN || process.env.WITHOUT ? undefined : DEFAULTS.safetyModelCache, reading, words);
const shipped = rules.withSecondNet({ classifier: shippedModel, thresholds: settings.thresholds, minWords: settings.minWords });
const shippedShifted = moved(shippedModel);

// The corpora, out of fold.
let corpusEdges = 0;
const byBar = new Map<string, number>();
for (let f = 0; f < FOLDS; f++) {
  const train = labelled.filter((_, i) => i % FOLDS !== f);
  const classifier = SafetyClassifier.train([...train, ...ordinary, ...fromRules], training, undefined, reading, words);
  const withIt = rules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords });
  const shifted = moved(classifier);
  labelled.forEach((example, i) => {
    if (i % FOLDS !== f) return;
    const on = edges(example.text, withIt, shifted);
    if (on.length === 0) return;
    corpusEdges++;
    for (const bar of on) byBar.set(bar, (byBar.get(bar) ?? 0) + 1);
    if (process.env.SHOW) console.log(`    corpus ${example.label} [${on.join(' ')}]: ${example.text.slice(0, 110)}`);
  });
}
console.log(`Within ${MARGIN} of a bar, training ${JSON.stringify(training)}`);
console.log(`  corpora out of fold (${FOLDS} folds): ${corpusEdges} of ${labelled.length} (${[...byBar].sort().map(([b, n]) => `${b} ${n}`).join(', ')})`);

// Every eval set, by the shipped model (set by set; the figures-only sets as counts only).
const evalDir = __dirname;
const FIGURES_ONLY = /^(dev\/safety-g|holdout\/|unseen\/)/;
const sets = ['.', 'dev', 'holdout', 'unseen'].flatMap((dir) =>
  readdirSync(join(evalDir, dir))
    .filter((name) => /^(safety|questions)(-[a-z])?\.yaml$/.test(name))
    .map((name) => (dir === '.' ? name : `${dir}/${name}`)),
);
/** The messages of a set, whatever its shape: { text } items, or lists of plain strings under its labels. */
function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' ? [item] : messages(item)));
  if (value && typeof value === 'object') {
    const { text } = value as { text?: unknown };
    return typeof text === 'string' ? [text] : Object.values(value).flatMap((v) => (typeof v === 'string' ? [] : messages(v)));
  }
  return [];
}
let devTotal = 0;
let devEdges = 0;
let figuresTotal = 0;
let figuresEdges = 0;
for (const set of sets) {
  const texts = messages(parse(readFileSync(join(evalDir, set), 'utf8')));
  const hidden = FIGURES_ONLY.test(set);
  let n = 0;
  for (const text of texts) {
    const on = edges(text, shipped, shippedShifted);
    if (on.length === 0) continue;
    n++;
    if (process.env.SHOW && !hidden) console.log(`    ${set} [${on.join(' ')}]: ${text.slice(0, 110)}`);
  }
  if (hidden) {
    figuresTotal += texts.length;
    figuresEdges += n;
  } else {
    devTotal += texts.length;
    devEdges += n;
  }
  console.log(`  ${set}: ${n} of ${texts.length}`);
}
console.log(`  team and dev sets: ${devEdges} of ${devTotal}; figures-only sets: ${figuresEdges} of ${figuresTotal}`);
