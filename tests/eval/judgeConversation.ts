/**
 * A corpus of the conversation's own judged the way `npm run eval` judges its dev sets (docs/evaluation.md, the
 * conversation's fourteenth pass): routing (complaints, small talk, nations) for { text, topic } lines, typed answers
 * for { flow, step, text, expect } lines.
 *
 *   npx tsx tests/eval/judgeConversation.ts routing <corpus.yaml>   MISSES=1 lists what each miss got
 *   npx tsx tests/eval/judgeConversation.ts typed <corpus.yaml>
 */
import { resolve } from 'node:path';
import { routingEval, typedAnswerEval } from './intentEval';
import { Report } from './report';

async function main(): Promise<void> {
  const [what, file] = process.argv.slice(2);
  if (!file || (what !== 'routing' && what !== 'typed')) throw new Error('usage: judgeConversation.ts routing|typed <corpus.yaml>');
  const path = resolve(process.cwd(), file);
  const misses = what === 'routing' ? await routingEval(new Report(), path, true) : await typedAnswerEval(new Report(), path, true);
  if (process.env.MISSES) console.log(misses.join('\n'));
}

void main();
