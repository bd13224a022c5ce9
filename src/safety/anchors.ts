/**
 * Anchors: literal strings at least one of which is in any text a pattern can match (or that
 * its positive lookarounds require). A message that contains none of a rule's anchors cannot
 * trigger it, so the rule is not scanned: most of a 5,000-character story is skipped in one pass.
 *
 * The analysis is conservative: whenever it cannot be sure (a character class, an optional
 * part, a negative lookaround), it says "no anchors" and the rule is always scanned.
 */
const MIN_ANCHOR = 3;
/** Beyond this many spellings, a run of alternatives stops being spelt out (the scanner would grow). */
const MAX_SPELLINGS = 48;

type Anchors = readonly string[] | undefined;

/** What the analysis knows of a piece of pattern: anchors, and all the strings it can match when few. */
interface Known {
  readonly anchors?: Anchors;
  /** Every string this piece can match, when it is a short list of literals ("s?" is "" or "s"). */
  readonly exact?: readonly string[];
}

export function anchorsOf(source: string): Anchors {
  const parser = new Parser(source);
  const result = parser.alternation();
  return parser.done() ? result.anchors : undefined;
}

class Parser {
  private at = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.at === this.s.length;
  }

  /** a|b|c: every alternative must be anchored; the anchors are their union. */
  alternation(): Known {
    const alternatives: Known[] = [this.sequence()];
    while (this.s[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    const exact = alternatives.every((a) => a.exact) ? [...new Set(alternatives.flatMap((a) => a.exact ?? []))] : undefined;
    const anchors = alternatives.some((a) => a.anchors === undefined) ? undefined : [...new Set(alternatives.flatMap((a) => a.anchors ?? []))];
    return { anchors, exact: exact && exact.length <= MAX_SPELLINGS ? exact : undefined };
  }

  /**
   * Items in a row: any one item that is certainly there anchors the sequence. Items that match
   * only a few literal strings join up into the strings the whole run can be ("(?:want|going) to"
   * is "want to" or "going to", far rarer than " to ").
   */
  private sequence(): Known {
    let best: Anchors;
    let run: readonly string[] = [''];
    let whole = true;
    const offer = (candidate: Anchors): void => {
      if (candidate && candidate.every((a) => a.length >= MIN_ANCHOR) && (!best || rank(candidate) > rank(best))) best = candidate;
    };
    const endRun = (): void => {
      offer(shortest(run));
      run = [''];
    };
    const extend = (exact: readonly string[]): void => {
      const joined = run.flatMap((head) => exact.map((tail) => head + tail));
      if (joined.length <= MAX_SPELLINGS) run = [...new Set(joined)];
      else {
        // Too many to spell out: what came before still anchors, but the run no longer says all the sequence can be.
        endRun();
        run = exact;
        whole = false;
      }
    };
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const item = this.item();
      const quantifier = this.quantifier();
      if (item.exact && quantifier === 'one') {
        extend(item.exact);
        continue;
      }
      if (item.exact && quantifier === 'optional' && this.lastQuantifier === '?') {
        extend([...item.exact, '']);
        continue;
      }
      whole = false;
      if (item.exact && quantifier === 'oneOrMore') {
        extend(item.exact);
        endRun();
        continue;
      }
      endRun();
      if (quantifier === 'one' || quantifier === 'oneOrMore') offer(item.anchors);
    }
    const exact = whole ? run : undefined;
    endRun();
    return { anchors: best, exact };
  }

  private item(): Known {
    const c = this.s[this.at] ?? '';
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return {};
    }
    if (c === '\\') {
      const next = this.s[this.at + 1] ?? '';
      this.at += 2;
      // A word boundary takes no characters: the text either side still runs on.
      if (next === 'b' || next === 'B') return { exact: [''] };
      if (/[dDwWsS]/.test(next)) return {};
      if (/[0-9uxcknrtfvpP]/.test(next)) return {};
      return { exact: [next] };
    }
    this.at++;
    if (c === '^' || c === '$') return { exact: [''] };
    if (c === '.') return {};
    return { exact: [c] };
  }

  private group(): Known {
    this.at++; // (
    let kind: 'group' | 'ahead' | 'behind' | 'negative' = 'group';
    if (this.s.startsWith('?:', this.at)) this.at += 2;
    else if (this.s.startsWith('?=', this.at)) {
      kind = 'ahead';
      this.at += 2;
    } else if (this.s.startsWith('?<=', this.at)) {
      kind = 'behind';
      this.at += 3;
    } else if (this.s.startsWith('?!', this.at) || this.s.startsWith('?<!', this.at)) {
      kind = 'negative';
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
    // A negative lookaround takes no characters and promises none; a positive one promises its
    // anchors, but what it reads overlaps what follows (or comes before), so it does not join a run.
    if (kind === 'negative') return { exact: [''] };
    if (kind === 'group') return inner;
    return { anchors: inner.anchors };
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.s.length && this.s[this.at] !== ']') this.at += this.s[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  /** The quantifier character last read, to tell "?" (absent or once) from "*" and "{0,n}". */
  private lastQuantifier = '';

  /** 'one' for exactly once, 'oneOrMore' for at least once, 'optional' when it may be absent. */
  private quantifier(): 'one' | 'oneOrMore' | 'optional' {
    const c = this.s[this.at];
    this.lastQuantifier = c === '?' || c === '*' || c === '+' || c === '{' ? c : '';
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

/** The strings of a set that contain no other: finding one of those is finding one of the set. */
function shortest(strings: readonly string[]): string[] {
  return strings.filter((a) => !strings.some((b) => b !== a && a.includes(b)));
}

/** Fewer, longer anchors filter better. */
function rank(anchors: readonly string[]): number {
  const shortest = Math.min(...anchors.map((a) => a.length));
  return shortest * 100 - anchors.length;
}
