import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyConcern, SafetyRules } from '../../src/safety';

/**
 * Safety false alarms on ordinary questions: how many questions of the Q&A dev sets (each has
 * an answer in the leaflet) get a safety reply in place of that answer, per set, per kind and
 * by whom (the rules or the classifier), and how many get a line beside their answer. Out-of-scope
 * questions are left out: a medicine question there may rightly get the medical-advice reply.
 * The Q&A eval (qaEval.ts) counts its sets' questions with the same function, safetyOnAnswers.
 */
const QA_SETS = ['questions-a.yaml', 'questions-aa.yaml', 'questions-ab.yaml', 'questions-ac.yaml', 'questions-e.yaml', 'questions-h.yaml', 'questions-j.yaml', 'questions-k.yaml', 'questions-l.yaml', 'questions-m.yaml', 'questions-n.yaml', 'questions-p.yaml', 'questions-s.yaml', 'questions-u.yaml', 'questions-w.yaml', 'questions-x.yaml', 'questions-y.yaml', 'questions-z.yaml'];
const OUT_OF_SCOPE = 'out-of-scope';

/** What the safety check does to questions that have an answer. */
export interface SafetyOnAnswers {
  /** Questions given a safety reply in place of their answer. */
  readonly replaced: number;
  /** The same, by kind and by whom ("crisis by the classifier"). */
  readonly byKind: ReadonlyMap<string, number>;
  /** Each question replaced, with the reply and the rule that gave it. */
  readonly replacedLines: readonly string[];
  /** Questions answered, with only a line (999 or Samaritans) before the answer. */
  readonly lineOnly: number;
  /** Questions shown the Samaritans line, with their answer or beside another reply. */
  readonly samaritansLine: number;
  /** Questions shown the "if this is happening now" 999 line, with their answer or beside another reply. */
  readonly emergencyLine: number;
}

/** A reply given in place of the answer, or nothing when the answer is given (with or without a line). */
function replacingReply(concern: SafetyConcern | undefined): string | undefined {
  if (!concern || concern.kind === 'possible-emergency' || concern.kind === 'possible-crisis') return undefined;
  return `${concern.kind} by the ${concern.rule.startsWith('classifier:') ? 'classifier' : 'rules'}`;
}

export function safetyOnAnswers(safety: SafetyRules, texts: readonly string[]): SafetyOnAnswers {
  const byKind = new Map<string, number>();
  const replacedLines: string[] = [];
  let lineOnly = 0;
  let samaritansLine = 0;
  let emergencyLine = 0;
  for (const text of texts) {
    const concern = safety.assess(text);
    if (concern?.kind === 'possible-crisis' || concern?.possibleCrisis) samaritansLine++;
    if (concern?.kind === 'possible-emergency' || concern?.possibleEmergency) emergencyLine++;
    const reply = replacingReply(concern);
    if (!reply) {
      if (concern) lineOnly++;
      continue;
    }
    byKind.set(reply, (byKind.get(reply) ?? 0) + 1);
    replacedLines.push(`"${text}" -> ${reply} (${concern?.rule})`);
  }
  return { replaced: replacedLines.length, byKind, replacedLines, lineOnly, samaritansLine, emergencyLine };
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
    const found = safetyOnAnswers(rules, items.map((item) => item.text));
    lines.push(...found.replacedLines.map((line) => `  dev/${name}: ${line}`));
    raisedInAll += found.replaced;
    questionsInAll += items.length;
    const kinds = [...found.byKind].sort().map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.log(`  dev/${name}: ${found.replaced} of ${items.length}${kinds ? ` (${kinds})` : ''}; beside the answer: the Samaritans line ${found.samaritansLine}, the 999 line ${found.emergencyLine}`);
  }
  console.log(`  in all: ${raisedInAll} of ${questionsInAll}`);
  return lines.length > 0 ? [`Safety replies in place of a Q&A answer (${lines.length}):`, ...lines] : [];
}
