import { branchesOf, DIGIT, isWordCode, longestRun, type Clause, type Extent } from './clauses';
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
}

type IndexedBranches = readonly IndexedBranch[];

/** An expression a rule tests on the message or the sentence (`requires`, `unless`, `lowerIf`): where it can match, and the same expression tried at one place. */
interface Probe {
  readonly branches: IndexedBranches;
  readonly sticky: RegExp;
  /** The same expression, global: a scan from the first place when there are many places to try. */
  readonly scan: RegExp;
  /** Every alternative starts with \b. */
  readonly boundary: boolean;
  /** Where a match can start in the message read last (`read` says which), sorted, word boundaries not yet checked; reused. */
  readonly places: number[];
  read: number;
}

/** Beyond this many places to try, an expression is scanned from the first one instead: the same answer. */
const MAX_TRIES = 16;

/** What the index found in one message. */
export interface MessageAnchors {
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

/** Where a clause's strings start in a message, in order. */
type Occurrences = ArrayLike<number>;

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
  private readonly branches: ReadonlyMap<CompiledRule, IndexedBranches>;
  private readonly probes: ReadonlyMap<RegExp, Probe>;
  /** How many texts were read: a probe's places belong to the text of this number. */
  private reads = 0;

  constructor(rules: readonly CompiledRule[]) {
    const literalIds = new Map<string, number>();
    const clauseIds = new Map<string, number>();
    const members: number[][] = [];
    const index = ({ literals, from, to }: Clause): IndexedClause => {
      const key = [...literals].sort().join('\u0000');
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
    const indexed = (source: string): IndexedBranches | undefined =>
      branchesOf(source)?.map(({ clauses, boundary }) => ({ clauses: clauses.map(index), boundary }));
    const branches = new Map<CompiledRule, IndexedBranches>();
    const probes = new Map<RegExp, Probe>();
    for (const rule of rules) {
      const read = indexed(rule.scanner.source);
      if (read) branches.set(rule, read);
      for (const re of [...rule.requires, ...rule.unless, ...rule.lowerIf]) {
        const required = probes.has(re) ? undefined : indexed(re.source);
        if (!required) continue;
        const boundary = required.every((branch) => branch.boundary);
        probes.set(re, { branches: required, sticky: new RegExp(re.source, 'y'), scan: new RegExp(re.source, 'g'), boundary, places: [], read: 0 });
      }
    }
    const digits = new Map([...'0123456789'].map((d) => [d, DIGIT]));
    this.finder = new LiteralFinder([...literalIds.keys()], digits, members);
    this.hits = new GroupHits(clauseIds.size);
    this.branches = branches;
    this.probes = probes;
  }

  /** Whether the rule's places are worked out here (otherwise it is scanned whole). */
  covers(rule: CompiledRule): boolean {
    return this.branches.has(rule);
  }

  /** What is where in this (normalised) text; valid until the next text is read. */
  read(text: string): MessageAnchors {
    const { hits } = this;
    this.finder.gather(text, hits);
    hits.byGroup();
    const reading = ++this.reads;
    const occurrencesOf = (id: number): Occurrences => hits.of(id);
    let run: number | undefined;
    const chars = (extent: Extent): number => extent.fixed + extent.runs * (run ??= longestRun(text));
    // Asked for every alternative of every rule: a plain loop, as a callback per call was most of what a message allocated.
    const possible = (branch: IndexedBranch): boolean => {
      for (const clause of branch.clauses) if (!hits.has(clause.id)) return false;
      return true;
    };
    return {
      startsOf: (rule) => {
        const branches = this.branches.get(rule);
        if (!branches) return 'anywhere';
        let starts: number[] | undefined;
        for (const branch of branches) {
          if (!possible(branch)) continue;
          const places = branchStarts(branch, occurrencesOf, chars, text);
          if (places.length > 0) starts = starts ? starts.concat(places) : places;
        }
        if (!starts) return NO_STARTS;
        return branches.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts;
      },
      contains: (re) => {
        const probe = this.probes.get(re);
        if (!probe) return re.test(text);
        // A broad word list ("{mentions-clinical}") leaves a place at most words of a story: one scan
        // from the first place that could start a match costs less than trying each.
        let places = 0;
        let first = Infinity;
        for (const branch of probe.branches) {
          if (!possible(branch)) continue;
          const { lead } = leadOf(branch, occurrencesOf, chars);
          places += lead.places;
          first = Math.min(first, Math.max(0, (lead.at[0] ?? 0) - lead.to));
        }
        if (places === 0) return false;
        if (places > MAX_TRIES) {
          probe.scan.lastIndex = first;
          const found = probe.scan.test(text);
          probe.scan.lastIndex = 0;
          return found;
        }
        // One alternative that matches anywhere is enough: most often the first one whose strings are there.
        for (const branch of probe.branches) {
          if (!possible(branch)) continue;
          for (const start of branchStarts(branch, occurrencesOf, chars, text)) {
            probe.sticky.lastIndex = start;
            if (probe.sticky.test(text)) return true;
          }
        }
        return false;
      },
      holdsIn: (re, sentence, at) => {
        const probe = this.probes.get(re);
        if (!probe) return re.test(sentence);
        // Worked out once per message, then each sentence takes its stretch of them.
        const { places } = probe;
        if (probe.read !== reading) {
          places.length = 0;
          let branches = 0;
          for (const branch of probe.branches) {
            if (!possible(branch)) continue;
            branchStarts(branch, occurrencesOf, chars, text, false, places);
            branches++;
          }
          if (branches > 1) sortUnique(places);
          probe.read = reading;
        }
        // The sentence is a text of its own: \b at its edges, and nothing of the message outside it.
        const end = at + sentence.length;
        let tries = 0;
        for (let k = firstAtOrAfter(places, at); k < places.length; k++) {
          const place = places[k] ?? 0;
          if (place >= end) break;
          if (probe.boundary && !wordEdge(text, place, at, end)) continue;
          // A sentence full of one list's words: one scan of it is the same answer, and cheaper.
          if (++tries > MAX_TRIES) return re.test(sentence);
          probe.sticky.lastIndex = place - at;
          if (probe.sticky.test(sentence)) return true;
        }
        return false;
      },
    };
  }
}

/**
 * The places one alternative can start: around each occurrence of its clause that leaves the
 * fewest places to try, kept where every other clause has an occurrence at its distance. In
 * order, added to `out`; `boundary` false keeps places where a \b of the alternative fails.
 */
function branchStarts(
  branch: IndexedBranch,
  occurrences: (id: number) => Occurrences,
  chars: (extent: Extent) => number,
  text: string,
  boundary = branch.boundary,
  out: number[] = [],
): number[] {
  const { length } = text;
  const [only] = branch.clauses;
  if (only && branch.clauses.length === 1 && only.to) {
    // One word of a list, most often: its places are its occurrences, moved back by its distance.
    const at = occurrences(only.id);
    const from = chars(only.from);
    const to = chars(only.to);
    let last = -1;
    for (let k = 0; k < at.length; k++) {
      const position = at[k] ?? 0;
      const end = Math.min(position - from, length - 1);
      for (let start = Math.max(last + 1, position - to, 0); start <= end; start++) if (!boundary || wordEdge(text, start, 0, length)) out.push(start);
      last = Math.max(last, end);
    }
    return out;
  }
  // After \b, only where a word starts or ends.
  const startsHere = (start: number): boolean => !boundary || wordEdge(text, start, 0, length);
  const { spans, lead } = leadOf(branch, occurrences, chars);
  // Every place from `first` to `end` where the other clauses hold, leaping over the stretches one of them rules out.
  const scan = (first: number, end: number, others: readonly Span[]): void => {
    let start = first;
    while (start <= end) {
      let next = start;
      for (const span of others) next = Math.max(next, nextStart(span, start));
      if (next > start) {
        start = next;
        continue;
      }
      if (startsHere(start)) out.push(start);
      start++;
    }
  };
  if (!Number.isFinite(lead.places)) {
    // Every clause can be any distance on: try wherever the rest allow.
    scan(0, length - 1, spans);
    return out;
  }
  const others = spans.filter((span) => span !== lead);
  let last = -1;
  for (let k = 0; k < lead.at.length; k++) {
    const position = lead.at[k] ?? 0;
    const end = Math.min(position - lead.from, length - 1);
    scan(Math.max(last + 1, position - lead.to, 0), end, others);
    last = Math.max(last, end);
  }
  return out;
}

/** Whether \b holds at `at` in text.slice(lo, hi): a word starts or ends there. */
function wordEdge(text: string, at: number, lo: number, hi: number): boolean {
  return (at > lo && isWordCode(text.charCodeAt(at - 1))) !== (at < hi && isWordCode(text.charCodeAt(at)));
}

/** Sorts a list of places in place and drops repeats. */
function sortUnique(list: number[]): void {
  list.sort((a, b) => a - b);
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[kept++] = list[i] ?? 0;
  list.length = kept;
}

/** The index of the first value at or after `low` in a sorted list (its length when none is). */
function firstAtOrAfter(list: Occurrences, low: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Span {
  /** Where the clause's strings are, in order. */
  readonly at: Occurrences;
  readonly from: number;
  readonly to: number;
  /** How many places its occurrences leave to try (Infinity when its distance has no bound). */
  readonly places: number;
}

/** Each clause's occurrences and distances, and the one that leaves the fewest places to try. */
function leadOf(branch: IndexedBranch, occurrences: (id: number) => Occurrences, chars: (extent: Extent) => number): { spans: Span[]; lead: Span } {
  const spans = branch.clauses.map((clause): Span => {
    const at = occurrences(clause.id);
    const from = chars(clause.from);
    const to = clause.to ? chars(clause.to) : Infinity;
    return { at, from, to, places: at.length * (to - from + 1) };
  });
  return { spans, lead: spans.reduce((a, b) => (b.places < a.places ? b : a)) };
}

/**
 * The first place from `start` on where a clause has an occurrence between its distances:
 * `start` itself when it holds there, otherwise where its next occurrence comes into reach
 * (no place before that can hold), or Infinity when none is left.
 */
function nextStart(span: Span, start: number): number {
  const lo = firstAtOrAfter(span.at, start + span.from);
  if (lo >= span.at.length) return Infinity;
  const occurrence = span.at[lo] ?? 0;
  return occurrence <= start + span.to ? start : occurrence - span.to;
}
