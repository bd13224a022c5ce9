import { toUkSpelling } from './spelling';

/**
 * Splits a message into lowercase word tokens. Apostrophes are dropped rather than split on,
 * so "don't" and "dont" are the same token; digits stay, so "2nd" survives as a token that
 * the synonyms can map to "second".
 */
export function tokenise(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/&/g, ' and ');
  const words = folded.split(/[^a-z0-9]+/);
  const tokens: string[] = [];
  for (const word of words) {
    if (word) tokens.push(toUkSpelling(word));
  }
  return tokens;
}
