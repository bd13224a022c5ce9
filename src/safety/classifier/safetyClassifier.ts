import { normalise } from '../../text/normalise';
import { sentenceFeatures, type FeatureList } from './features';
import { SoftmaxModel, type TrainingSettings } from './softmaxModel';
import { EXAMPLE_LABELS, type ExampleLabel, type SafetyExample } from './types';

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

  static train(examples: readonly SafetyExample[], settings: TrainingSettings): SafetyClassifier {
    const labelled = examples.map(({ text, label }) => ({
      features: sentenceFeatures(normalise(text)).flatMap((s) => s.features),
      label: CLASS[label],
    }));
    return new SafetyClassifier(SoftmaxModel.train(labelled, EXAMPLE_LABELS.length, settings));
  }

  /** Reads normalised text (see src/text/normalise.ts). */
  read(text: string): ClassifierReading {
    const sentences = sentenceFeatures(text);
    const parts: { features: FeatureList; start: number; end: number }[] = sentences.length > 1 ? [...sentences, { features: sentences.flatMap((s) => s.features), start: 0, end: text.length }] : sentences;
    const p = new Float64Array(EXAMPLE_LABELS.length);
    let emergency = 0;
    let dangerSign = 0;
    let crisis = 0;
    let medicalAdvice = 0;
    let emergencyPart = '';
    for (const part of parts) {
      this.model.scores(part.features, p);
      const e = p[CLASS.emergency] ?? 0;
      if (e > emergency) {
        emergency = e;
        emergencyPart = text.slice(part.start, part.end);
      }
      dangerSign = Math.max(dangerSign, e + (p[CLASS['possible-emergency']] ?? 0));
      crisis = Math.max(crisis, p[CLASS.crisis] ?? 0);
      medicalAdvice = Math.max(medicalAdvice, p[CLASS['medical-advice']] ?? 0);
    }
    return { emergency, dangerSign, crisis, medicalAdvice, emergencyPart };
  }
}
