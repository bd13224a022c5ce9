import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyConcern, SafetyRules } from '../../src/safety';

/**
 * Safety false alarms on ordinary questions: how many questions of the Q&A dev sets (each has
 * an answer in the leaflet) get a safety reply in place of that answer, per set, per kind and
 * by whom (the rules or the classifier), and how many get a line beside their answer. Out-of-scope
 * questions are left out: a medicine question there may rightly get the medical-advice reply.
 */
const QA_SETS = ['questions-a.yaml', 'questions-e.yaml', 'questions-h.yaml', 'questions-j.yaml', 'questions-k.yaml'];
const OUT_OF_SCOPE = 'out-of-scope';

/** A reply given in place of the answer, or nothing when the answer is given (with or without a line). */
function replacingReply(concern: SafetyConcern | undefined): string | undefined {
  if (!concern || concern.kind === 'possible-emergency' || concern.kind === 'possible-crisis') return undefined;
  return `${concern.kind} by the ${concern.rule.startsWith('classifier:') ? 'classifier' : 'rules'}`;
}

export function safetyFalseAlarms(rules: SafetyRules): string[] {
  const lines: string[] = [];
  console.log('Safety replies in place of the answer on the Q&A dev sets (ordinary questions with an answer)');
  let raisedInAll = 0;
  let questionsInAll = 0;
  for (const name of QA_SETS) {
    const path = join(__dirname, 'dev', name);
    if (!existsSync(path)) continue;
    const items = (parse(readFileSync(path, 'utf8')) as { text: string; topic: string }[]).filter((item) => item.topic !== OUT_OF_SCOPE);
    const byKind = new Map<string, number>();
    let samaritansLine = 0;
    let emergencyLine = 0;
    for (const { text } of items) {
      const concern = rules.assess(text);
      if (concern?.kind === 'possible-crisis' || concern?.possibleCrisis) samaritansLine++;
      if (concern?.kind === 'possible-emergency' || concern?.possibleEmergency) emergencyLine++;
      const reply = replacingReply(concern);
      if (!reply) continue;
      byKind.set(reply, (byKind.get(reply) ?? 0) + 1);
      lines.push(`  dev/${name}: "${text}" -> ${reply} (${concern?.rule})`);
    }
    const raised = [...byKind.values()].reduce((a, b) => a + b, 0);
    raisedInAll += raised;
    questionsInAll += items.length;
    const kinds = [...byKind].sort().map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.log(`  dev/${name}: ${raised} of ${items.length}${kinds ? ` (${kinds})` : ''}; beside the answer: the Samaritans line ${samaritansLine}, the 999 line ${emergencyLine}`);
  }
  console.log(`  in all: ${raisedInAll} of ${questionsInAll}`);
  return lines.length > 0 ? [`Safety replies in place of a Q&A answer (${lines.length}):`, ...lines] : [];
}
