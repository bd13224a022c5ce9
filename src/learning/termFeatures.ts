import { FNV_OFFSET, fnvStep } from './fnv';

/** A second seed, so a pair of terms never hashes as a single term would. */
const SEED_PAIR = 0x85ebca6b;

/** Terms (stems, or concepts) and pairs of neighbouring terms, hashed into `out` as a linear model's features. */
export function termFeatures(terms: readonly string[], out: number[]): number[] {
  out.length = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? '';
    out.push(hash(term, FNV_OFFSET));
    const next = terms[i + 1];
    if (next !== undefined) out.push(hash(next, hash(term, SEED_PAIR)));
  }
  return out;
}

function hash(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  // Features are never 0 (the model's table marks an empty slot with 0).
  return h === 0 ? 1 : h;
}
