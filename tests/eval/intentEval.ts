import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TestAdapter, type ConversationAccount } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { parse } from 'yaml';
import { DEFAULTS, loadConfig } from '../../src/config';
import { CommandReader } from '../../src/conversation/commands';
import { FlowDialog } from '../../src/conversation/flowDialog';
import { composeApp } from '../../src/index';
import type { FlowSpec } from '../../src/knowledge/flows/types';
import { recogniseComplaint, type ComplaintRules } from '../../src/knowledge/intents/complaints';
import type { LogFields, Logger } from '../../src/logger';
import { loadSafetyRules } from '../../src/safety';
import { shippedFlowDeps } from './flowDeps';
import { pct, type Report } from './report';

const safetyRules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });

const TARGETS = { complaints: 0.9, falseComplaints: 0.05, smallTalk: 0.9, typed: 0.9 };

interface Event {
  readonly event: string;
  readonly fields: LogFields;
}

/** A logger that keeps the events of one turn: what the bot decided, as it logs it. */
function recordingLogger(): { logger: Logger; events: Event[] } {
  const events: Event[] = [];
  const keep = (event: string, fields: LogFields = {}): void => void events.push({ event, fields });
  return { logger: { info: keep, warn: keep, error: keep }, events };
}

/**
 * What the conversation does with messages beyond the Q&A content, measured through the real
 * bot: complaints routed to PALS triage, small talk and the nations question recognised on
 * tests/eval/dev/questions-a.yaml, questions-h.yaml, questions-j.yaml, questions-k.yaml, questions-l.yaml, questions-m.yaml, questions-n.yaml, questions-p.yaml, questions-s.yaml, questions-u.yaml, questions-w.yaml and questions-y.yaml (gated), questions-e.yaml, questions-x.yaml, questions-z.yaml, questions-aa.yaml, questions-ab.yaml and questions-ac.yaml (reported);
 * typed answers to flow questions on flow-typed.yaml, flow-typed-z.yaml and flow-typed-2b.yaml (gated), flow-typed-1b.yaml (reported).
 */
export async function intentEval(report: Report): Promise<string[]> {
  const misses = [
    ...(await routingEval(report, 'dev/questions-a.yaml', true)),
    ...(await routingEval(report, 'dev/questions-e.yaml', false)),
    ...(await routingEval(report, 'dev/questions-h.yaml', true)),
    ...(await routingEval(report, 'dev/questions-j.yaml', true)),
    ...(await routingEval(report, 'dev/questions-k.yaml', true)),
    ...(await routingEval(report, 'dev/questions-l.yaml', true)),
    ...(await routingEval(report, 'dev/questions-m.yaml', true)),
    ...(await routingEval(report, 'dev/questions-n.yaml', true)),
    ...(await routingEval(report, 'dev/questions-p.yaml', true)),
    ...(await routingEval(report, 'dev/questions-s.yaml', true)),
    ...(await routingEval(report, 'dev/questions-u.yaml', true)),
    ...(await routingEval(report, 'dev/questions-w.yaml', true)),
    ...(await routingEval(report, 'dev/questions-y.yaml', true)),
    ...(await routingEval(report, 'dev/questions-x.yaml', false)),
    ...(await routingEval(report, 'dev/questions-z.yaml', false)),
    ...(await routingEval(report, 'dev/questions-aa.yaml', false)),
    ...(await routingEval(report, 'dev/questions-ab.yaml', false)),
    ...(await routingEval(report, 'dev/questions-ac.yaml', false)),
    ...(await typedAnswerEval(report, 'dev/flow-typed.yaml', true)),
    ...(await typedAnswerEval(report, 'dev/flow-typed-z.yaml', true)),
    // The held half of corpus typed-train-1 (conversation, fifteenth pass): reported, not gated (buttons 83.5% then, 98.8% after the sixteenth pass).
    ...(await typedAnswerEval(report, 'dev/flow-typed-1b.yaml', false)),
    // The held half of corpus typed-train-2 (conversation, sixteenth pass; judged out of fold: buttons 92.9%, side
    // questions 96%, ways out 2 of 5): gated at floors just under its figures after the lead's ways out (5 of 5, tuned on).
    ...(await typedAnswerEval(report, 'dev/flow-typed-2b.yaml', true, { buttons: 0.92, sideQuestions: 0.95, wayOuts: 0.9 })),
    // The held half of corpus typed-train-3 (conversation, seventeenth pass; judged out of fold: buttons 88.8%, side
    // questions 96%, ways out 4 of 10): gated at floors just under its figures after the eighteenth pass's ways out in
    // people's own words and hedged answers (buttons 90.0%, ways out 10 of 10, tuned on).
    ...(await typedAnswerEval(report, 'dev/flow-typed-3b.yaml', true, { buttons: 0.89, sideQuestions: 0.95, wayOuts: 0.95 })),
  ];
  // Never tuned on: its figures are reported, its misses are not.
  await routingEval(report, 'holdout/questions-b.yaml', false);
  await routingEval(report, 'unseen/questions-o.yaml', false);
  await routingEval(report, 'unseen/questions-q.yaml', false);
  await routingEval(report, 'unseen/questions-r.yaml', false);
  await routingEval(report, 'unseen/questions-t.yaml', false);
  await routingEval(report, 'unseen/questions-v.yaml', false);
  await routingEval(report, 'unseen/questions-af.yaml', false);
  await routingEval(report, 'unseen/questions-ag.yaml', false);
  await routingEval(report, 'unseen/questions-ah.yaml', false);
  await routingEval(report, 'unseen/questions-ai.yaml', false);
  await routingEval(report, 'unseen/questions-aj.yaml', false);
  await routingEval(report, 'unseen/questions-ak.yaml', false);
  await routingEval(report, 'unseen/questions-al.yaml', false);
  await routingEval(report, 'unseen/questions-am.yaml', false);
  await routingEval(report, 'unseen/questions-an.yaml', false);
  await routingEval(report, 'unseen/questions-ao.yaml', false);
  await routingEval(report, 'unseen/questions-ap.yaml', false);
  await routingEval(report, 'unseen/questions-aq.yaml', false);
  await routingEval(report, 'unseen/questions-ar.yaml', false);
  await routingEval(report, 'unseen/questions-as.yaml', false);
  await routingEval(report, 'unseen/questions-at.yaml', false);
  await routingEval(report, 'unseen/questions-au.yaml', false);
  await routingEval(report, 'unseen/questions-av.yaml', false);
  await routingEval(report, 'unseen/questions-aw.yaml', false);
  await routingEval(report, 'unseen/questions-ax.yaml', false);
  await routingEval(report, 'unseen/questions-ay.yaml', false);
  await routingEval(report, 'unseen/questions-az.yaml', false);
  await routingEval(report, 'unseen/questions-ba.yaml', false);
  await routingEval(report, 'unseen/questions-bb.yaml', false);
  await routingEval(report, 'unseen/questions-bc.yaml', false);
  await routingEval(report, 'unseen/questions-bd.yaml', false);
  await routingEval(report, 'unseen/questions-be.yaml', false);
  await routingEval(report, 'unseen/questions-bf.yaml', false);
  await routingEval(report, 'unseen/questions-bg.yaml', false);
  await routingEval(report, 'unseen/questions-bh.yaml', false);
  await routingEval(report, 'unseen/questions-bi.yaml', false);
  await routingEval(report, 'unseen/questions-bj.yaml', false);
  await routingEval(report, 'unseen/questions-bk.yaml', false);
  await routingEval(report, 'unseen/questions-bl.yaml', false);
  await routingEval(report, 'unseen/questions-bm.yaml', false);
  await routingEval(report, 'unseen/questions-bn.yaml', false);
  await routingEval(report, 'unseen/questions-bo.yaml', false);
  await routingEval(report, 'unseen/questions-bp.yaml', false);
  return misses.length > 0 ? [`Conversation misses (${misses.length}):`, ...misses] : [];
}

export async function routingEval(report: Report, file: string, gate: boolean): Promise<string[]> {
  const items = parse(readFileSync(resolve(__dirname, file), 'utf8')) as { text: string; topic: string }[];
  const { logger, events } = recordingLogger();
  const { bot, flows } = composeApp(loadConfig({}), logger);
  const complaintsFlow = flows.find((f) => f.startsFrom.intent === 'complaint')?.id;
  const misses: string[] = [];
  // Per kind, and what the bot took each miss for: figures that say which kinds fail without printing a held-out line.
  const byKind = new Map<string, { n: number; right: number; tookFor: Map<string, number> }>();
  const counts = { complaints: 0, complaintsRouted: 0, others: 0, othersRouted: 0, smallTalk: 0, smallTalkRight: 0, questions: 0, questionsTaken: 0 };
  for (const [index, { text, topic }] of items.entries()) {
    events.length = 0;
    // A conversation of its own for each message, as a new visitor.
    const adapter = new TestAdapter(async (context) => bot.run(context), { conversation: { id: `eval-${index}` } as ConversationAccount });
    await adapter.receiveActivity(text);
    const routed = events.some((e) => e.event === 'complaint' || (e.event === 'match' && e.fields.flow === complaintsFlow));
    const decided = events.map((e) => `${e.event}${e.fields.kind ? `:${String(e.fields.kind)}` : ''}${e.fields.entry ? `:${String(e.fields.entry)}` : ''}`).join(', ');
    if (topic === 'complaint') {
      counts.complaints++;
      if (routed) counts.complaintsRouted++;
      else misses.push(`  complaint not routed: "${text}" -> ${decided}`);
    } else if (topic !== 'pals') {
      counts.others++;
      if (routed) {
        counts.othersRouted++;
        misses.push(`  ${topic} routed as a complaint: "${text}"`);
      }
    }
    if (topic !== 'greeting' && topic !== 'thanks' && topic !== 'nations') {
      counts.questions++;
      const taken = events.find((e) => e.event === 'small-talk' || e.event === 'nations');
      if (taken) {
        counts.questionsTaken++;
        misses.push(`  ${topic} taken as ${taken.event}: "${text}"`);
      }
    } else {
      counts.smallTalk++;
      const right = topic === 'nations' ? events.some((e) => e.event === 'nations') : events.some((e) => e.event === 'small-talk' && repliesTo(topic, e.fields.kind));
      if (right) counts.smallTalkRight++;
      const kind = byKind.get(topic) ?? { n: 0, right: 0, tookFor: new Map<string, number>() };
      byKind.set(topic, kind);
      kind.n++;
      if (right) kind.right++;
      else {
        const took = events[0];
        const label = took ? `${took.event}${took.fields.kind ? ` ${String(took.fields.kind)}` : ''}` : 'nothing';
        kind.tookFor.set(label, (kind.tookFor.get(label) ?? 0) + 1);
        misses.push(`  ${topic} not recognised: "${text}" -> ${decided}`);
      }
    }
  }
  console.log(`Conversation: routing (${file}, through the bot)${gate ? '' : ' (reported, not gated)'}`);
  console.log(`  complaints routed to PALS triage ${pct(counts.complaintsRouted, counts.complaints)} (${counts.complaintsRouted}/${counts.complaints}); other questions taken as complaints ${pct(counts.othersRouted, counts.others)} (${counts.othersRouted}/${counts.others}); small talk and nations recognised ${pct(counts.smallTalkRight, counts.smallTalk)} (${counts.smallTalkRight}/${counts.smallTalk}); other messages taken as small talk or nations ${pct(counts.questionsTaken, counts.questions)} (${counts.questionsTaken}/${counts.questions})`);
  const kinds = [...byKind].map(([topic, k]) => `${topic} ${k.right}/${k.n}${k.tookFor.size > 0 ? ` (others taken as: ${[...k.tookFor].map(([what, n]) => `${what} ${n}`).join(', ')})` : ''}`);
  if (kinds.length > 0) console.log(`  small talk and nations by kind: ${kinds.join('; ')}`);
  if (!gate) return misses;
  report.check(`${file}: complaints routed to PALS triage`, counts.complaintsRouted / Math.max(1, counts.complaints), TARGETS.complaints, true);
  report.check(`${file}: other questions taken as complaints`, counts.othersRouted / Math.max(1, counts.others), TARGETS.falseComplaints, false);
  report.check(`${file}: small talk and nations recognised`, counts.smallTalkRight / Math.max(1, counts.smallTalk), TARGETS.smallTalk, true);
  report.check(`${file}: other messages taken as small talk or nations`, counts.questionsTaken / Math.max(1, counts.questions), TARGETS.falseComplaints, false);
  return misses;
}

/**
 * Whether a kind of small-talk reply is the right one for a message the writer filed under
 * topic. Writers file "thanks, bye" and "bye for now" under thanks: someone leaving gets the
 * goodbye (which thanks them too) rather than "anything else I can help with?". They file "is
 * this a real person?" under greetings: an opening that asks who answers gets that answer.
 */
function repliesTo(topic: string, kind: unknown): boolean {
  return kind === topic || (topic === 'thanks' && kind === 'goodbye') || (topic === 'greeting' && kind === 'botOrPerson');
}

interface TypedItem {
  readonly flow: string;
  readonly step: string;
  readonly text: string;
  /** A button label, "side-question" or "way-out". */
  readonly expect: string;
}

/**
 * Each typed answer is sent to the flow's real dialog waiting at that step ("resume": at
 * "Shall we carry on…"), after the checks the root dialog makes first in every state: safety,
 * commands such as "cancel" (a way out), and a complaint outside the complaints flow.
 */
/** The share of each kind a gated set must reach: the goal, unless the set has floors of its own. */
interface TypedFloors {
  readonly buttons: number;
  readonly sideQuestions: number;
  readonly wayOuts: number;
}

export async function typedAnswerEval(report: Report, file: string, gate: boolean, floors: TypedFloors = { buttons: TARGETS.typed, sideQuestions: TARGETS.typed, wayOuts: TARGETS.typed }): Promise<string[]> {
  const items = parse(readFileSync(resolve(__dirname, file), 'utf8')) as TypedItem[];
  const { logger, events } = recordingLogger();
  const { content, deps } = shippedFlowDeps(logger);
  const dialogs = new Map(content.flows.map((f) => [f.id, new FlowDialog(f, deps)]));
  const misses: string[] = [];
  const kinds = ['button', 'side-question', 'way-out'] as const;
  const kindOf = (item: TypedItem): (typeof kinds)[number] => (item.expect === 'side-question' || item.expect === 'way-out' ? item.expect : 'button');
  const count = new Map(kinds.map((k) => [k, { n: 0, right: 0 }]));
  const commands = new CommandReader(content.intents.typedAnswers.waysOut);
  for (const item of items) {
    const spec = content.flows.find((f) => f.id === (item.flow === 'any' ? 'how-to-get-a-second-opinion' : item.flow));
    const dialog = spec && dialogs.get(spec.id);
    if (!spec || !dialog) {
      misses.push(`  no flow "${item.flow}" for "${item.text}"`);
      continue;
    }
    const got = await typedAnswer(item, spec.start, dialog, spec, content.intents.complaints, commands, events);
    const tally = count.get(kindOf(item));
    if (tally) tally.n++;
    if (got === item.expect && tally) tally.right++;
    else misses.push(`  ${item.flow}/${item.step}: "${item.text}" -> ${got} (expected ${item.expect})`);
  }
  console.log(`Conversation: typed answers in flows (${file}, through the flow dialogs)${gate ? '' : ' (reported, not gated)'}`);
  const [buttons, sideQuestions, wayOuts] = kinds.map((k) => count.get(k) ?? { n: 0, right: 0 });
  const line = (t: { n: number; right: number }): string => `${pct(t.right, t.n)} (${t.right}/${t.n})`;
  console.log(`  typed answers to buttons understood ${line(buttons ?? { n: 0, right: 0 })}; side questions answered then offered to carry on ${line(sideQuestions ?? { n: 0, right: 0 })}; ways out ${line(wayOuts ?? { n: 0, right: 0 })}`);
  const rate = (t?: { n: number; right: number }): number => (t ? t.right / Math.max(1, t.n) : 0);
  if (!gate) return misses;
  report.check(`${file}: typed flow answers understood (buttons)`, rate(buttons), floors.buttons, true);
  report.check(`${file}: side questions in flows answered`, rate(sideQuestions), floors.sideQuestions, true);
  report.check(`${file}: ways out of flows`, rate(wayOuts), floors.wayOuts, true);
  return misses;
}

async function typedAnswer(item: TypedItem, start: string, dialog: FlowDialog, spec: FlowSpec, complaints: ComplaintRules, commands: CommandReader, events: Event[]): Promise<string> {
  const resuming = item.step === 'resume';
  const concern = safetyRules.assess(item.text, { inFlow: true });
  // A possible emergency or crisis adds its line first, then the answer is handled as usual (as in the bot).
  if (concern && concern.kind !== 'possible-emergency' && concern.kind !== 'possible-crisis') return `safety:${concern.kind}`;
  const command = commands.detect(item.text);
  // Asking for a person ends the flow with the contacts (or the handoff): a way out, as the person sees it.
  if (command === 'cancel' || command === 'startAgain' || command === 'talkToPerson') return 'way-out';
  if (command && command !== 'noneOfThese') return `command:${command}`;
  const complaint = spec.startsFrom.intent !== 'complaint' ? recogniseComplaint(item.text, complaints, { inFlow: true }) : undefined;
  // As the root dialog does: an answer to the step, told with its problem, is the answer (a formal complaint always leaves).
  if (complaint && (complaint.formal || !dialog.answersFirstAt(resuming ? start : item.step, resuming, item.text))) return 'complaint';
  const client = new DialogTestClient('test', dialog, FlowDialog.startOptions(spec, resuming ? start : item.step, resuming));
  await client.sendActivity('start');
  events.length = 0;
  await client.sendActivity(item.text);
  const answer = events.find((e) => e.event === 'flow-answer');
  if (!answer) return 'asked again';
  const { kind, choice } = answer.fields;
  return kind === 'choice' || kind === 'entry' ? String(choice ?? kind) : String(kind);
}
