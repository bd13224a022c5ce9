import type { DialogTurnResult, PromptOptions, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from './sdkDialogs';
import type { FlowSpec, FlowStep, SummaryHeading } from '../knowledge/flows/types';
import { SUMMARY_HEADINGS } from '../knowledge/flows/types';
import type { AnswerOption } from '../knowledge/intents/typedAnswers';
import { phrase } from '../knowledge/intents/words';
import type { ServiceDirectory } from '../knowledge/services';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Logger } from '../logger';
import type { Messages } from '../messages';
import type { FlowAnswer, FlowAnswerRecognizer, FlowQuestion } from './flowAnswer';
import { FlowChoicePrompt } from './flowChoicePrompt';
import { choice, type Reply } from './replies';
import { sendReplies } from './render';
import type { Responder } from './responder';

type Notes = Partial<Record<SummaryHeading, string[]>>;

interface StepOptions {
  readonly stepId: string;
  readonly notes: Notes;
  /** Back from a side question: ask "shall we carry on" rather than the whole step again. */
  readonly resuming?: boolean;
  /** Related questions already answered in this flow: not offered again. */
  readonly answered?: readonly string[];
  /** Entries a side question could have meant, offered with "shall we carry on". */
  readonly offered?: readonly string[];
  /** Close runners-up of the answer that started the flow: offered on the step it starts at, beside that step's own related questions. */
  readonly alsoAbout?: readonly string[];
}

/**
 * What the prompt is asked to remember: which question it is asking. Its text, buttons and
 * retry are built again from these when they are sent. The text is kept as it was said only
 * when it depends on more than the step: a service open or closed at that hour, or the notes
 * summarised.
 */
interface Asking {
  readonly stepId: string;
  readonly resuming: boolean;
  readonly entries: readonly string[];
  readonly text?: string;
}

export interface FlowServices {
  readonly responder: Responder;
  readonly recognizer: FlowAnswerRecognizer;
  readonly messages: Messages;
  readonly services: ServiceDirectory;
  readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  readonly logger: Logger;
}

const STEPS = 'steps';
const PROMPT = 'choice';

export const flowDialogId = (flowId: string): string => `flow:${flowId}`;

/**
 * Runs one flow spec from dialogs/*.yaml: each step says its text and asks its question with a
 * FlowChoicePrompt; a choice leads to the next step, which replaces the current one. A question
 * typed mid-flow is answered and the flow offers to carry on; two replies that fit nothing
 * end in a way out rather than a loop.
 */
export class FlowDialog extends ComponentDialog {
  private readonly steps: ReadonlyMap<string, FlowStep>;
  private readonly options: ReadonlyMap<string, AnswerOption[]>;
  private readonly resumeOptions: readonly AnswerOption[];

  constructor(private readonly spec: FlowSpec, private readonly deps: FlowServices) {
    super(flowDialogId(spec.id));
    this.steps = new Map(spec.steps.map((s) => [s.id, s]));
    const ends = (next: string | undefined): boolean => next === undefined || spec.steps.some((s) => s.id === next && s.end);
    this.options = new Map(spec.steps.map((s) => [s.id, s.choices.map((c) => ({ label: c.label, says: c.says.map(phrase), ...(ends(c.next) ? { endsTheFlow: true } : {}) }))]));
    const { understanding } = deps.messages;
    this.resumeOptions = [deps.recognizer.sayingYes({ label: understanding.carryOn }), { label: understanding.stopHere }];
    this.addDialog(new WaterfallDialog<StepOptions>(STEPS, [(s) => this.ask(s), (s) => this.afterAnswer(s)]));
    this.addDialog(
      new FlowChoicePrompt(
        PROMPT,
        (text, options) => deps.recognizer.recognise(text, this.question(options)),
        (options, isRetry) => this.asked(options.validations as Asking, isRetry),
      ),
    );
    this.initialDialogId = STEPS;
  }

  /** Where a flow begins: its first step (or the given one), with nothing noted yet. */
  static startOptions(spec: FlowSpec, stepId = spec.start, resuming = false, alsoAbout: readonly string[] = []): StepOptions {
    return { stepId, notes: {}, resuming, alsoAbout };
  }

  /** As if the button `label` of the first step had been pressed: its note taken, its step next. */
  static startOptionsChoosing(spec: FlowSpec, label: string): StepOptions {
    const first = spec.steps.find((s) => s.id === spec.start);
    const chosen = first?.choices.find((c) => c.label === label);
    if (!first || !chosen?.next) return FlowDialog.startOptions(spec);
    return { stepId: chosen.next, notes: noted({}, first, chosen.note) };
  }

  private async ask(step: WaterfallStepContext<StepOptions>): Promise<DialogTurnResult> {
    const { stepId, notes, resuming } = step.options;
    const current = this.step(stepId);
    if (!resuming && (current.end || current.choices.length === 0)) {
      await sendReplies(step.context, [{ text: this.render(current, notes), choices: this.deps.responder.starterChoices() }]);
      this.deps.logger.info('flow-end', { flow: this.spec.id, step: current.id });
      return step.endDialog();
    }
    const asking: Asking = resuming
      ? { stepId, resuming: true, entries: step.options.offered ?? [] }
      : { stepId, resuming: false, entries: this.relatedEntries(current, step.options).map((e) => e.id), ...(saysOnlyItself(current) ? {} : { text: this.render(current, notes) }) };
    const options: PromptOptions = { validations: asking };
    return step.prompt(PROMPT, options);
  }

  /** The question as asked, or the retry after a reply that fit nothing: the same buttons. */
  private asked(asking: Asking, isRetry: boolean): Reply {
    const entries = this.entriesOf(asking.entries);
    const reply: Reply = asking.resuming
      ? this.resumeReply(entries)
      : { text: asking.text ?? this.render(this.step(asking.stepId), {}), choices: [...this.step(asking.stepId).choices.map((c) => choice(c.label)), ...entries.map((e) => choice(e.question))] };
    return isRetry ? { text: this.deps.messages.flow.retry, choices: reply.choices ?? [] } : reply;
  }

  private async afterAnswer(step: WaterfallStepContext<StepOptions>): Promise<DialogTurnResult> {
    const answer = step.result as FlowAnswer;
    const current = this.step(step.options.stepId);
    const { messages, logger, responder } = this.deps;
    const asked = step.options.resuming ? [...this.resumeOptions, ...(this.options.get(current.id) ?? [])] : (this.options.get(current.id) ?? []);
    const chosen = answer.kind === 'choice' ? asked[answer.index]?.label : undefined;
    logger.info('flow-answer', { flow: this.spec.id, step: current.id, kind: answer.kind, choice: chosen, resuming: step.options.resuming ?? false });
    switch (answer.kind) {
      case 'way-out':
        await sendReplies(step.context, [{ text: messages.flow.wayOut, choices: [choice(messages.labels.startAgain), choice(messages.labels.talkToPerson)] }]);
        return step.endDialog();
      case 'entry':
      case 'side-question': {
        const result = answer.kind === 'side-question' ? answer.result : undefined;
        const entry = answer.kind === 'entry' ? this.deps.entries.get(answer.id) : result?.kind === 'answer' ? result.entry : undefined;
        if (entry) await sendReplies(step.context, [{ text: responder.citedAnswer(entry), entryId: entry.id }]);
        else if (result?.kind === 'none') await sendReplies(step.context, [{ text: messages.understanding.notKnownInFlow }]);
        const answered = entry ? [...(step.options.answered ?? []), entry.id] : step.options.answered;
        const offered = result?.kind === 'clarify' ? result.candidates.map((c) => c.id) : [];
        return step.replaceDialog(STEPS, { ...step.options, resuming: true, answered, offered });
      }
      case 'choice':
        return step.options.resuming ? this.resume(step, answer.index) : this.choose(step, current, answer.index);
    }
  }

  private async resume(step: WaterfallStepContext<StepOptions>, index: number): Promise<DialogTurnResult> {
    const paused = index - this.resumeOptions.length;
    if (paused >= 0) return this.choose(step, this.step(step.options.stepId), paused);
    if (index === 0) return step.replaceDialog(STEPS, { ...step.options, resuming: false, offered: [] });
    await sendReplies(step.context, [{ text: this.deps.messages.flow.stopped, choices: this.deps.responder.starterChoices() }]);
    return step.endDialog();
  }

  private async choose(step: WaterfallStepContext<StepOptions>, current: FlowStep, index: number): Promise<DialogTurnResult> {
    const chosen = current.choices[index];
    if (!chosen) throw new Error(`flow ${this.spec.id}: step ${current.id} has no choice ${index}`);
    if (chosen.next === undefined) {
      await sendReplies(step.context, [{ text: this.deps.messages.flow.stopped, choices: this.deps.responder.starterChoices() }]);
      return step.endDialog();
    }
    return step.replaceDialog(STEPS, { ...step.options, resuming: false, offered: [], alsoAbout: [], stepId: chosen.next, notes: noted(step.options.notes, current, chosen.note) });
  }

  /**
   * Whether a reply to the question this flow is asking opens by answering it (FlowAnswerRecognizer.opensWithAnAnswer):
   * read by the root dialog before it takes a complaint out of the flow. `state`: this dialog's instance state.
   */
  answersFirst(state: unknown, text: string): boolean {
    const asking = askingIn(state);
    return asking !== undefined && this.answersFirstAt(asking.stepId, asking.resuming, text);
  }

  /** The same for a step named (the typed answers' eval, which starts each step on its own). */
  answersFirstAt(stepId: string, resuming: boolean, text: string): boolean {
    return this.deps.recognizer.opensWithAnAnswer(text, this.question({ validations: { stepId, resuming, entries: [] } satisfies Asking }));
  }

  private question(options: PromptOptions): FlowQuestion {
    const asking = options.validations as Asking;
    const entries = asking.entries.flatMap((id) => {
      const entry = this.deps.entries.get(id);
      return entry ? [{ id, question: entry.question }] : [];
    });
    const stepChoices = this.options.get(asking.stepId) ?? [];
    return asking.resuming ? { choices: this.resumeOptions, entries, paused: stepChoices } : { choices: stepChoices, entries };
  }

  private resumeReply(offered: readonly KnowledgeEntry[]): Reply {
    const { flow, didYouMean, understanding } = this.deps.messages;
    const text = offered.length > 0 ? `${didYouMean}\n\n${flow.carryOn}` : flow.carryOn;
    return { text, choices: [...offered.map((e) => choice(e.question)), choice(understanding.carryOn), choice(understanding.stopHere)] };
  }

  private render(step: FlowStep, notes: Notes): string {
    const parts = [step.say, ...step.services.map((id) => this.deps.services.describe(id))];
    if (step.summary) parts.push(this.summary(notes));
    if (step.ask) parts.push(step.ask);
    return parts.join('\n\n');
  }

  private summary(notes: Notes): string {
    const lines = (Object.keys(SUMMARY_HEADINGS) as SummaryHeading[]).map(
      (heading) => `**${SUMMARY_HEADINGS[heading]}:** ${(notes[heading] ?? []).join(' ') || this.deps.messages.flow.nothingNoted}`,
    );
    return [this.deps.messages.flow.summaryIntro, ...lines].join('\n\n');
  }

  private relatedEntries(step: FlowStep, options: StepOptions): KnowledgeEntry[] {
    const answered = new Set(options.answered ?? []);
    const related = [...step.entries, ...(options.alsoAbout ?? []).filter((id) => !step.entries.includes(id))];
    return this.entriesOf(related.filter((id) => !answered.has(id)));
  }

  private entriesOf(ids: readonly string[]): KnowledgeEntry[] {
    return ids.map((id) => this.deps.entries.get(id)).filter((e): e is KnowledgeEntry => e !== undefined);
  }

  private step(id: string): FlowStep {
    const found = this.steps.get(id);
    if (!found) throw new Error(`flow ${this.spec.id} has no step "${id}"`);
    return found;
  }
}

/**
 * The question being asked, from this dialog's instance state: botbuilder keeps a component dialog's inner stack under
 * "dialogs", the active dialog last; the prompt keeps its options (with what it asks, `validations`) under "options".
 */
function askingIn(state: unknown): Asking | undefined {
  const stack = (state as { dialogs?: { dialogStack?: { id: string; state?: { options?: PromptOptions } }[] } } | undefined)?.dialogs?.dialogStack;
  const prompt = stack?.[stack.length - 1];
  return prompt?.id === PROMPT ? (prompt.state?.options?.validations as Asking | undefined) : undefined;
}

/** A step whose text is its own words alone: said the same whenever it is rendered. */
function saysOnlyItself(step: FlowStep): boolean {
  return step.services.length === 0 && !step.summary;
}

function noted(notes: Notes, step: FlowStep, note: string | undefined): Notes {
  if (!step.records || !note) return notes;
  return { ...notes, [step.records]: [...(notes[step.records] ?? []), note] };
}
