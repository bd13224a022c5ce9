/**
 * The large text set that proves a speed change to the safety rules changes no outcome: every
 * phrasing of the team's, dev and Q&A sets (and any folders of YAML given),
 * the rules' and the classifier's examples, each sentence of them alone, and long stories built
 * from them (seeded, so the same set every run) up to the 5,000 characters the bot reads.
 * Never the held-out sets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '../..');

function yamlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'holdout' || entry.name === 'unseen' ? [] : yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (value.length >= 3) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
}

/** A small seeded generator (mulberry32): the same stories every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `extraFolders`: other folders of YAML to read as well; none unless given (the repo's own texts). */
export function rulesCorpus(extraFolders: readonly string[] = []): string[] {
  const files = [
    ...yamlFiles(join(ROOT, 'tests/eval')),
    ...yamlFiles(join(ROOT, 'tests/unit/safety')),
    ...yamlFiles(join(ROOT, 'knowledge')),
    ...extraFolders.flatMap((folder) => yamlFiles(folder)),
  ];
  const texts: string[] = [];
  for (const file of files) strings(parse(readFileSync(file, 'utf8')), texts);
  const base = [...new Set(texts)].sort();
  const sentences = [...new Set(base.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length >= 3))].sort();
  const next = random(20261130);
  const pick = (): string => base[Math.floor(next() * base.length)] ?? '';
  const stories: string[] = [];
  for (const size of [300, 800, 1500, 3000, 5000]) {
    for (let i = 0; i < 600; i++) {
      let story = '';
      while (story.length < size) story += `${pick()} `;
      stories.push(story.slice(0, size));
    }
  }
  return [...new Set([...base, ...sentences, ...stories])];
}
