import { normalise } from '../../text/normalise';
import { toUkSpelling } from './spelling';

/**
 * Splits a message into word tokens, through the project's one normaliser so that case,
 * apostrophes ("don't" = "dont"), unicode and text-speak fold the same way here as in the
 * safety rules; then US spellings become the UK ones the content is written in. Digits stay,
 * so "2nd" survives as a token that the synonyms can map to "second".
 */
export function tokenise(text: string): string[] {
  return wordsOf(normalise(text));
}

/** One sentence of a message: its clauses (split at commas) as tokens, and whether it asked "?". */
export interface Sentence {
  readonly clauses: readonly (readonly string[])[];
  readonly question: boolean;
}

/** The sentences of a message; sentence ends survive the normaliser (line breaks become full stops). */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of normalise(text).matchAll(/[^.!?;]+([.!?;]*)/g)) {
    const clauses = match[0].split(/[,:]/).map(wordsOf).filter((tokens) => tokens.length > 0);
    if (clauses.length > 0) sentences.push({ clauses, question: (match[1] ?? '').includes('?') });
  }
  return sentences;
}

function wordsOf(normalised: string): string[] {
  const tokens: string[] = [];
  for (const word of normalised.split(/[^a-z0-9]+/)) if (word) tokens.push(toUkSpelling(word));
  return tokens;
}
