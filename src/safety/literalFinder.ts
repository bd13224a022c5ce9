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
  private readonly next: Uint16Array | Int32Array;
  /** Per state, the strings (by index) that end when it is reached. */
  private readonly ending: readonly (readonly number[])[];
  private readonly lengths: readonly number[];
  /** Per state, the groups whose strings end when it is reached: outGroup[outFrom[state] .. outFrom[state + 1]), each with its string's length. */
  private readonly outFrom: Int32Array;
  private readonly outGroup: Int32Array;
  private readonly outLength: Int32Array;

  /**
   * `sameAs`: characters read as another (every digit as "0"), so one string stands for all their spellings.
   * `groupsOf`: for each string, the groups it belongs to (see gather).
   */
  constructor(strings: readonly string[], sameAs: ReadonlyMap<string, string> = new Map(), groupsOf: readonly (readonly number[])[] = []) {
    let symbols = 1;
    for (const s of [...strings, ...sameAs.values()]) for (let i = 0; i < s.length; i++) if (this.symbol[s.charCodeAt(i)] === 0) this.symbol[s.charCodeAt(i)] = symbols++;
    for (const [c, as] of sameAs) this.symbol[c.charCodeAt(0)] = this.symbol[as.charCodeAt(0)] ?? 0;
    this.width = symbols;
    this.lengths = strings.map((s) => s.length);

    // The trie of all the strings, then the failure links breadth first, folded into one table.
    // Built a character position at a time, so states are numbered by depth: the shallow states a
    // text passes through most lie together at the start of the table, and stay in the cache.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    const reached = strings.map(() => 0);
    const longest = Math.max(0, ...strings.map((s) => s.length));
    for (let depth = 0; depth < longest; depth++) {
      strings.forEach((s, index) => {
        if (depth >= s.length) return;
        const state = reached[index] ?? 0;
        const c = this.symbol[s.charCodeAt(depth)] ?? 0;
        let to = children[state]?.get(c);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(c, to);
        }
        reached[index] = to;
        if (depth === s.length - 1) ends[to]?.push(index);
      });
    }
    // Two bytes a cell while the states fit: half the table to keep in the cache.
    const next = children.length <= 0xffff ? new Uint16Array(children.length * symbols) : new Int32Array(children.length * symbols);
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

    // Each state's groups, worked out once here, so reading a text records them with no lookup.
    this.outFrom = new Int32Array(ends.length + 1);
    const outGroup: number[] = [];
    const outLength: number[] = [];
    ends.forEach((ending, state) => {
      for (const index of ending) {
        for (const group of groupsOf[index] ?? []) {
          outGroup.push(group);
          outLength.push(this.lengths[index] ?? 0);
        }
      }
      this.outFrom[state + 1] = outGroup.length;
    });
    this.outGroup = Int32Array.from(outGroup);
    this.outLength = Int32Array.from(outLength);
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

  /**
   * Every occurrence of every group's strings in one pass, recorded as (group, start) in `hits`,
   * in order of where the strings end; nothing is allocated unless `hits` must grow.
   */
  gather(text: string, hits: GroupHits): void {
    hits.clear();
    const { next, width, symbol, outFrom, outGroup, outLength } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      const first = outFrom[state] ?? 0;
      const end = outFrom[state + 1] ?? 0;
      if (first !== end) hits.addEach(outGroup, outLength, first, end, i + 1);
    }
  }
}

/**
 * Where each group's strings start in one text (LiteralFinder.gather), then each group's places
 * together, reused for the next text. Only the groups found are visited, so a short message costs
 * next to nothing however many groups there are.
 */
export class GroupHits {
  private groups: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private length = 0;
  /** Per group, how many places in this text (0 for a group not found). */
  private readonly counts: Int32Array;
  /** Per group found, where its places begin in `places`; then, while sorting, its next free slot. */
  private readonly from: Int32Array;
  private readonly next: Int32Array;
  /** The groups found in this text, in the order they were first found. */
  private readonly found: Int32Array;
  private foundCount = 0;
  private places: Int32Array = new Int32Array(1024);
  /** Each group's places, in order, once asked for in this text. */
  private readonly views: (Int32Array | undefined)[];

  constructor(groupCount: number) {
    this.counts = new Int32Array(groupCount);
    this.from = new Int32Array(groupCount);
    this.next = new Int32Array(groupCount);
    this.found = new Int32Array(groupCount);
    this.views = new Array<Int32Array | undefined>(groupCount).fill(undefined);
  }

  clear(): void {
    for (let i = 0; i < this.foundCount; i++) {
      const group = this.found[i] ?? 0;
      this.counts[group] = 0;
      this.views[group] = undefined;
    }
    this.foundCount = 0;
    this.length = 0;
  }

  /** The strings `first` up to `end` of a state's outputs (their groups and lengths), all ending at `endsAt`. */
  addEach(groupOf: Int32Array, lengthOf: Int32Array, first: number, end: number, endsAt: number): void {
    let { length } = this;
    if (length + end - first > this.groups.length) {
      this.groups = grown(this.groups, length + end - first);
      this.starts = grown(this.starts, length + end - first);
    }
    const { groups, starts, counts, found } = this;
    for (let out = first; out < end; out++) {
      const group = groupOf[out] ?? 0;
      groups[length] = group;
      starts[length] = endsAt - (lengthOf[out] ?? 0);
      length++;
      const count = counts[group] ?? 0;
      if (count === 0) found[this.foundCount++] = group;
      counts[group] = count + 1;
    }
    this.length = length;
  }

  /** Each group's places together (one counting sort), kept in the order they were found. */
  byGroup(): void {
    const { counts, from, next, found, length } = this;
    let total = 0;
    for (let i = 0; i < this.foundCount; i++) {
      const group = found[i] ?? 0;
      from[group] = total;
      next[group] = total;
      total += counts[group] ?? 0;
    }
    if (this.places.length < total) this.places = new Int32Array(Math.max(total, this.places.length * 2));
    const { places, groups, starts } = this;
    for (let i = 0; i < length; i++) {
      const group = groups[i] ?? 0;
      const slot = next[group] ?? 0;
      places[slot] = starts[i] ?? 0;
      next[group] = slot + 1;
    }
  }

  has(group: number): boolean {
    return (this.counts[group] ?? 0) > 0;
  }

  /** Where a group's strings start, in order (valid until the next text is read). */
  of(group: number): Int32Array {
    if (!this.has(group)) return NONE;
    let view = this.views[group];
    if (view === undefined) {
      const from = this.from[group] ?? 0;
      view = this.places.subarray(from, from + (this.counts[group] ?? 0));
      // Found in order of where they end: strings of different lengths can come out of order.
      if (!inOrder(view)) view.sort();
      this.views[group] = view;
    }
    return view;
  }
}

const NONE = new Int32Array(0);

function grown(array: Int32Array, least: number): Int32Array {
  const bigger = new Int32Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}

function inOrder(list: ArrayLike<number>): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i] ?? 0) < (list[i - 1] ?? 0)) return false;
  return true;
}
