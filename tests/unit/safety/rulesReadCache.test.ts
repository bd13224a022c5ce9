import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRuleFilesCached, type RuleFilesRead } from '../../../src/safety/rulesReadCache';
import type { SafetyRuleSpec } from '../../../src/safety/types';

const SPEC: SafetyRuleSpec = {
  id: 'chest-pain',
  category: 'emergency',
  description: 'chest pain',
  source: 'NHS',
  patterns: ['\\bchest pain\\b'],
  requires: [],
  unless: ['{history}'],
  unlessInClause: [],
  lowerIf: [],
  anyTime: false,
  alwaysSecondTier: false,
  mustTrigger: ['I have chest pain'],
  mustNotTrigger: [],
  possibleOnly: [],
  origin: { file: 'emergency.yaml', line: 3 },
  lines: new Map([['\\bchest pain\\b', 8], ['{history}', 10]]),
};
const READ: RuleFilesRead = { listsFile: 'word-lists.yaml', lists: [{ name: 'history', description: 'd', words: ['had'], origin: { file: 'word-lists.yaml', line: 2 } }], specs: [SPEC] };

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("the rule files' reading, kept for unchanged files", () => {
  const setUp = (): { files: string[]; cache: string; reads: () => number; reader: (clean?: boolean) => () => { result: RuleFilesRead; clean: boolean } } => {
    folder = mkdtempSync(join(tmpdir(), 'rules-read-'));
    const files = ['word-lists.yaml', 'emergency.yaml'].map((name) => join(folder, name));
    files.forEach((file) => writeFileSync(file, `# ${file}\n`));
    let count = 0;
    return {
      files,
      cache: join(folder, 'cache'),
      reads: () => count,
      reader: (clean = true) => () => {
        count++;
        return { result: READ, clean };
      },
    };
  };

  it('reads the files once, then gives the same reading without reading them', () => {
    const { files, cache, reads, reader } = setUp();
    expect(readRuleFilesCached(files, cache, reader())).toEqual(READ);
    const again = readRuleFilesCached(files, cache, reader());
    expect(reads()).toBe(1);
    expect(again).toEqual(READ);
    expect(again.specs[0]?.lines.get('{history}')).toBe(10);
  });

  it('reads them again when a byte of any of them changed', () => {
    const { files, cache, reads, reader } = setUp();
    readRuleFilesCached(files, cache, reader());
    writeFileSync(files[1] ?? '', '# changed\n');
    readRuleFilesCached(files, cache, reader());
    expect(reads()).toBe(2);
  });

  it('never keeps a reading that had a problem, nor any without a cache folder', () => {
    const { files, cache, reads, reader } = setUp();
    readRuleFilesCached(files, cache, reader(false));
    readRuleFilesCached(files, cache, reader());
    readRuleFilesCached(files, undefined, reader());
    expect(reads()).toBe(3);
  });
});
