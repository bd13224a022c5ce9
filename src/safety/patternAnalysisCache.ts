import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { branchesOf, type Branch } from './clauses';
import { ContentDigest } from '../cache/contentDigest';
import { keepFile, packageVersion, type KeptFiles } from '../cache/keptFiles';

/** Analyses kept (the newest six): enough for a few branches or content versions side by side. */
const ANALYSES: KeptFiles = { prefix: 'safety-patterns-analysed-', suffix: '.json', keep: 6 };

/** How one pattern's source reads (branchesOf): its branches, or undefined when it is scanned whole. */
export type AnalysePattern = (source: string) => readonly Branch[] | undefined;

interface Stored {
  readonly sources: readonly string[];
  /** Each source's branches, in the same order; null where branchesOf gave undefined. */
  readonly branches: readonly (readonly Branch[] | null)[];
}

/**
 * Reading every rule's patterns into clauses (branchesOf, for the anchor index) is the costliest
 * part of composing the safety rules (~1 s CPU), and its result depends only on the patterns'
 * sources, the code in this folder and the regexp parser. It is kept under a hash of all of them:
 * any change to any of them is a new hash, so a kept analysis can never be stale. Plain data
 * (strings, numbers, booleans), so the file read back is the same analysis. Without a folder (or
 * in a clean clone, as in CI) every pattern is analysed.
 */
export function analysedPatterns(sources: readonly string[], folder: string | undefined): AnalysePattern {
  if (!folder) return branchesOf;
  const unique = [...new Set(sources)];
  const file = join(folder, `${ANALYSES.prefix}${analysisKey(unique)}${ANALYSES.suffix}`);
  const kept = load(file, unique);
  if (kept) return lookUp(kept);
  const analysed = new Map(unique.map((source) => [source, branchesOf(source)]));
  const stored: Stored = { sources: unique, branches: unique.map((source) => analysed.get(source) ?? null) };
  keepFile(folder, file, JSON.stringify(stored), ANALYSES);
  return lookUp(analysed);
}

/** A source not analysed ahead (none, as loadSafetyRules passes them all) is analysed when asked. */
function lookUp(analysed: ReadonlyMap<string, readonly Branch[] | undefined>): AnalysePattern {
  return (source) => (analysed.has(source) ? analysed.get(source) : branchesOf(source));
}

function analysisKey(sources: readonly string[]): string {
  const digest = new ContentDigest('safety patterns analysed').add('node', process.version);
  sources.forEach((source, i) => digest.add(String(i), source));
  // This folder's code (clauses.ts reads the patterns; the rest is cheap to include), not its subfolders.
  digest.addPath('.', __dirname, (name, isFolder) => !isFolder && /\.(?:ts|js)$/.test(name));
  digest.add('regexpp', packageVersion('@eslint-community/regexpp'));
  return digest.digest().toString('hex');
}

function load(file: string, sources: readonly string[]): ReadonlyMap<string, readonly Branch[] | undefined> | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    return undefined;
  }
  // The key covers the sources; this only guards against a file cut short or written by hand.
  if (stored.sources.length !== sources.length || stored.branches.length !== sources.length) return undefined;
  return new Map(stored.sources.map((source, i) => [source, stored.branches[i] ?? undefined]));
}
