import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { createMatcher, entriesWithFlowPhrases, loadContent } from '../../src/knowledge/loadContent';
import type { Matcher, MatchResult } from '../../src/knowledge/matching/matcher';
import { OverlapMatcher } from '../../src/knowledge/matching/overlapMatcher';
import { complainsAboutSomethingElse } from '../../src/knowledge/intents/complaints';
import { detectSmallTalk } from '../../src/knowledge/smallTalk';
import { loadSafetyRules, type SafetyRules } from '../../src/safety';
import { pct, type Report } from './report';
import { safetyOnAnswers } from './safetyFalseAlarms';

/** One labelled message: the entries that answer it (any counts as right), none when off-topic. */
interface Labelled {
  readonly text: string;
  readonly expected: readonly string[];
}

interface SetTargets {
  readonly answeredRight: number;
  readonly oneClick: number;
  readonly offTopicAnswered: number;
  readonly top1?: number;
}

/**
 * The team's own sets and the floors they must not drop below: just under what the matcher
 * reaches today, so a change that makes it worse fails the eval. The issue's goals, judged on
 * independent sets, are higher (GOALS) and printed beside each figure.
 */
const SETS: readonly { name: string; load: () => Labelled[]; targets?: SetTargets }[] = [
  { name: 'team set (tests/eval/questions.yaml)', load: loadTeamSet, targets: { top1: 0.96, answeredRight: 0.94, oneClick: 0.98, offTopicAnswered: 0.02 } },
  { name: 'dev set A (tests/eval/dev/questions-a.yaml)', load: () => loadTopicSet('dev/questions-a.yaml'), targets: { answeredRight: 0.95, oneClick: 0.99, offTopicAnswered: 0.03 } },
  { name: 'dev set E (tests/eval/dev/questions-e.yaml)', load: () => loadTopicSet('dev/questions-e.yaml'), targets: { answeredRight: 0.9, oneClick: 0.97, offTopicAnswered: 0.03 } },
  // 0.95 until the twelfth pass: taking Y's eight learnt lines out of the content cost H one right answer (95.1 -> 94.4; still one click away);
  // 0.94 until the twelfth pass's notOursLearnt (offtopic-train-1) cost it two more, both still one click away (94.4 -> 93.1; docs/evaluation.md).
  { name: 'dev set H (tests/eval/dev/questions-h.yaml)', load: () => loadTopicSet('dev/questions-h.yaml'), targets: { answeredRight: 0.93, oneClick: 0.99, offTopicAnswered: 0.03 } },
  { name: 'dev set J (tests/eval/dev/questions-j.yaml)', load: () => loadTopicSet('dev/questions-j.yaml'), targets: { answeredRight: 0.91, oneClick: 0.99, offTopicAnswered: 0.03 } },
  { name: 'dev set K (tests/eval/dev/questions-k.yaml)', load: () => loadTopicSet('dev/questions-k.yaml'), targets: { answeredRight: 0.95, oneClick: 0.99, offTopicAnswered: 0.03 } },
  // One click 0.99 until the twelfth pass's notOursLearnt turned one "did you mean" with the right entry into a wrong answer (99.3 -> 98.6; docs/evaluation.md).
  { name: 'dev set L (tests/eval/dev/questions-l.yaml)', load: () => loadTopicSet('dev/questions-l.yaml'), targets: { answeredRight: 0.96, oneClick: 0.98, offTopicAnswered: 0.03 } },
  { name: 'dev set M (tests/eval/dev/questions-m.yaml)', load: () => loadTopicSet('dev/questions-m.yaml'), targets: { answeredRight: 0.96, oneClick: 0.99, offTopicAnswered: 0.04 } },
  { name: 'dev set N (tests/eval/dev/questions-n.yaml)', load: () => loadTopicSet('dev/questions-n.yaml'), targets: { answeredRight: 0.92, oneClick: 0.99, offTopicAnswered: 0.03 } },
  { name: 'dev set P (tests/eval/dev/questions-p.yaml)', load: () => loadTopicSet('dev/questions-p.yaml'), targets: { answeredRight: 0.86, oneClick: 0.97, offTopicAnswered: 0.03 } },
  { name: 'dev set S (tests/eval/dev/questions-s.yaml)', load: () => loadTopicSet('dev/questions-s.yaml'), targets: { answeredRight: 0.93, oneClick: 0.98, offTopicAnswered: 0.03 } },
  // Written blind for the tenth pass; first run 91.0 / 97.2 / 6.7 (2 of 30) off-topic answered, tuned on from then (floors after the tenth pass).
  { name: 'dev set U (tests/eval/dev/questions-u.yaml)', load: () => loadTopicSet('dev/questions-u.yaml'), targets: { answeredRight: 0.94, oneClick: 0.97, offTopicAnswered: 0.01 } },
  // Written blind for the eleventh pass; first run 85.4 / 95.1 / 6.7 (2 of 30) off-topic answered, tuned on from then (floors after the twelfth pass).
  { name: 'dev set W (tests/eval/dev/questions-w.yaml)', load: () => loadTopicSet('dev/questions-w.yaml'), targets: { answeredRight: 0.86, oneClick: 0.95, offTopicAnswered: 0.04 } },
  // Written blind for the twelfth pass; first run 90.3 / 97.2 / 12.5 (5 of 40) off-topic answered, tuned on from then (floors after the twelfth pass).
  { name: 'dev set Y (tests/eval/dev/questions-y.yaml)', load: () => loadTopicSet('dev/questions-y.yaml'), targets: { answeredRight: 0.9, oneClick: 0.97, offTopicAnswered: 0.08 } },
  // Written blind for the thirteenth pass; first run 86.1 / 95.8 / 2.9 (1 of 35) off-topic answered, tuned on from then (floors after the thirteenth pass).
  { name: 'dev set Z (tests/eval/dev/questions-z.yaml)', load: () => loadTopicSet('dev/questions-z.yaml'), targets: { answeredRight: 0.88, oneClick: 0.97, offTopicAnswered: 0.03 } },
  // Written blind for the twelfth pass and kept outside the repo as unseen until the fourteenth; first run 92.4 / 99.3 / 3.3 (1 of 30) off-topic answered (on 4c7517b),
  // 95.1 / 100 / 3.3 after the thirteenth pass and after the fourteenth (its first run as a dev set); floors just under those since the fourteenth pass.
  { name: 'dev set X (tests/eval/dev/questions-x.yaml)', load: () => loadTopicSet('dev/questions-x.yaml'), targets: { answeredRight: 0.95, oneClick: 0.99, offTopicAnswered: 0.04 } },
  // Written blind for the thirteenth pass and kept outside the repo as unseen for two passes; first run 93.1 / 96.5 / 0 off-topic answered (on f2f9add),
  // 93.8 / 97.2 / 0 after the thirteenth and fourteenth passes; tuned on from the fifteenth pass: 94.4 / 97.2 / 0 after it (the one line more
  // right directly is the downsides labelling, docs/evaluation.md), floors just under those.
  { name: 'dev set AA (tests/eval/dev/questions-aa.yaml)', load: () => loadTopicSet('dev/questions-aa.yaml'), targets: { answeredRight: 0.94, oneClick: 0.97, offTopicAnswered: 0.03 } },
  // Written blind for the fourteenth pass and kept outside the repo as unseen for two passes; first run 90.3 / 96.5 / 0 off-topic answered (on ebeefe8),
  // 91.7 / 96.5 / 0 after the fifteenth pass; tuned on from the sixteenth pass: 91.7 / 97.9 / 0 after it (wrong 2.1%), floors just under those.
  { name: 'dev set AB (tests/eval/dev/questions-ab.yaml)', load: () => loadTopicSet('dev/questions-ab.yaml'), targets: { answeredRight: 0.91, oneClick: 0.97, offTopicAnswered: 0.03 } },
  // Written blind for the fifteenth pass and kept outside the repo as unseen for two passes; first run 88.9 / 96.5 / 0 off-topic answered (on 68f8e9f),
  // 90.3 / 96.5 / 0 after the fifteenth pass (a labelling change), 90.3 / 97.2 / 0 after the sixteenth (wrong 0.7%); tuned on from the seventeenth pass:
  // 91.7 / 97.9 / 0 after it (wrong 0.7%), floors just under those.
  { name: 'dev set AC (tests/eval/dev/questions-ac.yaml)', load: () => loadTopicSet('dev/questions-ac.yaml'), targets: { answeredRight: 0.91, oneClick: 0.97, offTopicAnswered: 0.03 } },
  // Never tuned on: its figures are reported, its misses are not, and it gates nothing.
  { name: 'held-out set B (tests/eval/holdout/questions-b.yaml)', load: () => loadTopicSet('holdout/questions-b.yaml') },
  // Written blind for the seventh pass and kept by the lead: never given to an engineer, never tuned on.
  { name: 'unseen set O (tests/eval/unseen/questions-o.yaml)', load: () => loadTopicSet('unseen/questions-o.yaml') },
  // Written blind for the eighth pass and kept by the lead: never given to an engineer, never tuned on.
  { name: 'unseen set Q (tests/eval/unseen/questions-q.yaml)', load: () => loadTopicSet('unseen/questions-q.yaml') },
  // Written blind for the ninth pass and kept by the lead: never given to an engineer, never tuned on.
  { name: 'unseen set R (tests/eval/unseen/questions-r.yaml)', load: () => loadTopicSet('unseen/questions-r.yaml') },
  // Written blind for the tenth pass and kept by the lead: never given to an engineer, never tuned on.
  { name: 'unseen set T (tests/eval/unseen/questions-t.yaml)', load: () => loadTopicSet('unseen/questions-t.yaml') },
  // Written blind for the eleventh pass and kept by the lead: never given to an engineer, never tuned on.
  { name: 'unseen set V (tests/eval/unseen/questions-v.yaml)', load: () => loadTopicSet('unseen/questions-v.yaml') },
  // Written blind for the eighteenth pass and kept by the lead outside the repo during it (first run 92.4 / 98.6 / 3.3 (1 of 30)
  // off-topic answered, on 7260adb); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AF (tests/eval/unseen/questions-af.yaml)', load: () => loadTopicSet('unseen/questions-af.yaml') },
  // Written blind for the nineteenth pass and kept by the lead outside the repo during it (first run 92.4 / 97.2 / 3.3 (1 of 30)
  // off-topic answered, on 595a60f); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AG (tests/eval/unseen/questions-ag.yaml)', load: () => loadTopicSet('unseen/questions-ag.yaml') },
  // Written blind for the twentieth pass and kept by the lead outside the repo during it (first run 93.8 / 98.6 / 0 of 30
  // off-topic answered, on 71d3612); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AH (tests/eval/unseen/questions-ah.yaml)', load: () => loadTopicSet('unseen/questions-ah.yaml') },
  // Written blind for the twenty-first pass and kept by the lead outside the repo during it (first run 97.9 / 99.3 / 0 of 30
  // off-topic answered, on a8f6394); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AI (tests/eval/unseen/questions-ai.yaml)', load: () => loadTopicSet('unseen/questions-ai.yaml') },
  // Written blind for the twenty-second pass and kept by the lead outside the repo during it (first run 93.8 / 97.9 / 0 of 30
  // off-topic answered, on 5e80742); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AJ (tests/eval/unseen/questions-aj.yaml)', load: () => loadTopicSet('unseen/questions-aj.yaml') },
  // Written blind for the twenty-fourth pass (first run 93.1 / 95.1 / 0 of 30 off-topic answered, on 4287cde, the pass's
  // base, and the same on its end); in the repo from then, figures only: never given to an engineer, never tuned on.
  { name: 'unseen set AK (tests/eval/unseen/questions-ak.yaml)', load: () => loadTopicSet('unseen/questions-ak.yaml') },
  { name: 'unseen set AL (tests/eval/unseen/questions-al.yaml)', load: () => loadTopicSet('unseen/questions-al.yaml') },
  // Written blind in the twenty-eighth pass, in two parts by two writers; first runs in docs/evaluation.md.
  { name: 'unseen set AM (tests/eval/unseen/questions-am.yaml)', load: () => loadTopicSet('unseen/questions-am.yaml') },
  { name: 'unseen set AN (tests/eval/unseen/questions-an.yaml)', load: () => loadTopicSet('unseen/questions-an.yaml') },
  // Written blind in the thirtieth pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AO (tests/eval/unseen/questions-ao.yaml)', load: () => loadTopicSet('unseen/questions-ao.yaml') },
  // Written blind in the thirty-first pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AP (tests/eval/unseen/questions-ap.yaml)', load: () => loadTopicSet('unseen/questions-ap.yaml') },
  // Written blind in the thirty-second pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AQ (tests/eval/unseen/questions-aq.yaml)', load: () => loadTopicSet('unseen/questions-aq.yaml') },
  // Written blind in the thirty-third pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AR (tests/eval/unseen/questions-ar.yaml)', load: () => loadTopicSet('unseen/questions-ar.yaml') },
  // Written blind in the thirty-fourth pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AS (tests/eval/unseen/questions-as.yaml)', load: () => loadTopicSet('unseen/questions-as.yaml') },
  // Written blind in the thirty-fifth pass (part 2 of two; part 1 to follow); first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AT (tests/eval/unseen/questions-at.yaml)', load: () => loadTopicSet('unseen/questions-at.yaml') },
  // Written blind in the thirty-eighth pass (part 1; part 2 arrived after it); first runs in docs/evaluation.md.
  { name: 'unseen set AU (tests/eval/unseen/questions-au.yaml)', load: () => loadTopicSet('unseen/questions-au.yaml') },
  // Written blind in the thirty-ninth pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AV (tests/eval/unseen/questions-av.yaml)', load: () => loadTopicSet('unseen/questions-av.yaml') },
  { name: 'unseen set AW (tests/eval/unseen/questions-aw.yaml)', load: () => loadTopicSet('unseen/questions-aw.yaml') },
  { name: 'unseen set AX (tests/eval/unseen/questions-ax.yaml)', load: () => loadTopicSet('unseen/questions-ax.yaml') },
  // Written blind in the forty-second pass, in two parts by two writers; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AY (tests/eval/unseen/questions-ay.yaml)', load: () => loadTopicSet('unseen/questions-ay.yaml') },
  // Part 1 by a second writer of AY's part-1 brief, part 2 to QA-AZ2.txt; first run on the pass's base in docs/evaluation.md.
  { name: 'unseen set AZ (tests/eval/unseen/questions-az.yaml)', load: () => loadTopicSet('unseen/questions-az.yaml') },
  // Written blind in the forty-third pass, two writers (QA-BA1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BA (tests/eval/unseen/questions-ba.yaml)', load: () => loadTopicSet('unseen/questions-ba.yaml') },
  // Written blind in the forty-fourth pass, two writers (QA-BB1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BB (tests/eval/unseen/questions-bb.yaml)', load: () => loadTopicSet('unseen/questions-bb.yaml') },
  // Written blind in the forty-fifth pass, two writers (QA-BC1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BC (tests/eval/unseen/questions-bc.yaml)', load: () => loadTopicSet('unseen/questions-bc.yaml') },
  // Written blind in the forty-sixth pass, two writers (QA-BD1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BD (tests/eval/unseen/questions-bd.yaml)', load: () => loadTopicSet('unseen/questions-bd.yaml') },
  // Written blind in the forty-seventh pass, two writers (QA-BE1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BE (tests/eval/unseen/questions-be.yaml)', load: () => loadTopicSet('unseen/questions-be.yaml') },
  // Written blind in the forty-eighth pass, two writers (QA-BF1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BF (tests/eval/unseen/questions-bf.yaml)', load: () => loadTopicSet('unseen/questions-bf.yaml') },
  // Written blind in the forty-ninth pass, two writers (QA-BG1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BG (tests/eval/unseen/questions-bg.yaml)', load: () => loadTopicSet('unseen/questions-bg.yaml') },
  // Written blind in the fiftieth pass, two writers (QA-BH1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BH (tests/eval/unseen/questions-bh.yaml)', load: () => loadTopicSet('unseen/questions-bh.yaml') },
  // Written blind in the fifty-first pass, two writers (QA-BI1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BI (tests/eval/unseen/questions-bi.yaml)', load: () => loadTopicSet('unseen/questions-bi.yaml') },
  // Written blind in the fifty-second pass, two writers (QA-BJ1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BJ (tests/eval/unseen/questions-bj.yaml)', load: () => loadTopicSet('unseen/questions-bj.yaml') },
  // Written blind in the fifty-third pass, two writers (QA-BK1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BK (tests/eval/unseen/questions-bk.yaml)', load: () => loadTopicSet('unseen/questions-bk.yaml') },
  // Written blind in the fifty-fourth pass, two writers (QA-BL1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BL (tests/eval/unseen/questions-bl.yaml)', load: () => loadTopicSet('unseen/questions-bl.yaml') },
  // Written blind in the fifty-fifth pass, two writers (QA-BM1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BM (tests/eval/unseen/questions-bm.yaml)', load: () => loadTopicSet('unseen/questions-bm.yaml') },
  // Written blind in the fifty-sixth pass, two writers (QA-BN1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BN (tests/eval/unseen/questions-bn.yaml)', load: () => loadTopicSet('unseen/questions-bn.yaml') },
  // Written blind in the fifty-seventh pass, two writers (QA-BO1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BO (tests/eval/unseen/questions-bo.yaml)', load: () => loadTopicSet('unseen/questions-bo.yaml') },
  // Written blind in the fifty-eighth pass, two writers (QA-BP1/2.txt), repeats of earlier sets dropped; first run in docs/evaluation.md.
  { name: 'unseen set BP (tests/eval/unseen/questions-bp.yaml)', load: () => loadTopicSet('unseen/questions-bp.yaml') },
];
const GOALS = { answeredRight: 0.9, oneClick: 0.97, offTopicAnswered: 0.03 };

/** Topics other sections of the eval judge (complaints, small talk, which nations are covered). */
const OTHER_SECTIONS = new Set(['complaint', 'greeting', 'thanks', 'nations']);
const OUT_OF_SCOPE = 'out-of-scope';

/** Q&A matching per labelled set, and leave-one-out over the content's alternates. */
export function qaEval(report: Report, verbose: boolean): string[] {
  const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
  console.log(`Q&A matching over ${content.knowledge.entries.length} entries`);
  const readers = shippedReaders(content);
  const misses = SETS.flatMap(({ name, load, targets }) => evaluateSet(name, load(), targets, readers, report, verbose));
  if (process.argv.includes('--leave-one-out')) leaveOneOut(content);
  return misses;
}

/** Figures for one topic-labelled set outside the eval's list (`npm run eval -- --set <file>`): its misses only on request (never a held-out half's). */
export function qaEvalOfFile(report: Report, file: string, showMisses: boolean): string[] {
  const readers = shippedReaders(loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir));
  return evaluateSet(file, loadTopicSet(file), undefined, readers, report, showMisses, showMisses);
}

/** The shipped matcher and the checks that take a message before it. */
function shippedReaders(content: ReturnType<typeof loadContent>): Readers {
  const matcher = createMatcher(content, DEFAULTS.matching, undefined, DEFAULTS.safetyModelCache);
  const safety = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });
  const isSmallTalk = (text: string): boolean => detectSmallTalk(text, content.intents.smallTalk) !== undefined;
  // An answer that starts a guided flow shows the flow's first step instead of its follow-ups: its buttons, its related
  // questions, and the answer's close runners-up beside them.
  const startsFlow = new Map(content.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow.steps.find((s) => s.id === flow.start)?.entries ?? []] as const)));
  const sentElsewhere = (text: string): boolean => complainsAboutSomethingElse(text, content.intents.complaints);
  return { matcher, safety, isSmallTalk, sentElsewhere, startsFlow };
}

/** What reads each message: the matcher, and the checks that would take it before the matcher does. */
interface Readers {
  readonly matcher: Matcher;
  readonly safety: SafetyRules;
  readonly isSmallTalk: (text: string) => boolean;
  /** A complaint about something that is not care: the bot points to free advice services before the matcher reads it. */
  readonly sentElsewhere: (text: string) => boolean;
  /** Entries whose answer starts a guided flow, with the related questions the flow's first step offers. */
  readonly startsFlow: ReadonlyMap<string, readonly string[]>;
}

/** A set without targets gates nothing and keeps its misses to itself, unless `listMisses` (a set one may read). */
function evaluateSet(name: string, items: readonly Labelled[], targets: SetTargets | undefined, { matcher, safety, isSmallTalk, sentElsewhere, startsFlow }: Readers, report: Report, verbose: boolean, listMisses = false): string[] {
  const inScope = items.filter((item) => item.expected.length > 0);
  const offTopic = items.filter((item) => item.expected.length === 0);
  const count = { top1: 0, right: 0, rightBelowAnswer: 0, rightUnderFlow: 0, rightAsFollowUp: 0, clarifiedRight: 0, fellBack: 0, wrong: 0, smallTalk: 0 };
  const misses: string[] = [];
  // A possible emergency or crisis puts its line before the answer; any other concern replies in its place.
  const safetyOn = safetyOnAnswers(safety, inScope.map((item) => item.text));
  for (const { text, expected } of inScope) {
    if (isSmallTalk(text)) count.smallTalk++;
    if (sentElsewhere(text)) {
      count.wrong++;
      misses.push(`  expected ${expected.join('|')}: "${text}"\n      got sent to free advice services as a complaint about something that is not care`);
      continue;
    }
    const result = matcher.match(text);
    const isExpected = (id: string | undefined): boolean => id !== undefined && expected.includes(id);
    if (isExpected(result.ranked[0]?.entry.id)) count.top1++;
    if (result.kind === 'answer' && isExpected(result.entry.id)) {
      count.right++;
      continue;
    }
    // An answer that starts a guided flow offers its close runners-up and the first step's related questions as buttons of that step.
    const flowStep = result.kind === 'answer' ? startsFlow.get(result.entry.id) : undefined;
    if (result.kind === 'answer' && flowStep && (result.alsoAbout.some((e) => isExpected(e.id)) || flowStep.some(isExpected))) count.rightUnderFlow++;
    else if (result.kind === 'answer' && flowStep) count.wrong++;
    else if (result.kind === 'answer' && result.alsoAbout.some((e) => isExpected(e.id))) count.rightBelowAnswer++;
    // The answer's own follow-up buttons are a click away too.
    else if (result.kind === 'answer' && result.entry.followUps.some(isExpected)) count.rightAsFollowUp++;
    else if (result.kind === 'answer') count.wrong++;
    else if (result.kind === 'clarify' && result.candidates.some((c) => isExpected(c.id))) count.clarifiedRight++;
    else if (result.kind === 'none') count.fellBack++;
    else count.wrong++;
    misses.push(`  expected ${expected.join('|')}: "${text}"\n      got ${describe(result, startsFlow)}`);
  }

  let offTopicAnswered = 0;
  let offTopicClarified = 0;
  const offTopicLines: string[] = [];
  let offTopicSentElsewhere = 0;
  for (const { text } of offTopic) {
    if (sentElsewhere(text)) {
      offTopicSentElsewhere++;
      continue;
    }
    const result = matcher.match(text);
    if (result.kind === 'answer') {
      offTopicAnswered++;
      offTopicLines.push(`  off-topic answered: "${text}" -> ${result.entry.id}`);
    } else if (result.kind === 'clarify') {
      offTopicClarified++;
      if (verbose) offTopicLines.push(`  off-topic (did you mean): "${text}" -> ${result.candidates.map((c) => c.id).join(', ')}`);
    }
  }

  const n = inScope.length;
  const m = offTopic.length;
  const oneClick = count.right + count.rightBelowAnswer + count.rightUnderFlow + count.rightAsFollowUp + count.clarifiedRight;
  console.log(`  ${name}`);
  console.log(
    `    in scope (${n}): answered right ${pct(count.right, n)}, right one click away ${pct(oneClick, n)}` +
      ` (offered under another answer ${pct(count.rightBelowAnswer, n)}, on the first step of a guided flow another answer starts ${pct(count.rightUnderFlow, n)}, a follow-up button of another answer ${pct(count.rightAsFollowUp, n)}, "did you mean" with it ${pct(count.clarifiedRight, n)}),` +
      ` fell back ${pct(count.fellBack, n)}, answered wrong ${pct(count.wrong, n)}; top-1 ${pct(count.top1, n)}`,
  );
  console.log(`    off-topic (${m}): answered ${pct(offTopicAnswered, m)} (${offTopicAnswered}), asked "did you mean" ${pct(offTopicClarified, m)}${offTopicSentElsewhere > 0 ? `, sent to free advice services as a complaint not about care ${offTopicSentElsewhere}` : ''}`);
  console.log(`    goals on independent sets: answered right >= ${pct(GOALS.answeredRight, 1)}, one click >= ${pct(GOALS.oneClick, 1)}, off-topic answered <= ${pct(GOALS.offTopicAnswered, 1)}`);
  console.log(`    in-scope questions given a safety reply instead of their answer: ${pct(safetyOn.replaced, n)} (${safetyOn.replaced}); given a safety line before it: ${safetyOn.lineOnly}`);
  if (count.smallTalk > 0) console.log(`    note: ${count.smallTalk} in-scope questions were taken as small talk`);
  if (!targets && !listMisses) {
    console.log('    held out: never tuned on, so reported without its misses and gating nothing');
    return [];
  }
  if (targets) {
    if (targets.top1 !== undefined) report.check(`${name}: top-1`, count.top1 / n, targets.top1, true);
    report.check(`${name}: answered right`, count.right / n, targets.answeredRight, true);
    report.check(`${name}: right with at most one click`, oneClick / n, targets.oneClick, true);
    report.check(`${name}: off-topic answered`, offTopicAnswered / Math.max(1, m), targets.offTopicAnswered, false);
  }
  const header = `${name}: misses (${misses.length})`;
  return [...(misses.length + offTopicLines.length > 0 ? [header] : []), ...misses, ...offTopicLines];
}

function describe(result: MatchResult, startsFlow: ReadonlyMap<string, readonly string[]>): string {
  const ranked = result.ranked.slice(0, 3).map((r) => `${r.entry.id} ${r.score.toFixed(2)}`).join(', ');
  const what =
    result.kind === 'answer' && startsFlow.has(result.entry.id) ? `answer:${result.entry.id} (starts its flow${result.alsoAbout.length > 0 ? `; on its first step ${result.alsoAbout.map((e) => e.id).join(', ')}` : ''})`
    : result.kind === 'answer' ? `answer:${result.entry.id}${result.alsoAbout.length > 0 ? ` (or ${result.alsoAbout.map((e) => e.id).join(', ')})` : ''}`
    : result.kind === 'clarify' ? `clarify:${result.candidates.map((c) => c.id).join(', ')}`
    : 'none';
  return `${what} ranked=[${ranked}]`;
}

function loadTeamSet(): Labelled[] {
  const set = parse(readFileSync(join(__dirname, 'questions.yaml'), 'utf8')) as { inScope: { text: string; expect: string }[]; outOfScope: string[] };
  return [...set.inScope.map(({ text, expect }) => ({ text, expected: [expect] })), ...set.outOfScope.map((text) => ({ text, expected: [] }))];
}

/** A blind set labelled by leaflet topic; tests/eval/topics.yaml says which entries answer each. */
function loadTopicSet(file: string): Labelled[] {
  const topics = parse(readFileSync(join(__dirname, 'topics.yaml'), 'utf8')) as Record<string, string[]>;
  const items = parse(readFileSync(resolve(__dirname, file), 'utf8')) as { text: string; topic: string }[];
  return items
    .filter((item) => !OTHER_SECTIONS.has(item.topic))
    .map(({ text, topic }) => {
      if (topic === OUT_OF_SCOPE) return { text, expected: [] };
      const expected = topics[topic];
      if (!expected) throw new Error(`${file}: topic "${topic}" is not in topics.yaml`);
      return { text, expected };
    });
}

/** Each alternate matched with itself removed: a content-only measure (slow; --leave-one-out). */
function leaveOneOut(content: ReturnType<typeof loadContent>): void {
  const entries = entriesWithFlowPhrases(content.knowledge.entries, content.flows);
  let total = 0;
  let right = 0;
  entries.forEach((entry, entryIndex) =>
    entry.alternates.forEach((alternate, alternateIndex) => {
      const without = entries.map((e, i) => (i === entryIndex ? { ...e, alternates: e.alternates.filter((_, j) => j !== alternateIndex) } : e));
      const held = new OverlapMatcher({ entries: without, synonyms: content.knowledge.synonyms }, DEFAULTS.matching);
      total++;
      if (held.match(alternate).ranked[0]?.entry.id === entry.id) right++;
    }),
  );
  console.log(`  leave-one-out over the content's ${total} alternates: top-1 ${pct(right, total)}`);
}
