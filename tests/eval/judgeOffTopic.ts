/**
 * The subject's boundary, judged on a corpus of { text, topic, kind } lines (out-of-scope questions by kind, and
 * on-topic lookalikes labelled with leaflet topics), as `npm run eval` counts Q&A (docs/evaluation.md, twelfth pass).
 *
 *   npx tsx tests/eval/judgeOffTopic.ts <corpus.yaml>   (tests/eval/training/offtopic-train-1.yaml: the twelfth pass's)
 *     the shipped matcher as a fresh judge: per kind, off-topic lines answered from the leaflet / asked "did you mean";
 *     lookalikes answered right / one click / fell back / answered wrong.
 *   npx tsx tests/eval/judgeOffTopic.ts <corpus.yaml> --leave-one-kind-out
 *     the corpus's out-of-scope lines learnt as questions about other things (notAboutUs: the lexical check and the
 *     learned ranker's "not ours" class), each kind left out in turn and measured; then all of them learnt, measured on
 *     the lookalikes and on the team and dev sets (lines right / one click / off-topic answered; answered wrong).
 *
 * Lines also in a judged set (tests/eval/corpusOverlap.ts) are never learnt. Counts only for every set.
 * LEARN=<kinds,comma separated> learns only those kinds; SETTINGS='{"notOursProbability":0.4}' overrides DEFAULTS.matching.learned;
 * MODE=learned learns them as notOursLearnt (see matcherLearning); WITHOUT_CONTENTS_LEARNT=1 leaves out the content's own
 * notOursLearnt (the corpus once learnt), to judge on it again; DEV=1 adds the team and dev sets; MISSES=1 lists each line
 * answered wrong; HALF=1 learns every other line and measures the rest; DIFF=1 lists the dev lines the learnt lines move;
 * LEXICAL_OFF=1 turns the lexical off-topic check off (every example learnt by the model alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { createMatcher, entriesWithAskedPhrasings, entriesWithFlowPhrases, loadContent } from '../../src/knowledge/loadContent';
import { isEnglishWord } from '../../src/knowledge/englishWords';
import { OverlapMatcher } from '../../src/knowledge/matching/overlapMatcher';
import { sharedWordNet } from '../../src/knowledge/text/wordNet';
import type { MatchResult } from '../../src/knowledge/matching/matcher';
import { judgedTexts, key } from './corpusOverlap';

interface Line {
  readonly text: string;
  readonly topic: string;
  readonly kind: string;
}
interface Labelled {
  readonly text: string;
  readonly expected: readonly string[];
}

const OUT_OF_SCOPE = 'out-of-scope';
const OTHER_SECTIONS = new Set(['complaint', 'greeting', 'thanks', 'nations']);
const topics = parse(readFileSync(join(__dirname, 'topics.yaml'), 'utf8')) as Record<string, string[]>;

const path = process.argv[2];
if (!path) throw new Error('usage: judgeOffTopic.ts <corpus.yaml> [--leave-one-kind-out]');
const corpus = parse(readFileSync(path, 'utf8')) as Line[];
const judged = new Set([...judgedTexts().values()].flatMap((keys) => [...keys]));
const learnable = corpus.filter((l) => l.topic === OUT_OF_SCOPE && !judged.has(key(l.text)));
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const startsFlow = new Map(content.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow.steps.find((s) => s.id === flow.start)?.entries ?? []] as const)));
const settingsOverride = JSON.parse(process.env.SETTINGS ?? '{}') as Partial<typeof DEFAULTS.matching.learned>;

/** MODE=learned learns the extra lines as notOursLearnt (the learned ranker's "not ours" class only); by default as notAboutUs (that class and the lexical off-topic check). */
function matcherLearning(extra: readonly string[]): ReturnType<typeof createMatcher> {
  const learned = { ...DEFAULTS.matching.learned, ...settingsOverride };
  const mode = process.env.MODE ?? 'both';
  const entries = entriesWithAskedPhrasings(entriesWithFlowPhrases(content.knowledge.entries, content.flows), content.knowledge.asked);
  return new OverlapMatcher(
    {
      entries,
      synonyms: content.knowledge.synonyms,
      otherSubjects: content.knowledge.otherSubjects,
      otherOpinions: content.knowledge.otherOpinions,
      subjectWords: content.knowledge.subjectWords,
      notAboutUs: [...content.knowledge.asked.notAboutUs, ...(mode === 'learned' ? [] : extra)],
      notOursLearnt: [...(process.env.WITHOUT_CONTENTS_LEARNT ? [] : (content.knowledge.asked.notOursLearnt ?? [])), ...(mode === 'learned' ? extra : [])],
      placeWords: content.intents.nations.nations.flatMap((nation) => nation.says.flatMap((p) => p.words)),
    },
    // LEXICAL_OFF=1: the lexical nearest-example check never says "like a question about something else" (similarity is at most 1).
    { ...DEFAULTS.matching, learned, ...(process.env.LEXICAL_OFF ? { offTopicSimilarity: 1.01 } : {}) },
    isEnglishWord,
    sharedWordNet(),
  );
}

type Outcome = 'right' | 'click' | 'none' | 'wrong';
/** As qaEval counts an in-scope line. */
function outcome(result: MatchResult, expected: readonly string[]): Outcome {
  const isRight = (id: string): boolean => expected.includes(id);
  if (result.kind === 'answer' && isRight(result.entry.id)) return 'right';
  if (result.kind === 'clarify') return result.candidates.some((c) => isRight(c.id)) ? 'click' : 'wrong';
  if (result.kind === 'none') return 'none';
  const flowStep = startsFlow.get(result.entry.id);
  if (flowStep) return result.alsoAbout.some((e) => isRight(e.id)) || flowStep.some(isRight) ? 'click' : 'wrong';
  return result.alsoAbout.some((e) => isRight(e.id)) || result.entry.followUps.some(isRight) ? 'click' : 'wrong';
}

type Matcher = ReturnType<typeof createMatcher>;
function offTopicCell(matcher: Matcher, lines: readonly { text: string }[]): string {
  let answered = 0;
  let clarified = 0;
  for (const { text } of lines) {
    const kind = matcher.match(text).kind;
    if (kind === 'answer') answered++;
    else if (kind === 'clarify') clarified++;
  }
  return `answered ${answered}/${lines.length}, did-you-mean ${clarified}`;
}

function inScopeCell(matcher: Matcher, lines: readonly Labelled[]): { right: number; click: number; none: number; wrong: number; offTopic: number; n: number; m: number } {
  const c = { right: 0, click: 0, none: 0, wrong: 0, offTopic: 0, n: 0, m: 0 };
  for (const { text, expected } of lines) {
    const result = matcher.match(text);
    if (expected.length === 0) {
      c.m++;
      if (result.kind === 'answer') c.offTopic++;
      continue;
    }
    c.n++;
    c[outcome(result, expected)]++;
  }
  return c;
}

// Complaints, nations and small talk are routed before Q&A (intentEval judges them): a corpus's lines of those are left out.
const lookalikes: Labelled[] = corpus.filter((l) => l.topic !== OUT_OF_SCOPE && !OTHER_SECTIONS.has(l.topic)).map((l) => ({ text: l.text, expected: topics[l.topic] ?? [] }));
const kinds = [...new Set(corpus.filter((l) => l.topic === OUT_OF_SCOPE).map((l) => l.kind))];

function lookalikeLine(matcher: Matcher): string {
  const c = inScopeCell(matcher, lookalikes);
  return `lookalikes (${c.n}): right ${c.right}, one click ${c.right + c.click}, fell back ${c.none}, wrong ${c.wrong}`;
}

function topicSet(file: string): Labelled[] {
  const items = parse(readFileSync(join(__dirname, file), 'utf8')) as { text: string; topic: string }[];
  return items.filter((i) => !OTHER_SECTIONS.has(i.topic)).map(({ text, topic }) => ({ text, expected: topic === OUT_OF_SCOPE ? [] : (topics[topic] ?? []) }));
}
function teamSet(): Labelled[] {
  const set = parse(readFileSync(join(__dirname, 'questions.yaml'), 'utf8')) as { inScope: { text: string; expect: string }[]; outOfScope: string[] };
  return [...set.inScope.map(({ text, expect }) => ({ text, expected: [expect] })), ...set.outOfScope.map((text) => ({ text, expected: [] }))];
}
const devSets: [string, Labelled[]][] = [['team', teamSet()], ...[...'aehjklmnpsuwy'].map((l): [string, Labelled[]] => [l.toUpperCase(), topicSet(`dev/questions-${l}.yaml`)])];

function devLine(matcher: Matcher): string {
  return devSets
    .map(([name, items]) => {
      const c = inScopeCell(matcher, items);
      return `${name} ${c.right}/${c.right + c.click}/${c.offTopic}; ${c.wrong}`;
    })
    .join(' | ');
}

console.log(`corpus: ${corpus.length} lines, ${corpus.filter((l) => l.topic === OUT_OF_SCOPE).length} out of scope (${learnable.length} learnable: not in a judged set), ${lookalikes.length} lookalikes`);
if (!process.argv.includes('--leave-one-kind-out')) {
  const matcher = matcherLearning([]);
  for (const kind of kinds) console.log(`  ${kind}: ${offTopicCell(matcher, corpus.filter((l) => l.kind === kind))}`);
  console.log(`  all out of scope: ${offTopicCell(matcher, corpus.filter((l) => l.topic === OUT_OF_SCOPE))}`);
  const byTopic = [...new Set(lookalikes.map((l) => l.expected.join('|')))];
  for (const t of byTopic) {
    const c = inScopeCell(matcher, lookalikes.filter((l) => l.expected.join('|') === t));
    console.log(`  lookalike ${t}: right ${c.right}/${c.n}, one click ${c.right + c.click}, fell back ${c.none}, wrong ${c.wrong}`);
  }
  console.log(`  ${lookalikeLine(matcher)}`);
  if (process.env.MISSES) {
    for (const l of corpus) {
      const r = matcher.match(l.text);
      if (l.topic === OUT_OF_SCOPE && r.kind === 'answer') console.log(`    off-topic answered (${l.kind}): "${l.text}" -> ${r.entry.id}`);
      if (l.topic !== OUT_OF_SCOPE && !OTHER_SECTIONS.has(l.topic) && outcome(r, topics[l.topic] ?? []) !== 'right') console.log(`    lookalike ${l.topic} ${outcome(r, topics[l.topic] ?? [])}: "${l.text}" -> ${r.kind === 'answer' ? r.entry.id : r.kind}`);
    }
  }
  if (process.env.DEV) console.log(`  dev (right / one click / off-topic answered; wrong): ${devLine(matcher)}`);
} else if (!process.env.DIFF) {
  const only = process.env.LEARN?.split(',');
  const pool = learnable.filter((l) => !only || only.includes(l.kind));
  for (const kind of kinds) {
    const matcher = matcherLearning(pool.filter((l) => l.kind !== kind).map((l) => l.text));
    const held = corpus.filter((l) => l.kind === kind);
    console.log(`  without ${kind}: ${kind} ${offTopicCell(matcher, held)}; ${lookalikeLine(matcher)}`);
  }
  const all = matcherLearning(pool.map((l) => l.text));
  console.log(`  all ${pool.length} learnt: ${lookalikeLine(all)}`);
  console.log(`  dev (right / one click / off-topic answered; wrong), all learnt: ${devLine(all)}`);
  console.log(`  dev, nothing learnt: ${devLine(matcherLearning([]))}`);
}

/** DIFF=1 (with --leave-one-kind-out): each team / dev line whose outcome the learnt corpus changes, and its "not ours" probability. */
if (process.env.DIFF) {
  const only = process.env.LEARN?.split(',');
  const before = matcherLearning([]);
  const after = matcherLearning(learnable.filter((l) => !only || only.includes(l.kind)).map((l) => l.text));
  for (const [name, items] of devSets) {
    for (const { text, expected } of items) {
      const a = before.match(text);
      const b = after.match(text);
      const show = (r: MatchResult): string => (expected.length === 0 ? r.kind : outcome(r, expected)) + (r.kind === 'answer' ? ` ${r.entry.id}` : '');
      if (show(a) !== show(b)) console.log(`  ${name}: ${show(a)} -> ${show(b)} (not ours ${after.rank(text).likeOffTopic}): "${text}"`);
    }
  }
}

/** HALF=1: the same kinds, other lines: learnt from every other learnable line, measured on the rest, and the other way round (lines of a judged set measured, never learnt). */
if (process.env.HALF) {
  const halves = [0, 1].map((h) => learnable.filter((_, i) => i % 2 === h));
  const measured = new Map<string, { answered: number; n: number }>();
  for (const [h, half] of halves.entries()) {
    const matcher = matcherLearning(half.map((l) => l.text));
    const learntKeys = new Set(half.map((l) => key(l.text)));
    const rest = corpus.filter((l) => l.topic === OUT_OF_SCOPE && !learntKeys.has(key(l.text)) && (h === 0 || !judged.has(key(l.text))));
    for (const l of rest) {
      const cell = measured.get(l.kind) ?? { answered: 0, n: 0 };
      cell.n++;
      if (matcher.match(l.text).kind === 'answer') cell.answered++;
      measured.set(l.kind, cell);
    }
    console.log(`  half ${h} learnt (${half.length}): ${lookalikeLine(matcher)}`);
  }
  let total = 0;
  let answered = 0;
  for (const [kind, c] of measured) {
    console.log(`  ${kind}: answered ${c.answered}/${c.n} when learnt from the other half`);
    total += c.n;
    answered += c.answered;
  }
  console.log(`  all: answered ${answered}/${total}`);
}
