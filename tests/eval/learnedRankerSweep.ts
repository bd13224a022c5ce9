/**
 * `npx tsx tests/eval/learnedRankerSweep.ts '[[0.5, 0.75, 0.5]]'`: the learned re-ranker's settings
 * (weight, least kept, "not ours" probability; optional l2) measured on the team set and dev sets
 * A-Y, as lines right directly / one click / off-topic answered (the Q&A part of `npm run eval`,
 * counted the same way). Never reads the held-out or unseen sets. [[0, 0, 1]] is the lexical score alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/config';
import { createMatcher, loadContent } from '../../src/knowledge/loadContent';
import type { MatchResult } from '../../src/knowledge/matching/matcher';

interface Labelled {
  readonly text: string;
  readonly expected: readonly string[];
}

const OTHER_SECTIONS = new Set(['complaint', 'greeting', 'thanks', 'nations']);

function topicSet(file: string): Labelled[] {
  const topics = parse(readFileSync(join(__dirname, 'topics.yaml'), 'utf8')) as Record<string, string[]>;
  const items = parse(readFileSync(join(__dirname, file), 'utf8')) as { text: string; topic: string }[];
  return items.filter((i) => !OTHER_SECTIONS.has(i.topic)).map(({ text, topic }) => ({ text, expected: topic === 'out-of-scope' ? [] : (topics[topic] ?? []) }));
}

function teamSet(): Labelled[] {
  const set = parse(readFileSync(join(__dirname, 'questions.yaml'), 'utf8')) as { inScope: { text: string; expect: string }[]; outOfScope: string[] };
  return [...set.inScope.map(({ text, expect }) => ({ text, expected: [expect] })), ...set.outOfScope.map((text) => ({ text, expected: [] }))];
}

const sets: [string, Labelled[]][] = [['team', teamSet()], ...[...'aehjklmnpsuwy'].map((l): [string, Labelled[]] => [l.toUpperCase(), topicSet(`dev/questions-${l}.yaml`)])];
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const startsFlow = new Map(content.flows.flatMap((flow) => flow.startsFrom.entries.map((id) => [id, flow.steps.find((s) => s.id === flow.start)?.entries ?? []] as const)));

/** Whether the right entry is one click away, as qaEval counts it. */
function oneClick(result: MatchResult, isRight: (id: string) => boolean): boolean {
  if (result.kind === 'clarify') return result.candidates.some((c) => isRight(c.id));
  if (result.kind !== 'answer') return false;
  const flowStep = startsFlow.get(result.entry.id);
  if (flowStep) return result.alsoAbout.some((e) => isRight(e.id)) || flowStep.some(isRight);
  return result.alsoAbout.some((e) => isRight(e.id)) || result.entry.followUps.some(isRight);
}

const configs = JSON.parse(process.argv[2] ?? '[[0.5, 0.75, 0.5]]') as [number, number, number, number?][];
for (const [weight, leastKept, notOursProbability, l2] of configs) {
  const { learned } = DEFAULTS.matching;
  const matcher = createMatcher(content, { ...DEFAULTS.matching, learned: { ...learned, weight, leastKept, notOursProbability, training: { ...learned.training, l2: l2 ?? learned.training.l2 } } });
  const cells = sets.map(([name, items]) => {
    let right = 0;
    let click = 0;
    let offTopic = 0;
    for (const { text, expected } of items) {
      const result = matcher.match(text);
      const isRight = (id: string): boolean => expected.includes(id);
      if (expected.length === 0) offTopic += result.kind === 'answer' ? 1 : 0;
      else if (result.kind === 'answer' && isRight(result.entry.id)) right++;
      else if (oneClick(result, isRight)) click++;
    }
    return `${name} ${right}/${right + click}/${offTopic}`;
  });
  console.log(`weight ${weight}, least kept ${leastKept}, not ours ${notOursProbability}${l2 === undefined ? '' : `, l2 ${l2}`} | ${cells.join(' | ')}`);
}
