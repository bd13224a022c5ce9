import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * What a pattern needs to find in a text before it can match, and where: for each of its
 * alternatives, a few clauses, each a set of literal strings one of which is certainly in any
 * match, starting a bounded distance after where the match starts ("is ", then a treatment word
 * 3 to 40 characters on, then "worth" ...). A match can only start where every clause of one
 * alternative is found at its distance, so the engine tries the expression at those places only
 * and never scans the rest of a 5,000-character story.
 *
 * The analysis is conservative: a piece it cannot read (a character class, an optional part, a
 * negative lookaround) promises nothing, and an alternative that promises nothing at all leaves
 * the pattern unanalysed (it is then scanned whole).
 */

/** A distance in characters: `fixed` plus `runs` times the longest run of spaces or of non-spaces in the text (longestRun). */
export interface Extent {
  readonly fixed: number;
  readonly runs: number;
}

export interface Clause {
  /** One of these starts between `from` and `to` characters after the start of any match. */
  readonly literals: readonly string[];
  readonly from: Extent;
  /** Undefined when the distance has no bound (after `.*`). */
  readonly to: Extent | undefined;
}

/** One alternative of a pattern: all its clauses hold in any match of it. */
export interface Branch {
  readonly clauses: readonly Clause[];
  /** It starts with \\b: a match can only start where a word starts or ends. */
  readonly boundary: boolean;
  /** The alternative is no more than these strings, with a \\b before and after them or not: whether it matches somewhere needs no expression. */
  readonly exact?: Exact;
}

/** An alternative that is a short list of strings, with nothing around them but \\b. */
export interface Exact {
  readonly strings: readonly string[];
  /** A word starts or ends just before the string. */
  readonly before: boolean;
  /** A word starts or ends just after it. */
  readonly after: boolean;
}

/** A single character is found too often to narrow anything down (except a digit: numbers are rare in messages). */
const MIN_LITERAL = 2;
/** Longer spellings are cut to their start: as telling, and the finder's table stays small. */
export const MAX_LITERAL = 8;
/** Every digit is one symbol to the literal finder (see DIGIT): "\\d" is spelt as that digit. */
export const DIGIT = '0';
/** Beyond this many spellings, a run of alternatives stops being spelt out. */
const MAX_SPELLINGS = 48;
/** A character class of at most this many single characters counts as spelt out ("[sz]"). */
const MAX_CLASS_CHARS = 4;

const ZERO: Extent = { fixed: 0, runs: 0 };
const RUN: Extent = { fixed: 0, runs: 1 };
const plus = (a: Extent, b: Extent): Extent => ({ fixed: a.fixed + b.fixed, runs: a.runs + b.runs });
const times = (a: Extent, n: number): Extent => ({ fixed: a.fixed * n, runs: a.runs * n });
const least = (a: Extent, b: Extent): Extent => ({ fixed: Math.min(a.fixed, b.fixed), runs: Math.min(a.runs, b.runs) });
const most = (a: Extent, b: Extent): Extent => ({ fixed: Math.max(a.fixed, b.fixed), runs: Math.max(a.runs, b.runs) });
const fixed = (n: number): Extent => ({ fixed: n, runs: 0 });

/** How many characters a piece of pattern can take: at least `min`, at most `max` (undefined: no bound). */
interface Length {
  readonly min: Extent;
  readonly max: Extent | undefined;
}

const NOTHING: Length = { min: ZERO, max: ZERO };
const addLength = (a: Length, b: Length): Length => ({ min: plus(a.min, b.min), max: a.max && b.max ? plus(a.max, b.max) : undefined });
const either = (a: Length, b: Length): Length => ({ min: least(a.min, b.min), max: a.max && b.max ? most(a.max, b.max) : undefined });

/** The branches of a pattern (its top-level alternatives, groups of alternatives opened up), or undefined if one promises nothing. */
export function branchesOf(source: string): readonly Branch[] | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return undefined;
  }
  const branches: Branch[] = [];
  for (const { elements, boundary, around } of topLevel(pattern.alternatives, false, SPELT_OUT)) {
    const { clauses } = sequence(elements, { min: ZERO, max: ZERO });
    if (clauses.length === 0) return undefined;
    const exact = exactly(elements, around, clauses);
    branches.push(exact ? { clauses, boundary, exact } : { clauses, boundary });
  }
  return branches;
}

/**
 * What the assertions left out around an opened alternative allow (see topLevel): undefined when
 * one of them is more than a \\b in front of or behind the alternative's text, so its strings alone
 * cannot say where it matches.
 */
type Around = { readonly before: boolean; readonly after: boolean } | undefined;

const SPELT_OUT: Around = { before: false, after: false };

/**
 * The alternative's strings, when it is nothing but a short list of them between optional \\b's,
 * and its only clause is those strings found where the match starts: then a place where one of
 * them is found, with a word edge where a \\b asks for one, is a match, and no other place is.
 */
function exactly(elements: readonly AST.Element[], around: Around, clauses: readonly Clause[]): Exact | undefined {
  if (!around || clauses.length !== 1) return undefined;
  const [clause] = clauses;
  if (!clause?.to || clause.from.fixed !== 0 || clause.from.runs !== 0 || clause.to.fixed !== 0 || clause.to.runs !== 0) return undefined;
  let first = 0;
  let end = elements.length;
  let before = around.before;
  let after = around.after;
  while (first < end && isBoundary(elements[first])) {
    before = true;
    first++;
  }
  while (end > first && isBoundary(elements[end - 1])) {
    after = true;
    end--;
  }
  let strings: string[] = [''];
  for (const element of elements.slice(first, end)) {
    const exact = literally(element);
    if (!exact) return undefined;
    const joined = joinedUpTo(strings, exact, MAX_SPELLINGS);
    if (!joined) return undefined;
    strings = joined;
  }
  if (strings.some((s) => s.length === 0)) return undefined;
  // The clause must be these very strings (cut as the finder reads them), found at the match's start.
  const cut = new Set(strings.map((s) => s.slice(0, MAX_LITERAL)));
  if (cut.size !== clause.literals.length || !clause.literals.every((l) => cut.has(l))) return undefined;
  return { strings, before, after };
}

function isBoundary(element: AST.Element | undefined): boolean {
  return element?.type === 'Assertion' && element.kind === 'word' && !element.negate;
}

/** Every string a piece matches, when it is a short list of plain characters: unlike spellings(), no assertion and no digit class (read as "0"). */
function literally(node: AST.Element | AST.Alternative): readonly string[] | undefined {
  if (speltPlainly.has(node.raw)) return speltPlainly.get(node.raw);
  if (IN_CONTEXT.test(node.raw)) return spell(node, true);
  const out = spell(node, true);
  speltPlainly.set(node.raw, out);
  return out;
}

/** What literally() made of each piece, by its text (as spelt, for spellings()). */
const speltPlainly = new Map<string, readonly string[] | undefined>();

/**
 * `(?:a|b)|c` is three alternatives a, b and c, and so is `\b(?=(?:a|b|c)\b)`: a word list as a
 * whole promises only the strings of its words at the widest of their distances, each word on its
 * own promises its strings exactly where they are. The assertions around the group are left out
 * (any match still starts at one of the alternatives' places), but a `\b` before it is kept:
 * every alternative then starts where a word starts or ends.
 */
function topLevel(
  alternatives: readonly Elements[],
  boundary: boolean,
  around: Around,
): { elements: readonly AST.Element[]; boundary: boolean; around: Around }[] {
  return alternatives.flatMap((alternative) => {
    const { elements } = alternative;
    const wide = elements.filter((element) => !isPlainAssertion(element));
    const [only] = wide;
    const lead = elements.slice(0, only ? elements.indexOf(only) : elements.length);
    const atBoundary = boundary || lead.some((element) => element.type === 'Assertion' && element.kind === 'word' && !element.negate);
    if (wide.length > 1 && only && isWordList(only)) {
      const opened = openedInFront(only, lead, elements.slice(elements.indexOf(only) + 1), atBoundary);
      if (opened) return opened;
    }
    const opens = wide.length === 1 && only !== undefined && (
      (only.type === 'Group' && !only.modifiers) || only.type === 'CapturingGroup' || (only.type === 'Assertion' && only.kind === 'lookahead' && !only.negate)
    );
    if (!opens) return [{ elements, boundary: atBoundary, around }];
    // What the assertions left out say, for exactly(): only \b's count, and after a lookahead
    // nothing may follow (it would apply where the lookahead starts, not where its text ends).
    const trail = elements.slice(elements.indexOf(only) + 1);
    const inFront = around && lead.every(isBoundary) ? { before: around.before || lead.length > 0, after: around.after } : undefined;
    const behind = inFront && trail.every(isBoundary) && (only.type !== 'Assertion' || trail.length === 0) ? { ...inFront, after: inFront.after || trail.length > 0 } : undefined;
    return topLevel(only.alternatives, atBoundary, behind);
  });
}

/** A run of pattern pieces: an alternative of the pattern, or one made by opening a group in front of the rest (openedInFront). */
interface Elements {
  readonly elements: readonly AST.Element[];
}

/**
 * Beyond this many alternatives, a group in front of more pattern is read as one (its strings' union,
 * at the widest of their distances): each alternative is one more the index asks about in a message.
 */
const MAX_OPENED = 256;

/** A group with more alternatives than spellings() spells out (a word list, or a group around one), which takes characters (not a lookaround). */
function isWordList(element: AST.Element): element is AST.Group | AST.CapturingGroup {
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return false;
  if (element.type === 'Group' && element.modifiers) return false;
  return spellings(element) === undefined;
}

/**
 * `(?:a|b|c) rest` read as `a rest`, `b rest` and `c rest`: any match starts where a match of one
 * of them does. Read as one, the list promises only the union of its words' strings, each at the
 * widest distance any word allows: a list of frames ("be worried", "is it normal", "do i need to
 * take") read as one asks for a try at every word start up to ~20 characters before any of its
 * strings, where each frame alone is tried only where its strings start. Undefined (read as one)
 * beyond MAX_OPENED alternatives.
 */
function openedInFront(
  list: AST.Group | AST.CapturingGroup,
  lead: readonly AST.Element[],
  rest: readonly AST.Element[],
  boundary: boolean,
): { elements: readonly AST.Element[]; boundary: boolean; around: Around }[] | undefined {
  if (list.alternatives.length > MAX_OPENED) return undefined;
  const each = list.alternatives.map((alternative) => ({ elements: [...lead, ...alternative.elements, ...rest] }));
  // What follows the list is more than a \b: no opened alternative is its strings alone (exactly()).
  const opened = topLevel(each, boundary, undefined);
  return opened.length <= MAX_OPENED ? opened : undefined;
}

/** An assertion that takes no characters and promises none: \b, ^, $ or a negative lookaround. */
function isPlainAssertion(element: AST.Element): boolean {
  if (element.type !== 'Assertion') return false;
  if (element.kind === 'word' || element.kind === 'start' || element.kind === 'end') return true;
  return 'negate' in element && element.negate;
}

interface Read {
  readonly clauses: Clause[];
  readonly length: Length;
}

/**
 * Items in a row, starting `at` characters into the match. Items that match only a few literal
 * strings join up into the strings the whole run can be ("(?:want|going) to" is "want to" or
 * "going to", far rarer than " to"); every run of two or more characters is a clause.
 */
function sequence(elements: readonly AST.Element[], at: Length): Read {
  const clauses: Clause[] = [];
  let position = at;
  let runStart = at;
  let run: string[] = [''];
  const endRun = (): void => {
    if (run.every((s) => s.length >= MIN_LITERAL || s === DIGIT)) {
      clauses.push({ literals: [...new Set(run.map((s) => s.slice(0, MAX_LITERAL)))], from: runStart.min, to: runStart.max });
    }
    run = [''];
    runStart = position;
  };
  for (const element of elements) {
    const exact = spellings(element);
    if (exact) {
      const joined = joinedUpTo(run, exact, MAX_SPELLINGS);
      if (joined) run = joined;
      else {
        endRun();
        run = [...exact];
      }
      position = addLength(position, lengthOf(exact));
      continue;
    }
    endRun();
    const read = item(element, position);
    clauses.push(...read.clauses);
    position = addLength(position, read.length);
    runStart = position;
  }
  endRun();
  return { clauses, length: subtract(position, at) };
}

/**
 * Each head followed by each tail, without repeats, in that order; undefined as soon as there are
 * more than `limit` of them (every caller then gives up on spelling the run out, so the rest of a
 * product of two 48-string lists need not be made).
 */
function joinedUpTo(heads: readonly string[], tails: readonly string[], limit: number): string[] | undefined {
  const seen = new Set<string>();
  for (const head of heads) {
    for (const tail of tails) {
      seen.add(head + tail);
      if (seen.size > limit) return undefined;
    }
  }
  return [...seen];
}

/** The length between two positions of a sequence (`at` is where it started). */
function subtract(end: Length, at: Length): Length {
  const min = { fixed: end.min.fixed - at.min.fixed, runs: end.min.runs - at.min.runs };
  const max = end.max && at.max ? { fixed: end.max.fixed - at.max.fixed, runs: end.max.runs - at.max.runs } : undefined;
  return { min, max };
}

function lengthOf(strings: readonly string[]): Length {
  const lengths = strings.map((s) => s.length);
  return { min: fixed(Math.min(...lengths)), max: fixed(Math.max(...lengths)) };
}

/**
 * What spellings() made of each piece of pattern, by its text: word lists recur in many rules and
 * a piece is asked again for each group it sits in. A piece's spellings depend on its text alone.
 */
const spelt = new Map<string, readonly string[] | undefined>();

/** Every string a piece can match, when it is a short list of literals ("s?" is "" or "s"; "\b" is ""). */
function spellings(node: AST.Element | AST.Alternative): readonly string[] | undefined {
  if (spelt.has(node.raw)) return spelt.get(node.raw);
  const out = spell(node);
  spelt.set(node.raw, out);
  return out;
}

/** `plainOnly`: characters alone (literally()); otherwise assertions promise nothing and any digit reads as "0" (spellings()). */
function spell(node: AST.Element | AST.Alternative, plainOnly = false): readonly string[] | undefined {
  const inner = (piece: AST.Element | AST.Alternative): readonly string[] | undefined => (plainOnly ? literally(piece) : spellings(piece));
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Alternative': {
      let out: string[] = [''];
      for (const element of node.elements) {
        const exact = inner(element);
        if (!exact) return undefined;
        const joined = joinedUpTo(out, exact, MAX_SPELLINGS);
        if (!joined) return undefined;
        out = joined;
      }
      return out;
    }
    case 'Group':
    case 'CapturingGroup': {
      if (node.type === 'Group' && node.modifiers) return undefined;
      const out = new Set<string>();
      for (const alternative of node.alternatives) {
        const exact = inner(alternative);
        if (!exact) return undefined;
        exact.forEach((s) => out.add(s));
      }
      return out.size <= MAX_SPELLINGS ? [...out] : undefined;
    }
    case 'CharacterSet':
      return !plainOnly && node.kind === 'digit' && !node.negate ? [DIGIT] : undefined;
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return undefined;
      if (!plainOnly && node.elements.every(isDigits)) return [DIGIT];
      if (node.elements.length > MAX_CLASS_CHARS) return undefined;
      const chars = node.elements.map((e) => (e.type === 'Character' ? String.fromCodePoint(e.value) : undefined));
      return chars.every((c): c is string => c !== undefined) ? chars : undefined;
    }
    case 'Quantifier': {
      // Only "x?": anything repeated is read as an item.
      if (node.min !== 0 || node.max !== 1) return undefined;
      const exact = inner(node.element);
      return exact ? [...new Set([...exact, ''])] : undefined;
    }
    case 'Assertion':
      if (plainOnly) return undefined;
      // Word boundaries, ^ and $ and negative lookarounds take no characters and promise none.
      if (node.kind === 'word' || node.kind === 'start' || node.kind === 'end') return [''];
      return 'negate' in node && node.negate ? [''] : undefined;
    default:
      return undefined;
  }
}

/** A digit, a range of digits, or \\d: the finder reads any digit as any other. */
function isDigits(node: AST.Node): boolean {
  const digit = (c: number): boolean => c >= 48 && c <= 57;
  if (node.type === 'Character') return digit(node.value);
  if (node.type === 'CharacterClassRange') return digit(node.min.value) && digit(node.max.value);
  return node.type === 'CharacterSet' && node.kind === 'digit' && !node.negate;
}

/**
 * What item() made of each piece of pattern, by its text and whether the distance it starts at has a
 * bound, read as if it started where the match does: the same word list sits in many rules, and in
 * every alternative a leading group is opened into (topLevel), so each is read once and its clauses
 * moved to where it starts. The reading is the same wherever it starts (distances only add up, and
 * the least and most of two moved by the same amount are moved by it), so moving it gives what
 * reading it there would.
 */
const itemRead = { bounded: new Map<string, Read>(), unbounded: new Map<string, Read>() };

/** A piece whose meaning depends on the pattern around it (a back-reference or an octal escape, by the groups there) is read in place. */
const IN_CONTEXT = /\\(?:[1-9]|k)/;

/** An item that is not spelt out: what it certainly holds, and how long it can be (see itemRead). */
function item(node: AST.Element, at: Length): Read {
  if (node.type !== 'Group' && node.type !== 'CapturingGroup' && node.type !== 'Assertion' && node.type !== 'Quantifier') return readItem(node, at);
  const bounded = at.max !== undefined;
  // Keyed by the piece's own text (no key built from it: a 14,000-character list would be hashed again each time).
  const known = bounded ? itemRead.bounded : itemRead.unbounded;
  let read = known.get(node.raw);
  if (!read) {
    read = readItem(node, { min: ZERO, max: bounded ? ZERO : undefined });
    if (IN_CONTEXT.test(node.raw)) return moved(read, at);
    known.set(node.raw, read);
  }
  return moved(read, at);
}

/** A reading made where the match starts, moved to start at `at`. */
function moved(read: Read, at: Length): Read {
  const { min, max } = at;
  return {
    clauses: read.clauses.map(({ literals, from, to }) => ({ literals, from: plus(from, min), to: to && max ? plus(to, max) : undefined })),
    length: read.length,
  };
}

function readItem(node: AST.Element, at: Length): Read {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      if (node.type === 'Group' && node.modifiers) return { clauses: [], length: { min: ZERO, max: undefined } };
      return alternatives(node.alternatives, at);
    case 'Assertion':
      // A positive lookahead promises what it reads from here on; it takes nothing.
      if (node.kind === 'lookahead' && !node.negate) return { clauses: alternatives(node.alternatives, at).clauses, length: NOTHING };
      if (node.kind === 'lookbehind' && !node.negate) return { clauses: behind(node.alternatives, at), length: NOTHING };
      return { clauses: [], length: NOTHING };
    case 'Quantifier':
      return quantified(node, at);
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return { clauses: [], length: { min: fixed(1), max: fixed(1) } };
    default:
      // A back-reference: any length.
      return { clauses: [], length: { min: ZERO, max: undefined } };
  }
}

/**
 * a|b|c: each alternative read from the same place. One alternative's clauses all hold; of several,
 * one clause each (the one with the longest strings) joins into a clause of their union, at the
 * widest of their distances.
 */
function alternatives(list: readonly AST.Alternative[], at: Length): Read {
  const reads = list.map((alternative) => sequence(alternative.elements, at));
  const length = reads.map((r) => r.length).reduce(either);
  const [only] = reads;
  if (only && reads.length === 1) return { clauses: only.clauses, length };
  const picked = reads.map((r) => best(r.clauses));
  if (!picked.every((c): c is Clause => c !== undefined)) return { clauses: [], length };
  // One set for all (not one per pair, as a list of 691 words would make 690 growing copies).
  const literals = new Set<string>();
  let from: Extent | undefined;
  let to: Extent | undefined;
  let bounded = true;
  for (const clause of picked) {
    clause.literals.forEach((literal) => literals.add(literal));
    from = from ? least(from, clause.from) : clause.from;
    if (!clause.to) bounded = false;
    else if (bounded) to = to ? most(to, clause.to) : clause.to;
  }
  const union: Clause = { literals: [...literals], from: from ?? ZERO, to: bounded ? to : undefined };
  return { clauses: [union], length };
}

/**
 * A positive lookbehind promises what its text holds, and its text ends where the lookbehind is: it
 * starts between its longest and its shortest length before. Read where the match starts (item()
 * reads an assertion there) and moved back by them; nothing when its length has no bound. Its
 * clauses lie before where it is (negative distances: a place is tried only where they are found).
 */
function behind(list: readonly AST.Alternative[], at: Length): Clause[] {
  if (!isZero(at.min) || !at.max || !isZero(at.max)) return [];
  const read = alternatives(list, at);
  const { min, max } = read.length;
  // A least length is a number of characters (runs count only towards a most).
  if (!max || min.runs !== 0) return [];
  const back = (e: Extent, by: Extent): Extent => ({ fixed: e.fixed - by.fixed, runs: e.runs - by.runs });
  return read.clauses.flatMap(({ literals, from, to }) => (to && from.runs === 0 ? [{ literals, from: back(from, max), to: back(to, min) }] : []));
}

const isZero = (e: Extent): boolean => e.fixed === 0 && e.runs === 0;

function best(clauses: readonly Clause[]): Clause | undefined {
  const rank = (c: Clause): number => Math.min(...c.literals.map((l) => l.length)) * 100 - c.literals.length;
  return clauses.reduce<Clause | undefined>((a, c) => (a === undefined || rank(c) > rank(a) ? c : a), undefined);
}

function quantified(node: AST.Quantifier, at: Length): Read {
  const exact = spellings(node.element);
  const once = exact ? { clauses: sequence([node.element], at).clauses, length: lengthOf(exact) } : item(node.element, at);
  // The first time round is certain when there is one; what it holds is where it would be alone.
  const clauses = node.min >= 1 ? once.clauses : [];
  const min = times(once.length.min, node.min);
  if (Number.isFinite(node.max)) return { clauses, length: { min, max: once.length.max ? times(once.length.max, node.max) : undefined } };
  // A repeated word or space character takes no more than the text's longest run of its kind.
  return { clauses, length: { min, max: runKind(node.element) ? RUN : undefined } };
}

/**
 * Whether a repeated one-character matcher can take no more than the text's longest run (see
 * longestRun): it takes only spaces, or never a space ("[a-z]", "[\\d.,]", "\\w").
 */
function runKind(node: AST.QuantifiableElement): boolean {
  const kinds = new Set<string>();
  const note = (element: AST.Node): void => {
    if (element.type === 'Character') kinds.add(kindOfCode(element.value));
    else if (element.type === 'CharacterClassRange') {
      for (let c = element.min.value; c <= element.max.value; c++) kinds.add(kindOfCode(c));
    } else if (element.type === 'CharacterSet' && (element.kind === 'word' || element.kind === 'digit') && !element.negate) kinds.add('other');
    else if (element.type === 'CharacterSet' && element.kind === 'space' && !element.negate) kinds.add('space');
    else kinds.add('unknown');
  };
  if (node.type === 'CharacterClass' && !node.negate) node.elements.forEach(note);
  else if (node.type === 'Character' || node.type === 'CharacterSet') note(node);
  else return false;
  return kinds.size === 1 && !kinds.has('unknown');
}

/** The longest run of spaces, or of anything but spaces, in a text: what an unbounded `[a-z]+`, `[\\d.,]*` or `\\s*` can take. */
export function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  let wasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    run = i > 0 && space === wasSpace ? run + 1 : 1;
    wasSpace = space;
    if (run > longest) longest = run;
  }
  return longest;
}

function kindOfCode(c: number): string {
  return isSpaceCode(c) ? 'space' : 'other';
}

/** What `\w` takes (and so what `\b` tells apart). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** What `\s` takes. */
export function isSpaceCode(c: number): boolean {
  // Below 0xa0 (every character of normalised text) only the first line can hold: two or three
  // comparisons a character, not a dozen (longestRun reads a whole 5,000-character story with it).
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
