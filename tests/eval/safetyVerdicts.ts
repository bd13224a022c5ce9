import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules } from '../../src/safety';
import { readDevSet, readTeamSet } from './safetyEval';

/**
 * Every line of every safety set and corpus half through `assess`, one verdict a line, so a change to the rules can be
 * judged line by line: run it before and after, and diff the two outputs
 * (`npx tsx tests/eval/safetyVerdicts.ts > before.tsv`). A change to one rule's examples retrains the classifier, so a
 * line far from the rule can move: only a diff of every line shows it.
 *
 * Columns: where (file:index), label, verdict, the rule or classifier that decided, then the text, but **never the text
 * of a set that is judged by counts only**: held-out, unseen, never-tuned-on and the b halves of corpora. Their
 * verdicts and rule ids are printed (what `npm run eval` counts); their words are not (the twenty-fourth pass read dev
 * G's misses by mistake with a script that printed every dev set).
 */
const EVAL_DIR = __dirname;
const FOLDERS = ['dev', 'holdout', 'unseen', 'corpora'];
/** Judged by counts only: its misses are never read (safetyEval.ts reports them without their texts). */
const COUNTS_ONLY = /^(?:holdout|unseen)\/|^corpora\/.*b\.yaml$|^dev\/safety-g\.yaml$/;
/** Whether a set's texts may be printed: not when it is judged by counts only. */
export function mayShowTexts(where: string): boolean {
  return !COUNTS_ONLY.test(where);
}

function setsToRead(): { where: string; lines: { text: string; expect: string }[] }[] {
  const sets = [{ where: 'safety.yaml', lines: readTeamSet(join(EVAL_DIR, 'safety.yaml')) }];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(EVAL_DIR, folder)).filter((file) => /^safety.*\.yaml$/.test(file)).sort()) {
      sets.push({ where: `${folder}/${name}`, lines: readDevSet(join(EVAL_DIR, folder, name)) });
    }
  }
  return sets;
}

function printVerdicts(): void {
  const rules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
  for (const { where, lines } of setsToRead()) {
    lines.forEach(({ text, expect }, index) => {
      const concern = rules.assess(text);
      const verdict = concern ? `${concern.kind}${concern.possibleEmergency ? '+999-line' : ''}${concern.possibleCrisis ? '+samaritans-line' : ''}` : 'nothing';
      console.log(`${where}:${index}\t${expect}\t${verdict}\t${concern?.rule ?? ''}${mayShowTexts(where) ? `\t${text}` : ''}`);
    });
  }
}

if (require.main === module) printVerdicts();
