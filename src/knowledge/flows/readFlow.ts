import { FieldReader } from '../../content/fields';
import { phrase } from '../intents/words';
import { checkNoPhoneNumber } from '../loading/ownWords';
import type { YamlFile } from '../../content/yamlFile';
import { FLOW_INTENTS, NEXT_LABEL, STOP_LABEL, SUMMARY_HEADINGS, type FlowChoice, type FlowIntent, type FlowSpec, type FlowStep, type SummaryHeading } from './types';

const LABEL_MAX = 40;
const TITLE_MAX = 60;
const MIN_PHRASES = 4;
const STEP_FIELDS = ['id', 'say', 'ask', 'services', 'entries', 'choices', 'next', 'end', 'records', 'summary'];

/** Reads one flow file's fields; references to other content are checked by loadFlows. */
export function readFlow(file: YamlFile): FlowSpec | undefined {
  const flow = FieldReader.forMapping(file, [], file.data, 'a flow file', ['id', 'title', 'startsFrom', 'start', 'steps']);
  if (!flow) return undefined;
  const startsFrom = FieldReader.forMapping(file, ['startsFrom'], flow.raw('startsFrom') ?? {}, '"startsFrom"', ['entries', 'phrases', 'intent']);
  const intent = startsFrom?.optionalText('intent');
  if (intent !== undefined && !(FLOW_INTENTS as readonly string[]).includes(intent)) startsFrom?.problem('intent', `"intent" should be one of: ${FLOW_INTENTS.join(', ')}`);
  // A flow only an intent starts has no entry to teach its phrases to.
  const onlyByIntent = intent !== undefined && !startsFrom?.has('entries');
  const stepsRaw = flow.raw('steps');
  if (!Array.isArray(stepsRaw) || stepsRaw.length === 0) flow.problem('steps', '"steps" should be a list of steps');
  const steps = (Array.isArray(stepsRaw) ? stepsRaw : []).flatMap((raw, index) => readStep(file, index, raw) ?? []);
  return {
    id: flow.text('id'),
    title: flow.text('title', { maxLength: TITLE_MAX }),
    startsFrom: {
      entries: startsFrom?.textList('entries', { optional: true }) ?? [],
      phrases: startsFrom?.textList('phrases', onlyByIntent ? { optional: true } : { min: MIN_PHRASES }) ?? [],
      ...(intent === undefined ? {} : { intent: intent as FlowIntent }),
    },
    start: flow.text('start'),
    steps,
  };
}

function readStep(file: YamlFile, index: number, raw: unknown): FlowStep | undefined {
  const path = ['steps', index];
  const step = FieldReader.forMapping(file, path, raw, 'a step', STEP_FIELDS);
  if (!step) return undefined;
  const id = step.text('id');
  const end = step.flag('end') ?? false;
  const records = step.optionalText('records');
  if (records !== undefined && !(records in SUMMARY_HEADINGS)) {
    step.problem('records', `"records" should be one of: ${Object.keys(SUMMARY_HEADINGS).join(', ')}`);
  }
  const ways = [step.has('choices'), step.has('next'), end].filter(Boolean).length;
  if (ways !== 1) step.problem('id', `step "${id}" needs exactly one of "choices", "next" or "end: true"`);

  let choices: FlowChoice[] = [];
  if (step.has('choices')) {
    const list = step.raw('choices');
    if (!Array.isArray(list) || list.length === 0) step.problem('choices', '"choices" should be a list of { label, next }');
    else choices = list.flatMap((item, i) => readChoice(file, [...path, 'choices', i], item, records !== undefined) ?? []);
  } else if (step.has('next')) {
    choices = [{ label: NEXT_LABEL, next: step.text('next'), says: [] }, { label: STOP_LABEL, next: undefined, says: [] }];
  }
  if (records !== undefined && !step.has('choices')) step.problem('records', '"records" needs "choices", each with a "note"');

  const ask = step.optionalText('ask');
  const say = step.text('say');
  checkNoPhoneNumber(step, 'say', say);
  if (ask !== undefined) checkNoPhoneNumber(step, 'ask', ask);
  return {
    id,
    say,
    ...(ask === undefined ? {} : { ask }),
    services: step.textList('services', { optional: true }),
    entries: step.textList('entries', { optional: true }),
    choices,
    ...(records === undefined ? {} : { records: records as SummaryHeading }),
    summary: step.flag('summary') ?? false,
    end,
  };
}

function readChoice(file: YamlFile, path: (string | number)[], raw: unknown, needsNote: boolean): FlowChoice | undefined {
  const choice = FieldReader.forMapping(file, path, raw, 'a choice', ['label', 'next', 'end', 'note', 'says']);
  if (!choice) return undefined;
  const label = choice.text('label', { maxLength: LABEL_MAX });
  const ends = choice.flag('end') ?? false;
  if (choice.has('next') === ends) choice.problem('label', `choice "${label}" needs either "next: <step id>" or "end: true"`);
  const note = choice.optionalText('note');
  if (needsNote && note === undefined) choice.problem('label', `choice "${label}" needs a "note": its step records answers for the summary`);
  const says = choice.textList('says', { optional: true });
  says.forEach((text, i) => {
    if (phrase(text).words.length === 0) choice.problem(['says', i], `"${text}" has no words the bot can match`);
  });
  return { label, next: choice.has('next') ? choice.text('next') : undefined, ...(note === undefined ? {} : { note }), says };
}

