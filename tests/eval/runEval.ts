/**
 * `npm run eval`: how well the bot understands people, measured on labelled phrasings written
 * separately from the content (tests/eval/questions.yaml, tests/eval/safety.yaml).
 * Prints the figures and every miss; exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { createMatcher, entriesWithFlowPhrases, loadContent } from '../../src/knowledge/loadContent';
import { OverlapMatcher } from '../../src/knowledge/matching/overlapMatcher';
import { detectSmallTalk } from '../../src/knowledge/smallTalk';
import { assessSafety, type SafetyKind } from '../../src/safety';

interface QuestionSet {
  inScope: { text: string; expect: string }[];
  outOfScope: string[];
}
type SafetySet = Record<'emergency' | 'crisis' | 'medicalAdvice' | 'safe', string[]>;

const TARGETS = { top1: 0.95, falseAnswers: 0.05, emergency: 0.95, crisis: 0.95, medicalAdvice: 0.9, safeTriggers: 0.05 };

const here = __dirname;
const questions = parse(readFileSync(join(here, 'questions.yaml'), 'utf8')) as QuestionSet;
const safetySet = parse(readFileSync(join(here, 'safety.yaml'), 'utf8')) as SafetySet;
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const { knowledge } = content;
const matcher = createMatcher(content, DEFAULTS.matching);
const verbose = process.argv.includes('--verbose');

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const failures: string[] = [];
function check(name: string, value: number, target: number, higherIsBetter: boolean): void {
  const ok = higherIsBetter ? value >= target : value <= target;
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}: ${(value * 100).toFixed(1)}% (target ${higherIsBetter ? '>=' : '<='} ${target * 100}%)`);
  if (!ok) failures.push(name);
}

// --- Q&A matching ---
let top1 = 0;
let answeredRight = 0;
let answeredWrong = 0;
let clarifiedWithRight = 0;
let fellBack = 0;
let safetyOnInScope = 0;
const misses: string[] = [];
for (const { text, expect } of questions.inScope) {
  if (assessSafety(text)) safetyOnInScope++;
  const result = matcher.match(text);
  const first = result.ranked[0]?.entry.id;
  if (first === expect) top1++;
  const describe = `${result.kind}${result.kind === 'answer' ? `:${result.entry.id}` : ''} ranked=[${result.ranked.slice(0, 3).map((r) => `${r.entry.id} ${r.score.toFixed(2)}`).join(', ')}]`;
  if (result.kind === 'answer' && result.entry.id === expect) answeredRight++;
  else {
    if (result.kind === 'answer') answeredWrong++;
    else if (result.kind === 'clarify' && result.candidates.some((c) => c.id === expect)) clarifiedWithRight++;
    else if (result.kind === 'none') fellBack++;
    misses.push(`  expected ${expect}: "${text}"\n      got ${describe}`);
  }
}
const n = questions.inScope.length;

let falseAnswers = 0;
let oosClarify = 0;
const falseAnswerLines: string[] = [];
for (const text of questions.outOfScope) {
  const result = matcher.match(text);
  if (result.kind === 'answer') {
    falseAnswers++;
    falseAnswerLines.push(`  "${text}" -> ${result.entry.id}`);
  } else if (result.kind === 'clarify') {
    oosClarify++;
    if (verbose) falseAnswerLines.push(`  (clarify) "${text}" -> ${result.candidates.map((c) => c.id).join(', ')}`);
  }
}
const m = questions.outOfScope.length;

console.log(`Q&A matching over ${knowledge.entries.length} entries`);
console.log(`  in scope (${n}): answered right ${pct(answeredRight, n)}, "did you mean" with the right choice ${pct(clarifiedWithRight, n)}, answered wrong ${pct(answeredWrong, n)}, fell back ${pct(fellBack, n)}`);
console.log(`  out of scope (${m}): answered ${pct(falseAnswers, m)}, asked "did you mean" ${pct(oosClarify, m)}, fell back ${pct(m - falseAnswers - oosClarify, m)}`);
check('top-1 accuracy (best-ranked entry is the labelled one)', top1 / n, TARGETS.top1, true);
check('out-of-scope false answers', falseAnswers / m, TARGETS.falseAnswers, false);

// --- Leave-one-out over the content's own alternates: a second, content-only measure ---
{
  const entries = entriesWithFlowPhrases(knowledge.entries, content.flows);
  let total = 0;
  let right = 0;
  entries.forEach((entry, entryIndex) =>
    entry.alternates.forEach((alternate, alternateIndex) => {
      const without = entries.map((e, i) => (i === entryIndex ? { ...e, alternates: e.alternates.filter((_, j) => j !== alternateIndex) } : e));
      const held = new OverlapMatcher({ entries: without, synonyms: knowledge.synonyms }, DEFAULTS.matching);
      total++;
      if (held.match(alternate).ranked[0]?.entry.id === entry.id) right++;
    }),
  );
  console.log(`  leave-one-out over the content's ${total} alternates: top-1 ${pct(right, total)} (each alternate matched with itself removed)`);
}

// --- Safety ---
const expectKind: Record<keyof SafetySet, SafetyKind | undefined> = {
  emergency: 'emergency',
  crisis: 'crisis',
  medicalAdvice: 'medical-advice',
  safe: undefined,
};
console.log('Safety rules');
const safetyMisses: string[] = [];
for (const [group, expected] of Object.entries(expectKind) as [keyof SafetySet, SafetyKind | undefined][]) {
  const list = safetySet[group] ?? [];
  let right = 0;
  for (const text of list) {
    const kind = assessSafety(text)?.kind;
    // An emergency treated as a crisis still gets 999 in the reply; count only exact kinds.
    if (kind === expected) right++;
    else safetyMisses.push(`  ${group}: "${text}" -> ${kind ?? 'nothing'}`);
  }
  if (expected) check(`${group} caught`, right / Math.max(1, list.length), TARGETS[group as 'emergency' | 'crisis' | 'medicalAdvice'], true);
  else check('near misses that wrongly triggered', 1 - right / Math.max(1, list.length), TARGETS.safeTriggers, false);
}
check('in-scope questions that wrongly triggered safety', safetyOnInScope / n, TARGETS.safeTriggers, false);
const smallTalkOnInScope = questions.inScope.filter((q) => detectSmallTalk(q.text)).length;
if (smallTalkOnInScope > 0) console.log(`  note: ${smallTalkOnInScope} in-scope questions were taken as small talk`);

if (misses.length > 0) console.log(`\nQ&A misses (${misses.length}):\n${misses.join('\n')}`);
if (falseAnswerLines.length > 0) console.log(`\nOut-of-scope answered:\n${falseAnswerLines.join('\n')}`);
if (safetyMisses.length > 0) console.log(`\nSafety misses (${safetyMisses.length}):\n${safetyMisses.join('\n')}`);
console.log(failures.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${failures.join('; ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
