import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules, type SafetyConcern } from '../../src/safety';
import type { ExampleLabel } from '../../src/safety/classifier/types';
import { REPLY_NEEDED } from './replyNeeded';

/**
 * A new blind corpus as a fresh judge, before it is trained on (docs/evaluation.md, the classifier's eleventh pass):
 * the shipped rules and classifier on its lines, per label: handled by both, by the rules alone, what the classifier
 * adds where the rules miss, and the Samaritans / 999 lines. Reads a list of { text, expect } (the /work/corpora form)
 * or an examples file ({ examples: [{ text, label }] }).
 * Usage: npx tsx tests/eval/judgeCorpus.ts <file.yaml>   (MISSES=1 prints each line not handled)
 */
const path = process.argv[2];
if (!path) throw new Error('usage: judgeCorpus.ts <file.yaml>');
const data = parse(readFileSync(path, 'utf8')) as unknown;
type Line = { text: string; label: ExampleLabel };
const raw = (Array.isArray(data) ? data : (data as { examples: unknown[] }).examples) as { text: string; expect?: string; label?: string }[];
const lines: Line[] = raw.map((r) => ({ text: r.text, label: (r.expect ?? r.label) as ExampleLabel }));
const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });

const samaritans = (c: SafetyConcern | undefined): boolean => c?.kind === 'possible-crisis' || c?.possibleCrisis !== undefined;
const nineNineNine = (c: SafetyConcern | undefined): boolean => c?.kind === 'possible-emergency' || c?.possibleEmergency !== undefined;
const labels = [...new Set(lines.map((l) => l.label))];
for (const label of labels) {
  const list = lines.filter((l) => l.label === label);
  let both = 0, alone = 0, rulesMiss = 0, added = 0, line = 0, line999 = 0;
  const misses: string[] = [];
  for (const { text } of list) {
    const c = rules.assess(text);
    const r = REPLY_NEEDED[label](rules.assessByRules(text));
    const ok = REPLY_NEEDED[label](c);
    if (ok) both++;
    if (r) alone++;
    else { rulesMiss++; if (ok) added++; }
    if (samaritans(c)) line++;
    if (nineNineNine(c)) line999++;
    if (!ok) misses.push(`    ${c ? `${c.kind} (${c.rule})` : 'nothing'}${samaritans(c) ? ' +samaritans' : ''}: ${text}`);
  }
  console.log(`${label}: ${both}/${list.length} (rules alone ${alone}; the rules miss ${rulesMiss}, the classifier handles ${added} of them); Samaritans line ${line}, 999 line ${line999}`);
  if (process.env.MISSES) console.log(misses.join('\n'));
}
