import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config';
import { loadContent } from '../../src/knowledge/loadContent';
import type { FlowChoice, FlowSpec, FlowStep } from '../../src/knowledge/flows/types';
import { buttonsOf, createTestConversation } from '../support/transcript';

/**
 * Clicks every button of every shipped flow, each in a fresh conversation with the shipped
 * content: the shortest way to its step, the button, then the shortest way to an end. Every
 * reply must be the step the spec says, with its buttons, and every path must end.
 */
const content = loadContent(DEFAULTS.knowledgeDir, DEFAULTS.dialogsDir);
const entryQuestion = new Map(content.knowledge.entries.map((e) => [e.id, e.question]));

function stepsOf(flow: FlowSpec): Map<string, FlowStep> {
  return new Map(flow.steps.map((s) => [s.id, s]));
}

/** The labels to click from the start to reach each step. */
function pathsFromStart(flow: FlowSpec): Map<string, string[]> {
  const steps = stepsOf(flow);
  const paths = new Map<string, string[]>([[flow.start, []]]);
  const queue = [flow.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const choice of steps.get(id)?.choices ?? []) {
      if (choice.next && !paths.has(choice.next)) {
        paths.set(choice.next, [...(paths.get(id) ?? []), choice.label]);
        queue.push(choice.next);
      }
    }
  }
  return paths;
}

/** For each step, the choice that reaches an end in the fewest clicks. */
function wayToEnd(flow: FlowSpec): Map<string, number> {
  const distance = new Map<string, number>(flow.steps.filter((s) => s.end).map((s) => [s.id, 0]));
  const best = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const step of flow.steps) {
      step.choices.forEach((choice, index) => {
        const via = choice.next === undefined ? 0 : distance.get(choice.next);
        if (via === undefined) return;
        if ((distance.get(step.id) ?? Infinity) > via + 1) {
          distance.set(step.id, via + 1);
          best.set(step.id, index);
          changed = true;
        }
      });
    }
  }
  return best;
}

describe.each(content.flows.map((flow) => [flow.id, flow] as const))('the shipped flow "%s"', (_id, flow) => {
  const steps = stepsOf(flow);
  const paths = pathsFromStart(flow);
  const toEnd = wayToEnd(flow);
  const edges = flow.steps.flatMap((step) => step.choices.map((choice) => [`${step.id} -> "${choice.label}"`, step, choice.label] as const));

  it('starts from the question of the entry it answers, and shows its first step', async () => {
    const { say } = createTestConversation({ KNOWLEDGE_DIR: DEFAULTS.knowledgeDir, DIALOGS_DIR: DEFAULTS.dialogsDir });
    const [reply] = await say(entryQuestion.get(flow.startsFrom.entries[0] ?? '') ?? '');
    expect(reply?.text).toContain(steps.get(flow.start)?.say.slice(0, 40));
  });

  it.each(edges)('%s leads to its step and on to an end', async (_name, step, label) => {
    const { say } = createTestConversation({ KNOWLEDGE_DIR: DEFAULTS.knowledgeDir, DIALOGS_DIR: DEFAULTS.dialogsDir });
    await say(entryQuestion.get(flow.startsFrom.entries[0] ?? '') ?? '');
    for (const click of paths.get(step.id) ?? []) await say(click);

    let current: FlowStep | undefined = step;
    let click = label;
    for (let turns = 0; current && turns < 30; turns++) {
      const chosen: FlowChoice | undefined = current.choices.find((c: FlowChoice) => c.label === click);
      expect(chosen, `step ${current.id} has a button "${click}"`).toBeDefined();
      const replies = await say(click);
      const last = replies[replies.length - 1];
      const next: FlowStep | undefined = chosen?.next === undefined ? undefined : steps.get(chosen.next);
      if (!next) {
        expect(last?.text, 'stopping says so and offers the usual topics').toMatch(/anything else/i);
        return;
      }
      expect(replies.map((r) => r.text).join('\n'), `reply to "${click}"`).toContain(next.say.slice(0, 40));
      if (next.end) {
        expect(buttonsOf(last ?? {}).length, 'an ended flow offers where to go next').toBeGreaterThan(0);
        return;
      }
      expect(buttonsOf(last ?? {})).toEqual(expect.arrayContaining(next.choices.map((c) => c.label)));
      current = next;
      click = next.choices[toEnd.get(next.id) ?? 0]?.label ?? '';
    }
    throw new Error('the flow did not end within 30 clicks');
  });
});
