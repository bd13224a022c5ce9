import type { Origin } from '../types';
import type { FeatureWordLists } from './features';
import type { OrdinarySource } from './ordinaryMessages';
import type { PairEvidence } from './safetyClassifier';
import type { TrainingSettings } from '../../learning/softmaxModel';

/** What a clinician can say a phrasing is; the classifier learns one class per label. */
export const EXAMPLE_LABELS = ['emergency', 'possible-emergency', 'crisis', 'medical-advice', 'near-miss', 'none'] as const;
export type ExampleLabel = (typeof EXAMPLE_LABELS)[number];

/** One labelled phrasing of knowledge/safety/examples/, or one of a rule's own examples. */
export interface SafetyExample {
  readonly text: string;
  readonly label: ExampleLabel;
  readonly origin: Origin;
}

/**
 * How sure the classifier must be before it raises a message the rules left alone. Each is a
 * probability between 0 and 1, calibrated on the blind dev sets (docs/evaluation.md).
 */
export interface ClassifierThresholds {
  /** P(emergency) at or above this: 999 first, as a rule would. */
  readonly emergency: number;
  /** P(emergency) + P(possible emergency) at or above this: the "if this is happening now" line. */
  readonly possibleEmergency: number;
  readonly crisis: number;
  /**
   * The crisis reply also needs P(crisis) of the message read as a whole at or above this (below
   * it, a part that reads as a crisis gets the Samaritans line): 0, also when classifier.yaml leaves it out, is no such check.
   */
  readonly crisisAsAWhole: number;
  /** P(crisis) at or above this (and below crisis): the normal answer with one calm Samaritans line first. */
  readonly possibleCrisis: number;
  readonly medicalAdvice: number;
}

export interface ClassifierSettings {
  readonly training: TrainingSettings;
  readonly thresholds: ClassifierThresholds;
  /** Shorter messages are left to the rules: one or two words ("myself", "go ahead") say too little. */
  readonly minWords: number;
  /** How strongly a part's word pairs must point to each kind before it counts for it (ReadingSettings). */
  readonly minPairEvidence: PairEvidence;
  /** The content's own ordinary messages, read live as "none" examples (ordinaryMessages.ts). */
  readonly ordinaryMessages: readonly OrdinarySource[];
  /** Where a guided flow's own words for leaving it are (classifier.yaml's flowExits). */
  readonly flowExits: OrdinarySource;
  /** The reviewed word lists the features are read with (classifier.yaml's featureWords; features.ts). */
  readonly featureWords: FeatureWordLists;
}
