import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSafetyRules } from '../../../src/safety';
import { classifierInputsKey, codeUnchanged } from '../../../src/safety/classifier/inputsKey';

// Counts how often the labelled examples are read, without changing what reading them does.
const reads = vi.hoisted(() => ({ examples: 0 }));
vi.mock('../../../src/safety/classifier/loadExamples', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/safety/classifier/loadExamples')>();
  return {
    ...original,
    loadExamples: (...args: Parameters<typeof original.loadExamples>) => {
      reads.examples++;
      return original.loadExamples(...args);
    },
  };
});

const WORD_LISTS = `wordLists:
${['history', 'recent-treatment', 'long-ago', 'happening-now', 'crisis-again', 'recovered-now', 'dated-past'].map((name) => `  - { name: ${name}, description: a list, words: ['\\b${name.replace(/-/g, '')}\\b'] }`).join('\n')}
`;
const CLASSIFIER = `minWords: 3
training: { epochs: 4, learningRate: 0.3, l2: 0.000001, seed: 7, classBalance: 1 }
thresholds: { emergency: 0.8, possibleEmergency: 0.5, crisis: 0.7, possibleCrisis: 0.3, medicalAdvice: 0.8 }
ordinaryMessages: [{ from: ../ordinary.yaml, fields: [question] }]
flowExits: { from: ../ordinary.yaml, fields: [leaving] }
`;
const EXAMPLES = `writtenBy: the tests
guidance: none
examples:
  - { text: my dad has collapsed and is not responding, label: emergency }
  - { text: i want it all to end tonight, label: crisis }
  - { text: can i take these tablets with ibuprofen, label: medical-advice }
`;

let root = '';
afterEach(() => {
  reads.examples = 0;
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A safety folder beside an ordinary-messages file, and a cache folder. */
function fixture(): { safety: string; cache: string; ordinary: string } {
  root = mkdtempSync(join(tmpdir(), 'classifier-start-'));
  const safety = join(root, 'safety');
  mkdirSync(join(safety, 'examples'), { recursive: true });
  writeFileSync(join(safety, 'word-lists.yaml'), WORD_LISTS);
  for (const name of ['emergency', 'crisis', 'medical-advice']) writeFileSync(join(safety, `${name}.yaml`), 'rules: []\n');
  writeFileSync(join(safety, 'classifier.yaml'), CLASSIFIER);
  writeFileSync(join(safety, 'examples', 'tests.yaml'), EXAMPLES);
  const ordinary = join(root, 'ordinary.yaml');
  writeFileSync(ordinary, '- { question: how do i ask for a second opinion, leaving: stop }\n');
  return { safety, cache: join(root, 'cache'), ordinary };
}

const readings = (safety: string, cache: string): unknown[] => {
  const rules = loadSafetyRules(safety, { modelCache: cache });
  return ['my mum has collapsed and is not responding', 'i want it to end', 'how do i get a second opinion'].map((text) => rules.assess(text));
};

describe('the classifier at start-up', () => {
  it('reads no labelled example when every input is as it was at an earlier start-up, and reads the same', () => {
    const { safety, cache } = fixture();
    const first = readings(safety, cache);
    expect(reads.examples).toBe(1);
    expect(readings(safety, cache)).toEqual(first);
    expect(reads.examples).toBe(1);
  });

  it('reads the examples again when any input changed: an example, a setting, an ordinary message, a rule file, a new file', () => {
    const { safety, cache, ordinary } = fixture();
    readings(safety, cache);
    const changes = [
      () => writeFileSync(join(safety, 'examples', 'tests.yaml'), `${EXAMPLES}  - { text: how long does it take, label: none }\n`),
      () => writeFileSync(join(safety, 'classifier.yaml'), CLASSIFIER.replace('epochs: 4', 'epochs: 5')),
      () => writeFileSync(ordinary, '- { question: who can ask for a second opinion, leaving: stop }\n'),
      () => writeFileSync(join(safety, 'crisis.yaml'), 'rules: []\n# reviewed\n'),
      () => writeFileSync(join(safety, 'examples', 'more.yaml'), 'writtenBy: the tests\nguidance: none\nexamples: []\n'),
    ];
    changes.forEach((change, i) => {
      change();
      readings(safety, cache);
      expect(reads.examples).toBe(i + 2);
    });
  });

  it('never takes a damaged note of earlier inputs: it reads the examples and gives what a fresh load gives', () => {
    const { safety, cache } = fixture();
    const fresh = readings(safety, cache);
    const note = readdirSync(cache).find((name) => name.endsWith('.inputs'));
    writeFileSync(join(cache, note ?? ''), 'not a key');
    expect(readings(safety, cache)).toEqual(fresh);
    expect(reads.examples).toBe(2);
  });

  it('keys the inputs by their bytes: the same files give the same key, any edit a new one', () => {
    const { safety, ordinary } = fixture();
    const key = classifierInputsKey([safety, ordinary]);
    expect(key).toBeDefined();
    expect(classifierInputsKey([safety, ordinary])).toEqual(key);
    writeFileSync(ordinary, '- { question: how do i ask for a second opinion , leaving: stop }\n');
    expect(classifierInputsKey([safety, ordinary])).not.toEqual(key);
    expect(codeUnchanged()).toBe(true);
  });
});
