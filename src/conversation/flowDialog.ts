import {
  ChoiceFactory,
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { FlowSpec, FlowStep, SummaryHeading } from '../knowledge/flows/types';
import { SUMMARY_HEADINGS } from '../knowledge/flows/types';
import type { ServiceDirectory } from '../knowledge/services';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import { recogniseChoice } from './choiceRecognizer';
import { choice, type Choice, type Reply } from './replies';
import { messageText, renderReply, sendReplies } from './render';
import type { Responder } from './responder';

type Notes = Partial<Record<SummaryHeading, string[]>>;

interface StepOptions {
  readonly stepId: string;
  readonly notes: Notes;
  /** Back from a side question: say "shall we carry on" rather than the whole step again. */
  readonly resuming?: boolean;
}

export interface FlowServices {
  readonly responder: Responder;
  readonly messages: Messages;
  readonly services: ServiceDirectory;
  readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  readonly logger: Logger;
}

const STEPS = 'steps';
const PROMPT = 'choice';
const WAY_OUT = '\u0000way-out';
const SIDE_QUESTION = '\u0000side-question:';

export const flowDialogId = (flowId: string): string => `flow:${flowId}`;

/**
 * Runs one flow spec from dialogs/*.yaml: each step says its text and offers its choices with a
 * ChoicePrompt; a choice leads to the next step, which replaces the current one. Typed text
 * is matched to the choices, answered as a side question, re-asked once, and then the flow
 * offers a way out rather than asking again.
 */
export class FlowDialog extends ComponentDialog {
  private readonly steps: ReadonlyMap<string, FlowStep>;

  constructor(private readonly spec: FlowSpec, private readonly deps: FlowServices) {
    super(flowDialogId(spec.id));
    this.steps = new Map(spec.steps.map((s) => [s.id, s]));
    this.addDialog(new WaterfallDialog<StepOptions>(STEPS, [(s) => this.showStep(s), (s) => this.afterChoice(s)]));
    this.addDialog(new ChoicePrompt(PROMPT, (prompt) => this.recognise(prompt)));
    this.initialDialogId = STEPS;
  }

  /** Where a flow begins: its first step, with nothing noted yet. */
  static startOptions(spec: FlowSpec): StepOptions {
    return { stepId: spec.start, notes: {} };
  }

  private async showStep(step: WaterfallStepContext<StepOptions>): Promise<DialogTurnResult> {
    const { stepId, notes, resuming } = step.options;
    const current = this.step(stepId);
    const reply = resuming ? { text: this.deps.messages.flow.carryOn, choices: this.choicesOf(current) } : this.render(current, notes);
    if (current.end || current.choices.length === 0) {
      await sendReplies(step.context, [{ text: reply.text, choices: this.deps.responder.starterChoices() }]);
      this.deps.logger.info('flow-end', { flow: this.spec.id, step: current.id });
      return step.endDialog();
    }
    const channelId = step.context.activity.channelId;
    const labels = (reply.choices ?? []).map((c) => c.label);
    return step.prompt(PROMPT, {
      prompt: renderReply(reply, channelId),
      retryPrompt: renderReply({ text: this.deps.messages.flow.retry, choices: reply.choices ?? [] }, channelId),
      choices: ChoiceFactory.toChoices(labels),
      style: ListStyle.none,
      validations: { stepId },
    });
  }

  private async afterChoice(step: WaterfallStepContext<StepOptions>): Promise<DialogTurnResult> {
    const found = step.result as FoundChoice;
    const current = this.step(step.options.stepId);
    if (found.value === WAY_OUT) {
      this.deps.logger.info('flow-way-out', { flow: this.spec.id, step: current.id });
      await sendReplies(step.context, [{ text: this.deps.messages.flow.wayOut, choices: [choice(this.deps.messages.labels.startAgain), choice(this.deps.messages.labels.talkToPerson)] }]);
      return step.endDialog();
    }
    if (found.value.startsWith(SIDE_QUESTION)) {
      const entry = this.deps.entries.get(found.value.slice(SIDE_QUESTION.length));
      if (entry) await sendReplies(step.context, [{ text: entry.answer }]);
      return step.replaceDialog(STEPS, { ...step.options, resuming: true });
    }
    const chosen = current.choices[found.index];
    if (!chosen) throw new Error(`flow ${this.spec.id}: step ${current.id} has no choice ${found.index}`);
    const notes = current.records && chosen.note ? { ...step.options.notes, [current.records]: [...(step.options.notes[current.records] ?? []), chosen.note] } : step.options.notes;
    if (chosen.next === undefined) {
      await sendReplies(step.context, [{ text: this.deps.messages.flow.stopped, choices: this.deps.responder.starterChoices() }]);
      return step.endDialog();
    }
    return step.replaceDialog(STEPS, { stepId: chosen.next, notes });
  }

  /** The typed or tapped answer to a step: a choice, a related entry, a side question, or a miss. */
  private async recognise(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    const { stepId } = prompt.options.validations as { stepId: string };
    const current = this.step(stepId);
    const text = messageText(prompt.context);
    const choices = this.choicesOf(current);
    const index = recogniseChoice(text, choices.map((c) => c.label));
    const accept = (value: string, at: number): boolean => {
      Object.assign(prompt.recognized, { succeeded: true, value: { value, index: at, score: 1 } });
      return true;
    };
    if (index !== undefined) {
      return index < current.choices.length ? accept(choices[index]?.label ?? '', index) : accept(`${SIDE_QUESTION}${current.entries[index - current.choices.length] ?? ''}`, index);
    }
    const side = this.deps.responder.answer(text);
    if (side.result.kind === 'answer') {
      this.deps.logger.info('flow-side-question', { flow: this.spec.id, step: current.id, entry: side.result.entry.id });
      return accept(`${SIDE_QUESTION}${side.result.entry.id}`, -1);
    }
    const state = prompt.state as { misses?: number };
    state.misses = (state.misses ?? 0) + 1;
    if (state.misses >= 2) return accept(WAY_OUT, -1);
    return false;
  }

  private render(step: FlowStep, notes: Notes): Reply {
    const parts = [step.say, ...step.services.map((id) => this.deps.services.describe(id))];
    if (step.summary) parts.push(this.summary(notes));
    if (step.ask) parts.push(step.ask);
    return { text: parts.join('\n\n'), choices: this.choicesOf(step) };
  }

  private summary(notes: Notes): string {
    const lines = (Object.keys(SUMMARY_HEADINGS) as SummaryHeading[]).map(
      (heading) => `**${SUMMARY_HEADINGS[heading]}:** ${(notes[heading] ?? []).join(' ') || this.deps.messages.flow.nothingNoted}`,
    );
    return [this.deps.messages.flow.summaryIntro, ...lines].join('\n\n');
  }

  private choicesOf(step: FlowStep): Choice[] {
    const related = step.entries.map((id) => this.deps.entries.get(id)).filter((e): e is KnowledgeEntry => e !== undefined);
    return [...step.choices.map((c) => choice(c.label)), ...related.map((e) => choice(e.question))];
  }

  private step(id: string): FlowStep {
    const found = this.steps.get(id);
    if (!found) throw new Error(`flow ${this.spec.id} has no step "${id}"`);
    return found;
  }
}
