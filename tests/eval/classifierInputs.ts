import { join } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { ProblemList } from '../../src/content/contentProblems';
import { YamlFile } from '../../src/content/yamlFile';
import { loadSafetyRules } from '../../src/safety';
import { loadExamples, readClassifierSettings } from '../../src/safety/classifier/loadExamples';
import { loadOrdinaryMessages } from '../../src/safety/classifier/ordinaryMessages';
import { ruleExamples } from '../../src/safety/classifier/ruleExamples';

/**
 * What the eval tools that retrain the safety classifier start from: the shipped settings (training settings
 * overridden by TRAIN='{"...": ...}'), the content's ordinary messages, the labelled examples (less any examples
 * file whose name contains WITHOUT), the shipped rules and their own examples.
 */
export function classifierInputs() {
  const problems = new ProblemList();
  const settings = readClassifierSettings(new YamlFile(join(DEFAULTS.safetyDir, 'classifier.yaml'), problems));
  if (!settings) throw new Error('no classifier settings');
  const training = { ...settings.training, ...(JSON.parse(process.env.TRAIN ?? '{}') as Partial<typeof settings.training>) };
  const ordinary = loadOrdinaryMessages(DEFAULTS.safetyDir, settings.ordinaryMessages, problems);
  const without = process.env.WITHOUT;
  const labelled = loadExamples(join(DEFAULTS.safetyDir, 'examples'), problems).filter((example) => !without || !example.origin.file.includes(without));
  problems.throwIfAny();
  const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
  return { settings, training, ordinary, labelled, rules, fromRules: ruleExamples(rules) };
}
