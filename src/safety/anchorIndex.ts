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
}

/** Beyond this many places to try, an expression is scanned from the first one instead: the same answer. */
const MAX_TRIES = 16;

/** What the index found in one message. */
export interface MessageAnchors {
  /** Where the rule's matches can start. */
  startsOf(rule: CompiledRule): Starts;
  /** Whether the expression matches somewhere in the message (tried only where it can start, when it is indexed). */
  contains(re: RegExp): boolean;
  /** False when the expression cannot match within text.slice(from, to): one of its alternatives' strings all lie there, if it is indexed. */
  mayHold(re: RegExp, from: number, to: number): boolean;
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
        if (required) probes.set(re, { branches: required, sticky: new RegExp(re.source, 'y'), scan: new RegExp(re.source, 'g') });
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
    const occurrencesOf = (id: number): Occurrences => hits.of(id);
    let run: number | undefined;
    const chars = (extent: Extent): number => extent.fixed + extent.runs * (run ??= longestRun(text));
    const possible = (branch: IndexedBranch): boolean => branch.clauses.every((clause) => hits.has(clause.id));
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
      mayHold: (re, from, to) => {
        const probe = this.probes.get(re);
        if (!probe) return true;
        return probe.branches.some((branch) => branch.clauses.every((clause) => hits.has(clause.id) && within(occurrencesOf(clause.id), from, to)));
      },
    };
  }
}

/** Whether a sorted list has a value from `from` up to (not including) `to`. */
function within(list: Occurrences, from: number, to: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && (list[lo] ?? Infinity) < to;
}

/**
 * The places one alternative can start: around each occurrence of its clause that leaves the
 * fewest places to try, kept where every other clause has an occurrence at its distance. In order.
 */
function branchStarts(
  branch: IndexedBranch,
  occurrences: (id: number) => Occurrences,
  chars: (extent: Extent) => number,
  text: string,
): number[] {
  const { length } = text;
  // After \b, only where a word starts or ends.
  const startsHere = (start: number): boolean =>
    !branch.boundary || (start > 0 && isWordCode(text.charCodeAt(start - 1))) !== (start < length && isWordCode(text.charCodeAt(start)));
  const { spans, lead } = leadOf(branch, occurrences, chars);
  const out: number[] = [];
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
  const low = start + span.from;
  // The first occurrence at or after `low`.
  let lo = 0;
  let hi = span.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((span.at[mid] ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= span.at.length) return Infinity;
  const occurrence = span.at[lo] ?? 0;
  return occurrence <= start + span.to ? start : occurrence - span.to;
}
