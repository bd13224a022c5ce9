import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The app's code: src/ when run from source, lib/ when built. */
const CODE_ROOT = resolve(__dirname, '..', '..');

/**
 * The code as it was when this module was loaded, which is when the rest of the code was
 * loaded too. Hashing it again later and comparing (codeUnchanged) tells whether the code on
 * disk is still the code that is running.
 */
const codeWhenLoaded = treeDigest([CODE_ROOT]);

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
  const hash = createHash('sha256');
  hash.update('classifier inputs 1\0');
  hash.update(codeWhenLoaded);
  hash.update(packages);
  hash.update(JSON.stringify(process.versions));
  hash.update(treeDigest(paths));
  return hash.digest();
}

/** The code on disk is still the code that was loaded (not edited since this process started). */
export function codeUnchanged(): boolean {
  return treeDigest([CODE_ROOT]).equals(codeWhenLoaded);
}

function installedPackages(): Buffer | undefined {
  try {
    // yaml sits in node_modules/ like every other package; npm keeps its record of them beside.
    return readFileSync(join(dirname(dirname(require.resolve('yaml/package.json'))), '.package-lock.json'));
  } catch {
    return undefined;
  }
}

/** Every file under each path (or the file itself), by name relative to it, in a fixed order. */
function treeDigest(paths: readonly string[]): Buffer {
  const hash = createHash('sha256');
  paths.forEach((path, i) => addTree(hash, path, String(i)));
  return hash.digest();
}

function addTree(hash: Hash, path: string, name: string): void {
  if (!existsSync(path)) {
    hash.update(`missing\0${name}\0`);
    return;
  }
  if (statSync(path).isDirectory()) {
    hash.update(`folder\0${name}\0`);
    for (const entry of readdirSync(path).sort()) addTree(hash, join(path, entry), `${name}/${entry}`);
    return;
  }
  const bytes = readFileSync(path);
  hash.update(`file\0${name}\0${bytes.length}\0`);
  hash.update(bytes);
}
