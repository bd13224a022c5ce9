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
  /** Per state, the strings that end when it is reached: outString[outFrom[state] .. outFrom[state + 1]), each with its length. */
  private readonly outFrom: Int32Array;
  private readonly outString: Int32Array;
  private readonly outLength: Int32Array;
  /** The groups of string i: groupList[groupFrom[i] .. groupFrom[i + 1]). */
  private readonly groupFrom: Int32Array;
  private readonly groupList: Int32Array;

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

    // Each state's strings, worked out once here, so reading a text records them with no lookup.
    this.outFrom = new Int32Array(ends.length + 1);
    const outString: number[] = [];
    const outLength: number[] = [];
    ends.forEach((ending, state) => {
      for (const index of ending) {
        outString.push(index);
        outLength.push(this.lengths[index] ?? 0);
      }
      this.outFrom[state + 1] = outString.length;
    });
    this.outString = Int32Array.from(outString);
    this.outLength = Int32Array.from(outLength);
    this.groupFrom = new Int32Array(strings.length + 1);
    const groupList: number[] = [];
    strings.forEach((_, index) => {
      groupList.push(...(groupsOf[index] ?? []));
      this.groupFrom[index + 1] = groupList.length;
    });
    this.groupList = Int32Array.from(groupList);
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
   * Every occurrence of every string in one pass, recorded once as (string, start) in `hits`, which
   * works out each group's places from its strings' when asked; nothing is allocated unless `hits` must grow.
   */
  gather(text: string, hits: GroupHits): void {
    hits.clear(this.lengths.length, this.groupFrom, this.groupList);
    const { next, width, symbol, outFrom, outString, outLength } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      const first = outFrom[state] ?? 0;
      const end = outFrom[state + 1] ?? 0;
      if (first !== end) hits.addEach(outString, outLength, first, end, i + 1);
    }
    hits.groupsFound();
  }
}

/**
 * Where each group's strings start in one text (LiteralFinder.gather). Each occurrence is recorded
 * once, under its string (a string belongs to several groups, ~3 on average: recording it under each
 * cost three times the records); once the walk is done, a group learns which of its strings were
 * found (groupsFound), and its places are put together only when asked for. Only what was found is visited, so a
 * short message costs next to nothing however many groups there are; reused for the next text.
 */
export class GroupHits {
  private strings: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private length = 0;
  /** Per string, how many occurrences in this text; then where its places begin in `places`. */
  private stringCounts: Int32Array = new Int32Array(0);
  private stringFrom: Int32Array = new Int32Array(0);
  private stringNext: Int32Array = new Int32Array(0);
  /** The strings found in this text, in the order they were first found. */
  private foundStrings: Int32Array = new Int32Array(0);
  private foundStringCount = 0;
  private places: Int32Array = new Int32Array(1024);
  /** Per group, how many of its strings were found (0 for a group not found). */
  private readonly counts: Int32Array;
  /** Per group found, its strings found, as a list through `member` and `memberNext` (-1 ends it). */
  private readonly firstMember: Int32Array;
  private member: Int32Array = new Int32Array(1024);
  private memberNext: Int32Array = new Int32Array(1024);
  private members = 0;
  private readonly foundGroups: Int32Array;
  private foundGroupCount = 0;
  /** Places of groups of several strings found, put together when asked for (views into it stay valid while it grows). */
  private pool: Int32Array = new Int32Array(4096);
  private pooled = 0;
  /** Each group's places, in order, once asked for in this text. */
  private readonly views: (Int32Array | undefined)[];
  private groupFrom: Int32Array = new Int32Array(1);
  private groupList: Int32Array = new Int32Array(0);

  constructor(groupCount: number) {
    this.counts = new Int32Array(groupCount);
    this.firstMember = new Int32Array(groupCount);
    this.foundGroups = new Int32Array(groupCount);
    this.views = new Array<Int32Array | undefined>(groupCount).fill(undefined);
  }

  /** Forgets the last text; `groupFrom` and `groupList` say which groups each of `stringCount` strings belongs to (see LiteralFinder). */
  clear(stringCount: number, groupFrom: Int32Array, groupList: Int32Array): void {
    for (let i = 0; i < this.foundGroupCount; i++) {
      const group = this.foundGroups[i] ?? 0;
      this.counts[group] = 0;
      this.views[group] = undefined;
    }
    if (this.stringCounts.length !== stringCount) {
      this.stringCounts = new Int32Array(stringCount);
      this.stringFrom = new Int32Array(stringCount);
      this.stringNext = new Int32Array(stringCount);
      this.foundStrings = new Int32Array(stringCount);
    } else for (let i = 0; i < this.foundStringCount; i++) this.stringCounts[this.foundStrings[i] ?? 0] = 0;
    this.groupFrom = groupFrom;
    this.groupList = groupList;
    this.foundGroupCount = 0;
    this.foundStringCount = 0;
    this.members = 0;
    this.pooled = 0;
    this.length = 0;
  }

  /** The strings `first` up to `end` of a state's outputs (the strings and their lengths), all ending at `endsAt`. */
  addEach(stringOf: Int32Array, lengthOf: Int32Array, first: number, end: number, endsAt: number): void {
    let { length } = this;
    if (length + end - first > this.strings.length) {
      this.strings = grown(this.strings, length + end - first);
      this.starts = grown(this.starts, length + end - first);
    }
    const { strings, starts, stringCounts } = this;
    for (let out = first; out < end; out++) {
      const string = stringOf[out] ?? 0;
      strings[length] = string;
      starts[length] = endsAt - (lengthOf[out] ?? 0);
      length++;
      const count = stringCounts[string] ?? 0;
      if (count === 0) this.foundStrings[this.foundStringCount++] = string;
      stringCounts[string] = count + 1;
    }
    this.length = length;
  }

  /**
   * After the walk: each string found tells its groups, in the order the strings were first found
   * (the same groups and lists as telling them during the walk, which kept the walk's loop larger).
   */
  groupsFound(): void {
    for (let i = 0; i < this.foundStringCount; i++) this.tellGroups(this.foundStrings[i] ?? 0);
  }

  /** A string found in this text: each of its groups learns of it. */
  private tellGroups(string: number): void {
    const last = this.groupFrom[string + 1] ?? 0;
    for (let k = this.groupFrom[string] ?? 0; k < last; k++) {
      const group = this.groupList[k] ?? 0;
      if (this.members >= this.member.length) {
        this.member = grown(this.member, this.members + 1);
        this.memberNext = grown(this.memberNext, this.members + 1);
      }
      const count = this.counts[group] ?? 0;
      if (count === 0) this.foundGroups[this.foundGroupCount++] = group;
      this.member[this.members] = string;
      this.memberNext[this.members] = count === 0 ? -1 : (this.firstMember[group] ?? -1);
      this.firstMember[group] = this.members++;
      this.counts[group] = count + 1;
    }
  }

  /** Each string's places together (one counting sort): each string's in order. */
  byGroup(): void {
    const { stringCounts, stringFrom, stringNext, foundStrings, length } = this;
    let total = 0;
    for (let i = 0; i < this.foundStringCount; i++) {
      const string = foundStrings[i] ?? 0;
      stringFrom[string] = total;
      stringNext[string] = total;
      total += stringCounts[string] ?? 0;
    }
    if (this.places.length < total) this.places = new Int32Array(Math.max(total, this.places.length * 2));
    const { places, strings, starts } = this;
    for (let i = 0; i < length; i++) {
      const string = strings[i] ?? 0;
      const slot = stringNext[string] ?? 0;
      places[slot] = starts[i] ?? 0;
      stringNext[string] = slot + 1;
    }
  }

  has(group: number): boolean {
    return (this.counts[group] ?? 0) > 0;
  }

  /** How many groups have a string in this text (a short message: a hundred or so of thousands). */
  get foundCount(): number {
    return this.foundGroupCount;
  }

  /** The i-th group found in this text (i below foundCount). */
  foundGroup(i: number): number {
    return this.foundGroups[i] ?? 0;
  }

  /** Where a group's strings start, in order (valid until the next text is read). */
  of(group: number): Int32Array {
    if (!this.has(group)) return NONE;
    let view = this.views[group];
    if (view === undefined) {
      view = this.gathered(group);
      this.views[group] = view;
    }
    return view;
  }

  private placesOf(string: number): Int32Array {
    const from = this.stringFrom[string] ?? 0;
    return this.places.subarray(from, from + (this.stringCounts[string] ?? 0));
  }

  private gathered(group: number): Int32Array {
    const first = this.firstMember[group] ?? -1;
    // One string found, most often: its places, already in order.
    if ((this.counts[group] ?? 0) === 1) return this.placesOf(this.member[first] ?? 0);
    let total = 0;
    for (let m = first; m >= 0; m = this.memberNext[m] ?? -1) total += this.stringCounts[this.member[m] ?? 0] ?? 0;
    if (this.pooled + total > this.pool.length) {
      // A new pool: the views already handed out keep the old one.
      this.pool = new Int32Array(Math.max(total, this.pool.length * 2));
      this.pooled = 0;
    }
    const view = this.pool.subarray(this.pooled, this.pooled + total);
    this.pooled += total;
    // Each string's places are in order: merged in, from the back, one string after another (a group
    // has ~4 strings found; sorting the lot cost a call to the native sort per group, ~130 a long message).
    let at = 0;
    for (let m = first; m >= 0; m = this.memberNext[m] ?? -1) {
      const places = this.placesOf(this.member[m] ?? 0);
      let i = at - 1;
      let j = places.length - 1;
      for (let k = at + places.length - 1; j >= 0; k--) {
        const place = places[j] ?? 0;
        if (i >= 0 && (view[i] ?? 0) > place) view[k] = view[i--] ?? 0;
        else {
          view[k] = place;
          j--;
        }
      }
      at += places.length;
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
