import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalise } from '../../src/text/normalise';

/**
 * Converts a blind safety corpus ({ text, expect, sign } lines, as /work/corpora holds them) into a training
 * examples file of knowledge/safety/examples/ ({ text, label }; the "sign" notes left out), leaving out every
 * line that is also in a set the classifier is judged on: the team's sets and every dev, held-out and unseen
 * set under tests/eval (Q&A and safety). It prints counts only, never a line, so the held-out and unseen sets
 * stay unread.
 * Usage: npx tsx tests/eval/convertCorpus.ts <corpus.yaml> <out.yaml> <number> "<what the writer wrote>"
 */
const [from, to, number, what] = process.argv.slice(2);
if (!from || !to || !number || !what) throw new Error('usage: convertCorpus.ts <corpus.yaml> <out.yaml> <number> "<what the writer wrote>"');

/** The same key the examples' label check uses: the normalised text without its punctuation. */
const key = (text: string): string => normalise(text).replace(/[.,!?;:]/g, '').trim();

/** Every string anywhere in a YAML document (a set's texts, whatever its shape). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const evalDir = join(__dirname);
const judged = ['.', 'dev', 'holdout', 'unseen'].flatMap((dir) =>
  readdirSync(join(evalDir, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(evalDir, dir, name)),
);
const taken = new Set(judged.flatMap((file) => strings(parse(readFileSync(file, 'utf8'))).map(key)));

const lines = parse(readFileSync(from, 'utf8')) as { text: string; expect: string }[];
const kept = lines.filter((line) => !taken.has(key(line.text)));
const byLabel = (list: readonly { expect: string }[]): string =>
  [...new Set(list.map((l) => l.expect))].map((label) => `${label} ${list.filter((l) => l.expect === label).length}`).join(', ');
console.log(`${lines.length} lines (${byLabel(lines)}); left out as in a judged set: ${lines.length - kept.length}; kept ${kept.length} (${byLabel(kept)})`);

const header = [
  `# Training corpus ${number}, written blind from public guidance: ${what}.`,
  `# Converted from ${from.replace(/.*\//, '/work/corpora/')} by tests/eval/convertCorpus.ts (its "expect" is the label; its "sign" notes are left out).`,
  `# Lines also in a dev set, the team set or a held-out or unseen set are left out (${lines.length - kept.length}).`,
].join('\n');
// One example a line, as the other corpora are written (a JSON string is a YAML double-quoted string).
const body = [
  `writtenBy: "A blind red-team helper (training corpus ${number}), who never read the rules or the dev sets"`,
  'guidance: "The second-opinion leaflet; NHS 999 and 111; Samaritans, Papyrus and Mind guidance"',
  'examples:',
  ...kept.map(({ text, expect }) => `  - { text: ${JSON.stringify(text)}, label: ${expect} }`),
  '',
].join('\n');
writeFileSync(to, `${header}\n${body}`);
