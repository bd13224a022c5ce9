import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentDigest, pathsDigest } from '../../../src/cache/contentDigest';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('the content digest both safety caches use', () => {
  it('gives the same digest for the same pieces, and another when a name, a byte or the purpose changes', () => {
    const of = (purpose: string, name: string, text: string): string => new ContentDigest(purpose).add(name, text).digest().toString('hex');
    expect(of('a', 'x', 'hello')).toBe(of('a', 'x', 'hello'));
    expect(of('a', 'x', 'hello')).not.toBe(of('a', 'y', 'hello'));
    expect(of('a', 'x', 'hello')).not.toBe(of('a', 'x', 'hellO'));
    expect(of('a', 'x', 'hello')).not.toBe(of('b', 'x', 'hello'));
  });

  it('keeps pieces apart: moving bytes from one piece to the next is another digest', () => {
    const two = (a: string, b: string): string => new ContentDigest('t').add('1', a).add('2', b).digest().toString('hex');
    expect(two('ab', 'c')).not.toBe(two('a', 'bc'));
  });

  it('reads a folder in a fixed order at any depth, and a missing path differs from an empty file', () => {
    const files = { 'a.yaml': 'one', 'sub/b.yaml': 'two' };
    expect(pathsDigest('t', [tree(files)])).toEqual(pathsDigest('t', [tree(files)]));
    expect(pathsDigest('t', [tree(files)])).not.toEqual(pathsDigest('t', [tree({ ...files, 'sub/b.yaml': 'three' })]));
    const root = tree({ 'empty.yaml': '' });
    expect(pathsDigest('t', [join(root, 'empty.yaml')])).not.toEqual(pathsDigest('t', [join(root, 'missing.yaml')]));
  });

  it('leaves out what the filter leaves out, such as a subfolder', () => {
    const onlyFiles = (root: string): Buffer => new ContentDigest('t').addPath('code', root, (_, isFolder) => !isFolder).digest();
    expect(onlyFiles(tree({ 'a.ts': 'x', 'sub/b.ts': 'one' }))).toEqual(onlyFiles(tree({ 'a.ts': 'x', 'sub/b.ts': 'two' })));
    expect(onlyFiles(tree({ 'a.ts': 'x' }))).not.toEqual(onlyFiles(tree({ 'a.ts': 'y' })));
  });
});
