import { normalise } from '../../text/normalise';
import { FEATURE_KIND, hedgesRead, messageFeatures, NO_FEATURE_WORDS, visitReadFeatures, type FeatureWords } from './features';
import { trainCached } from '../../learning/modelCache';
import { safetyModels } from './modelCache';
import { PackedRows } from '../../learning/packedRows';
import { GramMemo } from './gramMemo';
import type { LabelledFeatures, SoftmaxModel, TrainingSettings } from '../../learning/softmaxModel';
import { EXAMPLE_LABELS, type ExampleLabel, type SafetyExample } from './types';

/** Sentences before each one that are also read together with it. */
const NEIGHBOURS = 2;
const QUESTION_MARK = 63;
/**
 * Learnt word pairs that put a crisis above an ordinary message, fewer than which a part's pairs must point to a crisis
 * beyond a near-miss too, not only beyond an ordinary message. "The cat sat on the mat" has one: "sat on" (from "sat on
 * the edge of the bath holding the razor") leans to every kind of sign alike, near-misses included: it says the words
 * are not ordinary, not that someone is in danger, and it alone cleared the crisis pair bar (fourteenth pass).
 */
const MIN_CRISIS_PAIRS = 2;
// Read once here, not in the per-feature callback: under tsx (tests, bench, eval) an imported
// binding is a getter, and at ~5,000 features a long message those calls were ~10% of `read`.
const { word: WORD, pair: PAIR, joinedPair: JOINED_PAIR, frame: FRAME, gram: GRAM } = FEATURE_KIND;

const CLASS = Object.fromEntries(EXAMPLE_LABELS.map((label, i) => [label, i])) as Record<ExampleLabel, number>;

/** How the classifier reads a message, besides what it learnt. */
export interface ReadingSettings {
  /**
   * How strongly the word pairs of some part of a message must point to each kind (their weights
   * for it above those for an ordinary message, scaled as the probabilities are) before the
   * classifier may give that kind's reply in place of the answer (emergency: also the "if this is
   * happening now" line from a less sure reading). Single words and their letters say "tablets" or
   * "everyone"; only word pairs say "can i take" or "better off without me". Words strung together
   * at random make pairs the model never learnt, and those carry no weight (the model keeps only
   * what it learnt), so however alarming the words, they get at most a line beside the answer.
   * 0 lets the probabilities alone decide.
   */
  readonly minPairEvidence: PairEvidence;
  /**
   * Fewer words than this in a part (a sentence alone, or with the one or two before it) and the
   * part is not read on its own: a lone "Goodbye." after "Many thanks for your assistance." read
   * as a crisis goodbye (0.78), as one or two words cannot say whose goodbye it is. The message's
   * own minimum (classifier.yaml's minWords), so a part says as much as a message must.
   */
  readonly minPartWords: number;
}

/** What some part of a message read: its weight sums, its word pairs' sums, its features and its words. */
interface Part {
  readonly sums: Float64Array;
  readonly pairs: Float64Array;
  readonly count: number;
  readonly words: number;
}

/** Two parts read as one. */
function joined(a: Part, b: Part): Part {
  const sums = a.sums.slice();
  const pairs = a.pairs.slice();
  for (let c = 0; c < sums.length; c++) {
    sums[c] = (sums[c] ?? 0) + (b.sums[c] ?? 0);
    pairs[c] = (pairs[c] ?? 0) + (b.pairs[c] ?? 0);
  }
  return { sums, pairs, count: a.count + b.count, words: a.words + b.words };
}

/** Word-pair evidence needed, per kind of reply. */
export interface PairEvidence {
  readonly emergency: number;
  readonly crisis: number;
  readonly medicalAdvice: number;
}

const NO_GATE: ReadingSettings = Object.freeze({ minPairEvidence: Object.freeze({ emergency: 0, crisis: 0, medicalAdvice: 0 }), minPartWords: 1 });

/**
 * The examples as the model learns them: the features of their normalised text (read with the
 * reviewed word lists the classifier reads messages with), and their class.
 */
export function featurise(examples: readonly SafetyExample[], words: FeatureWords = NO_FEATURE_WORDS): LabelledFeatures[] {
  return examples.map(({ text, label }) => ({ features: messageFeatures(normalise(text), words).features, label: CLASS[label] }));
}

/** What the classifier makes of a message: the highest probability of each kind in any part of it. */
export interface ClassifierReading {
  readonly emergency: number;
  /** P(emergency) + P(possible emergency): a danger sign, whether or not it is happening now. */
  readonly dangerSign: number;
  readonly crisis: number;
  /**
   * P(crisis) of the message read as a whole, every sentence together: "I can't do this anymore."
   * read alone is a crisis, but not when the rest of the message says what "this" is (a form, a
   * queue, a phone line).
   */
  readonly crisisAsAWhole: number;
  /** Only from parts that end in the message's asking sentence, when it marks one with "?". */
  readonly medicalAdvice: number;
  /** The part of the normalised text where P(emergency) peaked, for the rules' history check. */
  readonly emergencyPart: string;
  /**
   * Whether the word pairs of some part of the message point to each kind (ReadingSettings):
   * without them the classifier may add a line beside the answer, never a reply in its place.
   */
  readonly pairsPointTo: { readonly emergency: boolean; readonly dangerSign: boolean; readonly crisis: boolean; readonly medicalAdvice: boolean };
}

/**
 * The learned second net beside the rules: it reads a message as a whole and sentence by
 * sentence (a sign after a long story is not diluted by the story) and reports the highest
 * probability of each kind. It decides nothing itself: the thresholds do (classifierDecision.ts).
 */
export class SafetyClassifier {
  private constructor(
    private readonly model: SoftmaxModel,
    private readonly reading: ReadingSettings,
    /** The word lists the model's features were read with in training: messages are read with the same. */
    private readonly words: FeatureWords,
    /** The model's table and weights in one array, for reading (see PackedRows); shared by withReading. */
    private readonly rows = new PackedRows(model),
    /** A repeated word's gram rows within the message being read (read is synchronous: one message at a time). */
    private readonly grams = new GramMemo(),
  ) {}

  /**
   * What the sentence had read where a clause that asks may last have started (read is synchronous): kept in
   * place at each such place, copied only when the clause does ask (at most three a sentence), not at each.
   */
  private readonly mayStart = { sums: new Float64Array(EXAMPLE_LABELS.length), pairs: new Float64Array(EXAMPLE_LABELS.length), count: 0, words: 0 };

  /** Trains on the examples, or reuses the model trained on exactly the same before (modelCache.ts). */
  static train(examples: readonly SafetyExample[], settings: TrainingSettings, cacheFolder?: string, reading: ReadingSettings = NO_GATE, words: FeatureWords = NO_FEATURE_WORDS): SafetyClassifier {
    return new SafetyClassifier(trainCached(featurise(examples, words), EXAMPLE_LABELS.length, settings, safetyModels(cacheFolder)), reading, words);
  }

  /** A classifier from a model already trained (modelCache.ts) on features read with these word lists. */
  static fromModel(model: SoftmaxModel, reading: ReadingSettings = NO_GATE, words: FeatureWords = NO_FEATURE_WORDS): SafetyClassifier {
    return new SafetyClassifier(model, reading, words);
  }

  /** The same model read with other settings (calibration). */
  withReading(reading: ReadingSettings): SafetyClassifier {
    return new SafetyClassifier(this.model, reading, this.words, this.rows);
  }

  /** Reads normalised text (see src/text/normalise.ts): one pass over its features, building no list of them. */
  read(text: string): ClassifierReading {
    const { model, rows, grams, mayStart } = this;
    const { minPairEvidence, minPartWords } = this.reading;
    const classes = EXAMPLE_LABELS.length;
    const sentences: { readonly sums: Float64Array; readonly pairs: Float64Array; readonly count: number; readonly words: number; readonly crisisPairs: number; readonly start: number; readonly end: number; readonly clauses: readonly Part[] }[] = [];
    let sums = new Float64Array(classes);
    let pairs = new Float64Array(classes);
    let count = 0;
    let words = 0;
    // Learnt word pairs that put a crisis above an ordinary message: one alone ("sat on") cannot say whose danger it is.
    let crisisPairs = 0;
    // Where a clause that asks may start (what the sentence had read by then), where such clauses did start, and the
    // clauses themselves: each read on its own for medical advice (askingClause.ts).
    let mayStartKept = false;
    const starts: Part[] = [];
    let clauses: Part[] = [];
    // The memo checks a word against the text the walk reads: the text with its hedges read as commas.
    const walked = hedgesRead(text, this.words);
    grams.begin(walked);
    visitReadFeatures(walked, {
      clauseMayStart: () => {
        mayStart.sums.set(sums);
        mayStart.pairs.set(pairs);
        mayStart.count = count;
        mayStart.words = words;
        mayStartKept = true;
      },
      clauseStarts: () => {
        if (mayStartKept) starts.push({ sums: mayStart.sums.slice(), pairs: mayStart.pairs.slice(), count: mayStart.count, words: mayStart.words });
      },
      askingClause: (mark, frame) => {
        const from = starts[mark];
        if (!from) return;
        const clause = { sums: new Float64Array(classes), pairs: new Float64Array(classes), count: count - from.count + 1, words: words - from.words };
        for (let c = 0; c < classes; c++) {
          clause.sums[c] = (sums[c] ?? 0) - (from.sums[c] ?? 0);
          clause.pairs[c] = (pairs[c] ?? 0) - (from.pairs[c] ?? 0);
        }
        const at = rows.find(frame);
        if (at >= 0) {
          rows.add(at, clause.sums);
          rows.add(at, clause.pairs);
        }
        clauses.push(clause);
      },
      feature: (feature, kind) => {
        if (kind === WORD) words++;
        // A feature it never learnt adds nothing, but counts: the text is that much longer.
        const at = rows.find(feature);
        if (at >= 0) {
          rows.add(at, sums);
          if (kind === PAIR || kind === FRAME) {
            rows.add(at, pairs);
            if (rows.leans(at, CLASS.crisis, CLASS.none)) crisisPairs++;
          }
          // A pair made with a joining word ("safe or", "at the") can say a part is ordinary, never that it is a sign.
          else if (kind === JOINED_PAIR) rows.addAtMost(at, CLASS.none, pairs);
        }
        if (kind === GRAM) grams.record(at);
        count++;
      },
      knownGrams: (whole, start, end, word) => {
        const entry = grams.find(whole, start, end, word);
        if (entry < 0) return false;
        count += grams.replay(entry, rows, sums);
        return true;
      },
      sentenceEnd: (start, end) => {
        sentences.push({ sums, pairs, count, words, crisisPairs, start, end, clauses });
        clauses = [];
        starts.length = 0;
        mayStartKept = false;
        sums = new Float64Array(classes);
        pairs = new Float64Array(classes);
        count = 0;
        words = 0;
        crisisPairs = 0;
      },
    }, this.words);

    const window = new Float64Array(classes);
    const windowPairs = new Float64Array(classes);
    const p = new Float64Array(classes);
    const reading = { emergency: 0, dangerSign: 0, crisis: 0, crisisAsAWhole: 0, medicalAdvice: 0, emergencyPart: '', pairsPointTo: { emergency: true, dangerSign: true, crisis: true, medicalAdvice: true } };
    // A request for a clinical judgement is in the sentence that asks. When a message marks its
    // question ("...?"), only parts that end in one count as medical advice: a story sentence
    // that names a treatment ("the surgeon wants to do a spinal fusion.") asks nothing. A sentence
    // that says what the writer wants to know ("I just want to know how to ask for a second opinion
    // on it.": classifier.yaml's wantsToKnow) marks the question as "?" does, so a result named in a
    // sentence before it asks nothing. A message with neither ("can i take ibuprofen with it") is
    // read as before.
    const { wantsToKnow } = this.words;
    const asks = sentences.map((sentence) => text.charCodeAt(sentence.end - 1) === QUESTION_MARK || wantsToKnow?.test(text.slice(sentence.start, sentence.end)) === true);
    const marksItsQuestion = asks.includes(true);
    let medicalCounts = true;
    let scale = 0;
    // The most any part's word pairs point to each kind, beyond an ordinary message.
    const pairEvidence = new Float64Array(classes).fill(-Infinity);
    const take = (start: number, end: number, crisisPairs: number): void => {
      const beyond = windowPairs[CLASS.none] ?? 0;
      // A part with fewer than MIN_CRISIS_PAIRS pairs that lean to a crisis must point to one beyond a near-miss as well.
      const signLike = Math.max(beyond, windowPairs[CLASS['near-miss']] ?? 0);
      for (let c = 0; c < classes; c++) {
        const against = c === CLASS.crisis && crisisPairs < MIN_CRISIS_PAIRS ? signLike : beyond;
        pairEvidence[c] = Math.max(pairEvidence[c] ?? 0, ((windowPairs[c] ?? 0) - against) * scale);
      }
      const e = p[CLASS.emergency] ?? 0;
      if (e > reading.emergency) {
        reading.emergency = e;
        reading.emergencyPart = text.slice(start, end);
      }
      reading.dangerSign = Math.max(reading.dangerSign, e + (p[CLASS['possible-emergency']] ?? 0));
      reading.crisis = Math.max(reading.crisis, p[CLASS.crisis] ?? 0);
      if (medicalCounts) reading.medicalAdvice = Math.max(reading.medicalAdvice, p[CLASS['medical-advice']] ?? 0);
    };
    // Each sentence alone, then with the one or two before it: a sign broken into fragments
    // ("cant. anymore. sorry.") or spread over short sentences ("Chest hurts. Arm numb.") reads
    // as one, and a sign after a long story is not diluted by the story.
    sentences.forEach((sentence, i) => {
      window.fill(0);
      windowPairs.fill(0);
      let windowCount = 0;
      let windowWords = 0;
      let windowCrisisPairs = 0;
      for (let j = i; j >= 0 && j > i - NEIGHBOURS - 1; j--) {
        const first = sentences[j];
        if (!first) break;
        for (let c = 0; c < classes; c++) {
          window[c] = (window[c] ?? 0) + (first.sums[c] ?? 0);
          windowPairs[c] = (windowPairs[c] ?? 0) + (first.pairs[c] ?? 0);
        }
        windowCount += first.count;
        windowWords += first.words;
        windowCrisisPairs += first.crisisPairs;
        if (windowWords < minPartWords) continue;
        model.probabilities(window, windowCount, p);
        scale = 1 / Math.sqrt(windowCount);
        medicalCounts = !marksItsQuestion || asks[i] === true;
        take(first.start, sentence.end, windowCrisisPairs);
      }
      // Its clauses that ask, alone and with the sentence before: medical advice only (the request, not its story).
      if (marksItsQuestion && asks[i] !== true) return;
      for (const clause of sentence.clauses) {
        const before = sentences[i - 1];
        for (const part of before ? [clause, joined(clause, before)] : [clause]) {
          if (part.words < minPartWords) continue;
          model.probabilities(part.sums, part.count, p);
          reading.medicalAdvice = Math.max(reading.medicalAdvice, p[CLASS['medical-advice']] ?? 0);
          const beyond = part.pairs[CLASS.none] ?? 0;
          const evidence = ((part.pairs[CLASS['medical-advice']] ?? 0) - beyond) / Math.sqrt(part.count);
          pairEvidence[CLASS['medical-advice']] = Math.max(pairEvidence[CLASS['medical-advice']] ?? 0, evidence);
        }
      }
    });
    // The whole message too: a part when it is longer than any window, and its crisis reading as a whole.
    window.fill(0);
    windowPairs.fill(0);
    let total = 0;
    let totalCrisisPairs = 0;
    for (const sentence of sentences) {
      totalCrisisPairs += sentence.crisisPairs;
      for (let c = 0; c < classes; c++) {
        window[c] = (window[c] ?? 0) + (sentence.sums[c] ?? 0);
        windowPairs[c] = (windowPairs[c] ?? 0) + (sentence.pairs[c] ?? 0);
      }
      total += sentence.count;
    }
    model.probabilities(window, total, p);
    reading.crisisAsAWhole = p[CLASS.crisis] ?? 0;
    if (sentences.length > NEIGHBOURS + 1) {
      scale = 1 / Math.sqrt(total);
      medicalCounts = !marksItsQuestion;
      take(0, text.length, totalCrisisPairs);
    }
    const pointsTo = (c: number, needed: number): boolean => needed <= 0 || (pairEvidence[c] ?? -Infinity) >= needed;
    const emergency = pointsTo(CLASS.emergency, minPairEvidence.emergency);
    reading.pairsPointTo = {
      emergency,
      dangerSign: emergency || pointsTo(CLASS['possible-emergency'], minPairEvidence.emergency),
      crisis: pointsTo(CLASS.crisis, minPairEvidence.crisis),
      medicalAdvice: pointsTo(CLASS['medical-advice'], minPairEvidence.medicalAdvice),
    };
    return reading;
  }
}
