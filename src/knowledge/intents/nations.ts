import type { Nation } from '../types';
import { hasPhrase, wordsOf, type Phrase } from './words';

export interface NationRules {
  readonly nations: readonly { readonly nation: Nation; readonly says: readonly Phrase[]; readonly services: readonly string[] }[];
  readonly asksIfItApplies: readonly Phrase[];
}

/** A message with this few words that names a nation is asking about it ("wales?", "im in scotland"). */
const MAX_WORDS_FOR_NATION_ALONE = 4;

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
  if (named.length === 0) return undefined;
  const words = wordsOf(text);
  const asks = words.length <= MAX_WORDS_FOR_NATION_ALONE || rules.asksIfItApplies.some((p) => hasPhrase(words, p));
  return asks ? named : undefined;
}
