import { SoftmaxModel, type TrainingSettings } from '../../learning/softmaxModel';
import { termFeatures } from '../../learning/termFeatures';
import { stem } from '../text/stem';
import { wordsOf } from './words';

// Fixed, so the same examples always give the same model: a handful of passes settle a two-class model this size.
// Four training orders averaged (nineteenth pass): one order's model hung on the order it happened to visit the
// examples in, and a message near the threshold moved by up to 0.49 from one order to another (a renumbering of the
// features is such a change: it moved a typed flow answer over the threshold); four orders of 15 passes move them by
// less than half as much (docs/evaluation.md, the nineteenth pass) for about half as much training again.
const TRAINING: TrainingSettings = Object.freeze({ epochs: 15, learningRate: 0.5, l2: 1e-4, seed: 1, classBalance: 0.5, orders: 4 });
const SAID = 1;

/**
 * A small learnt reader of one intent (a complaint, a wish to leave a flow), for what phrase lists cannot hold: it
 * reads the words (stemmed) and each pair of neighbouring words, so "rings back" and "had enough" weigh as pairs.
 * Returns how sure it is (0 to 1) that a message says the intent; a message of fewer than `fewestWords` words is 0.
 */
export function learnIntent(said: readonly string[], notSaid: readonly string[], fewestWords = 1): (text: string) => number {
  const labelled = [
    ...said.map((text) => ({ features: intentFeatures(text), label: SAID })),
    ...notSaid.map((text) => ({ features: intentFeatures(text), label: 0 })),
  ];
  const model = SoftmaxModel.train(labelled, 2, TRAINING);
  const scores = new Float64Array(2);
  return (text) => {
    if (wordsOf(text).length < fewestWords) return 0;
    model.scores(intentFeatures(text), scores);
    return scores[SAID] ?? 0;
  };
}

/** The stemmed words of a message and each pair of neighbours, as feature numbers (the learned ranker's kind). */
export function intentFeatures(text: string): number[] {
  return termFeatures(wordsOf(text).map((word) => stem(word)), []);
}
