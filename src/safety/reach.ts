import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * How far from the place a match attempt starts a pattern can read the text: `ahead` characters
 * after it (what it consumes, what its lookaheads and `\b` peek at) and `behind` characters before
 * it (its lookbehinds). An attempt at one place gives the same result in any slice of the text that
 * keeps those characters around it, which is what lets a rule be scanned only near its anchors.
 *
 * `[a-z]+`, `\w*`, `\s+` have no fixed length, but in a given text they cannot run longer than its
 * longest run of such characters, so each bound is `fixed + runs * longestRun`. Anything else
 * unbounded (`.*`, `[^.]+`) or a back-reference gives no reach: the rule is scanned whole.
 */
export interface Extent {
  readonly fixed: number;
  readonly runs: number;
}

export interface Reach {
  readonly ahead: Extent;
  readonly behind: Extent;
}

interface Span {
  /** The most characters it can consume. */
  readonly length: Extent;
  /** The furthest it reads past where it starts. */
  readonly ahead: Extent;
  /** The furthest it reads before where it starts. */
  readonly behind: Extent;
}

class Unbounded extends Error {}

const NONE: Extent = { fixed: 0, runs: 0 };
const ONE: Extent = { fixed: 1, runs: 0 };
const add = (a: Extent, b: Extent): Extent => ({ fixed: a.fixed + b.fixed, runs: a.runs + b.runs });
const max = (a: Extent, b: Extent): Extent => ({ fixed: Math.max(a.fixed, b.fixed), runs: Math.max(a.runs, b.runs) });
const times = (a: Extent, n: number): Extent => ({ fixed: a.fixed * n, runs: a.runs * n });

export function reachOf(source: string): Reach | undefined {
  try {
    const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false });
    const span = alternatives(pattern.alternatives);
    return { ahead: span.ahead, behind: span.behind };
  } catch (error) {
    if (error instanceof Unbounded || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The longest run of word characters or of spaces in a text: what an unbounded `[a-z]+` or `\s*` can take. */
export function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  let kind = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = isWordCode(c) ? 1 : isSpaceCode(c) ? 2 : 0;
    run = k !== 0 && k === kind ? run + 1 : k === 0 ? 0 : 1;
    kind = k;
    if (run > longest) longest = run;
  }
  return longest;
}

export function charsOf(extent: Extent, run: number): number {
  return extent.fixed + extent.runs * run;
}

function alternatives(list: readonly AST.Alternative[]): Span {
  return list.map(sequence).reduce((a, b) => ({ length: max(a.length, b.length), ahead: max(a.ahead, b.ahead), behind: max(a.behind, b.behind) }), {
    length: NONE,
    ahead: NONE,
    behind: NONE,
  });
}

function sequence(alternative: AST.Alternative): Span {
  let length = NONE;
  let ahead = NONE;
  let behind = NONE;
  for (const element of alternative.elements) {
    const span = elementSpan(element);
    ahead = max(ahead, add(length, span.ahead));
    behind = max(behind, span.behind);
    length = add(length, span.length);
  }
  return { length, ahead, behind };
}

function elementSpan(node: AST.Element): Span {
  switch (node.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return { length: ONE, ahead: ONE, behind: NONE };
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives);
    case 'Quantifier':
      return quantified(node);
    case 'Assertion':
      return assertion(node);
    default:
      throw new Unbounded();
  }
}

function assertion(node: AST.Assertion): Span {
  if (node.kind === 'lookahead') {
    const inner = alternatives(node.alternatives);
    return { length: NONE, ahead: inner.ahead, behind: inner.behind };
  }
  if (node.kind === 'lookbehind') {
    // Read backwards from here: what it takes lies before; what it peeks at from there may reach past here.
    const inner = alternatives(node.alternatives);
    return { length: NONE, ahead: max(ONE, inner.ahead), behind: add(add(inner.length, inner.behind), ONE) };
  }
  // \b, \B, ^, $: the character on each side.
  return { length: NONE, ahead: ONE, behind: ONE };
}

function quantified(node: AST.Quantifier): Span {
  const inner = elementSpan(node.element);
  if (Number.isFinite(node.max)) {
    const n = node.max;
    if (n === 0) return { length: NONE, ahead: NONE, behind: NONE };
    return { length: times(inner.length, n), ahead: add(times(inner.length, n - 1), inner.ahead), behind: inner.behind };
  }
  // A repeated single character can take no more than the text's longest run of its kind.
  if (runKind(node.element) === undefined) throw new Unbounded();
  const run: Extent = { fixed: 0, runs: 1 };
  return { length: run, ahead: run, behind: NONE };
}

/** 'word' or 'space' for a one-character matcher that only takes characters of that kind. */
function runKind(node: AST.Element): 'word' | 'space' | undefined {
  const kinds = new Set<string>();
  const note = (element: AST.Node): void => {
    if (element.type === 'Character') kinds.add(kindOfCode(element.value));
    else if (element.type === 'CharacterClassRange') {
      for (let c = element.min.value; c <= element.max.value; c++) kinds.add(kindOfCode(c));
    } else if (element.type === 'CharacterSet' && (element.kind === 'word' || element.kind === 'digit') && !element.negate) kinds.add('word');
    else if (element.type === 'CharacterSet' && element.kind === 'space' && !element.negate) kinds.add('space');
    else kinds.add('other');
  };
  if (node.type === 'CharacterClass' && !node.negate) node.elements.forEach(note);
  else if (node.type === 'Character' || node.type === 'CharacterSet') note(node);
  else return undefined;
  if (kinds.size !== 1) return undefined;
  const [kind] = kinds;
  return kind === 'word' || kind === 'space' ? kind : undefined;
}

function kindOfCode(c: number): string {
  if (isWordCode(c)) return 'word';
  if (isSpaceCode(c)) return 'space';
  return 'other';
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** What `\s` takes. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
