import { join } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { REPLY_NEEDED } from './replyNeeded';
import { loadSafetyRules, type SafetyConcern, type SafetyRules } from '../../src/safety';
import { ProblemList } from '../../src/content/contentProblems';
import { YamlFile } from '../../src/content/yamlFile';
import { loadExamples, readClassifierSettings } from '../../src/safety/classifier/loadExamples';
import { loadOrdinaryMessages } from '../../src/safety/classifier/ordinaryMessages';
import { ruleExamples } from '../../src/safety/classifier/ruleExamples';
import { featureWords } from '../../src/safety/classifier/features';
import { SafetyClassifier, type ReadingSettings } from '../../src/safety/classifier/safetyClassifier';
import type { ClassifierThresholds, ExampleLabel } from '../../src/safety/classifier/types';

/** One setting judged: the thresholds and the word-pair evidence a part needs. */
type Judged = ClassifierThresholds & ReadingSettings;

/**
 * Out-of-fold calibration of the classifier's thresholds (docs/evaluation.md): every labelled
 * example is scored by a model trained without its fold, then each candidate threshold set is
 * judged on those scores. For every label it shows where the messages went: the reply they
 * need, a safety reply in place of the answer (by kind), the calm Samaritans line or the
 * "if this is happening now" line beside the answer, or nothing. Never reads set G or the held-out set.
 * Usage: npx tsx tests/eval/calibrateClassifier.ts [folds]
 *   GRID='{"crisis":0.7};{"crisis":0.6,"possibleCrisis":0.4};{"minPairEvidence":0}'  other threshold sets
 *     (and word-pair evidence, classifier.yaml's minPairEvidence) to judge
 *   BY_FILE=1  the same split for each examples file
 *   TRAIN='{"l2":0.001}'  other training settings (the models are trained with them)
 *   MISSES=crisis  print each example of that label that did not get what it needs
 *   FOLD_BY=file  leave one corpus out: each blind corpus (red-team-train-*, blind-dev-*) is a fold, judged by a
 *     model trained without it (the team's files, Q&A corpora and ordinary messages always trained, never judged)
 *   WITHOUT=red-team-train-16  leave that examples file out altogether (neither trained nor judged): the figures as
 *     they were before it was added
 *   RULES_MISS=1  also the split of the emergencies, possible emergencies, crises and medical advice the rules alone miss:
 *     what the classifier adds where only it can (with BY_FILE, per file); medical advice too (twelfth pass)
 */
const FOLDS = Number(process.argv[2] ?? 5);
const folder = DEFAULTS.safetyDir;
const problems = new ProblemList();
const rules = loadSafetyRules(folder, { modelCache: DEFAULTS.safetyModelCache });
const read = readClassifierSettings(new YamlFile(join(folder, 'classifier.yaml'), problems));
if (!read) throw new Error('no classifier settings');
const settings = read;
const without = process.env.WITHOUT;
const examples = loadExamples(join(folder, 'examples'), problems, loadOrdinaryMessages(folder, settings.ordinaryMessages, problems)).filter(
  (example) => !without || !example.origin.file.includes(without),
);
problems.throwIfAny();
const fromRules = ruleExamples(rules);
// The features are read with the shipped word lists, as the bot reads them.
const words = featureWords(settings.featureWords);
const training = { ...settings.training, ...(JSON.parse(process.env.TRAIN ?? '{}') as Partial<typeof settings.training>) };


/** Where a message went, in one word: "ok" when it got what its label needs. */
function outcome(label: ExampleLabel, c: SafetyConcern | undefined): string {
  if (REPLY_NEEDED[label](c)) {
    if (label !== 'near-miss' && label !== 'none') return 'ok';
    if (c?.kind === 'possible-crisis' || c?.possibleCrisis) return 'ok+samaritans-line';
    return c?.kind === 'possible-emergency' ? 'ok+999-line' : 'ok';
  }
  if (!c) return 'nothing';
  if (c.kind === 'possible-crisis' || (c.possibleCrisis && label === 'crisis')) return 'samaritans-line';
  return `${c.kind} (${c.rule.startsWith('classifier:') ? 'classifier' : 'rules'})`;
}

// Fold by position so each file's examples spread over every fold; or leave one blind corpus out.
const corpora = [...new Set(examples.map((example) => example.origin.file))].filter((file) => /(red-team-train|blind-dev)-[^/]*$/.test(file)).sort();
const foldOf: number[] = examples.map((example, i) => (process.env.FOLD_BY === 'file' ? corpora.indexOf(example.origin.file) : i % FOLDS));
const foldCount = process.env.FOLD_BY === 'file' ? corpora.length : FOLDS;
const classifiers: SafetyClassifier[] = [];
for (let f = 0; f < foldCount; f++) {
  const train = examples.filter((_, i) => foldOf[i] !== f);
  classifiers.push(SafetyClassifier.train([...train, ...fromRules], training, undefined, undefined, words));
}
// Whether the rules alone give what each example needs (the classifier's own share is the rest).
const rulesAlone = examples.map((example) => REPLY_NEEDED[example.label](rules.assessByRules(example.text)));
const SIGNS: readonly ExampleLabel[] = ['emergency', 'possible-emergency', 'crisis', 'medical-advice'];

type Tally = Map<string, number>;
function judge({ minPairEvidence, minPartWords, ...thresholds }: Judged): string {
  const overall = new Map<string, Tally>();
  const byFile = new Map<string, Tally>();
  const judged: SafetyRules[] = classifiers.map((classifier) =>
    rules.withSecondNet({ classifier: classifier.withReading({ minPairEvidence, minPartWords }), thresholds, minWords: settings.minWords }),
  );
  examples.forEach((example, i) => {
    const fold = foldOf[i] ?? -1;
    if (fold < 0) return;
    const where = outcome(example.label, judged[fold]?.assess(example.text));
    if (process.env.MISSES === example.label && !where.startsWith('ok')) console.log(`    ${where}: ${example.text}`);
    const file = example.origin.file.replace(/.*\//, '');
    const keys: [Map<string, Tally>, string][] = [[overall, example.label], [byFile, `${file} ${example.label}`]];
    if (process.env.RULES_MISS && SIGNS.includes(example.label) && !rulesAlone[i]) keys.push([overall, `${example.label}, rules alone miss`], [byFile, `${file} ${example.label}, rules alone miss`]);
    for (const [map, key] of keys) {
      const tally = map.get(key) ?? new Map<string, number>();
      tally.set(where, (tally.get(where) ?? 0) + 1);
      map.set(key, tally);
    }
  });
  const show = (tally: Tally): string => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const ok = [...tally].filter(([k]) => k.startsWith('ok')).reduce((a, [, n]) => a + n, 0);
    const rest = [...tally].filter(([k]) => k !== 'ok').sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    return `${ok}/${total}${rest.length ? ` (${rest.join(', ')})` : ''}`;
  };
  const rows = [...overall].sort((a, b) => a[0].localeCompare(b[0])).map(([label, tally]) => `  ${label}: ${show(tally)}`);
  const files = process.env.BY_FILE ? [...byFile].sort().map(([k, tally]) => `    ${k}: ${show(tally)}`) : [];
  return [JSON.stringify({ ...thresholds, minPairEvidence, minPartWords }), ...rows, ...files].join('\n');
}

const base: Judged = { ...settings.thresholds, minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
const grid = (process.env.GRID ?? '').split(';').filter(Boolean).map((part) => ({ ...base, ...(JSON.parse(part) as Partial<Judged>) }));
for (const thresholds of [base, ...grid]) console.log(judge(thresholds));
