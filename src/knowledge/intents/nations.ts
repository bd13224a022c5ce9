import type { Nation } from '../types';
import { hasPhrase, wordsOf, type Phrase } from './words';

export interface NationRules {
  readonly nations: readonly { readonly nation: Nation; readonly says: readonly Phrase[]; readonly services: readonly string[] }[];
  readonly asksIfItApplies: readonly Phrase[];
  /** Words for the UK as a whole, or for which part of it ("the whole uk", "what country"): asking about every nation. */
  readonly wholeUk: readonly Phrase[];
}

/** A message with this few words that names a nation is asking about it ("wales?", "im in scotland"). */
const MAX_WORDS_FOR_NATION_ALONE = 4;
/** ...and this few that names the UK as a whole ("uk?", "whole uk?"); "free in the uk?" asks about cost. */
const MAX_WORDS_FOR_UK_ALONE = 2;

/** The nations a message names, in the order of the content file. */
export function nationsNamed(text: string, rules: NationRules): Nation[] {
  const words = wordsOf(text);
  return rules.nations.filter((n) => n.says.some((p) => hasPhrase(words, p, 0))).map((n) => n.nation);
}

/**
 * "Does this apply in Wales?": the nations someone asks about, or undefined when the message
 * is not that question. A question that only mentions where they live ("I'm in Wales, do I
 * have a right to one?") is left to the Q&A content.
 */
export function recogniseNationQuestion(text: string, rules: NationRules): Nation[] | undefined {
  const named = nationsNamed(text, rules);
  const words = wordsOf(text);
  const asksIfItApplies = rules.asksIfItApplies.some((p) => hasPhrase(words, p));
  if (named.length === 0) {
    // "Is this for the whole UK?": every nation, each with its own services.
    const namesUk = rules.wholeUk.some((p) => hasPhrase(words, p, 0));
    return namesUk && (asksIfItApplies || words.length <= MAX_WORDS_FOR_UK_ALONE) ? rules.nations.map((n) => n.nation) : undefined;
  }
  return words.length <= MAX_WORDS_FOR_NATION_ALONE || asksIfItApplies ? named : undefined;
}
