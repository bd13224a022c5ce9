/**
 * Which lines of a training corpus are also in a judged set (every YAML file under tests/eval/ but training/:
 * team, dev, held-out and unseen sets, Q&A and safety), compared by normalised text (the project's normaliser,
 * letters and digits only). Prints counts only, so the held-out and unseen sets' lines are never shown.
 * Usage: npx tsx tests/eval/corpusOverlap.ts <corpus.yaml>
 * As a module, `judgedTexts()` and `key()` let another script leave those lines out of training.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { normalise } from '../../src/text/normalise';

export function key(text: string): string {
  return normalise(text).replace(/[^a-z0-9]+/g, '');
}

function stringsIn(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k === 'text' || typeof v !== 'string') stringsIn(v, out);
  }
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'training' ? [] : yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

/** Each judged file (relative to tests/eval) with the normalised keys of its lines. */
export function judgedTexts(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of yamlFiles(__dirname)) {
    const strings: string[] = [];
    stringsIn(parse(readFileSync(file, 'utf8')) as unknown, strings);
    out.set(relative(__dirname, file), new Set(strings.map(key).filter((k) => k.length > 0)));
  }
  return out;
}

if (require.main === module) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: corpusOverlap.ts <corpus.yaml>');
  const lines = parse(readFileSync(path, 'utf8')) as { text: string }[];
  const judged = judgedTexts();
  const inAny = new Set<string>();
  for (const [file, keys] of judged) {
    const n = lines.filter((l) => keys.has(key(l.text))).length;
    lines.filter((l) => keys.has(key(l.text))).forEach((l) => inAny.add(key(l.text)));
    if (n > 0) console.log(`${file}: ${n}`);
  }
  console.log(`lines in any judged set: ${inAny.size} of ${lines.length}`);
}
