/**
 * Where a clause and a question's setting break in normalised text: the one place the rules' engine learns it from
 * (negation, `unlessInClause`, time checks). Not src/safety/clauses.ts: that file reads a pattern's literal clauses
 * for the anchor index, not a message's.
 */

/** Words a question starts with: a match that starts with one asks about what follows it. */
const QUESTION_START = /^(?:do|does|did|is|are|should|could|would|can)\b/;

/**
 * A match that starts by asking ("do you think it's cancer", "is that normal") starts a new sentence, even
 * unpunctuated by voice-to-text: a "not" before it belongs to the sentence before.
 */
export function startsAsking(text: string, start: number): boolean {
  return QUESTION_START.test(text.slice(start, start + 8));
}

/** Joining words; a negation does not reach past the last one before a match. */
export const CONJUNCTION = / (?:and|or|because|cos|so|then|while|when|which|until|plus|also) /g;

/** Where a clause ends, for negation ("no chest pain, but ...") and for time checks. */
export const CLAUSE_BREAK =
  /[.!?;,:]| (?:but|however|although|though|whereas|yet|now|and now|today|tonight|this (?:morning|afternoon|evening)|suddenly|then|except) /g;

/**
 * Where a clause ends after a match, for `unlessInClause`: a clause break, or "while / until / before" and a new
 * question ("or should", "and can"), after which talk of the process is the question's setting ("should I be worried
 * while I wait for the other team"), not its object.
 */
export const SETTING_BREAK = new RegExp(`${CLAUSE_BREAK.source}| (?:while|whilst|until|till|before) | (?:or|and) (?:should|do|can|would|could|is) `, 'g');

/** `afterBreak`: where the clause ends after the match (a global expression; CLAUSE_BREAK unless given). */
export function clauseAround(text: string, start: number, end: number, maxContext: number, afterBreak: RegExp = CLAUSE_BREAK): string {
  const before = text.slice(Math.max(0, start - maxContext), start);
  const after = text.slice(end, end + maxContext);
  return before.slice(lastMatchEnd(CLAUSE_BREAK, before)) + text.slice(start, end) + after.slice(0, firstBreakStart(after, afterBreak));
}

/** Where the last match of a global pattern ends, keeping a trailing space; 0 if none. */
export function lastMatchEnd(pattern: RegExp, s: string): number {
  pattern.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(s)) !== null) {
    last = m.index + m[0].length - (m[0].endsWith(' ') ? 1 : 0);
    // Joining words share their spaces ("and so"), so step back onto the shared space.
    pattern.lastIndex = last;
  }
  pattern.lastIndex = 0;
  return last;
}

export function firstBreakStart(s: string, pattern: RegExp = CLAUSE_BREAK): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(s);
  pattern.lastIndex = 0;
  return m === null ? s.length : m.index;
}
