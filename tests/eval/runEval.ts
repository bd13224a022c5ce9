/**
 * `npm run eval`: how well the bot understands people, measured on labelled phrasings written
 * separately from the content (tests/eval/). Each section prints its figures and returns its
 * misses, printed last; exits 1 when a target is missed.
 *
 * `npm run eval -- --set <file> [--set <file> ...]` judges only the sets named (a blind corpus or a held-out half
 * kept outside the repo), by the same measures, gating nothing: topic-labelled questions through the matcher and the
 * bot's routing, typed flow answers through the flows, safety lines through the rules. Their misses stay unprinted
 * (a held-out half is judged by counts only) unless --misses is given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { intentEval, routingEval, typedAnswerEval } from './intentEval';
import { qaEval, qaEvalOfFile } from './qaEval';
import { Report } from './report';
import { safetyEval, safetyEvalOfFile } from './safetyEval';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const report = new Report();
  const sets = process.argv.flatMap((arg, i) => (arg === '--set' && process.argv[i + 1] ? [process.argv[i + 1] as string] : []));
  const misses = sets.length > 0 ? await judgeSets(report, sets, process.argv.includes('--misses')) : [qaEval(report, verbose), safetyEval(report), await intentEval(report)].flat();

  if (misses.length > 0) console.log(`\n${misses.join('\n')}`);
  console.log(report.failures.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${report.failures.join('; ')}`);
  process.exitCode = report.failures.length === 0 ? 0 : 1;
}

/** Each named set by the measures its lines' fields call for: { flow, step } typed answers, { topic } questions, { expect } safety. */
async function judgeSets(report: Report, files: readonly string[], showMisses: boolean): Promise<string[]> {
  const misses: string[] = [];
  for (const file of files.map((f) => resolve(f))) {
    const first = (parse(readFileSync(file, 'utf8')) as Record<string, unknown>[] | null)?.[0] ?? {};
    if ('flow' in first) {
      const lines = await typedAnswerEval(report, file, false);
      if (showMisses) misses.push(...lines);
    } else if ('topic' in first) {
      misses.push(...qaEvalOfFile(report, file, showMisses));
      const lines = await routingEval(report, file, false);
      if (showMisses) misses.push(...lines);
    } else if ('expect' in first) misses.push(...safetyEvalOfFile(report, file, showMisses));
    else throw new Error(`${file}: neither typed answers ({ flow, step, text, expect }), questions ({ text, topic }) nor safety lines ({ text, expect })`);
  }
  return misses;
}

void main();
