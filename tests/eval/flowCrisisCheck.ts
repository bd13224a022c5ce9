/**
 * What the router's reading of a classifier-only crisis as an answer to a flow's question (asAnswerInFlow) does on
 * every safety set (docs/evaluation.md, the conversation's sixteenth pass): each line is read, in a flow, at every step
 * of every flow that asks a question and at "Shall we carry on?", and counted when the crisis reply it would get
 * there becomes the calm line. Counts only, per set and label: no line of a figures-only set is printed.
 *
 *   npx tsx tests/eval/flowCrisisCheck.ts            LINES=1 also prints the dev sets' lines taken
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { FlowDialog } from '../../src/conversation/flowDialog';
import { assessInFlow, loadSafetyRules } from '../../src/safety';
import { shippedFlowDeps } from './flowDeps';
import { isClassifierOnlyCrisis } from '../../src/safety/classifier/classifierDecision';

const safety = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
const silent = { info: (): void => undefined, warn: (): void => undefined, error: (): void => undefined };
const { content, deps } = shippedFlowDeps(silent);
const questions = content.flows.flatMap((flow) => {
  const dialog = new FlowDialog(flow, deps);
  const steps = flow.steps.filter((s) => !s.end && s.choices.length > 0).map((s) => ({ where: `${flow.id}/${s.id}`, answers: (t: string) => dialog.answerWordsAt(s.id, false, t) }));
  return [...steps, { where: `${flow.id}/resume`, answers: (t: string) => dialog.answerWordsAt(flow.start, true, t) }];
});

const here = resolve(__dirname);
const sets = [
  'safety.yaml',
  ...['dev', 'holdout', 'unseen'].flatMap((folder) => readdirSync(join(here, folder)).filter((f) => f.startsWith('safety-') && f.endsWith('.yaml')).map((f) => `${folder}/${f}`)),
];
/** The team's set is grouped by label (as safetyEval reads it); every other set is a list of labelled lines. */
function read(path: string): { text: string; expect: string }[] {
  const data = parse(readFileSync(path, 'utf8')) as unknown;
  if (Array.isArray(data)) return data as { text: string; expect: string }[];
  const groups: Record<string, string> = { emergency: 'emergency', crisis: 'crisis', medicalAdvice: 'medical-advice', safe: 'near-miss' };
  return Object.entries(groups).flatMap(([group, expect]) => ((data as Record<string, string[] | undefined>)[group] ?? []).map((text) => ({ text, expect })));
}

const total = new Map<string, { lines: number; classifierCrisis: number; lowered: number }>();
for (const set of sets) {
  const items = read(join(here, set));
  const dev = set.startsWith('dev/') || set === 'safety.yaml';
  const byLabel = new Map<string, { lines: number; classifierCrisis: number; lowered: number }>();
  for (const { text, expect } of items) {
    const tally = byLabel.get(expect) ?? { lines: 0, classifierCrisis: 0, lowered: 0 };
    byLabel.set(expect, tally);
    tally.lines++;
    const concern = safety.assess(text, { inFlow: true });
    if (!concern || !isClassifierOnlyCrisis(concern)) continue;
    tally.classifierCrisis++;
    const at = questions.filter((q) => assessInFlow(safety, text, q.answers)?.kind !== 'crisis').map((q) => q.where);
    if (at.length === 0) continue;
    tally.lowered++;
    if (dev && process.env.LINES) console.log(`  ${set} ${expect}: "${text}" -> the calm line at ${at.join(', ')}`);
  }
  console.log(`${set}: ${[...byLabel].map(([label, t]) => `${label} ${t.lines} (classifier-only crisis in a flow ${t.classifierCrisis}, of them an answer at some step ${t.lowered})`).join('; ')}`);
  for (const [label, t] of byLabel) {
    const sum = total.get(label) ?? { lines: 0, classifierCrisis: 0, lowered: 0 };
    total.set(label, { lines: sum.lines + t.lines, classifierCrisis: sum.classifierCrisis + t.classifierCrisis, lowered: sum.lowered + t.lowered });
  }
}
console.log(`all sets: ${[...total].map(([label, t]) => `${label} ${t.lines} (${t.classifierCrisis}, ${t.lowered})`).join('; ')}`);
