import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { loadSafetyRules } from '../../src/safety';

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
/** The team's own set (tests/eval/safety.yaml): its groups and the label each stands for. */
const TEAM_GROUPS: Record<string, string> = { emergency: 'emergency', crisis: 'crisis', medicalAdvice: 'medical-advice', safe: 'near-miss' };

interface Line {
  readonly text: string;
  readonly expect: string;
}

/** Whether a set's texts may be printed: not when it is judged by counts only. */
export function mayShowTexts(where: string): boolean {
  return !COUNTS_ONLY.test(where);
}

function setsToRead(): { where: string; lines: Line[] }[] {
  const team = parse(readFileSync(join(EVAL_DIR, 'safety.yaml'), 'utf8')) as Record<string, string[] | undefined>;
  const sets = [{ where: 'safety.yaml', lines: Object.entries(TEAM_GROUPS).flatMap(([group, expect]) => (team[group] ?? []).map((text) => ({ text, expect }))) }];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(EVAL_DIR, folder)).filter((file) => /^safety.*\.yaml$/.test(file)).sort()) {
      const where = `${folder}/${name}`;
      sets.push({ where, lines: parse(readFileSync(join(EVAL_DIR, where), 'utf8')) as Line[] });
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
