/** A message or a phrasing as weighted terms, for comparing the two. */
export type WeightedTerms = ReadonlyMap<string, number>;

/** Cosine similarity of two weighted term sets: 1 when they say the same, 0 when nothing in common. */
export function similarity(a: WeightedTerms, b: WeightedTerms): number {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, w] of a) {
    normA += w * w;
    const other = b.get(term);
    if (other !== undefined) shared += w * other;
  }
  for (const w of b.values()) normB += w * w;
  return normA === 0 || normB === 0 ? 0 : shared / Math.sqrt(normA * normB);
}

/**
 * Questions about other things that share words with ours ("a copy of my medical records", "a
 * sick note"): negative evidence. A message more like one of them than like any way of asking
 * the entry it would be answered with is about something else. It is one gate among others:
 * a message like none of them is still judged on whether it names our subject and how much of
 * it the entry explains.
 */
export class OffTopicExamples {
  constructor(private readonly examples: readonly WeightedTerms[]) {}

  get size(): number {
    return this.examples.length;
  }

  /** How like the closest example a message is (0..1). */
  closest(message: WeightedTerms): number {
    let best = 0;
    for (const example of this.examples) best = Math.max(best, similarity(message, example));
    return best;
  }
}
