import { trainCached } from '../../learning/modelCache';
import { termFeatures as features } from '../../learning/termFeatures';
import type { SoftmaxModel, TrainingSettings } from '../../learning/softmaxModel';
import type { TextAnalyser } from '../text/analyser';

/** How the learned ranker is trained and how much it counts beside the lexical score. */
export interface LearnedRankerSettings {
  /** How much the model's view moves a candidate's score: 0 leaves the lexical ranking alone. */
  readonly weight: number;
  /** The most it takes off a candidate's score (a share of it kept), so close runners-up stay offered under the answer. */
  readonly leastKept: number;
  /** A message the model gives at least this probability of being about something else is not answered from the leaflet (1: never). */
  readonly notOursProbability: number;
  /**
   * Content with more entries than this keeps the lexical ranking alone: training costs examples x entries (our 25
   * entries train in about a second; 200 synthetic entries took 8 s and 2,000 would take minutes and hundreds of MB).
   */
  readonly maxEntries: number;
  readonly training: TrainingSettings;
}

/** Its models' name in the cache folder (learning/modelCache.ts). */
const CACHE_KIND = 'learned-ranker';

/** The model's view of one message: the probability of each entry (by id) and of "not ours". */
export interface LearntReading {
  readonly of: (entryId: string) => number;
  readonly notOurs: number;
}

/**
 * Which entry a message's words belong to, learnt from the ways people ask each entry (and the
 * questions about other things, as one more class) instead of weighted by hand: a multinomial
 * logistic regression over the normalised terms and pairs of neighbouring terms. The hand-made
 * score (how rare a word is x how strongly an entry is asked with it) cannot learn that
 * "confused" belongs more to not-understood than to different-opinions; a discriminative model
 * weighs each word against the other entries.
 */
export class LearnedRanker {
  private readonly model: SoftmaxModel;
  private readonly classOf = new Map<string, number>();
  private readonly notOurs: number;
  private readonly probabilities: Float64Array;
  /** A message's features while it is read (read runs to completion), so a turn builds no array for them. */
  private readonly messageFeatures: number[] = [];
  /** What read() gives, one object updated per message. */
  private readonly reading: { of: (entryId: string) => number; notOurs: number };

  /**
   * @param cacheFolder where the trained model is kept (learning/modelCache.ts): a start-up with the
   *   same phrasings, analysis and settings takes it instead of training again
   */
  constructor(
    phrasingsByEntry: ReadonlyMap<string, readonly string[]>,
    notAboutUs: readonly string[],
    analyser: TextAnalyser,
    settings: LearnedRankerSettings,
    cacheFolder?: string,
  ) {
    for (const id of phrasingsByEntry.keys()) this.classOf.set(id, this.classOf.size);
    this.notOurs = this.classOf.size;
    // Each text as the matcher reads a message: every word taken as known, none corrected (OverlapMatcher.rank).
    const featuresOf = (text: string): number[] => features(analyser.analyse(text, () => true).terms, []);
    const examples = [...phrasingsByEntry].flatMap(([id, phrasings]) => phrasings.map((text) => ({ features: featuresOf(text), label: this.classOf.get(id) ?? 0 })));
    for (const text of notAboutUs) examples.push({ features: featuresOf(text), label: this.notOurs });
    this.model = trainCached(examples, this.notOurs + 1, settings.training, cacheFolder ? { folder: cacheFolder, kind: CACHE_KIND } : undefined);
    const probabilities = (this.probabilities = new Float64Array(this.notOurs + 1));
    this.reading = { of: (id) => probabilities[this.classOf.get(id) ?? -1] ?? 0, notOurs: 0 };
  }

  /**
   * The model's view of a message from its terms as written (TextAnalyser.analyse with every
   * word known, as the matcher has them already): valid until the next call.
   */
  read(terms: readonly string[]): LearntReading {
    this.model.scores(features(terms, this.messageFeatures), this.probabilities);
    this.reading.notOurs = this.probabilities[this.notOurs] ?? 0;
    return this.reading;
  }
}

