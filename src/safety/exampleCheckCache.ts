import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ContentDigest } from '../cache/contentDigest';
import { keepFile, packageVersion, type KeptFiles } from '../cache/keptFiles';

/** Verdicts kept (the newest six): enough for a few branches or content versions side by side. */
const VERDICTS: KeptFiles = { prefix: 'safety-rule-examples-', suffix: '.passed', keep: 6 };
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
  const file = join(folder, `${VERDICTS.prefix}${verdictKey(ruleFiles)}${VERDICTS.suffix}`);
  let known = false;
  try {
    statSync(file);
    known = true;
  } catch {
    known = false;
  }
  return { known, remember: () => keepFile(folder, file, 'every rule example behaved as its rule says\n', VERDICTS) };
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
