/**
 * Every occurrence of any of many literal strings in one pass (Aho–Corasick). A regular
 * expression `a|b|c|...` tries each alternative at each place in the text, so it slows down with
 * every anchor added; this does one step per character however many strings there are.
 */
export class LiteralFinder {
  /** Character code -> symbol; 0 for any character no string has. */
  private readonly symbol = new Int32Array(65536);
  private readonly width: number;
  /** State after reading a symbol: next[state * width + symbol]. */
  private readonly next: Int32Array;
  /** Per state, the strings (by index) that end when it is reached. */
  private readonly ending: readonly (readonly number[])[];
  private readonly lengths: readonly number[];

  /** `sameAs`: characters read as another (every digit as "0"), so one string stands for all their spellings. */
  constructor(strings: readonly string[], sameAs: ReadonlyMap<string, string> = new Map()) {
    let symbols = 1;
    for (const s of [...strings, ...sameAs.values()]) for (let i = 0; i < s.length; i++) if (this.symbol[s.charCodeAt(i)] === 0) this.symbol[s.charCodeAt(i)] = symbols++;
    for (const [c, as] of sameAs) this.symbol[c.charCodeAt(0)] = this.symbol[as.charCodeAt(0)] ?? 0;
    this.width = symbols;
    this.lengths = strings.map((s) => s.length);

    // The trie of all the strings, then the failure links breadth first, folded into one table.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    strings.forEach((s, index) => {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const c = this.symbol[s.charCodeAt(i)] ?? 0;
        let to = children[state]?.get(c);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(c, to);
        }
        state = to;
      }
      ends[state]?.push(index);
    });
    const next = new Int32Array(children.length * symbols);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let c = 0; c < symbols; c++) {
      const to = children[0]?.get(c) ?? 0;
      next[c] = to;
      if (to !== 0) queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const back = fail[state] ?? 0;
      ends[state]?.push(...(ends[back] ?? []));
      for (let c = 0; c < symbols; c++) {
        const to = children[state]?.get(c);
        if (to === undefined) next[state * symbols + c] = next[back * symbols + c] ?? 0;
        else {
          next[state * symbols + c] = to;
          fail[to] = next[back * symbols + c] ?? 0;
          queue.push(to);
        }
      }
    }
    this.next = next;
    this.ending = ends;
  }

  /** Calls `found` with each string's index and where it starts, for every occurrence, overlaps included. */
  each(text: string, found: (index: number, start: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.next[state * this.width + (this.symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      const ending = this.ending[state];
      if (ending === undefined || ending.length === 0) continue;
      for (const index of ending) found(index, i + 1 - (this.lengths[index] ?? 0));
    }
  }
}
