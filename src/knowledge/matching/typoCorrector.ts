import { editDistanceWithin } from './editDistance';

const MIN_WORD_LENGTH = 4;
const CACHE_LIMIT = 10_000;

function allowedDistance(length: number): number {
  return length >= 7 ? 2 : 1;
}

/**
 * Maps a misspelt word to the closest word we know ("opinon" -> "opinion").
 *
 * Each bucket holds the words a typo of one length could be (length within the distance we
 * allow, same first two letters); a second set of buckets keyed by the last two letters
 * catches a typo at the start of the word. A look-up checks the edit distance to each word of
 * one small bucket, stopping early on each as soon as it must exceed the distance allowed.
 * (A Fuse.js search per bucket did the same job but was the slowest step of a question:
 * `npm run bench` measured it as most of the p99.)
 */
export class TypoCorrector {
  private readonly byStart = new Map<string, string[]>();
  private readonly byEnd = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly vocabulary: ReadonlyMap<string, number>) {
    for (const word of vocabulary.keys()) {
      if (word.length < MIN_WORD_LENGTH - 1) continue;
      for (let length = word.length - 2; length <= word.length + 2; length++) {
        if (length < MIN_WORD_LENGTH || Math.abs(word.length - length) > allowedDistance(length)) continue;
        push(this.byStart, `${word.slice(0, 2)}${length}`, word);
        push(this.byEnd, `${word.slice(-2)}${length}`, word);
      }
    }
  }

  correct(word: string): string | undefined {
    if (word.length < MIN_WORD_LENGTH || /\d/.test(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.search(word, this.byStart, word.slice(0, 2)) ?? this.search(word, this.byEnd, word.slice(-2));
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private search(word: string, buckets: ReadonlyMap<string, readonly string[]>, letters: string): string | undefined {
    const bucket = buckets.get(`${letters}${word.length}`);
    if (!bucket) return undefined;
    const maxDistance = allowedDistance(word.length);
    let best: { word: string; distance: number; frequency: number } | undefined;
    for (const candidate of bucket) {
      const distance = editDistanceWithin(word, candidate, maxDistance);
      if (distance > maxDistance) continue;
      const frequency = this.vocabulary.get(candidate) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
        best = { word: candidate, distance, frequency };
      }
    }
    return best?.word;
  }
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
