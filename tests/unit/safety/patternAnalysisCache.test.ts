import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { branchesOf } from '../../../src/safety/clauses';
import { analysedPatterns } from '../../../src/safety/patternAnalysisCache';

// An alternative with a bounded gap, one with an unbounded one, exact strings, a pattern that promises nothing, a bad one.
const SOURCES = ['\\b(?:chest|heart) pain\\b', '\\bcan(?:no|\')t breathe\\b.*\\bnow\\b', '\\b(?:collapsed|fainted)\\b', '[a-z]+', '(unclosed'];

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const keptFiles = (cache: string): string[] => readdirSync(cache).filter((name) => name.startsWith('safety-patterns-analysed-'));

describe("the safety patterns' analysis, kept for unchanged patterns and code", () => {
  it('reads back from its file the same analysis branchesOf gives, for every kind of pattern', () => {
    folder = mkdtempSync(join(tmpdir(), 'patterns-analysed-'));
    analysedPatterns(SOURCES, folder);
    expect(keptFiles(folder)).toHaveLength(1);
    const fromFile = analysedPatterns(SOURCES, folder);
    // toEqual: a field left undefined by branchesOf is absent from the file, which reads the same.
    for (const source of SOURCES) expect(fromFile(source)).toEqual(branchesOf(source));
    expect(fromFile('[a-z]+')).toBeUndefined();
  });

  it('keeps another analysis when a pattern changes, and none without a cache folder', () => {
    folder = mkdtempSync(join(tmpdir(), 'patterns-analysed-'));
    analysedPatterns(SOURCES, folder);
    analysedPatterns([...SOURCES.slice(1), '\\bstroke\\b'], folder);
    expect(keptFiles(folder)).toHaveLength(2);
    expect(analysedPatterns(SOURCES, undefined)).toBe(branchesOf);
  });

  it('analyses a pattern it was not given ahead when asked', () => {
    folder = mkdtempSync(join(tmpdir(), 'patterns-analysed-'));
    expect(analysedPatterns(SOURCES, folder)('\\bseizure\\b')).toEqual(branchesOf('\\bseizure\\b'));
  });
});
