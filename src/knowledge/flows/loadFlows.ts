import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemList } from '../../content/contentProblems';
import { YamlFile } from '../../content/yamlFile';
import type { Knowledge } from '../types';
import { readFlow } from './readFlow';
import type { FlowSpec } from './types';

/**
 * Loads every flow in a folder and checks it against itself and the knowledge it links to:
 * every step reachable, no dead ends, every link to an entry or service real. Problems in all
 * files are reported together, each with its file and line.
 */
export function loadFlows(folder: string, knowledge: Pick<Knowledge, 'entries' | 'services'>): FlowSpec[] {
  const problems = new ProblemList();
  const files = existsSync(folder)
    ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => new YamlFile(join(folder, name), problems))
    : [];
  const entryIds = new Set(knowledge.entries.map((e) => e.id));
  const serviceIds = new Set(knowledge.services.map((s) => s.id));
  const flows: FlowSpec[] = [];
  const claimedEntries = new Map<string, string>();
  const flowIds = new Set<string>();

  for (const file of files) {
    const flow = readFlow(file);
    if (!flow) continue;
    if (flowIds.has(flow.id)) file.problem(['id'], `flow id "${flow.id}" is used by another flow`);
    flowIds.add(flow.id);
    if (flow.startsFrom.entries.length === 0 && !flow.startsFrom.intent) {
      file.problem(['startsFrom'], 'a flow needs "startsFrom: entries:" naming at least one knowledge entry, or "startsFrom: intent:"');
    }
    const sameIntent = flow.startsFrom.intent && flows.find((f) => f.startsFrom.intent === flow.startsFrom.intent);
    if (sameIntent) file.problem(['startsFrom', 'intent'], `the intent "${flow.startsFrom.intent}" already starts the flow "${sameIntent.id}"`);
    flow.startsFrom.entries.forEach((id, index) => {
      if (!entryIds.has(id)) file.problem(['startsFrom', 'entries', index], `"${id}" is not a knowledge entry id`);
      const other = claimedEntries.get(id);
      if (other) file.problem(['startsFrom', 'entries', index], `entry "${id}" already starts the flow "${other}"`);
      claimedEntries.set(id, flow.id);
    });
    checkSteps(flow, file, entryIds, serviceIds);
    flows.push(flow);
  }
  problems.throwIfAny();
  return flows;
}

function checkSteps(flow: FlowSpec, file: YamlFile, entryIds: ReadonlySet<string>, serviceIds: ReadonlySet<string>): void {
  const indexOf = new Map<string, number>();
  flow.steps.forEach((step, index) => {
    if (indexOf.has(step.id)) file.problem(['steps', index, 'id'], `step id "${step.id}" is used twice in this flow`);
    indexOf.set(step.id, index);
  });
  if (flow.start && !indexOf.has(flow.start)) file.problem(['start'], `"start" names no step: "${flow.start}"`);

  flow.steps.forEach((step, index) => {
    step.choices.forEach((choice, choiceIndex) => {
      if (choice.next !== undefined && !indexOf.has(choice.next)) {
        // A step with only `next:` has no choices in the file: the line is then the step's own.
        file.problem(['steps', index, 'choices', choiceIndex, 'next'], `"${choice.next}" is not a step of this flow`);
      }
    });
    step.entries.forEach((id, i) => {
      if (!entryIds.has(id)) file.problem(['steps', index, 'entries', i], `"${id}" is not a knowledge entry id`);
    });
    step.services.forEach((id, i) => {
      if (!serviceIds.has(id)) file.problem(['steps', index, 'services', i], `"${id}" is not a service id in knowledge/services.yaml`);
    });
    if (step.summary && !flow.steps.some((s) => s.records)) file.problem(['steps', index, 'summary'], 'a summary step needs earlier steps that record answers');
  });

  // Every step must be reachable from the start, and must be able to reach an end.
  const reachable = new Set<string>();
  const visit = (id: string): void => {
    if (reachable.has(id) || !indexOf.has(id)) return;
    reachable.add(id);
    for (const choice of flow.steps[indexOf.get(id) ?? 0]?.choices ?? []) if (choice.next) visit(choice.next);
  };
  visit(flow.start);
  const canFinish = new Set(flow.steps.filter((s) => s.end || s.choices.some((c) => c.next === undefined)).map((s) => s.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of flow.steps) {
      if (!canFinish.has(step.id) && step.choices.some((c) => c.next !== undefined && canFinish.has(c.next))) {
        canFinish.add(step.id);
        grew = true;
      }
    }
  }
  flow.steps.forEach((step, index) => {
    if (!reachable.has(step.id)) file.problem(['steps', index, 'id'], `step "${step.id}" cannot be reached from "${flow.start}"`);
    else if (!canFinish.has(step.id)) file.problem(['steps', index, 'id'], `from step "${step.id}" there is no way to the end of the flow`);
  });
}
