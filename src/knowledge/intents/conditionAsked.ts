import type { FieldReader } from '../../content/fields';
import { escapeForPattern, wordsOf } from './words';

/**
 * typed-answers.yaml's `conditionAsked`: a reply that opens with a condition and then asks about it ("If I pay
 * privately, does that mean I pay for the treatment too?", "if i go nhs can i quit n go private later"), or fears it
 * after a fear said first ("I'm scared if I choose another NHS doctor it will take months"), is about what a button
 * leads to, not the button. "if it's quicker, private" answers.
 */
export interface ConditionAsked {
  /** Words that open a condition ("if", "say"). */
  readonly opens: ReadonlySet<string>;
  /** A question after the condition: an asking word, then who or what it asks about ("can i", "how much"). */
  readonly asked: RegExp;
  /** Words that say a fear, one of which must come before the condition ("scared", "worried"). */
  readonly fears: ReadonlySet<string>;
  /** The only other words that may come before it ("i", "am", "really", "a bit"). */
  readonly aroundAFear: ReadonlySet<string>;
  /** What is feared, told after the condition ("it will take months", "they'll say no"). */
  readonly feared: RegExp;
}

export const CONDITION_ASKED_FIELDS = ['opens', 'asking', 'askedAbout', 'fears', 'aroundAFear', 'fearedOf', 'mayHappen', 'mayHappenJoined'] as const;
export type ConditionWords = Readonly<Record<(typeof CONDITION_ASKED_FIELDS)[number], readonly string[]>>;

/** Reads the section: one word a line, but `fearedOf`, whose lines may be two words ("the *"). */
export function readConditionAsked(reader: FieldReader): ConditionAsked {
  const list = (key: keyof ConditionWords): string[] => {
    const texts = reader.textList(key, { min: 1 });
    for (const text of texts) if (key !== 'fearedOf' && wordsOf(text).length !== 1) reader.problem(key, `"${text}" in "${key}" should be one word`);
    return texts;
  };
  return compileConditionAsked({
    opens: list('opens'),
    asking: list('asking'),
    askedAbout: list('askedAbout'),
    fears: list('fears'),
    aroundAFear: list('aroundAFear'),
    fearedOf: list('fearedOf'),
    mayHappen: list('mayHappen'),
    mayHappenJoined: list('mayHappenJoined'),
  });
}

/** The section's words as patterns over a reply's normalised words; in `fearedOf` a lone "*" is any one word. */
export function compileConditionAsked(lists: ConditionWords): ConditionAsked {
  const words = (key: keyof ConditionWords): string[] => lists[key].flatMap((text) => wordsOf(text));
  const anyOf = (key: keyof ConditionWords): string => words(key).map(escapeForPattern).join('|');
  const fearedOf = lists.fearedOf.map((text) => text.trim().split(/\s+/).map((w) => (w === '*' ? '[a-z]+' : wordsOf(w).map(escapeForPattern).join(' '))).join(' ')).join('|');
  return {
    opens: new Set(words('opens')),
    asked: new RegExp(`\\b(?:${anyOf('asking')}) (?:${anyOf('askedAbout')})\\b`),
    fears: new Set(words('fears')),
    aroundAFear: new Set([...words('aroundAFear'), ...words('fears')]),
    feared: new RegExp(`\\b(?:${fearedOf}) (?:${anyOf('mayHappen')})\\b|\\b(?:${anyOf('mayHappenJoined')})\\b`),
  };
}

/** Whether the reply opens with a condition and asks about it, or fears what follows it. */
export function asksAfterACondition(text: string, rules: ConditionAsked | undefined): boolean {
  if (!rules) return false;
  const words = wordsOf(text);
  const worry = worryBeforeACondition(words, rules);
  if (worry > 0) {
    const after = words.slice(worry + 2).join(' ');
    return rules.feared.test(after) || rules.asked.test(after);
  }
  // "Were I to pay privately, would the NHS...": the formal condition, read as "if I pay privately".
  if (opensFormally(words)) return rules.asked.test(words.slice(3).join(' '));
  // The condition's first word after "if" is its subject ("if I go private"): the question comes after it.
  return opensACondition(words, rules) && rules.asked.test(words.slice(2).join(' '));
}

/** "were I to ...", "were we to ...": a condition in the formal order. */
const FORMAL_CONDITION = /^were (?:i|we|he|she|they|you) to$/;

function opensFormally(words: readonly string[]): boolean {
  return FORMAL_CONDITION.test(words.slice(0, 3).join(' '));
}

/** Whether the words open with a condition: one of `opens` ("if", "say"), or the formal "were I to". */
export function opensACondition(words: readonly string[], rules: ConditionAsked | undefined): boolean {
  const [first] = words;
  return rules !== undefined && first !== undefined && (rules.opens.has(first) || opensFormally(words));
}

/** Where a condition opens after a fear said first ("worried that if i go private..."): its index, or 0 when none does. */
function worryBeforeACondition(words: readonly string[], rules: ConditionAsked): number {
  const at = words.findIndex((w) => rules.opens.has(w));
  const before = words.slice(0, at);
  if (at <= 0 || !before.every((w) => rules.aroundAFear.has(w)) || !before.some((w) => rules.fears.has(w))) return 0;
  return at;
}

/** Who a condition after a question is about ("...if she has dementia", "...if hes not up to it"). */
const CONDITION_SUBJECTS = new Set(['i', 'im', 'we', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'my', 'his', 'her', 'their']);
/** A question needs this many words before its condition to be asking more than the condition ("can i ask for my mum"). */
const ASKED_BEFORE_A_CONDITION = 4;

/**
 * Whether a reply holds a condition about a person after its first words ("can i ask for my mum if she has dementia and
 * cant really decide herself"): asked of a request for leave, the condition is what the person wants answered
 * (typed-train 28a, 31a: every such line is labelled a question), not the button the request's words fit.
 */
export function asksOnACondition(text: string): boolean {
  const words = wordsOf(text);
  return words.some((w, i) => i >= ASKED_BEFORE_A_CONDITION && w === 'if' && CONDITION_SUBJECTS.has(words[i + 1] ?? ''));
}
