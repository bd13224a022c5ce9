import { resolve } from 'node:path';
import type { ProblemList } from '../../content/contentProblems';
import type { SafetyRules } from '../safetyRules';
import { classifierInputsKey, codeUnchanged } from './inputsKey';
import { loadExamples } from './loadExamples';
import { modelForInputs, rememberInputs, trainKeyed } from '../../learning/modelCache';
import { safetyModels } from './modelCache';
import { loadOrdinaryMessages } from './ordinaryMessages';
import { ruleExamples } from './ruleExamples';
import { featureWords } from './features';
import { featurise, SafetyClassifier } from './safetyClassifier';
import { EXAMPLE_LABELS, type ClassifierSettings } from './types';

/** Where the classifier learns from. */
export interface ClassifierSources {
  /** knowledge/safety: the settings, the rules and, in examplesFolder, the labelled phrasings. */
  readonly safetyFolder: string;
  readonly examplesFolder: string;
  readonly settings: ClassifierSettings;
  /** The rules, whose own examples it learns as well. */
  readonly rules: SafetyRules;
}

/**
 * The classifier the bot starts with. With a cache folder, a start-up whose inputs (every file
 * it learns from and the code that reads them, inputsKey.ts) are exactly those of an earlier
 * load takes the model that load trained, reading no example at all; otherwise the examples
 * are read and checked (problems reported with file and line), and the model is trained or
 * taken from the cache by the features it learns from (modelCache.ts).
 */
export function loadClassifier(sources: ClassifierSources, problems: ProblemList, cacheFolder?: string): SafetyClassifier {
  const { safetyFolder, examplesFolder, settings, rules } = sources;
  const inputs = [safetyFolder, ...settings.ordinaryMessages.map(({ from }) => resolve(safetyFolder, from))];
  const cache = safetyModels(cacheFolder);
  const inputsKey = cache ? classifierInputsKey(inputs) : undefined;
  const known = cache && inputsKey ? modelForInputs(cache, inputsKey, EXAMPLE_LABELS.length) : undefined;
  const reading = { minPairEvidence: settings.minPairEvidence, minPartWords: settings.minWords };
  const words = featureWords(settings.featureWords);
  if (known) return SafetyClassifier.fromModel(known, reading, words);

  const examples = loadExamples(examplesFolder, problems, loadOrdinaryMessages(safetyFolder, settings.ordinaryMessages, problems));
  problems.throwIfAny();
  // Training is deterministic (a fixed seed), so editing the YAML is all it takes to change it.
  const { model, key } = trainKeyed(featurise([...examples, ...ruleExamples(rules)], words), EXAMPLE_LABELS.length, settings.training, cache);
  // Remembered only if nothing changed while it was read: no file saved mid-load, no code edited
  // since this process loaded it. Otherwise the next start-up reads the examples again.
  if (cache && inputsKey && codeUnchanged() && classifierInputsKey(inputs)?.equals(inputsKey)) rememberInputs(cache, inputsKey, key);
  return SafetyClassifier.fromModel(model, reading, words);
}
