/**
 * Which rules cost the most on the bench's 5,000-character stories (safetyMessages.ts): for each rule,
 * the places the anchor index gives it a story, how many of them its expression matches at, and the
 * CPU time of trying its expressions there (the least of several rounds, per story). What the
 * fourteenth pass measured with scripts it did not keep; kept so each pass can run it again.
 *
 *   npx tsx tests/bench/ruleTimes.ts [--engine DIR] [--rounds N] [--top N]
 *
 * An engine is a folder laid out as src/ (the default): another checkout's src/ (old against new).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { CompiledRule } from '../../src/safety/compileRules';
import { loadEngineAt } from './safetyEngineAt';
import { textOption } from './benchArgs';
import { safetyBenchMessages } from './safetyMessages';

const SIZE = 5000;
const folder = resolve(textOption('--engine', 'src'));
const rounds = Number(textOption('--rounds', '6'));
const top = Number(textOption('--top', '12'));

const { parts, normalise } = loadEngineAt(folder);
const all = [...parts.byId.values()];
const stories = safetyBenchMessages().long(SIZE).map(normalise);

/** Each story's places for each rule, worked out once (the index's answer is valid until the next read: copied). */
const places = stories.map((text) => {
  const anchors = parts.anchorIndex.read(text);
  return all.map((rule) => {
    const starts = anchors.startsOf(rule);
    return starts === 'anywhere' ? 'anywhere' : [...starts];
  });
});

/** Where the first of the rule's sticky expressions that matches at `at` ends; -1 when none does (as safetyRules.ts's matchEndAt). */
const matchEndAt = (rule: CompiledRule, text: string, at: number): number => {
  for (const starter of rule.starters) {
    starter.lastIndex = at;
    if (starter.test(text)) return starter.lastIndex;
  }
  return -1;
};

const tryRule = (r: number): number => {
  const rule = all[r];
  if (!rule) return 0;
  let matched = 0;
  stories.forEach((text, s) => {
    const at = places[s]?.[r];
    if (at === 'anywhere') {
      rule.scanner.lastIndex = 0;
      while (rule.scanner.exec(text) !== null) matched++;
      rule.scanner.lastIndex = 0;
    } else for (const place of at ?? []) if (matchEndAt(rule, text, place) >= 0) matched++;
  });
  return matched;
};

const rows = all.map((rule, r) => {
  const counted = places.map((story) => story[r]);
  const placed = counted.reduce((sum, at) => sum + (at === 'anywhere' ? 0 : (at?.length ?? 0)), 0);
  return { id: rule.spec.id, r, places: placed / stories.length, anywhere: counted.some((at) => at === 'anywhere'), matches: 0, us: Infinity };
});
for (let warm = 0; warm < 2; warm++) rows.forEach((row) => tryRule(row.r));
for (let round = 0; round < rounds; round++) {
  for (const row of rows) {
    const before = process.cpuUsage();
    row.matches = tryRule(row.r);
    const { user, system } = process.cpuUsage(before);
    row.us = Math.min(row.us, (user + system) / stories.length);
  }
}
const total = rows.reduce((sum, row) => sum + row.us, 0);
rows.sort((a, b) => b.us - a.us);
console.log(`Rule expressions at their places: ${stories.length} stories of ${SIZE} characters, least of ${rounds} rounds, engine ${folder} (load ${loadavg()[0]?.toFixed(1)})`);
console.log(`  all rules: ${total.toFixed(0)} µs a story, ${rows.reduce((s, row) => s + row.places, 0).toFixed(0)} places a story, ${rows.filter((row) => row.places > 0 || row.anywhere).length} rules with a place`);
for (const row of rows.slice(0, top)) {
  const share = total > 0 ? ((100 * row.us) / total).toFixed(1) : '0';
  console.log(`  ${row.id.padEnd(36)} ${row.us.toFixed(1).padStart(7)} µs (${share}%)  ${row.anywhere ? 'anywhere' : `${row.places.toFixed(1)} places`} a story, ${row.matches} matches in all`);
}
