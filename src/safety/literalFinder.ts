import { longestRun } from './clauses';

/**
 * A long text is read as four stretches at once, one step of each in turn. Each step waits for the last step's
 * cell of the table (the state it reached says where to read next), and a story's cells are mostly out of the
 * cache: four walks that do not wait on one another wait about a quarter as long (a 5,000-character story
 * ~120 -> ~60 us with a cold cache, ~40 -> ~30 us warm).
 */
const LANES = 4;

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
  /** The longest string: a walk started this many characters before a place is in the state it would be in there. */
  private readonly depth: number;
  /** Where a walk reached a state where strings end (state - firstEnding) and how far it had read; reused. */
  private visitState = new Int32Array(1024);
  private visitEnd = new Int32Array(1024);
  private readonly laneVisits = new Int32Array(LANES);
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
    this.depth = longest;
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
    const { length } = text;
    if (this.visitState.length < length) {
      this.visitState = new Int32Array(Math.max(length, this.visitState.length * 2));
      this.visitEnd = new Int32Array(this.visitState.length);
    }
    // Each stretch's visits go where its text starts: a stretch visits at most one state a character.
    const stretch = length >= LANES * 4 * this.depth ? Math.floor(length / LANES) : length;
    const { laneVisits } = this;
    if (stretch === length) laneVisits[0] = this.walk(text, 0, length, 0, 0);
    else this.walkFour(text, stretch);
    const { outFrom, outString, outLength, visitState, visitEnd } = this;
    for (let lane = 0; lane < (stretch === length ? 1 : LANES); lane++) {
      const last = lane * stretch + (laneVisits[lane] ?? 0);
      for (let v = lane * stretch; v < last; v++) {
        const ending = visitState[v] ?? 0;
        hits.addEach(outString, outLength, outFrom[ending] ?? 0, outFrom[ending + 1] ?? 0, visitEnd[v] ?? 0);
      }
    }
    hits.groupsFound();
    return longestRun(text);
  }

  /** The state the walk is in at `from` (a walk from the start would be in the same: no string is longer than depth). */
  private stateAt(text: string, from: number): number {
    const { next, width, symbol } = this;
    let state = 0;
    for (let i = Math.max(0, from - this.depth); i < from; i++) state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
    return state;
  }

  /** Walks text[from, to) from `state`, its visits recorded from visitState[at] on; returns how many. */
  private walk(text: string, from: number, to: number, at: number, start: number): number {
    const { next, width, symbol, firstEnding, visitState, visitEnd } = this;
    let state = start;
    let visits = at;
    for (let i = from; i < to; i++) {
      state = next[state * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      if (state < firstEnding) continue;
      visitState[visits] = state - firstEnding;
      visitEnd[visits++] = i + 1;
    }
    return visits - at;
  }

  /** The four stretches of `stretch` characters (the last one to the end) walked in step; each one's visit count in laneVisits. */
  private walkFour(text: string, stretch: number): void {
    const { next, width, symbol, firstEnding, visitState, visitEnd } = this;
    const b = stretch;
    const c = 2 * stretch;
    const d = 3 * stretch;
    let s0 = 0;
    let s1 = this.stateAt(text, b);
    let s2 = this.stateAt(text, c);
    let s3 = this.stateAt(text, d);
    let v0 = 0;
    let v1 = b;
    let v2 = c;
    let v3 = d;
    for (let i = 0; i < stretch; i++) {
      s0 = next[s0 * width + (symbol[text.charCodeAt(i)] ?? 0)] ?? 0;
      s1 = next[s1 * width + (symbol[text.charCodeAt(b + i)] ?? 0)] ?? 0;
      s2 = next[s2 * width + (symbol[text.charCodeAt(c + i)] ?? 0)] ?? 0;
      s3 = next[s3 * width + (symbol[text.charCodeAt(d + i)] ?? 0)] ?? 0;
      if (s0 >= firstEnding) {
        visitState[v0] = s0 - firstEnding;
        visitEnd[v0++] = i + 1;
      }
      if (s1 >= firstEnding) {
        visitState[v1] = s1 - firstEnding;
        visitEnd[v1++] = b + i + 1;
      }
      if (s2 >= firstEnding) {
        visitState[v2] = s2 - firstEnding;
        visitEnd[v2++] = c + i + 1;
      }
      if (s3 >= firstEnding) {
        visitState[v3] = s3 - firstEnding;
        visitEnd[v3++] = d + i + 1;
      }
    }
    // The last stretch runs on to the end of the text.
    v3 += this.walk(text, d + stretch, text.length, v3, s3);
    const { laneVisits } = this;
    laneVisits[0] = v0;
    laneVisits[1] = v1 - b;
    laneVisits[2] = v2 - c;
    laneVisits[3] = v3 - d;
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
