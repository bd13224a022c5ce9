/**
 * `npm run eval`: how well the bot understands people, measured on labelled phrasings written
 * separately from the content (tests/eval/). Each section prints its figures and returns its
 * misses, printed last; exits 1 when a target is missed.
 */
import { intentEval } from './intentEval';
import { qaEval } from './qaEval';
import { Report } from './report';
import { safetyEval } from './safetyEval';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const report = new Report();
  const misses = [qaEval(report, verbose), safetyEval(report), await intentEval(report)].flat();

  if (misses.length > 0) console.log(`\n${misses.join('\n')}`);
  console.log(report.failures.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${report.failures.join('; ')}`);
  process.exitCode = report.failures.length === 0 ? 0 : 1;
}

void main();
