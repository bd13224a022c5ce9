import { FNV_OFFSET, fnvStep } from '../../learning/fnv';
import { SoftmaxModel, type TrainingSettings } from '../../learning/softmaxModel';
import { stem } from '../text/stem';
import { wordsOf } from './words';

/** What the learnt complaint recogniser is trained from (knowledge/intents/complaint-examples.yaml and the content). */
export interface ComplaintExamples {
  readonly complaints: readonly string[];
  readonly notComplaints: readonly string[];
  /** The share of "complaint" a message needs to be taken as one. */
  readonly threshold: number;
}

/** The recogniser: how sure it is that a message is a complaint, and how sure it must be. */
export interface LearntComplaints {
  readonly probability: (text: string) => number;
  readonly threshold: number;
}

// Fixed, so the same examples always give the same model: a handful of passes settle a two-class model this size.
const TRAINING: TrainingSettings = Object.freeze({ epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 1, classBalance: 0.5, orders: 1 });
const COMPLAINT = 1;
/** A complaint the phrases miss is a story; fewer words are a flow's answer or small talk ("still want it"), not one. */
const FEWEST_WORDS = 5;

/**
 * A small learnt second net beside complaints.yaml's phrases. Complaints are mostly told as a story of what happened
 * ("they lost her notes again and nobody rings back"), in more ways than phrase lists can hold: word families grown from
 * one writer's lines routed another writer's stories no better (docs/evaluation.md, the eighteenth pass). The model
 * reads the words (stemmed) and the pairs of neighbouring words, so "rings back" and "lost notes" weigh as pairs.
 * `ordinary` are the content's own questions, all of them not complaints: they teach what an everyday question is.
 */
export function learnComplaints(examples: ComplaintExamples, ordinary: readonly string[]): LearntComplaints {
  const labelled = [
    ...examples.complaints.map((text) => ({ features: complaintFeatures(text), label: COMPLAINT })),
    ...[...examples.notComplaints, ...ordinary].map((text) => ({ features: complaintFeatures(text), label: 0 })),
  ];
  const model = SoftmaxModel.train(labelled, 2, TRAINING);
  const scores = new Float64Array(2);
  return {
    threshold: examples.threshold,
    probability: (text) => {
      if (wordsOf(text).length < FEWEST_WORDS) return 0;
      model.scores(complaintFeatures(text), scores);
      return scores[COMPLAINT] ?? 0;
    },
  };
}

/** The stemmed words of a message and each pair of neighbours, as feature numbers (never 0). */
export function complaintFeatures(text: string): number[] {
  const stems = wordsOf(text).map((word) => stem(word));
  const features: number[] = [];
  stems.forEach((word, i) => {
    features.push(featureNumber('w', word));
    const before = stems[i - 1];
    if (before !== undefined) features.push(featureNumber('p', `${before} ${word}`));
  });
  return features;
}

function featureNumber(kind: string, text: string): number {
  let hash = fnvStep(FNV_OFFSET, kind.charCodeAt(0));
  for (let i = 0; i < text.length; i += 1) hash = fnvStep(hash, text.charCodeAt(i));
  return hash === 0 ? 1 : hash;
}
