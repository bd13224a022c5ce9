import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ContentDigest } from './contentDigest';

const PREFIX = 'safety-rule-examples-';
const SUFFIX = '.passed';
/** Verdicts kept (the newest): enough for a few branches or content versions side by side. */
const KEEP = 6;
/** The code the verdict depends on: this folder (the engine and the loader), the text normaliser and the YAML reader. */
const CODE_FOLDERS = ['.', '../text', '../content'];
/** Packages the verdict depends on: the YAML parser and the pattern reader. */
const PACKAGES = ['yaml', '@eslint-community/regexpp'];

/**
 * Checking every rule's own examples is pure in its inputs: the rule files, the code that reads
 * and runs them, the packages it uses and Node's regular expressions. A check that passed is
 * remembered under a hash of all of them, so restarts and test files with the same inputs skip
 * it; any change to any of them is a new hash, so a stale verdict cannot be used. Failures are
 * never remembered, and without a folder (or in a clean clone, as in CI) the check always runs.
 */
export function checkedBefore(ruleFiles: readonly string[], folder: string | undefined): { readonly known: boolean; readonly remember: () => void } {
  if (!folder) return { known: false, remember: () => undefined };
  const file = join(folder, `${PREFIX}${verdictKey(ruleFiles)}${SUFFIX}`);
  let known = false;
  try {
    statSync(file);
    known = true;
  } catch {
    known = false;
  }
  return { known, remember: () => write(folder, file) };
}

function verdictKey(ruleFiles: readonly string[]): string {
  const digest = new ContentDigest('rule examples verdict').add('node', process.version);
  // By name, not path: the same files elsewhere (a copy, another checkout) have the same verdict.
  for (const path of ruleFiles) digest.addPath(basename(path), path);
  // The code files of each folder, not its subfolders (the classifier does not decide a rule's verdict).
  for (const folder of CODE_FOLDERS) digest.addPath(folder, join(__dirname, folder), (name, isFolder) => !isFolder && /\.(?:ts|js)$/.test(name));
  for (const name of PACKAGES) digest.add(name, packageVersion(name));
  return digest.digest().toString('hex');
}

function packageVersion(name: string): string {
  try {
    // The package folder from its entry point (package exports may hide package.json).
    let folder = dirname(require.resolve(name));
    while (!folder.endsWith(name) && dirname(folder) !== folder) folder = dirname(folder);
    return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function write(folder: string, file: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    // Written aside, then renamed: another process never sees a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, 'every rule example behaved as its rule says\n');
    renameSync(partial, file);
    prune(folder);
  } catch {
    // A verdict that cannot be written only costs the next start-up the check.
  }
}

function prune(folder: string): void {
  const verdicts = readdirSync(folder)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of verdicts.slice(KEEP)) unlinkSync(path);
}
