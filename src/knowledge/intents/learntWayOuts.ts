import { learnIntent } from './learntIntent';

/** How sure the learnt way-out reader must be (knowledge/intents/way-out-examples.yaml). */
export interface WayOutThresholds {
  /** The share of "way out" a reply needs to be taken as one. */
  readonly threshold: number;
  /** The share it needs when a button fits the reply by some of its words. */
  readonly thresholdOverAButton: number;
}

/** What the reader is trained from: way-out-examples.yaml's two lists (and the content, given apart). */
export interface WayOutExamples extends WayOutThresholds {
  readonly wayOuts: readonly string[];
  readonly notWayOuts: readonly string[];
}

/** The reader: how sure it is that a reply to a flow's question asks to leave the flow, and how sure it must be. */
export interface LearntWayOuts extends WayOutThresholds {
  readonly probability: (text: string) => number;
}

/**
 * A learnt second net beside typed-answers.yaml's frames for ways out. People leave a flow in more ways than frames
 * grown kind by kind can hold: frames built on one set's ways out moved a fresh set's by 5 of 70 (docs/evaluation.md,
 * the twenty-fourth pass). `ordinary` are the content's own questions and the flows' button words, none of them a
 * way out: they teach what a side question and an answer look like.
 */
export function learnWayOuts(examples: WayOutExamples, ordinary: readonly string[]): LearntWayOuts {
  const { threshold, thresholdOverAButton } = examples;
  return { threshold, thresholdOverAButton, probability: learnIntent(examples.wayOuts, [...examples.notWayOuts, ...ordinary]) };
}
