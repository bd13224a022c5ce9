import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentDigest } from '../cache/contentDigest';
import { keepFile, packageVersion, type KeptFiles } from '../cache/keptFiles';
import type { SafetyRuleSpec, WordList } from './types';

/** Readings kept (the newest six): enough for a few branches or content versions side by side. */
const READINGS: KeptFiles = { prefix: 'safety-rules-read-', suffix: '.json', keep: 6 };
/** The code a reading depends on: this folder (the loader and the types it fills) and the YAML reader, not their subfolders. */
const CODE_FOLDERS = ['.', '../content'];

/** What the safety rule files say: their word lists and rules, and the word lists file's name for reporting. */
export interface RuleFilesRead {
  readonly listsFile: string | undefined;
  readonly lists: readonly WordList[];
  readonly specs: readonly SafetyRuleSpec[];
}

interface Stored {
  readonly listsFile: string | null;
  readonly lists: readonly WordList[];
  readonly specs: readonly (Omit<SafetyRuleSpec, 'lines'> & { readonly lines: readonly (readonly [string, number])[] })[];
}

/**
 * Parsing the rule files' YAML is a third of loading the safety rules, and its result depends only
 * on their bytes, the code that reads them, the YAML package and where they are (problems name the
 * file as seen from the working folder). A reading with no problem is kept under a hash of all of
 * them: any change to any of them is a new hash, so a kept reading can never be stale; a reading
 * with a problem is never kept (the next start-up reads the YAML and reports it again). Without a
 * folder (or in a clean clone, as in CI) the YAML is always read.
 */
export function readRuleFilesCached(paths: readonly string[], folder: string | undefined, read: () => { readonly result: RuleFilesRead; readonly clean: boolean }): RuleFilesRead {
  if (!folder) return read().result;
  const file = join(folder, `${READINGS.prefix}${readingKey(paths)}${READINGS.suffix}`);
  const kept = load(file);
  if (kept) return kept;
  const { result, clean } = read();
  if (clean) write(folder, file, result);
  return result;
}

function readingKey(paths: readonly string[]): string {
  const digest = new ContentDigest('safety rule files read').add('node', process.version).add('working folder', process.cwd());
  // By full path: the names problems are reported under depend on it.
  for (const path of paths) digest.addPath(path, path);
  for (const folder of CODE_FOLDERS) digest.addPath(folder, join(__dirname, folder), (name, isFolder) => !isFolder && /\.(?:ts|js)$/.test(name));
  digest.add('yaml', packageVersion('yaml'));
  return digest.digest().toString('hex');
}

function load(file: string): RuleFilesRead | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    return undefined;
  }
  return {
    listsFile: stored.listsFile ?? undefined,
    lists: stored.lists,
    specs: stored.specs.map((spec) => ({ ...spec, lines: new Map(spec.lines) })),
  };
}

function write(folder: string, file: string, { listsFile, lists, specs }: RuleFilesRead): void {
  const stored: Stored = { listsFile: listsFile ?? null, lists, specs: specs.map((spec) => ({ ...spec, lines: [...spec.lines] })) };
  keepFile(folder, file, JSON.stringify(stored), READINGS);
}
