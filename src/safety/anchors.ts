/**
 * Anchors: literal strings at least one of which is in any text a pattern can match (or that
 * its positive lookarounds require). A message that contains none of a rule's anchors cannot
 * trigger it, so the rule is not scanned: most of a 5,000-character story is skipped in one pass.
 *
 * The analysis is conservative: whenever it cannot be sure (a character class, an optional
 * part, a negative lookaround), it says "no anchors" and the rule is always scanned.
 */
const MIN_ANCHOR = 3;

type Anchors = readonly string[] | undefined;

export function anchorsOf(source: string): Anchors {
  const parser = new Parser(source);
  const result = parser.alternation();
  return parser.done() ? result : undefined;
}

class Parser {
  private at = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.at === this.s.length;
  }

  /** a|b|c: every alternative must be anchored; the anchors are their union. */
  alternation(): Anchors {
    const alternatives: Anchors[] = [this.sequence()];
    while (this.s[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.some((a) => a === undefined)) return undefined;
    return [...new Set(alternatives.flatMap((a) => a ?? []))];
  }

  /** Items in a row: any one item that is certainly there anchors the sequence; literal runs join up. */
  private sequence(): Anchors {
    let best: Anchors;
    let run = '';
    const offer = (candidate: Anchors): void => {
      if (candidate && candidate.every((a) => a.length >= MIN_ANCHOR) && (!best || rank(candidate) > rank(best))) best = candidate;
    };
    const endRun = (): void => {
      if (run) offer([run]);
      run = '';
    };
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const item = this.item();
      const quantifier = this.quantifier();
      if (item.literal !== undefined && quantifier === 'one') {
        run += item.literal;
        continue;
      }
      if (item.literal !== undefined && quantifier === 'oneOrMore') {
        run += item.literal;
        endRun();
        continue;
      }
      endRun();
      if (quantifier === 'one' || quantifier === 'oneOrMore') offer(item.anchors);
    }
    endRun();
    return best;
  }

  private item(): { literal?: string; anchors?: Anchors } {
    const c = this.s[this.at] ?? '';
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return {};
    }
    if (c === '\\') {
      const next = this.s[this.at + 1] ?? '';
      this.at += 2;
      if (/[bBdDwWsS]/.test(next)) return {};
      if (/[0-9ux]/.test(next)) return {};
      return { literal: next };
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$') return {};
    return { literal: c };
  }

  private group(): { anchors?: Anchors } {
    this.at++; // (
    let negative = false;
    if (this.s.startsWith('?:', this.at)) this.at += 2;
    else if (this.s.startsWith('?=', this.at)) this.at += 2;
    else if (this.s.startsWith('?<=', this.at)) this.at += 3;
    else if (this.s.startsWith('?!', this.at) || this.s.startsWith('?<!', this.at)) {
      negative = true;
      this.at += this.s[this.at + 1] === '<' ? 3 : 2;
    } else if (this.s[this.at] === '?') {
      // named groups and anything else unusual: give up on this pattern
      this.at = this.s.length + 1;
      return {};
    }
    const inner = this.alternation();
    if (this.s[this.at] !== ')') {
      this.at = this.s.length + 1;
      return {};
    }
    this.at++;
    return negative ? {} : { anchors: inner };
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.s.length && this.s[this.at] !== ']') this.at += this.s[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  /** 'one' for exactly once, 'oneOrMore' for at least once, 'optional' when it may be absent. */
  private quantifier(): 'one' | 'oneOrMore' | 'optional' {
    const c = this.s[this.at];
    let kind: 'one' | 'oneOrMore' | 'optional' = 'one';
    if (c === '?' || c === '*') {
      this.at++;
      kind = 'optional';
    } else if (c === '+') {
      this.at++;
      kind = 'oneOrMore';
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.at));
      if (m) {
        this.at += m[0].length;
        kind = Number(m[1]) === 0 ? 'optional' : m[2] === undefined && m[1] === '1' ? 'one' : 'oneOrMore';
      }
    }
    if (this.s[this.at] === '?') this.at++; // lazy
    return kind;
  }
}

/** Fewer, longer anchors filter better. */
function rank(anchors: readonly string[]): number {
  const shortest = Math.min(...anchors.map((a) => a.length));
  return shortest * 100 - anchors.length;
}
