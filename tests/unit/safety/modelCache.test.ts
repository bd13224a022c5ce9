import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageFeatures } from '../../../src/safety/classifier/features';
import { safetyModels } from '../../../src/safety/classifier/modelCache';
import * as models from '../../../src/learning/modelCache';
import { SoftmaxModel, type LabelledFeatures, type TrainingSettings } from '../../../src/learning/softmaxModel';
import { normalise } from '../../../src/text/normalise';

const SETTINGS = { epochs: 3, learningRate: 0.3, l2: 0.001, seed: 7, classBalance: 1 };
const labelled = (text: string, label: number): LabelledFeatures => ({ features: messageFeatures(normalise(text)).features, label });
const EXAMPLES = [labelled('my dad has collapsed', 0), labelled('i want it all to end', 1), labelled('how do i ask for a second opinion', 2)];

const scores = (model: SoftmaxModel, text: string): number[] => {
  const out = new Float64Array(3);
  model.scores(labelled(text, 0).features, out);
  return [...out];
};

let folder = '';
/** The classifier's cache, as loadClassifier uses it. */
const trainCached = (examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings, at: string): SoftmaxModel =>
  models.trainCached(examples, classes, settings, safetyModels(at));
afterEach(() => {
  vi.restoreAllMocks();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the trained classifier cache', () => {
  it('reuses the model trained on the same examples and settings instead of training again', () => {
    folder = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const train = vi.spyOn(SoftmaxModel, 'train');
    const first = trainCached(EXAMPLES, 3, SETTINGS, folder);
    const second = trainCached(EXAMPLES, 3, SETTINGS, folder);
    expect(train).toHaveBeenCalledTimes(1);
    expect(scores(second, 'my mum has collapsed')).toEqual(scores(first, 'my mum has collapsed'));
  });

  it('trains afresh when an example, a label or a setting changes', () => {
    folder = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const train = vi.spyOn(SoftmaxModel, 'train');
    trainCached(EXAMPLES, 3, SETTINGS, folder);
    trainCached([...EXAMPLES, labelled('can i take ibuprofen', 2)], 3, SETTINGS, folder);
    trainCached([...EXAMPLES.slice(0, 2), labelled('how do i ask for a second opinion', 1)], 3, SETTINGS, folder);
    trainCached(EXAMPLES, 3, { ...SETTINGS, epochs: 4 }, folder);
    expect(train).toHaveBeenCalledTimes(4);
    expect(readdirSync(folder)).toHaveLength(4);
  });

  it('never loads a damaged cached model: it trains again and gives what fresh training gives', () => {
    folder = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const fresh = trainCached(EXAMPLES, 3, SETTINGS, folder);
    const [name] = readdirSync(folder);
    const path = join(folder, name ?? '');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const train = vi.spyOn(SoftmaxModel, 'train');
    const again = trainCached(EXAMPLES, 3, SETTINGS, folder);
    expect(train).toHaveBeenCalledTimes(1);
    expect(scores(again, 'i want it to end')).toEqual(scores(fresh, 'i want it to end'));
    writeFileSync(path, bytes.subarray(0, 100));
    expect(scores(trainCached(EXAMPLES, 3, SETTINGS, folder), 'i want it to end')).toEqual(scores(fresh, 'i want it to end'));
  });

  it('still trains a model when the cache folder cannot be written', () => {
    folder = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const notAFolder = join(folder, 'file');
    writeFileSync(notAFolder, 'x');
    const model = trainCached(EXAMPLES, 3, SETTINGS, join(notAFolder, 'cache'));
    expect(scores(model, 'my mum has collapsed')).toEqual(scores(SoftmaxModel.train(EXAMPLES, 3, SETTINGS), 'my mum has collapsed'));
  });

  it('keeps the newest models of each kind apart: other models in the folder never push the classifier out', () => {
    folder = mkdtempSync(join(tmpdir(), 'model-cache-'));
    trainCached(EXAMPLES, 3, SETTINGS, folder);
    const other = { folder, kind: 'learned-ranker' };
    for (let epochs = 1; epochs <= 8; epochs++) models.trainCached(EXAMPLES, 3, { ...SETTINGS, epochs }, other);
    const names = readdirSync(folder);
    expect(names.filter((name) => name.startsWith('safety-classifier-'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('learned-ranker-'))).toHaveLength(6);
    const train = vi.spyOn(SoftmaxModel, 'train');
    trainCached(EXAMPLES, 3, SETTINGS, folder);
    expect(train).not.toHaveBeenCalled();
  });
});
