import { isSpaceCode } from './clauses';

// Read once: under tsx (tests, bench, eval) an imported binding is a getter, and this is asked for every character.
const isSpace = isSpaceCode;

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
  private readonly lengths: readonly number[];
  /**
   * The states where strings end are numbered last, from this one on: the walk tells them by their number, and
   * reads their outputs only there (about half the characters of a story reach none).
   */
  private readonly firstEnding: number;
  /**
   * Per state from firstEnding on, the strings that end when it is reached:
   * outString[outFrom[state - firstEnding] .. outFrom[state - firstEnding + 1]), each with its length.
   */
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
    // A character read as another takes no symbol of its own: every symbol widens each state's row of the table.
    const own = (code: number): boolean => (sameAs.get(String.fromCharCode(code)) ?? String.fromCharCode(code)) === String.fromCharCode(code);
    for (const s of [...strings, ...sameAs.values()]) {
      for (let i = 0; i < s.length; i++) if (this.symbol[s.charCodeAt(i)] === 0 && own(s.charCodeAt(i))) this.symbol[s.charCodeAt(i)] = symbols++;
    }
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
    // Numbered again: the states where no string ends first, then those where one does, each in depth order.
    const order = [...ends.keys()].filter((state) => ends[state]?.length === 0);
    this.firstEnding = order.length;
    order.push(...[...ends.keys()].filter((state) => (ends[state]?.length ?? 0) > 0));
    const numbered = new Int32Array(order.length);
    order.forEach((state, number) => (numbered[state] = number));
    const renumbered = next.slice();
    order.forEach((state, number) => {
      for (let c = 0; c < symbols; c++) renumbered[number * symbols + c] = numbered[next[state * symbols + c] ?? 0] ?? 0;
    });
    this.next = renumbered;

    // Each state's strings, worked out once here, so reading a text records them with no lookup.
    this.outFrom = new Int32Array(order.length - this.firstEnding + 1);
    const outString: number[] = [];
    const outLength: number[] = [];
    order.slice(this.firstEnding).forEach((state, k) => {
      for (const index of ends[state] ?? []) {
        outString.push(index);
        outLength.push(this.lengths[index] ?? 0);
      }
      this.outFrom[k + 1] = outString.length;
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
    const { next, width, symbol, firstEnding, outFrom, outString, outLength } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      if (state < firstEnding) continue;
      const last = outFrom[state - firstEnding + 1] ?? 0;
      for (let k = outFrom[state - firstEnding] ?? 0; k < last; k++) found(outString[k] ?? 0, i + 1 - (outLength[k] ?? 0));
    }
  }

  /**
   * Every occurrence of every string in one pass, recorded once as (string, start) in `hits`, which
   * works out each group's places from its strings' when asked; nothing is allocated unless `hits` must grow.
   * Returns the text's longest run (longestRun).
   */
  gather(text: string, hits: GroupHits): number {
    hits.clear(this.lengths.length, this.groupFrom, this.groupList);
    const { next, width, symbol, firstEnding, outFrom, outString, outLength } = this;
    let state = 0;
    // The longest run of spaces or of anything else (clauses.ts longestRun), in the same walk: the walk waits on
    // its table far more than on these few comparisons, and a second pass over the text cost ~20 µs a story.
    let longest = 0;
    let run = 0;
    let wasSpace = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const space = isSpace(code);
      run = space === wasSpace && i > 0 ? run + 1 : 1;
      wasSpace = space;
      if (run > longest) longest = run;
      state = next[state * width + (symbol[code] ?? 0)] ?? 0;
      if (state < firstEnding) continue;
      const first = outFrom[state - firstEnding] ?? 0;
      hits.addEach(outString, outLength, first, outFrom[state - firstEnding + 1] ?? 0, i + 1);
    }
    hits.groupsFound();
    return longest;
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
  /**
   * Each string's places (byGroup), then, after them, the places of each group of several strings found, put
   * together when first asked for. When it must grow, it is copied: a list read out of the old one stays as it was.
   */
  private places: Int32Array = new Int32Array(4096);
  /** Where the next group's places are put together in `places`. */
  private placed = 0;
  /** Per group, how many of its strings were found (0 for a group not found). */
  private readonly counts: Int32Array;
  /** Per group found, its strings found, as a list through `member` and `memberNext` (-1 ends it). */
  private readonly firstMember: Int32Array;
  private member: Int32Array = new Int32Array(1024);
  private memberNext: Int32Array = new Int32Array(1024);
  private members = 0;
  private readonly foundGroups: Int32Array;
  private foundGroupCount = 0;
  /** Per group found, where its places begin in `places` once asked for in this text (-1 before), and how many. */
  private readonly groupAt: Int32Array;
  private readonly groupTotal: Int32Array;
  private groupFrom: Int32Array = new Int32Array(1);
  private groupList: Int32Array = new Int32Array(0);

  constructor(groupCount: number) {
    this.counts = new Int32Array(groupCount);
    this.firstMember = new Int32Array(groupCount);
    this.foundGroups = new Int32Array(groupCount);
    this.groupAt = new Int32Array(groupCount).fill(-1);
    this.groupTotal = new Int32Array(groupCount);
  }

  /** Forgets the last text; `groupFrom` and `groupList` say which groups each of `stringCount` strings belongs to (see LiteralFinder). */
  clear(stringCount: number, groupFrom: Int32Array, groupList: Int32Array): void {
    for (let i = 0; i < this.foundGroupCount; i++) {
      const group = this.foundGroups[i] ?? 0;
      this.counts[group] = 0;
      this.groupAt[group] = -1;
      this.groupTotal[group] = 0;
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
    this.placed = total;
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

  /**
   * Where a group's places (where its strings start, in order) begin in placeList, put together when first asked
   * for; placeCount(group) of them. Valid until the next text is read. No list is made for it: a view of a typed
   * array costs an allocation, and a story asks for ~400 groups.
   */
  placesAt(group: number): number {
    const known = this.groupAt[group] ?? -1;
    if (known >= 0 || !this.has(group)) return Math.max(known, 0);
    const first = this.firstMember[group] ?? -1;
    let at: number;
    let total: number;
    if ((this.counts[group] ?? 0) === 1) {
      // One string found, most often: its places, already in order.
      const string = this.member[first] ?? 0;
      at = this.stringFrom[string] ?? 0;
      total = this.stringCounts[string] ?? 0;
    } else {
      total = 0;
      for (let m = first; m >= 0; m = this.memberNext[m] ?? -1) total += this.stringCounts[this.member[m] ?? 0] ?? 0;
      if (this.placed + total > this.places.length) this.places = grown(this.places, this.placed + total);
      at = this.placed;
      this.placed += total;
      this.merge(first, at);
    }
    this.groupAt[group] = at;
    this.groupTotal[group] = total;
    return at;
  }

  /** How many places the group has (after placesAt). */
  placeCount(group: number): number {
    return this.groupTotal[group] ?? 0;
  }

  /** The list placesAt points into: read it after asking placesAt, which may grow it. */
  get placeList(): Int32Array {
    return this.places;
  }

  /**
   * The places of the group's strings (from member `first` on), merged into places[at...]. Each string's places are in
   * order: merged in, from the back, one string after another (a group has ~4 strings found; sorting the lot cost a
   * call to the native sort per group, ~130 a long message).
   */
  private merge(first: number, at: number): void {
    const { places } = this;
    let merged = 0;
    for (let m = first; m >= 0; m = this.memberNext[m] ?? -1) {
      const string = this.member[m] ?? 0;
      const from = this.stringFrom[string] ?? 0;
      let i = at + merged - 1;
      let j = from + (this.stringCounts[string] ?? 0) - 1;
      for (let k = i + 1 + j - from; j >= from; k--) {
        const place = places[j] ?? 0;
        if (i >= at && (places[i] ?? 0) > place) places[k] = places[i--] ?? 0;
        else {
          places[k] = place;
          j--;
        }
      }
      merged += this.stringCounts[string] ?? 0;
    }
  }
}



function grown(array: Int32Array, least: number): Int32Array {
  const bigger = new Int32Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}
