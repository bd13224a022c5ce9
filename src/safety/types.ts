/** The clinical content of knowledge/safety/, as read from its YAML files. */

export const SAFETY_CATEGORIES = ['emergency', 'crisis', 'medical-advice'] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** Where a piece of content came from, so every problem can be reported against its line. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

/** A named list of words or phrases (regular-expression alternatives) that rules use as {name}. */
export interface WordList {
  readonly name: string;
  readonly description: string;
  readonly words: readonly string[];
  readonly origin: Origin;
}

export interface SafetyRuleSpec {
  readonly id: string;
  readonly category: SafetyCategory;
  readonly description: string;
  /** The guidance the rule comes from (NHS "When to call 999", NHS 111, Samaritans ...). */
  readonly source: string;
  /** Any one of these, not negated ("no chest pain"), is the sign. */
  readonly patterns: readonly string[];
  /** The sentence around the match must also contain each of these. */
  readonly requires: readonly string[];
  /** The sentence around the match is not this sign after all ("chest infection", "off my chest"). */
  readonly unless: readonly string[];
  /**
   * The clause around the match (from the last comma, stop or "but" before it to the next after it, the after part
   * also ending at "while / until / before", which give a question its setting) is not this sign after all: a
   * clinical question asked in passing in a sentence about the second-opinion process is read by its own clause.
   */
  readonly unlessInClause: readonly string[];
  /**
   * Context in the sentence that makes the sign uncertain (long-standing dementia for confusion;
   * a suicide attempt long ago, a joke). It lowers an emergency sign to a possible emergency and a
   * crisis sign to a possible crisis (the calm Samaritans line), never to nothing.
   */
  readonly lowerIf: readonly string[];
  /** Emergency rules: a sign that is an emergency even in a sentence about the past (only the rule's own lowerIf lowers it). */
  readonly anyTime: boolean;
  /**
   * Emergency rules: the wording itself places the sign in the past ("had a stroke", "keeps
   * having funny turns"), so it always gets the "if this is happening now" line, never nothing.
   */
  readonly alwaysSecondTier: boolean;
  readonly mustTrigger: readonly string[];
  readonly mustNotTrigger: readonly string[];
  /** Emergency rules: messages that must get the "if this is happening now" line, not 999 alone. */
  readonly possibleOnly: readonly string[];
  readonly origin: Origin;
  /** Line of each pattern, requires, unless and lowerIf item, for reporting. */
  readonly lines: ReadonlyMap<string, number>;
}
