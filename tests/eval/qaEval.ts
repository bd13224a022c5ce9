import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { createMatcher, entriesWithFlowPhrases, loadContent } from '../../src/knowledge/loadContent';
import { OverlapMatcher } from '../../src/knowledge/matching/overlapMatcher';
import { detectSmallTalk } from '../../src/knowledge/smallTalk';
import { loadSafetyRules } from '../../src/safety';
import { pct, type Report } from './report';

interface QuestionSet {
  inScope: { text: string; expect: string }[];
  outOfScope: string[];
}

const TARGETS = { top1: 0.95, falseAnswers: 0.05, safeTriggers: 0.05 };

/** Q&A matching on tests/eval/questions.yaml, and leave-one-out over the content's alternates. */
export function qaEval(report: Report, verbose: boolean): string[] {
  const questions = parse(readFileSync(join(__dirname, 'questions.yaml'), 'utf8')) as QuestionSet;
  const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  const { knowledge } = content;
  const matcher = createMatcher(content, DEFAULTS.matching);
  const safety = loadSafetyRules(DEFAULTS.safetyDir);

  let top1 = 0;
  let answeredRight = 0;
  let answeredWrong = 0;
  let clarifiedWithRight = 0;
  let fellBack = 0;
  let safetyOnInScope = 0;
  const misses: string[] = [];
  for (const { text, expect } of questions.inScope) {
    if (safety.assess(text)) safetyOnInScope++;
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
  report.check('top-1 accuracy (best-ranked entry is the labelled one)', top1 / n, TARGETS.top1, true);
  report.check('out-of-scope false answers', falseAnswers / m, TARGETS.falseAnswers, false);
  report.check('in-scope questions that wrongly triggered safety', safetyOnInScope / n, TARGETS.safeTriggers, false);
  const smallTalkOnInScope = questions.inScope.filter((q) => detectSmallTalk(q.text)).length;
  if (smallTalkOnInScope > 0) console.log(`  note: ${smallTalkOnInScope} in-scope questions were taken as small talk`);

  // Leave-one-out over the content's own alternates: a second, content-only measure.
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

  return [
    ...(misses.length > 0 ? [`Q&A misses (${misses.length}):`, ...misses] : []),
    ...(falseAnswerLines.length > 0 ? ['Out-of-scope answered:', ...falseAnswerLines] : []),
  ];
}
