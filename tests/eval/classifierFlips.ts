import { join } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { REPLY_NEEDED } from './replyNeeded';
import { ProblemList } from '../../src/content/contentProblems';
import { YamlFile } from '../../src/content/yamlFile';
import { loadSafetyRules, type SafetyConcern } from '../../src/safety';
import { loadExamples, readClassifierSettings } from '../../src/safety/classifier/loadExamples';
import { loadOrdinaryMessages } from '../../src/safety/classifier/ordinaryMessages';
import { ruleExamples } from '../../src/safety/classifier/ruleExamples';
import { featureWords } from '../../src/safety/classifier/features';
import { SafetyClassifier } from '../../src/safety/classifier/safetyClassifier';
import type { SafetyExample } from '../../src/safety/classifier/types';
import { normalise } from '../../src/text/normalise';
import { seededRandom } from '../../src/seededRandom';

/**
 * How stable the classifier's decisions are when the ordinary ("none") messages it learns change a
 * little, as any Q&A edit changes them (docs/evaluation.md, the classifier's ninth pass). Out of fold
 * on the labelled corpora (every examples file): each fold's messages are judged by the rules with a
 * classifier trained without that fold, once with every ordinary message and once for each seed with
 * a random twentieth of them left out. A flip is a message whose reply changes (kind, or a 999 or
 * Samaritans line shown or not); a wrong flip is one whose reply goes from what its label needs to
 * something else or back. The held-out sets held one emergency less when the model was retrained on
 * merged content: this counts how often that happens, by label.
 * Usage: npx tsx tests/eval/classifierFlips.ts [seeds] [folds]   (TRAIN='{"orders":5}' other training settings)
 *   DROP_RULES=0.05  also leave out that share of the rules' own examples (each seed its own), as a change of the
 *     rules' YAML changes what the classifier learns (eleventh pass: the tenth pass's rule examples cost an emergency)
 */
const SEEDS = Number(process.argv[2] ?? 3);
const FOLDS = Number(process.argv[3] ?? 5);
const DROP = Number(process.env.DROP ?? 0.05);
const DROP_RULES = Number(process.env.DROP_RULES ?? 0);
const problems = new ProblemList();
const read = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problems));
if (!read) throw new Error('no classifier settings');
const settings = read;
const training = { ...settings.training, ...(JSON.parse(process.env.TRAIN ?? '{}') as Partial<typeof settings.training>) };
// The same content trained with other settings (AFTER_TRAIN='{"seed":17}' and DROP=0: how much the training order alone moves).
const afterTraining = { ...training, ...(JSON.parse(process.env.AFTER_TRAIN ?? '{}') as Partial<typeof settings.training>) };
const ordinary = loadOrdinaryMessages(DEFAULTS.safetyDir, settings.ordinaryMessages, problems);
const labelled = loadExamples(join(DEFAULTS.safetyDir, 'examples'), problems);
problems.throwIfAny();
const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
const fromRules = ruleExamples(rules);
const words = featureWords(settings.featureWords);
const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };


const reply = (c: SafetyConcern | undefined): string =>
  c ? `${c.kind}${c.possibleEmergency || c.kind === 'possible-emergency' ? ' +999' : ''}${c.possibleCrisis || c.kind === 'possible-crisis' ? ' +samaritans' : ''}` : 'answer';

/** Each example's reply, whether it is what its label needs, and the classifier's reading (emergency, crisis, medical advice). */
function replies(ordinaryLearnt: readonly SafetyExample[], trainedWith = training, rulesLearnt: readonly SafetyExample[] = fromRules): string[][] {
  const out: string[][] = labelled.map(() => []);
  for (let f = 0; f < FOLDS; f++) {
    const train = labelled.filter((_, i) => i % FOLDS !== f);
    const classifier = SafetyClassifier.train([...train, ...ordinaryLearnt, ...rulesLearnt], trainedWith, undefined, reading, words);
    const withIt = rules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords });
    labelled.forEach((example, i) => {
      if (i % FOLDS !== f) return;
      const concern = withIt.assess(example.text);
      const read = classifier.read(normalise(example.text));
      out[i]?.push(reply(concern), REPLY_NEEDED[example.label](concern) ? 'ok' : 'wrong', String(read.emergency), String(read.crisis), String(read.medicalAdvice));
    });
  }
  return out;
}

const started = Date.now();
const base = replies(ordinary);
const labels = [...new Set(labelled.map((example) => example.label))];
console.log(`Out of fold (${FOLDS} folds) on ${labelled.length} labelled examples, ${ordinary.length} ordinary messages, training ${JSON.stringify(training)}`);
const right = (answers: string[][]): number => answers.filter((a) => a[1] === 'ok').length;
console.log(`  with every ordinary message: ${right(base)} of ${labelled.length} get what their label needs`);
let flipsInAll = 0;
let wrongInAll = 0;
let moved = 0;
let movedFar = 0;
for (let seed = 1; seed <= SEEDS; seed++) {
  const next = seededRandom(seed);
  const keptOrdinary = ordinary.filter(() => next() >= DROP);
  const after = replies(keptOrdinary, afterTraining, fromRules.filter(() => next() >= DROP_RULES));
  const flipped = labelled.flatMap((example, i) => (base[i]?.[0] === after[i]?.[0] ? [] : [{ example, from: base[i], to: after[i] }]));
  const wrong = flipped.filter(({ from, to }) => from?.[1] !== to?.[1]);
  // How far the readings moved: a finer measure than replies crossing a threshold.
  const moves = labelled.flatMap((_, i) => [2, 3, 4].map((k) => Math.abs(Number(base[i]?.[k] ?? 0) - Number(after[i]?.[k] ?? 0))));
  moved += moves.reduce((a, b) => a + b, 0) / moves.length;
  movedFar += moves.filter((m) => m >= 0.05).length;
  flipsInAll += flipped.length;
  wrongInAll += wrong.length;
  const byLabel = labels.map((label) => `${label} ${flipped.filter((f) => f.example.label === label).length}/${wrong.filter((f) => f.example.label === label).length}`).join(', ');
  console.log(`  seed ${seed} (${Math.round(DROP * 100)}% of the ordinary messages, ${Math.round(DROP_RULES * 100)}% of the rules' examples left out): ${flipped.length} flipped, ${wrong.length} of them right <-> wrong (${right(after)} right); by label, flipped/right<->wrong: ${byLabel}`);
  if (process.env.SHOW) for (const f of flipped) console.log(`      ${f.example.label}: "${f.example.text.slice(0, 90)}" ${f.from?.[0]} -> ${f.to?.[0]}`);
}
console.log(`  mean over ${SEEDS} seeds: ${(flipsInAll / SEEDS).toFixed(1)} flipped, ${(wrongInAll / SEEDS).toFixed(1)} right <-> wrong; readings moved ${(moved / SEEDS).toFixed(4)} on average, ${(movedFar / SEEDS).toFixed(1)} by 0.05 or more (${((Date.now() - started) / 1000).toFixed(0)} s)`);
