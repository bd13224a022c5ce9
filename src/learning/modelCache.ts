import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SoftmaxModel, trainingCode, type LabelledFeatures, type TrainingSettings } from './softmaxModel';

/**
 * Where trained models are kept: a folder, and the kind of model (the safety classifier, the
 * learned re-ranker), which names its files, so each kind keeps its own newest KEEP models.
 */
export interface ModelCache {
  readonly folder: string;
  readonly kind: string;
}

const SUFFIX = '.model';
const INPUTS_SUFFIX = '.inputs';
/** Cached models kept of each kind (the newest): enough for a few branches or content versions side by side. */
const KEEP = 6;
const DIGEST_BYTES = 32;

/**
 * Training runs once per distinct input, not once per start-up or test file. The key is a hash
 * of everything training reads: each example's label and extracted features (so a change to the
 * examples, the text normaliser or the feature code changes it), the settings, the number of
 * classes and buckets, and the source of the training code itself. Anything else, or a cached
 * file that is damaged, means training afresh: a stale model cannot be loaded. Without a
 * folder, or when it cannot be written, the model is simply trained.
 */
export function trainCached(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings, cache?: ModelCache): SoftmaxModel {
  return trainKeyed(examples, classes, settings, cache).model;
}

/** trainCached, and the key the model is cached under. */
export function trainKeyed(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings, cache?: ModelCache): { model: SoftmaxModel; key: Buffer } {
  const key = cacheKey(examples, classes, settings);
  if (!cache) return { model: SoftmaxModel.train(examples, classes, settings), key };
  const file = modelFile(cache, key);
  const cached = readModel(file, key, classes);
  if (cached) return { model: cached, key };
  const model = SoftmaxModel.train(examples, classes, settings);
  writeModel(cache, file, key, model);
  return { model, key };
}

/**
 * The model once trained from exactly these inputs (inputsKey.ts), found without reading or
 * featurising a single example: the inputs' key names the key of the model trained from them.
 */
export function modelForInputs(cache: ModelCache, inputsKey: Buffer, classes: number): SoftmaxModel | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(inputsFile(cache, inputsKey));
  } catch {
    return undefined;
  }
  if (bytes.length !== 2 * DIGEST_BYTES || !bytes.subarray(0, DIGEST_BYTES).equals(inputsKey)) return undefined;
  const modelKey = bytes.subarray(DIGEST_BYTES);
  return readModel(modelFile(cache, modelKey), modelKey, classes);
}

/** Notes that these inputs gave the model cached under modelKey (written aside, then renamed). */
export function rememberInputs(cache: ModelCache, inputsKey: Buffer, modelKey: Buffer): void {
  try {
    mkdirSync(cache.folder, { recursive: true });
    const file = inputsFile(cache, inputsKey);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([inputsKey, modelKey]));
    renameSync(partial, file);
    prune(cache, INPUTS_SUFFIX);
  } catch {
    // Only the next start-up's reading of the examples is lost.
  }
}

const modelFile = ({ folder, kind }: ModelCache, key: Buffer): string => join(folder, `${kind}-${key.toString('hex')}${SUFFIX}`);
const inputsFile = ({ folder, kind }: ModelCache, key: Buffer): string => join(folder, `${kind}-inputs-${key.toString('hex')}${INPUTS_SUFFIX}`);

function cacheKey(examples: readonly LabelledFeatures[], classes: number, settings: TrainingSettings): Buffer {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ classes, features: 'exact', settings, count: examples.length }));
  hash.update(trainingCode());
  for (const { label, features } of examples) {
    hash.update(Int32Array.of(label, features.length));
    hash.update(Int32Array.from(features));
  }
  return hash.digest();
}

/** [key][digest of the model's bytes][the model's bytes]: a truncated or altered file does not load. */
function readModel(file: string, key: Buffer, classes: number): SoftmaxModel | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const body = bytes.subarray(2 * DIGEST_BYTES);
  if (!bytes.subarray(0, DIGEST_BYTES).equals(key)) return undefined;
  if (!bytes.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(createHash('sha256').update(body).digest())) return undefined;
  return SoftmaxModel.fromBytes(body, classes);
}

function writeModel(cache: ModelCache, file: string, key: Buffer, model: SoftmaxModel): void {
  try {
    mkdirSync(cache.folder, { recursive: true });
    const body = model.toBytes();
    // Written aside, then renamed: another process never reads a half-written model.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([key, createHash('sha256').update(body).digest(), body]));
    renameSync(partial, file);
    prune(cache, SUFFIX);
  } catch {
    // A cache that cannot be written only costs the next start-up its training time.
  }
}

function prune({ folder, kind }: ModelCache, suffix: string): void {
  const models = readdirSync(folder)
    .filter((name) => name.startsWith(`${kind}-`) && name.endsWith(suffix))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of models.slice(KEEP)) unlinkSync(path);
}
