import { normalise } from '../../text/normalise';
import { messageFeatures } from './features';
import { trainCached } from './modelCache';
import type { SoftmaxModel, TrainingSettings } from './softmaxModel';
import { EXAMPLE_LABELS, type ExampleLabel, type SafetyExample } from './types';

/** Sentences before each one that are also read together with it. */
const NEIGHBOURS = 2;

const CLASS = Object.fromEntries(EXAMPLE_LABELS.map((label, i) => [label, i])) as Record<ExampleLabel, number>;

/** What the classifier makes of a message: the highest probability of each kind in any part of it. */
export interface ClassifierReading {
  readonly emergency: number;
  /** P(emergency) + P(possible emergency): a danger sign, whether or not it is happening now. */
  readonly dangerSign: number;
  readonly crisis: number;
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
    const labelled = examples.map(({ text, label }) => ({
      features: messageFeatures(normalise(text)).features,
      label: CLASS[label],
    }));
    return new SafetyClassifier(trainCached(labelled, EXAMPLE_LABELS.length, settings, cacheFolder));
  }

  /** Reads normalised text (see src/text/normalise.ts): one pass over its features. */
  read(text: string): ClassifierReading {
    const { features, sentences } = messageFeatures(text);
    const classes = EXAMPLE_LABELS.length;
    // Weight sums of each sentence, side by side: a window of sentences is the sum of theirs.
    const sums = new Float64Array(classes * sentences.length);
    const window = new Float64Array(classes);
    const p = new Float64Array(classes);
    const reading = { emergency: 0, dangerSign: 0, crisis: 0, medicalAdvice: 0, emergencyPart: '' };
    const take = (start: number, end: number): void => {
      const e = p[CLASS.emergency] ?? 0;
      if (e > reading.emergency) {
        reading.emergency = e;
        reading.emergencyPart = text.slice(start, end);
      }
      reading.dangerSign = Math.max(reading.dangerSign, e + (p[CLASS['possible-emergency']] ?? 0));
      reading.crisis = Math.max(reading.crisis, p[CLASS.crisis] ?? 0);
      reading.medicalAdvice = Math.max(reading.medicalAdvice, p[CLASS['medical-advice']] ?? 0);
    };
    sentences.forEach((sentence, i) => {
      const own = sums.subarray(i * classes, (i + 1) * classes);
      this.model.addWeights(features, sentence.from, sentence.to, own);
      // The sentence alone, then with the one or two before it: a sign broken into fragments
      // ("cant. anymore. sorry.") or spread over short sentences ("Chest hurts. Arm numb.")
      // reads as one, and a sign after a long story is not diluted by the story.
      window.fill(0);
      for (let j = i; j >= 0 && j > i - NEIGHBOURS - 1; j--) {
        const first = sentences[j];
        if (!first) break;
        for (let c = 0; c < classes; c++) window[c] = (window[c] ?? 0) + (sums[j * classes + c] ?? 0);
        this.model.probabilities(window, sentence.to - first.from, p);
        take(first.start, sentence.end);
      }
    });
    // The whole message too, when it is longer than any window.
    if (sentences.length > NEIGHBOURS + 1) {
      window.fill(0);
      for (let k = 0; k < sums.length; k++) window[k % classes] = (window[k % classes] ?? 0) + (sums[k] ?? 0);
      this.model.probabilities(window, features.length, p);
      take(0, text.length);
    }
    return reading;
  }
}
