/** FNV-1a, 32 bits: the hash that names the learnt models' features (words, pairs, grams). */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One character (its code) mixed into a hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}
