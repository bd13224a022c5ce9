import { SoftmaxModel, type TrainingSettings } from '../../learning/softmaxModel';
import { termFeatures } from '../../learning/termFeatures';
import { stem } from '../text/stem';
import { wordsOf } from './words';

/** What the learnt complaint recogniser is trained from (knowledge/intents/complaint-examples.yaml and the content). */
export interface ComplaintExamples {
  readonly complaints: readonly string[];
  readonly notComplaints: readonly string[];
  /** The share of "complaint" a message needs to be taken as one. */
  readonly threshold: number;
  /** The share a message needs in the middle of a flow, where it is first of all an answer to the step's question. */
  readonly thresholdInFlow: number;
}

/** The recogniser: how sure it is that a message is a complaint, and how sure it must be. */
export interface LearntComplaints {
  readonly probability: (text: string) => number;
  readonly threshold: number;
  /** Higher than `threshold`: a typed answer to a flow's question is never a complaint by a hair. */
  readonly thresholdInFlow: number;
}

// Fixed, so the same examples always give the same model: a handful of passes settle a two-class model this size.
// Four training orders averaged (nineteenth pass): one order's model hung on the order it happened to visit the
// examples in, and a message near the threshold moved by up to 0.49 from one order to another (a renumbering of the
// features is such a change: it moved a typed flow answer over the threshold); four orders of 15 passes move them by
// less than half as much (docs/evaluation.md, the nineteenth pass) for about half as much training again.
const TRAINING: TrainingSettings = Object.freeze({ epochs: 15, learningRate: 0.5, l2: 1e-4, seed: 1, classBalance: 0.5, orders: 4 });
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
    thresholdInFlow: examples.thresholdInFlow,
    probability: (text) => {
      if (wordsOf(text).length < FEWEST_WORDS) return 0;
      model.scores(complaintFeatures(text), scores);
      return scores[COMPLAINT] ?? 0;
    },
  };
}

/** The stemmed words of a message and each pair of neighbours, as feature numbers (the learned ranker's kind). */
export function complaintFeatures(text: string): number[] {
  return termFeatures(wordsOf(text).map((word) => stem(word)), []);
}
