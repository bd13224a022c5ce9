import { STARTER_TAG, type KnowledgeEntry } from '../types';
import type { TextAnalyser } from '../text/analyser';
import { findQuestion } from '../text/questionFinder';

/**
 * The entries a term occurs in, and how characteristic it is of each (0..1), as parallel
 * typed arrays: scoring walks these for every word of every message.
 */
export interface Postings {
  readonly entryIndexes: Int32Array;
  readonly strengths: Float64Array;
}

/** One phrasing of an entry, with its terms' weights, to find the one a message is closest to. */
export interface IndexedPhrasing {
  readonly terms: readonly string[];
  /** The terms' ids (termId()), so that fitting a message is array reads, not string lookups. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly totalWeight: number;
}

export interface IndexedEntry {
  readonly entry: KnowledgeEntry;
  readonly phrasings: readonly IndexedPhrasing[];
  /** The same phrasings end to end, for fitting a message to each of them in one pass over two arrays. */
  readonly packed: PackedPhrasings;
}

/**
 * An entry's phrasings packed end to end: phrasing p's term ids and weights are at
 * starts[p] .. starts[p + 1] - 1 of ids and weights, its total weight at totalWeights[p]. Fitting a
 * message reads every phrasing of the best candidates; one array per phrasing scattered them
 * over the heap.
 */
export interface PackedPhrasings {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly totalWeights: Float64Array;
  /** Which phrasing each place of ids belongs to. */
  readonly phrasingAt: Int32Array;
  /**
   * Where each term id occurs in ids, in order: a message shares a few terms with an entry's
   * hundred phrasings, so fitting it reads the places of its own terms, not every phrasing's.
   */
  readonly placesOf: ReadonlyMap<number, Int32Array>;
}

const NO_POSTINGS: Postings = { entryIndexes: new Int32Array(0), strengths: new Float64Array(0) };

/** Terms found only in an entry's answer count, but less than terms people ask with. */
const ANSWER_ONLY_STRENGTH = 0.35;
/** A term in this share of an entry's phrasings is fully characteristic of it. */
const CHARACTERISTIC_SHARE = 0.25;

/**
 * An inverted index from term to entries, with an inverse document frequency per term so
 * that words every entry shares ("second opinion") weigh little and rare ones weigh a lot.
 */
export class EntryIndex {
  readonly entries: readonly IndexedEntry[];
  private readonly postings = new Map<string, Postings>();
  /** Every indexed term numbered 0..termCount-1. */
  private readonly ids = new Map<string, number>();
  private readonly idf = new Map<string, number>();
  /** Every stem in the content, with how many entries use it; the typo corrector's vocabulary. */
  readonly vocabulary = new Map<string, number>();
  readonly maxIdf: number;
  private readonly entriesSaying: ReadonlyMap<string, number>;
  /** Words people ask with, standing alone: in questions and alternates, and one-word synonyms. */
  readonly askedVocabulary = new Set<string>();

  constructor(entries: readonly KnowledgeEntry[], analyser: TextAnalyser) {
    const everythingKnown = (): boolean => true;
    /** Terms said as themselves, not only inside a longer phrase ("view" in "second view"). */
    const saidTerms = (text: string): string[] => {
      const { terms, contained } = analyser.analyse(text, everythingKnown);
      return terms.filter((_, i) => contained[i] !== true);
    };
    const phrasingTerms = entries.map((entry) =>
      [entry.question, ...entry.alternates].map((text) => [...new Set(analyser.analyse(text, everythingKnown).terms)]),
    );
    // A way of asking that tells a story first ("my mum is on tamoxifen... can I ask for her?")
    // characterises its entry by its asking part; the story's words (a drug, a diagnosis, who is
    // ill) count only as much as a word of the answer.
    const askingTerms = entries.map((entry) =>
      [entry.question, ...entry.alternates].map((text) => {
        const { terms, weights } = analyser.analyseParts(findQuestion(text, 0), everythingKnown);
        return new Set(terms.filter((_, i) => (weights[i] ?? 0) > 0));
      }),
    );
    // How widely a term is used, for telling the subject's own words, counts what entries say as such.
    const entriesSaying = new Map<string, number>();
    for (const entry of entries) {
      const said = new Set([entry.question, ...entry.alternates, entry.answer, ...entry.tags.filter((tag) => tag !== STARTER_TAG)].flatMap(saidTerms));
      for (const term of said) entriesSaying.set(term, (entriesSaying.get(term) ?? 0) + 1);
    }
    this.entriesSaying = entriesSaying;

    const lists = new Map<string, { entryIndex: number; strength: number }[]>();
    entries.forEach((entry, entryIndex) => {
      const phrasings = phrasingTerms[entryIndex] ?? [];
      const counts = new Map<string, number>();
      for (const phrasing of askingTerms[entryIndex] ?? []) for (const term of phrasing) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const phrasing of phrasings) for (const term of phrasing) if (!counts.has(term)) counts.set(term, 0);
      const tags = entry.tags.filter((tag) => tag !== STARTER_TAG).join(' ');
      const answerTerms = new Set(analyser.analyse(`${entry.answer} ${tags}`, everythingKnown).terms);
      for (const term of answerTerms) if (!counts.has(term)) counts.set(term, 0);
      for (const [term, count] of counts) {
        const share = count / phrasings.length;
        const strength = count === 0 ? ANSWER_ONLY_STRENGTH : 0.5 + 0.5 * Math.min(1, share / CHARACTERISTIC_SHARE);
        const list = lists.get(term) ?? [];
        list.push({ entryIndex, strength });
        lists.set(term, list);
      }
    });

    for (const [term, list] of lists) {
      this.postings.set(term, {
        entryIndexes: Int32Array.from(list, (p) => p.entryIndex),
        strengths: Float64Array.from(list, (p) => p.strength),
      });
      this.idf.set(term, Math.log(1 + entries.length / list.length));
      this.ids.set(term, this.ids.size);
      if (!term.startsWith('~')) this.vocabulary.set(term, list.length);
    }
    for (const s of analyser.synonymStems) if (!this.vocabulary.has(s)) this.vocabulary.set(s, 0);
    for (const s of analyser.singleWordSynonymStems) this.askedVocabulary.add(s);
    for (const phrasings of phrasingTerms) for (const terms of phrasings) for (const term of terms) if (!term.startsWith('~')) this.askedVocabulary.add(term);
    this.maxIdf = Math.log(1 + entries.length);

    this.entries = entries.map((entry, entryIndex) => {
      const phrasings = (phrasingTerms[entryIndex] ?? []).map((terms) => {
        const weights = Float64Array.from(terms, (term) => this.weight(term));
        return { terms, ids: Int32Array.from(terms, (term) => this.termId(term)), weights, totalWeight: weights.reduce((sum, w) => sum + w, 0) };
      });
      return { entry, phrasings, packed: packPhrasings(phrasings) };
    });
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  get termCount(): number {
    return this.ids.size;
  }

  /** The term's number, or -1 when no entry has it. */
  termId(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  hasPostings(term: string): boolean {
    return this.postings.has(term);
  }

  has(term: string): boolean {
    return this.vocabulary.has(term) || this.postings.has(term);
  }

  /** The share of entries that say a term (not only inside a longer phrase): near 1 for the subject's own words. */
  share(term: string): number {
    return (this.entriesSaying.get(term) ?? 0) / Math.max(1, this.entries.length);
  }

  weight(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  postingsOf(term: string): Postings {
    return this.postings.get(term) ?? NO_POSTINGS;
  }
}

/** Phrasings end to end (see PackedPhrasings). */
export function packPhrasings(phrasings: readonly IndexedPhrasing[]): PackedPhrasings {
  const starts = new Int32Array(phrasings.length + 1);
  phrasings.forEach((phrasing, p) => (starts[p + 1] = (starts[p] ?? 0) + phrasing.ids.length));
  const ids = new Int32Array(starts[phrasings.length] ?? 0);
  const weights = new Float64Array(ids.length);
  const phrasingAt = new Int32Array(ids.length);
  phrasings.forEach((phrasing, p) => {
    ids.set(phrasing.ids, starts[p]);
    weights.set(phrasing.weights, starts[p]);
    phrasingAt.fill(p, starts[p], starts[p + 1]);
  });
  const places = new Map<number, number[]>();
  ids.forEach((id, at) => {
    const list = places.get(id);
    if (list) list.push(at);
    else places.set(id, [at]);
  });
  const placesOf = new Map([...places].map(([id, list]) => [id, Int32Array.from(list)]));
  return { starts, ids, weights, totalWeights: Float64Array.from(phrasings, (phrasing) => phrasing.totalWeight), phrasingAt, placesOf };
}
