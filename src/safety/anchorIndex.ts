import { branchesOf, DIGIT, isWordCode, MAX_LITERAL, type Branch, type Clause, type Exact, type Extent } from './clauses';
import type { CompiledRule } from './compileRules';
import { GroupHits, LiteralFinder } from './literalFinder';

/** Where in a message a rule's matches can start: anywhere (the rule could not be analysed), or only at these places, in order. */
export type Starts = 'anywhere' | readonly number[];

interface IndexedClause {
  /** Shared by every rule whose clause has the same strings: its occurrences are gathered once per message. */
  readonly id: number;
  readonly from: Extent;
  readonly to: Extent | undefined;
}

interface IndexedBranch {
  readonly clauses: readonly IndexedClause[];
  readonly boundary: boolean;
  /** Each clause's occurrences and distances in the text being placed (leadOf fills them in place). */
  readonly spans: readonly Span[];
  /** Its strings, when they are all it is (see clauses.ts), under their first characters as the finder reads them. */
  readonly exact?: ExactStrings;
}

type IndexedBranches = readonly IndexedBranch[];

/** A rule's alternatives, numbered among all rules' from `first` on (Reading.keyed is by that number). */
interface RuleBranches {
  readonly first: number;
  readonly branches: IndexedBranches;
}

/** An expression a rule tests on the message or the sentence (`requires`, `unless`, `unlessInClause`, `lowerIf`): where it can match, and the same expression tried at one place. */
interface Probe {
  readonly branches: IndexedBranches;
  readonly sticky: RegExp;
  /** The same expression, global: a scan from the first place when there are many places to try. */
  readonly scan: RegExp;
  /** Every alternative starts with \b. */
  readonly boundary: boolean;
  /**
   * Where an alternative that is no more than its strings (see clauses.ts) has one of them in the
   * message read last (`read` says which), sorted: start * MAX_BRANCHES + the alternative's index.
   * Whether it is one, and its word edges, are checked only in a sentence that asks.
   */
  readonly found: number[];
  /** Where a match of any other alternative can start in that message, sorted, word boundaries not yet checked; reused. */
  readonly places: number[];
  /** The message whose `found` this is (`read` says which). */
  read: number;
  /**
   * The message whose `places` these are: worked out only when a sentence asked is not settled by
   * `found` (a probe such as the second-opinion words is mostly answered by its plain strings, and its
   * other alternatives' places cost several times more to work out).
   */
  placed: number;
}

/** Up to this many rules found, their numbers are put in order by insertion; beyond, read off the marks of all. */
const FEW_RULES = 16;

/** Beyond this many places to try, an expression is scanned from the first one instead: the same answer. */
const MAX_TRIES = 16;

/** What the index found in one message. */
export interface MessageAnchors {
  /**
   * The rules that may match in the message, by their number in the list the index was built from,
   * in order: every other rule has no place to start (no alternative has all its clauses in the
   * message). Valid until the next text is read.
   */
  readonly rulesFound: readonly number[];
  /** Where the rule's matches can start. */
  startsOf(rule: CompiledRule): Starts;
  /** Whether the expression matches somewhere in the message (tried only where it can start, when it is indexed). */
  contains(re: RegExp): boolean;
  /**
   * Whether the expression matches in `sentence`, which is text.slice(at, at + sentence.length): the
   * same answer as re.test(sentence), tried only at the places in it where a match can start.
   */
  holdsIn(re: RegExp, sentence: string, at: number): boolean;
}

const NO_STARTS: readonly number[] = Object.freeze([]);
const NO_PLACES = new Int32Array(0);

/**
 * Finds the literal strings of every rule in a message in one pass, then, for each rule, the few
 * places where a match could start: where every clause of one of its alternatives is found at its
 * distance (see clauses.ts). The rule's expression is then tried at those places only; a rule with
 * no such place is not run at all. The places are a superset of where the expression matches, so
 * the outcome is the same as scanning the whole message. A rule's `requires`, which must hold
 * somewhere in the message, are tried the same way.
 */
export class AnchorIndex {
  /** Finds the literals and records each under the clauses (by id) it belongs to, in the same pass. */
  private readonly finder: LiteralFinder;
  /** Where each clause's literals are in the message read last (reused: reading allocates next to nothing). */
  private readonly hits: GroupHits;
  private readonly branches: ReadonlyMap<CompiledRule, RuleBranches>;
  private readonly probes: ReadonlyMap<RegExp, Probe>;
  /** How many texts were read: a probe's places belong to the text of this number. */
  private reads = 0;
  private readonly reading: Reading;
  /**
   * Per clause group, the alternatives (by number) keyed on it (their rarest-looking clause: an
   * alternative has a place only where all its clauses are found, so its key first):
   * branchList[branchFrom[group] .. branchFrom[group + 1]), and the rule of each (ruleOfBranch). A
   * short question finds ~150 groups and ~17 rules through them, and a 5,000-character story ~400
   * of the ~3,800 alternatives: only those are asked whether all their clauses are found.
   */
  private readonly branchFrom: Int32Array;
  private readonly branchList: Int32Array;
  private readonly ruleOfBranch: Int32Array;
  /** Rules whose places are not worked out here (scanned whole): found in every message. */
  private readonly unplaced: readonly number[];
  /** The read number at which each rule was last found (so each is listed once). */
  private readonly ruleSeen: Int32Array;

  /** `analyse` reads a pattern into clauses: branchesOf, or its result kept from an earlier start (patternAnalysisCache.ts). */
  constructor(rules: readonly CompiledRule[], analyse: (source: string) => readonly Branch[] | undefined = branchesOf) {
    const literalIds = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    const members: number[][] = [];
    // By the list itself: a reading moved elsewhere keeps its clauses' lists, so each is sorted and joined once.
    const keys = new Map<readonly string[], string>();
    const index = ({ literals, from, to }: Clause): IndexedClause => {
      let key = keys.get(literals);
      if (key === undefined) {
        key = [...literals].sort().join('\u0000');
        keys.set(literals, key);
      }
      let id = clauseIds.get(key);
      if (id === undefined) {
        id = clauseIds.size;
        clauseIds.set(key, id);
        for (const literal of literals) {
          let at = literalIds.get(literal);
          if (at === undefined) {
            at = literalIds.size;
            literalIds.set(literal, at);
            members.push([]);
          }
          members[at]?.push(id);
        }
      }
      return { id, from, to };
    };
    const indexedFrom = (analysed: readonly Branch[]): IndexedBranches =>
      analysed.map(({ clauses, boundary, exact }) => ({
        clauses: clauses.map(index),
        boundary,
        spans: clauses.map(emptySpan),
        ...(exact ? { exact: byCut(exact) } : {}),
      }));
    const indexed = (source: string): IndexedBranches | undefined => {
      const analysed = analyse(source);
      return analysed && indexedFrom(analysed);
    };
    const branches = new Map<CompiledRule, RuleBranches>();
    const probes = new Map<RegExp, Probe>();
    const keyedBranches: number[][] = [];
    const ruleOfBranch: number[] = [];
    const unplaced: number[] = [];
    for (const [number, rule] of rules.entries()) {
      const analysed = analyse(rule.scanner.source);
      if (analysed) {
        branches.set(rule, { first: ruleOfBranch.length, branches: indexedFrom(analysed) });
        for (const { clauses } of analysed) {
          const { id } = index(rarest(clauses));
          (keyedBranches[id] ??= []).push(ruleOfBranch.length);
          ruleOfBranch.push(number);
        }
      } else unplaced.push(number);
      for (const re of [...rule.requires, ...rule.unless, ...rule.unlessInClause, ...rule.lowerIf]) {
        const required = probes.has(re) ? undefined : indexed(re.source);
        if (!required) continue;
        const boundary = required.every((branch) => branch.boundary);
        // More alternatives than fit beside a start in one number: each is tried as an expression.
        const branches = required.length <= MAX_BRANCHES ? required : required.map(({ exact: _, ...branch }) => branch);
        probes.set(re, { branches, sticky: new RegExp(re.source, 'y'), scan: new RegExp(re.source, 'g'), boundary, found: [], places: [], read: 0, placed: 0 });
      }
    }
    const digits = new Map([...'0123456789'].map((d) => [d, DIGIT]));
    this.finder = new LiteralFinder([...literalIds.keys()], digits, members);
    this.hits = new GroupHits(clauseIds.size);
    this.branches = branches;
    this.probes = probes;
    this.unplaced = unplaced;
    this.ruleSeen = new Int32Array(rules.length);
    this.branchFrom = new Int32Array(clauseIds.size + 1);
    const branchList: number[] = [];
    for (let group = 0; group < clauseIds.size; group++) {
      branchList.push(...(keyedBranches[group] ?? []));
      this.branchFrom[group + 1] = branchList.length;
    }
    this.branchList = Int32Array.from(branchList);
    this.ruleOfBranch = Int32Array.from(ruleOfBranch);
    this.reading = new Reading(this.hits, branches, probes, ruleOfBranch.length);
  }

  /** Whether the rule's places are worked out here (otherwise it is scanned whole). */
  covers(rule: CompiledRule): boolean {
    return this.branches.has(rule);
  }

  /** The anchors of the text read last. */
  current(): MessageAnchors {
    return this.reading;
  }

  /** What is where in this (normalised) text; valid until the next text is read (the same object is reused). */
  read(text: string): MessageAnchors {
    const { hits } = this;
    const run = this.finder.gather(text, hits);
    hits.byGroup();
    const number = ++this.reads;
    this.reading.reset(text, number, run);
    this.listRules(number);
    return this.reading;
  }

  /**
   * The rules one of whose alternatives has its key clause in the text of this number, in order (Reading.rulesFound),
   * and those alternatives (Reading.keyed).
   */
  private listRules(number: number): void {
    const { hits, branchFrom, branchList, ruleOfBranch, ruleSeen } = this;
    const { keyed } = this.reading;
    const found = this.reading.rulesFound;
    found.length = 0;
    for (const rule of this.unplaced) {
      ruleSeen[rule] = number;
      found.push(rule);
    }
    for (let i = 0; i < hits.foundCount; i++) {
      const group = hits.foundGroup(i);
      const last = branchFrom[group + 1] ?? 0;
      for (let k = branchFrom[group] ?? 0; k < last; k++) {
        const branch = branchList[k] ?? 0;
        keyed[branch] = number;
        const rule = ruleOfBranch[branch] ?? 0;
        if (ruleSeen[rule] === number) continue;
        ruleSeen[rule] = number;
        found.push(rule);
      }
    }
    if (found.length > FEW_RULES) {
      // A long message finds many: read off in order from the marks.
      found.length = 0;
      for (let rule = 0; rule < ruleSeen.length; rule++) if (ruleSeen[rule] === number) found.push(rule);
      return;
    }
    // A few numbers: in place, in order.
    insertionSort(found);
  }
}

/** One message's anchors (see AnchorIndex.read): made once, reset for each message, so reading one allocates next to nothing. */
class Reading implements MessageAnchors {
  private text = '';
  /** Which text this is: a probe's places belong to the text of this number. */
  private number = 0;
  /** The text's longest run (longestRun), found by the walk that found its strings. */
  private run = 0;
  /** startsOf's answer, valid until it is asked again. */
  private readonly starts: number[] = [];
  /** Filled in by AnchorIndex.read for each text. */
  readonly rulesFound: number[] = [];
  /** Per alternative of every rule (RuleBranches), the number of the text it was last keyed in: only those are asked more. */
  readonly keyed: Int32Array;

  constructor(
    private readonly hits: GroupHits,
    private readonly branches: ReadonlyMap<CompiledRule, RuleBranches>,
    private readonly probes: ReadonlyMap<RegExp, Probe>,
    branchCount: number,
  ) {
    this.keyed = new Int32Array(branchCount);
  }

  readonly chars = (extent: Extent): number => (extent.runs === 0 ? extent.fixed : extent.fixed + extent.runs * this.run);

  reset(text: string, number: number, run: number): void {
    this.text = text;
    this.number = number;
    this.run = run;
  }

  /** Whether each of the alternative's clauses is somewhere in the text: asked for every alternative of every rule, so a plain loop. */
  private possible(branch: IndexedBranch): boolean {
    for (const clause of branch.clauses) if (!this.hits.has(clause.id)) return false;
    return true;
  }

  /** Where the rule's matches can start: valid until startsOf is asked again. */
  startsOf(rule: CompiledRule): Starts {
    const ruleBranches = this.branches.get(rule);
    if (!ruleBranches) return 'anywhere';
    const { first, branches } = ruleBranches;
    const { starts, keyed, number } = this;
    starts.length = 0;
    let placed = 0;
    for (let b = 0; b < branches.length; b++) {
      // An alternative whose key clause is not in the text has no place: most are never looked at.
      if (keyed[first + b] !== number) continue;
      const branch = branches[b];
      if (!branch || !this.possible(branch)) continue;
      const before = starts.length;
      branchStarts(branch, this.hits, this.chars, this.text, branch.boundary, starts);
      if (starts.length > before) placed++;
    }
    if (starts.length === 0) return NO_STARTS;
    // Each alternative's places are in order: only several need merging.
    if (placed > 1) sortUnique(starts);
    return starts;
  }

  contains(re: RegExp): boolean {
    return this.probes.has(re) ? this.holdsIn(re, this.text, 0) : re.test(this.text);
  }

  holdsIn(re: RegExp, sentence: string, at: number): boolean {
    const { text } = this;
    const probe = this.probes.get(re);
    if (!probe) return re.test(sentence);
    if (probe.read !== this.number) this.placeExact(probe);
    // The sentence is a text of its own: \b at its edges, and nothing of the message outside it.
    const end = at + sentence.length;
    const { found, places, branches } = probe;
    for (let k = firstAtOrAfter(found, at * MAX_BRANCHES); k < found.length; k++) {
      const entry = found[k] ?? 0;
      const start = Math.floor(entry / MAX_BRANCHES);
      if (start >= end) break;
      const exact = branches[entry % MAX_BRANCHES]?.exact;
      if (exact && isExactMatch(exact, text, start, at, end)) return true;
    }
    if (probe.placed !== this.number) this.placeRest(probe);
    let tries = 0;
    for (let k = firstAtOrAfter(places, at); k < places.length; k++) {
      const place = places[k] ?? 0;
      if (place >= end) break;
      if (probe.boundary && !wordEdge(text, place, at, end)) continue;
      // A sentence full of one list's words: one scan from here is the same answer (no match
      // starts before: each place before was tried), and cheaper.
      if (++tries > MAX_TRIES) {
        probe.scan.lastIndex = place - at;
        const matched = probe.scan.test(sentence);
        probe.scan.lastIndex = 0;
        return matched;
      }
      probe.sticky.lastIndex = place - at;
      if (probe.sticky.test(sentence)) return true;
    }
    return false;
  }

  /** Where a probe's alternatives that are strings only have their strings in this message, worked out once: then each sentence takes its stretch of them. */
  private placeExact(probe: Probe): void {
    const { found, branches } = probe;
    found.length = 0;
    let listed = 0;
    for (let index = 0; index < branches.length; index++) {
      const branch = branches[index];
      if (!branch?.exact || !this.possible(branch)) continue;
      const [clause] = branch.clauses;
      if (!clause) continue;
      const { hits } = this;
      const from = hits.placesAt(clause.id);
      const list = hits.placeList;
      const end = from + hits.placeCount(clause.id);
      for (let k = from; k < end; k++) found.push((list[k] ?? 0) * MAX_BRANCHES + index);
      listed++;
    }
    if (listed > 1) sortUnique(found);
    probe.read = this.number;
  }

  /** Where a match of a probe's other alternatives can start in this message, worked out once, when a sentence first needs them. */
  private placeRest(probe: Probe): void {
    const { places, branches } = probe;
    places.length = 0;
    let placed = 0;
    for (const branch of branches) {
      if (!branch || (branch.exact && branch.clauses[0]) || !this.possible(branch)) continue;
      branchStarts(branch, this.hits, this.chars, this.text, false, places);
      placed++;
    }
    if (placed > 1) sortUnique(places);
    probe.placed = this.number;
  }
}

/**
 * The clause of an alternative least likely to be in a message, by its strings alone: the longest
 * shortest string, then the fewest strings. Any clause would do (all must be found); a rarer one
 * lists the rule under fewer of the groups a message finds.
 */
function rarest(clauses: readonly Clause[]): Clause {
  let best: Clause | undefined;
  let bestShortest = -1;
  for (const clause of clauses) {
    const shortest = Math.min(...clause.literals.map((literal) => literal.length));
    if (!best || shortest > bestShortest || (shortest === bestShortest && clause.literals.length < best.literals.length)) {
      best = clause;
      bestShortest = shortest;
    }
  }
  if (!best) throw new Error('unreachable: every alternative has a clause');
  return best;
}

/** A probe's alternatives that are strings only are told apart beside a start in one number (Probe.found). */
const MAX_BRANCHES = 4096;

/** An alternative's strings, under the first characters the finder reads of them (clauses.ts cuts them there). */
interface ExactStrings {
  readonly cuts: readonly { readonly cut: string; readonly strings: readonly string[] }[];
  readonly before: boolean;
  readonly after: boolean;
}

function byCut({ strings, before, after }: Exact): ExactStrings {
  const cuts = new Map<string, string[]>();
  for (const s of strings) {
    const cut = s.slice(0, MAX_LITERAL);
    cuts.set(cut, [...(cuts.get(cut) ?? []), s]);
  }
  return { cuts: [...cuts].map(([cut, list]) => ({ cut, strings: list })), before, after };
}

/** Whether one of the strings starts at `start` and fits in text.slice(lo, hi) with the word edges its \b's ask for. */
function isExactMatch({ cuts, before, after }: ExactStrings, text: string, start: number, lo: number, hi: number): boolean {
  if (before && !wordEdge(text, start, lo, hi)) return false;
  for (const { cut, strings } of cuts) {
    if (!text.startsWith(cut, start)) continue;
    for (const s of strings) {
      const end = start + s.length;
      if (end <= hi && text.startsWith(s, start) && (!after || wordEdge(text, end, lo, hi))) return true;
    }
  }
  return false;
}

/**
 * The places one alternative can start: around each occurrence of its clause that leaves the
 * fewest places to try, kept where every other clause has an occurrence at its distance. In
 * order, added to `out`; `boundary` false keeps places where a \b of the alternative fails.
 */
function branchStarts(
  branch: IndexedBranch,
  hits: GroupHits,
  chars: (extent: Extent) => number,
  text: string,
  boundary = branch.boundary,
  out: number[] = [],
): number[] {
  const { length } = text;
  const [only] = branch.clauses;
  if (only && branch.clauses.length === 1 && only.to) {
    // One word of a list, most often: its places are its occurrences, moved back by its distance.
    const first = hits.placesAt(only.id);
    const at = hits.placeList;
    const count = hits.placeCount(only.id);
    const from = chars(only.from);
    const to = chars(only.to);
    let last = -1;
    for (let k = first; k < first + count; k++) {
      const position = at[k] ?? 0;
      const end = Math.min(position - from, length - 1);
      for (let start = Math.max(last + 1, position - to, 0); start <= end; start++) if (!boundary || wordEdge(text, start, 0, length)) out.push(start);
      last = Math.max(last, end);
    }
    return out;
  }
  const lead = leadOf(branch, hits, chars);
  if (!Number.isFinite(lead.places)) {
    // Every clause can be any distance on: try wherever the rest allow.
    placesBetween(text, boundary, 0, length - 1, branch.spans, undefined, out);
    return out;
  }
  let last = -1;
  for (let k = lead.lo; k < lead.end; k++) {
    const position = lead.at[k] ?? 0;
    const end = Math.min(position - lead.from, length - 1);
    placesBetween(text, boundary, Math.max(last + 1, position - lead.to, 0), end, branch.spans, lead, out);
    last = Math.max(last, end);
  }
  return out;
}

/**
 * Every place from `first` to `end` where each clause but `lead` holds (and, after \b, a word
 * starts or ends), leaping over the stretches one of them rules out; added to `out`.
 */
function placesBetween(text: string, boundary: boolean, first: number, end: number, spans: readonly Span[], lead: Span | undefined, out: number[]): void {
  let start = first;
  while (start <= end) {
    let next = start;
    for (const span of spans) if (span !== lead) next = Math.max(next, nextStart(span, start));
    if (next > start) {
      start = next;
      continue;
    }
    if (!boundary || wordEdge(text, start, 0, text.length)) out.push(start);
    start++;
  }
}

/** Whether \b holds at `at` in text.slice(lo, hi): a word starts or ends there. */
function wordEdge(text: string, at: number, lo: number, hi: number): boolean {
  return (at > lo && isWordCode(text.charCodeAt(at - 1))) !== (at < hi && isWordCode(text.charCodeAt(at)));
}

/** A typed copy to sort in: a typed array sorts numbers natively, with no comparison callback (doubles: a match holds more than 32 bits). */
let sorting = new Float64Array(1024);

/** Up to this many places, they are sorted in place: the native sort's view and call cost more than the few moves. */
const FEW_PLACES = 48;

/** Sorts a list of places in place and drops repeats. */
function sortUnique(list: number[]): void {
  if (list.length <= FEW_PLACES) {
    insertionSort(list);
    let kept = 0;
    for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[kept - 1]) list[kept++] = list[i] ?? 0;
    list.length = kept;
    return;
  }
  if (sorting.length < list.length) sorting = new Float64Array(Math.max(list.length, sorting.length * 2));
  const copy = sorting.subarray(0, list.length);
  for (let i = 0; i < list.length; i++) copy[i] = list[i] ?? 0;
  copy.sort();
  let kept = 0;
  for (let i = 0; i < copy.length; i++) if (i === 0 || copy[i] !== copy[i - 1]) list[kept++] = copy[i] ?? 0;
  list.length = kept;
}

/** Sorts a short list of numbers in place (runs already in order, as the places of each alternative are, move little). */
function insertionSort(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const value = list[i] ?? 0;
    let j = i - 1;
    for (; j >= 0 && (list[j] ?? 0) > value; j--) list[j + 1] = list[j] ?? 0;
    list[j + 1] = value;
  }
}

/** The index of the first value at or after `low` in a sorted list (its length when none is). */
function firstAtOrAfter(list: readonly number[], low: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A clause in one text: kept with its alternative and filled in again for each text (leadOf). */
interface Span {
  /** Where the clause's strings are, in order: at[lo .. end) (GroupHits.placesAt). */
  at: Int32Array;
  lo: number;
  end: number;
  from: number;
  to: number;
  /** How many places its occurrences leave to try (Infinity when its distance has no bound). */
  places: number;
  /** No occurrence before this index is still in reach: places are worked out in order, so the search resumes here. */
  cursor: number;
}

function emptySpan(): Span {
  return { at: NO_PLACES, lo: 0, end: 0, from: 0, to: 0, places: 0, cursor: 0 };
}

/** Each clause's occurrences and distances (into the alternative's spans), and the one that leaves the fewest places to try. */
function leadOf(branch: IndexedBranch, hits: GroupHits, chars: (extent: Extent) => number): Span {
  let lead: Span | undefined;
  for (let i = 0; i < branch.clauses.length; i++) {
    const clause = branch.clauses[i];
    const span = branch.spans[i];
    if (!clause || !span) continue;
    span.lo = hits.placesAt(clause.id);
    span.at = hits.placeList;
    span.end = span.lo + hits.placeCount(clause.id);
    span.from = chars(clause.from);
    span.to = clause.to ? chars(clause.to) : Infinity;
    span.places = (span.end - span.lo) * (span.to - span.from + 1);
    span.cursor = span.lo;
    if (!lead || span.places < lead.places) lead = span;
  }
  if (!lead) throw new Error('unreachable: every alternative has a clause');
  return lead;
}

/**
 * The first place from `start` on where a clause has an occurrence between its distances:
 * `start` itself when it holds there, otherwise where its next occurrence comes into reach
 * (no place before that can hold), or Infinity when none is left.
 */
function nextStart(span: Span, start: number): number {
  const lo = gallop(span.at, span.cursor, span.end, start + span.from);
  span.cursor = lo;
  if (lo >= span.end) return Infinity;
  const occurrence = span.at[lo] ?? 0;
  return occurrence <= start + span.to ? start : occurrence - span.to;
}

/**
 * The index of the first value at or after `low` in the sorted list[from .. end), searching from `from` (no value
 * before it is at or after `low`): in steps that double, then halving, so a near answer is found in a step or two.
 * `end` when none is.
 */
function gallop(list: Int32Array, from: number, end: number, low: number): number {
  if (from >= end || (list[from] ?? 0) >= low) return from;
  // list[lo] < low throughout; hi is past the answer once list[hi] >= low or hi reaches the end.
  let lo = from;
  let step = 1;
  let hi = lo + step;
  while (hi < end && (list[hi] ?? 0) < low) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  hi = Math.min(hi, end);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < low) lo = mid;
    else hi = mid;
  }
  return hi;
}
