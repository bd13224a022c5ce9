/**
 * A safety rule is data: regular expressions over normalised text (see normalise.ts).
 *
 * A rule fires when any of its patterns matches somewhere that is not negated
 * ("no chest pain"), and the sentence around that match passes the rule's
 * requires/unless checks.
 *
 * Every expression must be linear-time: no nested unbounded quantifiers, only
 * bounded gaps such as GAP(4). Patterns are written without the g/y flags (the
 * engine makes its own global copies), so `.test()` on them has no hidden state.
 */
export interface SafetyRule {
  /** Stable id reported to the caller, e.g. 'stroke-speech'. Never contains user text. */
  readonly id: string;
  readonly patterns: readonly RegExp[];
  /** Every one of these must also match the sentence around the match. */
  readonly requires?: readonly RegExp[];
  /** If any of these match the sentence, this match does not count. */
  readonly unless?: readonly RegExp[];
  /**
   * Emergency rules only: by default a match inside a clause that places it in the past
   * or describes a long-standing condition ("last year", "for months") does not count.
   * Set for signs that are an emergency whenever they are mentioned.
   */
  readonly anyTime?: boolean;
}

/**
 * Builds a regular expression from a template whose pieces are regex source text,
 * so the rule tables can share word lists without escaping noise. Raw strings, so
 * `\b` in the template means a word boundary.
 */
export function rx(strings: TemplateStringsArray, ...pieces: string[]): RegExp {
  return new RegExp(src(strings, ...pieces));
}

/** Same as rx, but returns the source text for use inside a larger pattern. */
export function src(strings: TemplateStringsArray, ...pieces: string[]): string {
  let out = strings.raw[0] ?? '';
  pieces.forEach((piece, i) => {
    out += piece + (strings.raw[i + 1] ?? '');
  });
  return out;
}

/** Zero to n whole words between two phrases, never crossing punctuation. Linear: words and spaces cannot overlap. */
export function GAP(n: number): string {
  return `(?: [a-z0-9]+){0,${n}} `;
}

/** Any of these words or phrases, as a non-capturing group. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
