import { normalise } from '../../text/normalise';
import { messageFeatures, visitFeatures } from './features';
import { trainCached } from './modelCache';
import type { LabelledFeatures, SoftmaxModel, TrainingSettings } from './softmaxModel';
import { EXAMPLE_LABELS, type ExampleLabel, type SafetyExample } from './types';

/** Sentences before each one that are also read together with it. */
const NEIGHBOURS = 2;
const QUESTION_MARK = 63;

const CLASS = Object.fromEntries(EXAMPLE_LABELS.map((label, i) => [label, i])) as Record<ExampleLabel, number>;

/** The examples as the model learns them: the features of their normalised text, and their class. */
export function featurise(examples: readonly SafetyExample[]): LabelledFeatures[] {
  return examples.map(({ text, label }) => ({ features: messageFeatures(normalise(text)).features, label: CLASS[label] }));
}

/** What the classifier makes of a message: the highest probability of each kind in any part of it. */
export interface ClassifierReading {
  readonly emergency: number;
  /** P(emergency) + P(possible emergency): a danger sign, whether or not it is happening now. */
  readonly dangerSign: number;
  readonly crisis: number;
  /** Only from parts that end in the message's asking sentence, when it marks one with "?". */
  readonly medicalAdvice: number;
  /** The part of the normalised text where P(emergency) peaked, for the rules' history check. */
  readonly emergencyPart: string;
}

/**
 * The learned second net beside the rules: it reads a message as a whole and sentence by
 * sentence (a sign after a long story is not diluted by the story) and reports the highest
 * probability of each kind. It decides nothing itself: the thresholds do (classifierDecision.ts).
 */
export class SafetyClassifier {
  private constructor(private readonly model: SoftmaxModel) {}

  /** Trains on the examples, or reuses the model trained on exactly the same before (modelCache.ts). */
  static train(examples: readonly SafetyExample[], settings: TrainingSettings, cacheFolder?: string): SafetyClassifier {
    return new SafetyClassifier(trainCached(featurise(examples), EXAMPLE_LABELS.length, settings, cacheFolder));
  }

  /** A classifier from a model already trained (modelCache.ts). */
  static fromModel(model: SoftmaxModel): SafetyClassifier {
    return new SafetyClassifier(model);
  }

  /** Reads normalised text (see src/text/normalise.ts): one pass over its features, building no list of them. */
  read(text: string): ClassifierReading {
    const { model } = this;
    const classes = EXAMPLE_LABELS.length;
    const sentences: { readonly sums: Float64Array; readonly count: number; readonly start: number; readonly end: number }[] = [];
    let sums = new Float64Array(classes);
    let count = 0;
    visitFeatures(text, {
      feature: (bucket) => {
        model.addBucket(bucket, sums);
        count++;
      },
      sentenceEnd: (start, end) => {
        sentences.push({ sums, count, start, end });
        sums = new Float64Array(classes);
        count = 0;
      },
    });

    const window = new Float64Array(classes);
    const p = new Float64Array(classes);
    const reading = { emergency: 0, dangerSign: 0, crisis: 0, medicalAdvice: 0, emergencyPart: '' };
    // A request for a clinical judgement is in the sentence that asks. When a message marks its
    // question ("...?"), only parts that end in one count as medical advice: a story sentence
    // that names a treatment ("the surgeon wants to do a spinal fusion.") asks nothing. A
    // message with no question mark ("can i take ibuprofen with it") is read as before.
    const asks = sentences.map((sentence) => text.charCodeAt(sentence.end - 1) === QUESTION_MARK);
    const marksItsQuestion = asks.includes(true);
    let medicalCounts = true;
    const take = (start: number, end: number): void => {
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
      let windowCount = 0;
      for (let j = i; j >= 0 && j > i - NEIGHBOURS - 1; j--) {
        const first = sentences[j];
        if (!first) break;
        for (let c = 0; c < classes; c++) window[c] = (window[c] ?? 0) + (first.sums[c] ?? 0);
        windowCount += first.count;
        model.probabilities(window, windowCount, p);
        medicalCounts = !marksItsQuestion || asks[i] === true;
        take(first.start, sentence.end);
      }
    });
    // The whole message too, when it is longer than any window.
    if (sentences.length > NEIGHBOURS + 1) {
      window.fill(0);
      let total = 0;
      for (const sentence of sentences) {
        for (let c = 0; c < classes; c++) window[c] = (window[c] ?? 0) + (sentence.sums[c] ?? 0);
        total += sentence.count;
      }
      model.probabilities(window, total, p);
      medicalCounts = !marksItsQuestion;
      take(0, text.length);
    }
    return reading;
  }
}
