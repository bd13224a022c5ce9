/** Counters per row: wide enough that a busy minute's conversations rarely share one. */
const WIDTH = 1 << 16;
const WINDOW_MS = 60_000;

/**
 * Requests per key over about the last minute, in a fixed amount of memory however many keys
 * come and go: a count-min sketch (two rows of 16-bit counters, a key's count is the smaller of
 * its two cells) for this minute and one for the last, weighted as a sliding window. A key's
 * count is never under-counted, so a budget always holds; keys sharing cells can only make a
 * count higher, and at 50,000 new conversations a minute a cell holds about one other, far
 * from any budget. It replaces rate-limiter-flexible's memory store, which keeps every key
 * with a record and a timer of its own for a minute (some hundreds of bytes each: tens of MB
 * when every request is a new conversation at a few hundred a second).
 */
export class MinuteCounts {
  private current = new Uint16Array(2 * WIDTH);
  private previous = new Uint16Array(2 * WIDTH);
  private windowStart: number;

  constructor(private readonly now: () => number = Date.now) {
    this.windowStart = now();
  }

  /** Counts one request for the key; returns its count over about the last minute, this one included. */
  add(key: string): { count: number; msToNextWindow: number } {
    const now = this.now();
    this.roll(now);
    const hash = mix(fnv1a(key));
    const first = hash & (WIDTH - 1);
    const second = WIDTH + (hash >>> 16);
    const current = Math.min(bump(this.current, first), bump(this.current, second));
    const previous = Math.min(this.previous[first] ?? 0, this.previous[second] ?? 0);
    const elapsed = now - this.windowStart;
    // The last minute's requests count for the part of it still inside the sliding minute.
    const count = current + previous * (1 - elapsed / WINDOW_MS);
    return { count, msToNextWindow: WINDOW_MS - elapsed };
  }

  private roll(now: number): void {
    if (now - this.windowStart < WINDOW_MS) return;
    const skipped = now - this.windowStart >= 2 * WINDOW_MS;
    [this.previous, this.current] = [this.current, this.previous];
    this.current.fill(0);
    if (skipped) this.previous.fill(0);
    this.windowStart = now - ((now - this.windowStart) % WINDOW_MS);
  }
}

/** Adds one to a cell (saturating) and returns its new value. */
function bump(cells: Uint16Array, at: number): number {
  const value = Math.min(0xffff, (cells[at] ?? 0) + 1);
  cells[at] = value;
  return value;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: every input bit moves both halves of the hash, which are the two rows' cells. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
