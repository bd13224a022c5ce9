import { learnIntent } from './learntIntent';

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
  return {
    threshold: examples.threshold,
    thresholdInFlow: examples.thresholdInFlow,
    probability: learnIntent(examples.complaints, [...examples.notComplaints, ...ordinary], FEWEST_WORDS),
  };
}
