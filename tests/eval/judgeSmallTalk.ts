/**
 * Small talk judged on a corpus of { text, topic, kind } lines (tests/eval/training/smalltalk-train-1.yaml, the thirteenth pass's) (docs/evaluation.md, the conversation's thirteenth pass):
 * greetings, thanks / goodbyes, "what can you do", nations, acknowledgements, and real questions that open with a
 * greeting or end with thanks (which must be read as questions). Each line goes to the real bot as a new visitor; what
 * it got is what the bot logged (small talk and its kind, a command, nations, a complaint, a Q&A match).
 *
 *   npx tsx tests/eval/judgeSmallTalk.ts <corpus.yaml>     per topic and kind: lines right, and what the misses got
 *   MISSES=1 lists each miss; OUT=<file.json> writes what every line got; BASE=<file.json> lists the lines whose reply
 *   changed against that run (the questions must keep their answers); TOPICS=<a,b> / KINDS=<a,b> judges only those.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TestAdapter, type ConversationAccount } from 'botbuilder';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { composeApp } from '../../src/index';
import type { LogFields, Logger } from '../../src/logger';

interface Line {
  readonly text: string;
  readonly topic: string;
  readonly kind: string;
}

/** What the bot did with a message, as one label: "small-talk greeting", "command help", "nations", "complaint", "answer <entry>". */
type Got = string;

/** What a line of each topic should get. A question must get anything but small talk, nations or a command. */
const RIGHT: Record<string, (got: Got) => boolean> = {
  greeting: (got) => got === 'small-talk greeting' || got === 'small-talk botOrPerson',
  thanks: (got) => got === 'small-talk thanks' || got === 'small-talk goodbye',
  // The welcome (a greeting's reply) and the bot's own "what I am" both say what it covers, as help does.
  'what-can-you-do': (got) => ['command help', 'command startAgain', 'small-talk greeting', 'small-talk botOrPerson'].includes(got),
  nations: (got) => got === 'nations',
  // "ok", "no", "hmm", "sorry I don't understand": any reply of the conversation's own, never a leaflet answer or the fallback.
  acknowledgement: (got) => got.startsWith('small-talk ') || got === 'command help',
  question: (got) => !got.startsWith('small-talk') && !got.startsWith('command') && got !== 'nations' && got !== 'match none',
};

function recordingLogger(): { logger: Logger; events: { event: string; fields: LogFields }[] } {
  const events: { event: string; fields: LogFields }[] = [];
  const keep = (event: string, fields: LogFields = {}): void => void events.push({ event, fields });
  return { logger: { info: keep, warn: keep, error: keep }, events };
}

function label(events: readonly { event: string; fields: LogFields }[]): Got {
  const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  for (const { event, fields } of events) {
    if (event === 'safety' && fields.kind !== 'possible-emergency' && fields.kind !== 'possible-crisis') return `safety ${str(fields.kind)}`;
    if (event === 'small-talk') return `small-talk ${str(fields.kind)}`;
    if (event === 'command') return `command ${str(fields.command)}`;
    if (event === 'nations' || event === 'complaint') return event;
    if (event === 'match') return fields.kind === 'answer' ? `answer ${str(fields.entry)}` : `match ${str(fields.kind)}`;
  }
  return 'nothing';
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error('usage: judgeSmallTalk.ts <corpus.yaml>');
  const only = (name: string): Set<string> | undefined => (process.env[name] ? new Set(process.env[name]?.split(',')) : undefined);
  const topics = only('TOPICS');
  const kinds = only('KINDS');
  const lines = (parse(readFileSync(path, 'utf8')) as Line[]).filter((l) => (!topics || topics.has(l.topic)) && (!kinds || kinds.has(l.kind)));
  const { logger, events } = recordingLogger();
  const { bot } = composeApp(loadConfig({}), logger);
  const got: Record<string, Got> = {};
  for (const [index, line] of lines.entries()) {
    events.length = 0;
    const adapter = new TestAdapter(async (context) => bot.run(context), { conversation: { id: `judge-${index}` } as ConversationAccount });
    await adapter.receiveActivity(line.text);
    got[line.text] = label(events);
  }
  const byTopic = new Map<string, { n: number; right: number; tookFor: Map<string, number>; byKind: Map<string, { n: number; right: number }> }>();
  const misses: string[] = [];
  for (const line of lines) {
    const g = got[line.text] ?? 'nothing';
    const right = (RIGHT[line.topic] ?? (() => false))(g);
    const t = byTopic.get(line.topic) ?? { n: 0, right: 0, tookFor: new Map<string, number>(), byKind: new Map<string, { n: number; right: number }>() };
    byTopic.set(line.topic, t);
    const k = t.byKind.get(line.kind) ?? { n: 0, right: 0 };
    t.byKind.set(line.kind, k);
    t.n++;
    k.n++;
    if (right) {
      t.right++;
      k.right++;
    } else {
      const took = g.startsWith('answer ') ? 'an answer' : g;
      t.tookFor.set(took, (t.tookFor.get(took) ?? 0) + 1);
      misses.push(`  ${line.topic}/${line.kind}: "${line.text}" -> ${g}`);
    }
  }
  let right = 0;
  for (const [topic, t] of byTopic) {
    right += t.right;
    const took = [...t.tookFor].map(([what, n]) => `${what} ${n}`).join(', ');
    const missedKinds = [...t.byKind].filter(([, k]) => k.right < k.n).map(([kind, k]) => `${kind} ${k.right}/${k.n}`).join(', ');
    console.log(`${topic}: ${t.right}/${t.n}${took ? ` (misses got: ${took})` : ''}${missedKinds ? `; kinds with misses: ${missedKinds}` : ''}`);
  }
  console.log(`all: ${right}/${lines.length}`);
  if (process.env.MISSES) console.log(misses.join('\n'));
  if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(got, null, 1));
  if (process.env.BASE) {
    const base = JSON.parse(readFileSync(process.env.BASE, 'utf8')) as Record<string, Got>;
    const changed = lines.filter((l) => base[l.text] !== undefined && base[l.text] !== got[l.text]);
    console.log(`changed against ${process.env.BASE}: ${changed.length}`);
    for (const l of changed) console.log(`  ${l.topic}/${l.kind}: "${l.text}": ${base[l.text]} -> ${got[l.text]}`);
  }
}

void main();
