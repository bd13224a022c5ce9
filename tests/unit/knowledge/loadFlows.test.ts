import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../../src/knowledge/flows/loadFlows';
import { ContentError } from '../../../src/content/contentProblems';
import { loadKnowledge } from '../../../src/knowledge/loading/loadKnowledge';
import { FIXTURE_DIALOGS, FIXTURE_KNOWLEDGE } from '../../support/fixtureKnowledge';

const knowledge = loadKnowledge(FIXTURE_KNOWLEDGE);

const HEAD = `id: test-flow
title: A test flow
startsFrom:
  entries: [paying]
  phrases: [one, two, three, four]
start: intro
steps:
`;

function problems(steps: string, head = HEAD): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dialogs-'));
  writeFileSync(join(dir, 'flow.yaml'), head + steps);
  try {
    loadFlows(dir, knowledge);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('loading flow specs', () => {
  it('loads the fixture flow with its steps, choices and notes', () => {
    const [flow] = loadFlows(FIXTURE_DIALOGS, knowledge);
    expect(flow?.id).toBe('asking');
    expect(flow?.steps.map((s) => s.id)).toEqual(['intro', 'who', 'relative', 'help', 'summary', 'done']);
    expect(flow?.steps[2]?.choices).toEqual([{ label: 'Next', next: 'help', says: [] }, { label: 'Stop here', next: undefined, says: [] }]);
    expect(flow?.steps[1]?.choices[0]?.note).toBe('I want a second opinion for myself.');
  });

  it('accepts a valid two-step flow', () => {
    expect(problems('  - id: intro\n    say: Hello.\n    next: bye\n  - id: bye\n    say: Bye.\n    end: true\n')).toEqual([]);
  });

  it('reports a choice that leads to a step that does not exist, on its line', () => {
    expect(problems('  - id: intro\n    say: Hello.\n    choices:\n      - label: Go\n        next: nowhere\n')).toContain('12: "nowhere" is not a step of this flow');
  });

  it('reports a step nobody can reach', () => {
    expect(problems('  - id: intro\n    say: Hi.\n    end: true\n  - id: orphan\n    say: Lost.\n    end: true\n')).toEqual(['11: step "orphan" cannot be reached from "intro"']);
  });

  it('reports steps that only loop, with no way to the end', () => {
    expect(problems('  - id: intro\n    say: Hi.\n    choices:\n      - label: Again\n        next: intro\n')).toEqual(['8: from step "intro" there is no way to the end of the flow']);
  });

  it('reports a step with neither choices, next nor end', () => {
    expect(problems('  - id: intro\n    say: Hi.\n')).toContain('8: step "intro" needs exactly one of "choices", "next" or "end: true"');
  });

  it('reports links to entries and services that do not exist', () => {
    const found = problems('  - id: intro\n    say: Hi.\n    entries: [no-such-entry]\n    services: [no-such-service]\n    end: true\n');
    expect(found).toEqual(['10: "no-such-entry" is not a knowledge entry id', '11: "no-such-service" is not a service id in knowledge/services.yaml']);
  });

  it('asks for a note on every choice of a step that records answers for the summary', () => {
    const found = problems('  - id: intro\n    say: Hi.\n    records: what-happened\n    choices:\n      - label: Something\n        next: bye\n  - id: bye\n    say: Bye.\n    end: true\n');
    expect(found).toEqual(['12: choice "Something" needs a "note": its step records answers for the summary']);
  });

  it('reports a flow that no entry starts, and too few phrases', () => {
    const head = HEAD.replace('  entries: [paying]\n', '').replace('[one, two, three, four]', '[one]');
    const found = problems('  - id: intro\n    say: Hi.\n    end: true\n', head);
    expect(found).toContain('4: "phrases" has 1 item(s); it needs at least 4');
    expect(found.some((p) => p.includes('at least one knowledge entry'))).toBe(true);
  });

  it('reports labels too long for a button', () => {
    const found = problems(`  - id: intro\n    say: Hi.\n    choices:\n      - label: ${'x'.repeat(41)}\n        next: intro\n      - label: Done\n        next: bye\n  - id: bye\n    say: Bye.\n    end: true\n`);
    expect(found).toEqual(['11: "label" is 41 characters; keep it to 40']);
  });

  it('names the line of broken YAML', () => {
    expect(problems('  - id: intro\n    say: [unclosed\n')[0]).toMatch(/^(9|10): this is not valid YAML: a "\[" above is not closed with "]"$/);
  });
});
