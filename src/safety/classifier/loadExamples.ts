import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../../content/contentProblems';
import { FieldReader, isRecord, topLevelList } from '../../content/fields';
import { displayPath, YamlFile, type YamlPath } from '../../content/yamlFile';
import { normalise } from '../../text/normalise';
import type { OrdinarySource } from './ordinaryMessages';
import type { FeatureWordLists } from './features';
import type { PairEvidence } from './safetyClassifier';
import { EXAMPLE_LABELS, type ClassifierSettings, type ExampleLabel, type SafetyExample } from './types';

const FILE_FIELDS = ['writtenBy', 'guidance', 'examples'];

/**
 * Reads every .yaml file of the examples folder: a header saying who wrote the phrasings and
 * from which public guidance, then the labelled phrasings. Unknown labels, empty texts and the
 * same phrasing given two different labels are reported with file and line.
 */
export function loadExamples(folder: string, problems: ProblemList, ordinary: readonly SafetyExample[] = []): SafetyExample[] {
  if (!existsSync(folder)) {
    problems.add(displayPath(folder), 1, 'the folder of labelled safety examples is missing');
    return [];
  }
  const names = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
  if (names.length === 0) problems.add(displayPath(folder), 1, 'the folder of labelled safety examples has no .yaml file');
  const examples = [...names.flatMap((name) => readExampleFile(new YamlFile(join(folder, name), problems))), ...ordinary];
  checkConsistentLabels(examples, problems);
  return examples;
}

function readExampleFile(file: YamlFile): SafetyExample[] {
  if (file.data === undefined) return [];
  const header = FieldReader.forMapping(file, [], file.data, 'an examples file', FILE_FIELDS);
  if (!header) return [];
  header.text('writtenBy');
  header.text('guidance');
  const examples: SafetyExample[] = [];
  topLevelList(file, 'examples').forEach((raw, index) => {
    const path: YamlPath = ['examples', index];
    const reader = FieldReader.forMapping(file, path, raw, 'an example', ['text', 'label']);
    if (!reader) return;
    const text = reader.text('text');
    const label = reader.text('label');
    if (label && !(EXAMPLE_LABELS as readonly string[]).includes(label)) {
      reader.problem('label', `label "${label}" should be one of: ${EXAMPLE_LABELS.join(', ')}`);
      return;
    }
    if (text && label) examples.push({ text, label: label as ExampleLabel, origin: { file: file.name, line: file.lineOf(path) } });
  });
  return examples;
}

/** One phrasing with two labels teaches the model nothing but confusion: a reviewer must choose. */
function checkConsistentLabels(examples: readonly SafetyExample[], problems: ProblemList): void {
  const first = new Map<string, SafetyExample>();
  for (const example of examples) {
    const key = normalise(example.text).replace(/[.,!?;:]/g, '').trim();
    const earlier = first.get(key);
    if (!earlier) first.set(key, example);
    else if (earlier.label !== example.label && !(answeredNormally(earlier.label) && answeredNormally(example.label))) {
      problems.add(
        example.origin.file,
        example.origin.line,
        `this phrasing is labelled "${example.label}" here but "${earlier.label}" at ${earlier.origin.file}:${earlier.origin.line}`,
      );
    }
  }
}

/** A near-miss and an ordinary message are both answered normally: the two labels agree. */
function answeredNormally(label: ExampleLabel): boolean {
  return label === 'near-miss' || label === 'none';
}

const TRAINING_FIELDS = ['epochs', 'learningRate', 'l2', 'seed', 'classBalance'] as const;
const THRESHOLD_FIELDS = ['emergency', 'possibleEmergency', 'crisis', 'possibleCrisis', 'medicalAdvice'] as const;

/** Reads the classifier's training settings and decision thresholds, each checked with its line. */
export function readClassifierSettings(file: YamlFile): ClassifierSettings | undefined {
  if (file.data === undefined) return undefined;
  const top = FieldReader.forMapping(file, [], file.data, 'the classifier settings', ['minWords', 'minPairEvidence', 'training', 'thresholds', 'ordinaryMessages', 'flowExits', 'featureWords']);
  if (!top) return undefined;
  // A section's fields: each required one checked alike, each optional one with its own check and the value it takes when left out.
  const section = <K extends string, O extends string = never>(
    name: string,
    keys: readonly K[],
    check: (value: number) => string | undefined,
    optional: Readonly<Record<O, { readonly fallback: number; readonly check: (value: number) => string | undefined }>> = {} as Record<O, never>,
  ): Record<K | O, number> | undefined => {
    const raw = top.raw(name);
    if (!isRecord(raw)) {
      top.problem(name, `"${name}" should be a mapping of ${keys.join(', ')}`);
      return undefined;
    }
    const optionalKeys = Object.keys(optional) as O[];
    const reader = new FieldReader(file, [name], raw, [...keys, ...optionalKeys]);
    const out = {} as Record<K | O, number>;
    let ok = true;
    const read = (key: K | O, value: unknown, checkOf: (value: number) => string | undefined): void => {
      const problem = typeof value !== 'number' || !Number.isFinite(value) ? 'should be a number' : checkOf(value);
      if (problem) {
        reader.problem(key, `"${key}" ${problem}`);
        ok = false;
      } else out[key] = value as number;
    };
    for (const key of keys) read(key, reader.raw(key), check);
    for (const key of optionalKeys) read(key, reader.raw(key) ?? optional[key].fallback, optional[key].check);
    return ok ? out : undefined;
  };
  const training = section('training', TRAINING_FIELDS, (v) => (v < 0 ? 'should not be negative' : undefined), {
    // One training order unless more are asked for (as before the field existed).
    orders: { fallback: 1, check: (v) => (Number.isInteger(v) && v >= 1 ? undefined : 'should be a whole number, 1 or more') },
  });
  const thresholds = section('thresholds', THRESHOLD_FIELDS, (v) => (v > 0 && v <= 1 ? undefined : 'should be a probability above 0 and at most 1'), {
    // 0: no whole-message check.
    crisisAsAWhole: { fallback: 0, check: (v) => (v >= 0 && v <= 1 ? undefined : 'should be a probability from 0 to 1') },
  });
  if (thresholds && thresholds.possibleCrisis > thresholds.crisis) {
    top.problem('thresholds', '"possibleCrisis" should not be above "crisis": it is the lower, half-sure tier');
    return undefined;
  }
  const minWords = top.raw('minWords');
  if (typeof minWords !== 'number' || !Number.isInteger(minWords) || minWords < 1) {
    top.problem('minWords', '"minWords" should be a whole number, 1 or more');
    return undefined;
  }
  // Optional: without it, the probabilities alone decide. One number for every kind, or one per kind.
  const minPairEvidence = readPairEvidence(top.raw('minPairEvidence') ?? 0);
  if (!minPairEvidence) {
    top.problem('minPairEvidence', `"minPairEvidence" should be a number, 0 or more, or a mapping of ${PAIR_EVIDENCE_FIELDS.join(', ')} to such numbers`);
    return undefined;
  }
  const ordinaryMessages = readOrdinarySources(file);
  const flowExits = readSource(file, ['flowExits'], top.raw('flowExits'));
  const featureWords = readFeatureWords(file, top);
  return training && thresholds && ordinaryMessages && flowExits && featureWords ? { training, thresholds, minWords, minPairEvidence, ordinaryMessages, flowExits, featureWords } : undefined;
}

const FEATURE_WORD_FIELDS = ['joining', 'asking', 'fillers', 'subjects', 'clinical', 'process'] as const;
const NO_WORD_LISTS: FeatureWordLists = Object.freeze({ joining: [], asking: [], fillers: [], subjects: [], clinical: [], process: [] });
const PLAIN_WORD = /^[a-z0-9]+$/;
const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** featureWords' lists of phrases: hedges (read as commas) and what one wants to know, with the word after it. */
const PHRASE_FIELDS = ['hedges', 'wantsToKnow', 'wantsToKnowThen'] as const;

/**
 * featureWords (optional): one list of plain words per kind, each word as the normaliser leaves it (lowercase
 * letters and digits: a word with a space or a capital would never be met); a word twice in the same
 * list, or in two of joining, asking and fillers (which would make the feature pass ambiguous), is refused.
 */
function readFeatureWords(file: YamlFile, top: FieldReader): FeatureWordLists | undefined {
  const raw = top.raw('featureWords');
  // Optional: without it every word pair counts and no asking frame is read (small fixtures).
  if (raw === undefined) return NO_WORD_LISTS;
  if (!isRecord(raw)) {
    top.problem('featureWords', `"featureWords" should be a mapping of ${FEATURE_WORD_FIELDS.join(', ')} to lists of words`);
    return undefined;
  }
  const reader = new FieldReader(file, ['featureWords'], raw, [...FEATURE_WORD_FIELDS, ...PHRASE_FIELDS]);
  let ok = true;
  const lists = {} as Record<(typeof FEATURE_WORD_FIELDS)[number], string[]>;
  // Hedges and what one wants to know are phrases ("to be honest", "want to know"): plain words with one space between.
  const phrases = {} as Record<(typeof PHRASE_FIELDS)[number], string[]>;
  for (const field of PHRASE_FIELDS) {
    phrases[field] = reader.textList(field, { optional: true });
    phrases[field].forEach((phrase, index) => {
      if (!PLAIN_PHRASE.test(phrase)) {
        file.problem(['featureWords', field, index], `"${phrase}" should be lowercase words of letters and digits, one space between`);
        ok = false;
      }
    });
  }
  for (const field of FEATURE_WORD_FIELDS) {
    const words = reader.textList(field, { min: 1 });
    const seen = new Set<string>();
    words.forEach((word, index) => {
      const problem = !PLAIN_WORD.test(word) ? `"${word}" should be one word of lowercase letters and digits` : seen.has(word) ? `"${word}" is already in the list` : undefined;
      if (problem) {
        file.problem(['featureWords', field, index], problem);
        ok = false;
      }
      seen.add(word);
    });
    lists[field] = words;
  }
  for (const [a, b] of [['joining', 'asking'], ['joining', 'fillers'], ['asking', 'fillers']] as const) {
    for (const word of lists[a]) {
      if (lists[b].includes(word)) {
        file.problem(['featureWords', b, lists[b].indexOf(word)], `"${word}" is in both ${a} and ${b}: a word has one part in a sentence`);
        ok = false;
      }
    }
  }
  return ok ? { ...lists, ...phrases } : undefined;
}

const PAIR_EVIDENCE_FIELDS = ['emergency', 'crisis', 'medicalAdvice'] as const;

function readPairEvidence(raw: unknown): PairEvidence | undefined {
  const valid = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (valid(raw)) return { emergency: raw, crisis: raw, medicalAdvice: raw };
  if (!isRecord(raw) || Object.keys(raw).some((key) => !(PAIR_EVIDENCE_FIELDS as readonly string[]).includes(key))) return undefined;
  const { emergency, crisis, medicalAdvice } = raw;
  return valid(emergency) && valid(crisis) && valid(medicalAdvice) ? { emergency, crisis, medicalAdvice } : undefined;
}

function readOrdinarySources(file: YamlFile): OrdinarySource[] | undefined {
  const sources: OrdinarySource[] = [];
  let ok = true;
  topLevelList(file, 'ordinaryMessages').forEach((raw, index) => {
    const source = readSource(file, ['ordinaryMessages', index], raw);
    if (source) sources.push(source);
    else ok = false;
  });
  return ok ? sources : undefined;
}

function readSource(file: YamlFile, path: YamlPath, raw: unknown): OrdinarySource | undefined {
  const reader = FieldReader.forMapping(file, path, raw, 'a place in the content (from, fields)', ['from', 'fields']);
  const from = reader?.text('from');
  const fields = reader?.textList('fields', { min: 1 });
  return from && fields && fields.length > 0 ? { from, fields } : undefined;
}
