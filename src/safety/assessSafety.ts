import { CRISIS_RULES } from './crisisRules';
import { EMERGENCY_RULES } from './emergencyRules';
import { PAST_OR_CHRONIC } from './lexicon';
import { MEDICAL_ADVICE_RULES } from './medicalAdviceRules';
import { normalise } from '../text/normalise';
import type { SafetyRule } from './rule';

export type SafetyKind = 'emergency' | 'crisis' | 'medical-advice';

export interface SafetyConcern {
  kind: SafetyKind;
  /** Id of the rule that fired, e.g. 'stroke-speech'. Never contains any of the user's text. */
  rule: string;
}

interface CompiledRule {
  readonly rule: SafetyRule;
  /**
   * All of the rule's patterns as one global expression: one scan per rule is about
   * twice as fast as one per pattern, and every occurrence can still be checked (the
   * first may be negated and a later one not). Each rule stays small enough for V8 to
   * compile it to native code; a single expression for everything would not.
   */
  readonly scanner: RegExp;
  readonly checkPast: boolean;
}

/** Highest priority first: a person who has taken an overdose needs 999 before anything else. */
const CATEGORIES: readonly (readonly [SafetyKind, readonly CompiledRule[]])[] = [
  ['emergency', compile(EMERGENCY_RULES, true)],
  ['crisis', compile(CRISIS_RULES, false)],
  ['medical-advice', compile(MEDICAL_ADVICE_RULES, false)],
];

// A sentence rarely runs past this; capping the context keeps a 100k-character
// message with thousands of near-matches linear in practice.
const MAX_CONTEXT = 300;
const MAX_MATCHES_PER_RULE = 40;
const NEGATION_WORDS = 4;

/**
 * "no", "not", "never", "without" and friends shortly before a match, in the same
 * clause. Words that usually start a non-negating phrase are let through:
 * "not sure if he's breathing", "hasn't stopped shaking", "no one would miss me".
 */
const NEGATION =
  /\b(?:no|not|never|without|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|nor|neither|denies|denied|none|free of|no sign of|no signs of)\b(?! (?:sure|certain|know|knowing|idea|just|only|one|body|matter|long|longer|stop|stopped|stopping|doubt|wonder|think|able|more|quite|even|really sure|joking|kidding))/;

/** Joining words; a negation does not reach past the last one before a match. */
const CONJUNCTION = / (?:and|or|because|cos|so|then|while|when|which|until|plus|also) /g;

/** Where a clause ends, for negation ("no chest pain, but ...") and for past-time checks. */
const CLAUSE_BREAK =
  /[.!?;,:]| (?:but|however|although|though|whereas|yet|now|and now|today|tonight|this (?:morning|afternoon|evening)|suddenly|then|except) /g;

export function assessSafety(text: string): SafetyConcern | undefined {
  const normalised = normalise(text);
  if (normalised.length === 0) return undefined;
  // Several rules share message-level checks such as "mentions a medicine"; test each once.
  const seen = new Map<RegExp, boolean>();
  const inMessage = (pattern: RegExp): boolean => {
    let found = seen.get(pattern);
    if (found === undefined) {
      found = pattern.test(normalised);
      seen.set(pattern, found);
    }
    return found;
  };
  for (const [kind, rules] of CATEGORIES) {
    for (const compiled of rules) {
      if (fires(compiled, normalised, inMessage)) return { kind, rule: compiled.rule.id };
    }
  }
  return undefined;
}

function compile(rules: readonly SafetyRule[], checkPast: boolean): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    scanner: new RegExp(rule.patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'g'),
    checkPast: checkPast && rule.anyTime !== true,
  }));
}

function fires(compiled: CompiledRule, text: string, inMessage: (pattern: RegExp) => boolean): boolean {
  const { scanner, rule } = compiled;
  // What a sentence must contain, the whole message must contain: a cheap way to skip
  // rules such as "a question about something clinical" for most messages.
  if (rule.requires && !rule.requires.every(inMessage)) return false;
  scanner.lastIndex = 0;
  let found = false;
  let seen = 0;
  let match: RegExpExecArray | null;
  while (!found && seen < MAX_MATCHES_PER_RULE && (match = scanner.exec(text)) !== null) {
    seen++;
    const start = match.index;
    found = counts(compiled, text, start, start + match[0].length);
    // Resume one character on, not after the match, so an overlapping occurrence is still seen.
    scanner.lastIndex = start + 1;
  }
  scanner.lastIndex = 0;
  return found;
}

function counts(compiled: CompiledRule, text: string, start: number, end: number): boolean {
  const { rule } = compiled;
  if (isNegated(text, start)) return false;
  const sentence = sentenceAround(text, start, end);
  if (rule.unless?.some((pattern) => pattern.test(sentence))) return false;
  if (rule.requires) {
    if (!rule.requires.every((pattern) => pattern.test(sentence))) return false;
  }
  if (compiled.checkPast && PAST_OR_CHRONIC.test(clauseAround(text, start, end))) return false;
  return true;
}

function isNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - MAX_CONTEXT), start);
  let clause = before.slice(lastBreakEnd(before));
  // "he's not talking properly and one side of his mouth is down": the "not" belongs to the first half.
  clause = clause.slice(lastMatchEnd(CONJUNCTION, clause));
  const words = clause.trim().split(' ');
  return NEGATION.test(words.slice(-NEGATION_WORDS).join(' '));
}

function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - MAX_CONTEXT), start);
  const after = text.slice(end, end + MAX_CONTEXT);
  return before.slice(lastBreakEnd(before)) + text.slice(start, end) + after.slice(0, firstBreakStart(after));
}

function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - MAX_CONTEXT);
  const hi = Math.min(text.length, end + MAX_CONTEXT);
  let from = start;
  while (from > lo && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < hi && !endsSentence(text, to)) to++;
  // Keep the closing "?" so rules can tell a question from a statement.
  return text.slice(from, Math.min(to + 1, text.length)).trim();
}

function endsSentence(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '!' || c === '?' || c === ';') return true;
  // "7.2" is a number, not the end of a sentence.
  return c === '.' && !(isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)));
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function lastBreakEnd(s: string): number {
  return lastMatchEnd(CLAUSE_BREAK, s);
}

/** Where the last match of a global pattern ends, keeping a trailing space; 0 if none. */
function lastMatchEnd(pattern: RegExp, s: string): number {
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

function firstBreakStart(s: string): number {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(s);
  CLAUSE_BREAK.lastIndex = 0;
  return m === null ? s.length : m.index;
}
