import type { BridgedTerm } from '../text/analyser';
import { stem } from '../text/stem';
import type { WordNet } from '../text/wordNet';
import { keptBridge, keepBridge } from './bridgeCache';

export interface BridgeSettings {
  /** Weight of a word in the same WordNet synset as one of ours ("physician" for "doctor"). */
  readonly synonymWeight: number;
  /** Weight of a word one close step away (a broader or narrower term, a derived form). */
  readonly relatedWeight: number;
  /** Only a word's most common senses count, ours and theirs: WordNet lists many rare ones. */
  readonly sensesPerWord: number;
  /** A sense with more narrower terms than this is too generic to bridge from its kinds ("change", "trip"). */
  readonly maxNarrowerTerms: number;
}

/**
 * Relates words outside the content's vocabulary to words inside it, through WordNet, so that
 * people who use words nobody wrote down ("physician", "underwriter", "examination") still
 * reach the right entry. Everything is worked out once, at start-up, into a map from stem to
 * stem; a question then costs one map look-up per unknown word.
 *
 * Only the common senses of both words count, so "fork" (cutlery) does not become "branch".
 */
export class VocabularyBridge {
  private readonly map = new Map<string, BridgedTerm>();

  /**
   * @param targets the stems people ask with (in questions, alternates, synonyms): what words are bridged to
   * @param ours every stem of the content: never bridged from
   * @param neutral stems that say nothing about a subject (chatter): never bridged to or from
   */
  constructor(wordNet: WordNet, targets: ReadonlySet<string>, ours: ReadonlySet<string>, neutral: ReadonlySet<string>, settings: BridgeSettings) {
    const k = settings.sensesPerWord;
    const isCommonSense = (lemma: string, key: string): boolean => wordNet.sensesOf(lemma).slice(0, k).includes(key);
    const offer = (lemma: string, target: string, weight: number): void => {
      const from = stem(lemma);
      if (lemma.length < 3 || ours.has(from) || neutral.has(from) || neutral.has(lemma)) return;
      const current = this.map.get(from);
      if (!current || current.weight < weight) this.map.set(from, { term: target, weight });
    };
    for (const lemma of wordNet.lemmas()) {
      const target = stem(lemma);
      if (!targets.has(target) || neutral.has(target) || neutral.has(lemma)) continue;
      for (const key of wordNet.sensesOf(lemma).slice(0, k)) {
        const sense = wordNet.synset(key);
        for (const other of sense.lemmas) if (isCommonSense(other, key)) offer(other, target, settings.synonymWeight);
        if (sense.hyponymCount > settings.maxNarrowerTerms) continue;
        for (const relatedKey of sense.related) {
          for (const other of wordNet.synset(relatedKey).lemmas) if (isCommonSense(other, relatedKey)) offer(other, target, settings.relatedWeight);
        }
      }
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** The word of ours a stem we do not know is related to, if any. */
  bridge(stemmed: string): BridgedTerm | undefined {
    return this.map.get(stemmed);
  }

  /** Every stem bridged and what to, for keeping (bridgeCache.ts). */
  pairs(): [string, BridgedTerm][] {
    return [...this.map];
  }
}

/** What a matcher asks of a bridge: built from WordNet here, or read back as kept by an earlier start-up. */
export interface BridgeLookUp {
  bridge(stemmed: string): BridgedTerm | undefined;
}

const built = new Map<string, BridgeLookUp>();

/**
 * Matchers over the same content (tests, reloads) share one bridge rather than rebuild it. With a cache
 * folder, a bridge built by an earlier start-up from the same inputs is read back from there, and WordNet
 * (`wordNet`, asked only when a bridge is built) is never read: about a second of start-up's CPU.
 */
export function bridgeFor(
  wordNet: () => WordNet, targets: ReadonlySet<string>, ours: ReadonlySet<string>, neutral: ReadonlySet<string>, settings: BridgeSettings, cacheFolder?: string,
): BridgeLookUp {
  const key = JSON.stringify([settings, [...targets].sort(), [...ours].sort(), [...neutral].sort()]);
  let bridge = built.get(key);
  if (!bridge) {
    const kept = cacheFolder ? keptBridge(cacheFolder, key) : undefined;
    if (kept) bridge = { bridge: (stemmed) => kept.get(stemmed) };
    else {
      const made = new VocabularyBridge(wordNet(), targets, ours, neutral, settings);
      if (cacheFolder) keepBridge(cacheFolder, key, made.pairs());
      bridge = made;
    }
    if (built.size >= 8) built.clear();
    built.set(key, bridge);
  }
  return bridge;
}
