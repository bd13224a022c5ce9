import type { LabelledFeatures, SoftmaxModel, TrainingSettings } from '../../learning/softmaxModel';
import * as models from '../../learning/modelCache';

/** The safety classifier's models in the cache folder (learning/modelCache.ts), named apart from other kinds. */
const inFolder = (folder: string): models.ModelCache => ({ folder, kind: 'safety-classifier' });

/** Trains on the examples, or takes the model trained on exactly these before (learning/modelCache.ts). */
export function trainCached(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings, folder?: string): SoftmaxModel {
  return models.trainCached(examples, classes, settings, folder ? inFolder(folder) : undefined);
}

/** trainCached, and the key the model is cached under. */
export function trainKeyed(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings, folder?: string): { model: SoftmaxModel; key: Buffer } {
  return models.trainKeyed(examples, classes, settings, folder ? inFolder(folder) : undefined);
}

/** The model once trained from exactly these inputs (inputsKey.ts), read without featurising an example. */
export function modelForInputs(folder: string, inputsKey: Buffer, classes: number): SoftmaxModel | undefined {
  return models.modelForInputs(inFolder(folder), inputsKey, classes);
}

/** Notes that these inputs gave the model cached under modelKey. */
export function rememberInputs(folder: string, inputsKey: Buffer, modelKey: Buffer): void {
  models.rememberInputs(inFolder(folder), inputsKey, modelKey);
}
