import { anchorsOf } from './anchors';
import type { CompiledRule } from './compileRules';
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
  /** All anchors in one expression, longest first. */
  private readonly scanner: RegExp;
  /** For each anchor the scanner reports, the rules that have it or an anchor it starts with. */
  private readonly serves: ReadonlyMap<string, readonly number[]>;
  private readonly slot: ReadonlyMap<CompiledRule, number>;
  private readonly reach: readonly (Reach | undefined)[];

  constructor(rules: readonly CompiledRule[]) {
    const anchored = rules.flatMap((rule) => {
      const anchors = anchorsOf(rule.scanner.source);
      return anchors ? [{ rule, anchors }] : [];
    });
    this.slot = new Map(anchored.map(({ rule }, i) => [rule, i]));
    this.reach = anchored.map(({ rule }) => reachOf(rule.scanner.source));
    const all = [...new Set(anchored.flatMap(({ anchors }) => anchors))].sort((a, b) => b.length - a.length);
    this.scanner = new RegExp(all.map(escapeRegExp).join('|') || '$^', 'g');
    this.serves = new Map(all.map((found) => [found, anchored.flatMap(({ anchors }, i) => (anchors.some((a) => found.startsWith(a)) ? [i] : []))]));
  }

  /** What each rule needs to scan of this (normalised) text. */
  scopes(text: string): (rule: CompiledRule) => Scope {
    const count = this.reach.length;
    const present = new Uint8Array(count);
    const stretches: Stretch[][] = Array.from({ length: count }, () => []);
    const run = longestRun(text);
    const before = this.reach.map((reach) => (reach ? charsOf(reach.behind, run) : 0));
    const after = this.reach.map((reach) => (reach ? charsOf(reach.ahead, run) : 0));
    const scanner = this.scanner;
    scanner.lastIndex = 0;
    let match: RegExpExecArray | null;
    // Step one character on after each anchor, so that every place an anchor starts is visited:
    // the longest anchor found there stands for the shorter ones it starts with.
    while ((match = scanner.exec(text)) !== null) {
      const at = match.index;
      for (const i of this.serves.get(match[0]) ?? []) {
        present[i] = 1;
        if (this.reach[i] === undefined) continue;
        const from = Math.max(0, at - (after[i] ?? 0));
        const to = Math.min(text.length, at + (before[i] ?? 0));
        const list = stretches[i] ?? [];
        const last = list[list.length - 1];
        if (last && from <= last.to + 1) last.to = to;
        else list.push({ from, to });
      }
      scanner.lastIndex = at + 1;
    }
    scanner.lastIndex = 0;
    return (rule) => {
      const i = this.slot.get(rule);
      if (i === undefined) return 'anywhere';
      if (!present[i]) return 'nowhere';
      if (this.reach[i] === undefined) return 'anywhere';
      return { stretches: stretches[i] ?? [], before: before[i] ?? 0, after: after[i] ?? 0 };
    };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
