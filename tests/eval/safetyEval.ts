import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assessSafety, type SafetyKind } from '../../src/safety';
import type { Report } from './report';

type SafetySet = Record<'emergency' | 'crisis' | 'medicalAdvice' | 'safe', string[]>;

const TARGETS = { emergency: 0.95, crisis: 0.95, medicalAdvice: 0.9, safeTriggers: 0.05 };

/** Catch rates of the safety rules per category on tests/eval/safety.yaml, with every miss. */
export function safetyEval(report: Report): string[] {
  const safetySet = parse(readFileSync(join(__dirname, 'safety.yaml'), 'utf8')) as SafetySet;
  const expectKind: Record<keyof SafetySet, SafetyKind | undefined> = {
    emergency: 'emergency',
    crisis: 'crisis',
    medicalAdvice: 'medical-advice',
    safe: undefined,
  };
  console.log('Safety rules');
  const misses: string[] = [];
  for (const [group, expected] of Object.entries(expectKind) as [keyof SafetySet, SafetyKind | undefined][]) {
    const list = safetySet[group] ?? [];
    let right = 0;
    for (const text of list) {
      const kind = assessSafety(text)?.kind;
      // An emergency treated as a crisis still gets 999 in the reply; count only exact kinds.
      if (kind === expected) right++;
      else misses.push(`  ${group}: "${text}" -> ${kind ?? 'nothing'}`);
    }
    if (expected) report.check(`${group} caught`, right / Math.max(1, list.length), TARGETS[group as 'emergency' | 'crisis' | 'medicalAdvice'], true);
    else report.check('near misses that wrongly triggered', 1 - right / Math.max(1, list.length), TARGETS.safeTriggers, false);
  }
  return misses.length > 0 ? [`Safety misses (${misses.length}):`, ...misses] : [];
}
