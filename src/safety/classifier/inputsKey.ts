import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ContentDigest, pathsDigest } from '../../cache/contentDigest';

/** The app's code: src/ when run from source, lib/ when built. */
const CODE_ROOT = resolve(__dirname, '..', '..');

/**
 * The code as it was when this module was loaded, which is when the rest of the code was
 * loaded too. Hashing it again later and comparing (codeUnchanged) tells whether the code on
 * disk is still the code that is running.
 */
const codeWhenLoaded = pathsDigest('code', [CODE_ROOT]);

/**
 * A digest of everything the loaded classifier is made from, taken from bytes on disk without
 * parsing any of them: the whole safety folder (the labelled examples, the settings, the rules,
 * whose own examples it learns and which label them), every file its ordinary messages come
 * from, the app's code (the normaliser, the features, the YAML readers, the rules engine,
 * training), the installed packages (npm's node_modules/.package-lock.json, rewritten by every
 * install) and the Node.js versions. A change to any of them is a new digest. Undefined when the
 * installed packages cannot be told, so nothing is taken on trust.
 */
export function classifierInputsKey(paths: readonly string[]): Buffer | undefined {
  const packages = installedPackages();
  if (!packages) return undefined;
  return new ContentDigest('classifier inputs')
    .add('code', codeWhenLoaded)
    .add('packages', packages)
    .add('node', JSON.stringify(process.versions))
    .add('inputs', pathsDigest('inputs', paths))
    .digest();
}

/** The code on disk is still the code that was loaded (not edited since this process started). */
export function codeUnchanged(): boolean {
  return pathsDigest('code', [CODE_ROOT]).equals(codeWhenLoaded);
}

function installedPackages(): Buffer | undefined {
  try {
    // yaml sits in node_modules/ like every other package; npm keeps its record of them beside.
    return readFileSync(join(dirname(dirname(require.resolve('yaml/package.json'))), '.package-lock.json'));
  } catch {
    return undefined;
  }
}
