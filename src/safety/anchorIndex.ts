import { anchorsOf } from './anchors';
import type { CompiledRule } from './compileRules';
import { LiteralFinder } from './literalFinder';
import { charsOf, longestRun, reachOf, type Reach } from './reach';

/** Where in a message a rule's matches can start: nowhere, anywhere, or only in these stretches. */
export type Scope = 'nowhere' | 'anywhere' | Near;

export interface Near {
  /** Ranges of start positions (both ends included), in order, not touching. */
  readonly stretches: readonly Stretch[];
  /** How many characters a match attempt reads before and after its start. */
  readonly before: number;
  readonly after: number;
}

export interface Stretch {
  readonly from: number;
  to: number;
}

/**
 * Finds every rule's anchors in a message in one pass. A rule none of whose anchors is there
 * cannot match; and since a match holds one of its anchors and reads no further around its start
 * than the rule's reach, it can only start near one, so the rest of a long story is never scanned.
 */
export class AnchorIndex {
  private readonly finder: LiteralFinder;
  /** For each anchor, the rules (by slot) that have it. */
  private readonly serves: readonly (readonly number[])[];
  private readonly slot: ReadonlyMap<CompiledRule, number>;
  private readonly reach: readonly (Reach | undefined)[];

  constructor(rules: readonly CompiledRule[]) {
    const anchored = rules.flatMap((rule) => {
      const anchors = anchorsOf(rule.scanner.source);
      return anchors ? [{ rule, anchors }] : [];
    });
    this.slot = new Map(anchored.map(({ rule }, i) => [rule, i]));
    this.reach = anchored.map(({ rule }) => reachOf(rule.scanner.source));
    const all = [...new Set(anchored.flatMap(({ anchors }) => anchors))];
    this.finder = new LiteralFinder(all);
    this.serves = all.map((anchor) => anchored.flatMap(({ anchors }, i) => (anchors.includes(anchor) ? [i] : [])));
  }

  /** What each rule needs to scan of this (normalised) text. */
  scopes(text: string): (rule: CompiledRule) => Scope {
    const starts: (number[] | undefined)[] = new Array<number[] | undefined>(this.reach.length);
    this.finder.each(text, (anchor, start) => {
      for (const i of this.serves[anchor] ?? []) {
        const list = starts[i];
        if (list) list.push(start);
        else starts[i] = [start];
      }
    });
    let run: number | undefined;
    return (rule) => {
      const i = this.slot.get(rule);
      if (i === undefined) return 'anywhere';
      const at = starts[i];
      if (!at) return 'nowhere';
      const reach = this.reach[i];
      if (!reach) return 'anywhere';
      run ??= longestRun(text);
      return near(at, charsOf(reach.behind, run), charsOf(reach.ahead, run), text.length);
    };
  }
}

/** The stretches where a match reading `before` and `after` characters around its start can hold an anchor found at `at`. */
function near(at: number[], before: number, after: number, length: number): Near {
  at.sort((a, b) => a - b);
  const stretches: Stretch[] = [];
  for (const position of at) {
    const from = Math.max(0, position - after);
    const to = Math.min(length, position + before);
    const last = stretches[stretches.length - 1];
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else stretches.push({ from, to });
  }
  return { stretches, before, after };
}
