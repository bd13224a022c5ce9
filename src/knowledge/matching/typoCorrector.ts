import Fuse from 'fuse.js';
import { editDistanceWithin } from './editDistance';

const MIN_WORD_LENGTH = 4;
const CACHE_LIMIT = 10_000;

function allowedDistance(length: number): number {
  return length >= 7 ? 2 : 1;
}

/**
 * Maps a misspelt word to the closest word we know ("opinon" -> "opinion").
 *
 * Fuse.js's bitap search costs pattern length x text length x list size, so one Fuse index
 * over the whole vocabulary is too slow per word at 2,000 entries. Instead each bucket holds
 * the words a typo of one length could be (length within the distance we
 * allow, same first two letters), so a look-up is one small Fuse search; a second set of
 * buckets keyed by the last two letters catches a typo at the start of the word. Fuse finds
 * substrings as well as whole words ("car" inside "care"), so every candidate is confirmed by
 * an edit distance on the whole word.
 */
export class TypoCorrector {
  private readonly byStart = new Map<string, Fuse<string>>();
  private readonly byEnd = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly vocabulary: ReadonlyMap<string, number>) {
    const groups = { first: new Map<string, string[]>(), last: new Map<string, string[]>() };
    for (const word of vocabulary.keys()) {
      if (word.length < MIN_WORD_LENGTH - 1) continue;
      for (let length = word.length - 2; length <= word.length + 2; length++) {
        if (length < MIN_WORD_LENGTH || Math.abs(word.length - length) > allowedDistance(length)) continue;
        push(groups.first, `${word.slice(0, 2)}${length}`, word);
        push(groups.last, `${word.slice(-2)}${length}`, word);
      }
    }
    const options = { threshold: 0.4, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 };
    for (const [key, words] of groups.first) this.byStart.set(key, new Fuse(words, options));
    for (const [key, words] of groups.last) this.byEnd.set(key, new Fuse(words, options));
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

  private search(word: string, buckets: ReadonlyMap<string, Fuse<string>>, letters: string): string | undefined {
    const bucket = buckets.get(`${letters}${word.length}`);
    if (!bucket) return undefined;
    const maxDistance = allowedDistance(word.length);
    let best: { word: string; distance: number; frequency: number } | undefined;
    for (const hit of bucket.search(word, { limit: 5 })) {
      const distance = editDistanceWithin(word, hit.item, maxDistance);
      if (distance > maxDistance) continue;
      const frequency = this.vocabulary.get(hit.item) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
        best = { word: hit.item, distance, frequency };
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
