import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepBridge, keptBridge } from '../../../src/knowledge/matching/bridgeCache';

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the vocabulary bridge, kept between starts for unchanged inputs', () => {
  it('reads back the same bridged terms it kept', () => {
    folder = mkdtempSync(join(tmpdir(), 'bridge-'));
    const pairs = [['physician', { term: 'doctor', weight: 0.8 }], ['infirmary', { term: 'hospital', weight: 0.5 }]] as const;
    keepBridge(folder, 'inputs one', pairs);
    expect([...(keptBridge(folder, 'inputs one') ?? [])]).toEqual(pairs);
  });

  it('keeps nothing for other inputs, so a changed setting or content is built afresh', () => {
    folder = mkdtempSync(join(tmpdir(), 'bridge-'));
    keepBridge(folder, 'inputs one', [['physician', { term: 'doctor', weight: 0.8 }]]);
    expect(keptBridge(folder, 'inputs two')).toBeUndefined();
  });

  it('keeps only the newest six bridges in its folder', () => {
    folder = mkdtempSync(join(tmpdir(), 'bridge-'));
    for (let i = 0; i < 8; i += 1) keepBridge(folder, `inputs ${i}`, [['physician', { term: 'doctor', weight: i }]]);
    expect(readdirSync(folder).filter((name) => name.startsWith('vocabulary-bridge-'))).toHaveLength(6);
  });

  it('finds nothing in a folder that does not exist, rather than failing start-up', () => {
    expect(keptBridge(join(tmpdir(), 'no-such-folder-for-a-bridge'), 'inputs one')).toBeUndefined();
  });
});
