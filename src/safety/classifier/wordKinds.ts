/** What a listed word is, one bit per list of classifier.yaml's featureWords (features.ts). */
export const WORD_KIND = Object.freeze({ joining: 1, asking: 2, fillers: 4, subjects: 8, clinical: 16, process: 32 });

/**
 * The listed words' kinds by their hashes, in one open-addressed table of plain 32-bit numbers: the
 * feature pass asks it once for every word of a message, so it allocates nothing and a word in no
 * list (most of them) costs one probe. A hash stands for its word, as everywhere in the features.
 */
export class WordKinds {
  private readonly hashes: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly mask: number;

  constructor(words: readonly { readonly hash: number; readonly kind: number }[]) {
    let capacity = 16;
    while (capacity < 2 * words.length) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.mask = capacity - 1;
    for (const { hash, kind } of words) {
      const slot = this.slotOf(hash);
      this.hashes[slot] = hash;
      this.kinds[slot] = (this.kinds[slot] ?? 0) | kind;
    }
  }

  /** The word's kinds (WORD_KIND bits); 0 when it is in no list. */
  of(hash: number): number {
    return this.kinds[this.slotOf(hash)] ?? 0;
  }

  /** The slot that holds the hash, or the empty one where it would go (a slot is empty while its kinds are 0). */
  private slotOf(hash: number): number {
    const { hashes, kinds, mask } = this;
    let slot = Math.imul(hash, 0x9e3779b1) & mask;
    while ((kinds[slot] ?? 0) !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }
}
