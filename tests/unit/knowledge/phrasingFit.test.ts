import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packPhrasings, type IndexedPhrasing } from '../../../src/knowledge/matching/entryIndex';
import { PhrasingFitter, WHOLE } from '../../../src/knowledge/matching/phrasingFit';

/** Every term of every phrasing read in order: what the fitter must give, bit for bit. */
function fitByReadingEverything(phrasings: readonly IndexedPhrasing[], saidById: Float64Array, termCount: number): { fit: number; same: number } {
  let fit = -Infinity;
  let same = 0;
  for (const { ids, weights, totalWeight } of phrasings) {
    let shared = 0;
    ids.forEach((id, i) => (shared += (weights[i] ?? 0) * (saidById[id] ?? 0)));
    const fitted = totalWeight !== 0 ? shared / totalWeight : 0;
    if (fitted > fit) fit = fitted;
    if (fitted >= WHOLE && ids.length === termCount) same++;
  }
  return { fit, same };
}

const TERMS = 50;
const weight = fc.double({ min: 0.05, max: 4, noNaN: true });
/** Distinct term ids, up to 45 of them, so phrasings longer than 32 terms are read too. */
const phrasing = fc.uniqueArray(fc.nat(TERMS - 1), { maxLength: 45, size: 'max' });

function indexed(ids: readonly number[], weightOf: readonly number[]): IndexedPhrasing {
  const weights = Float64Array.from(ids, (id) => weightOf[id] ?? 1);
  return { terms: ids.map(String), ids: Int32Array.from(ids), weights, totalWeight: weights.reduce((sum, w) => sum + w, 0) };
}

describe('fitting a message to an entry by the places of its own terms', () => {
  it('gives every entry the same closest fit and the same count of identical phrasings as reading every term of every phrasing', () => {
    const fitter = new PhrasingFitter(12);
    fc.assert(
      fc.property(
        fc.array(phrasing, { maxLength: 12 }),
        fc.array(weight, { minLength: TERMS, maxLength: TERMS }),
        fc.uniqueArray(fc.nat(TERMS + 9), { maxLength: 12 }),
        fc.array(fc.constantFrom(0, 0.3, 0.5, 1, 1), { minLength: 12, maxLength: 12 }),
        (phrasingIds, weightOf, messageTerms, saidWeights) => {
          const phrasings = phrasingIds.map((ids) => indexed(ids, weightOf));
          // Ids of TERMS and above stand for the message's words no entry has.
          const saidById = new Float64Array(TERMS);
          const messageIds = messageTerms.filter((id) => id < TERMS);
          messageIds.forEach((id, i) => (saidById[id] = saidWeights[i] ?? 1));
          const got = { ...fitter.fit(packPhrasings(phrasings), messageIds, saidById, messageTerms.length) };
          const wanted = fitByReadingEverything(phrasings, saidById, messageTerms.length);
          expect(Object.is(got.fit, wanted.fit)).toBe(true);
          expect(got.same).toBe(wanted.same);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts a phrasing that is the message exactly as the same, and one with a term more as not', () => {
    const weightOf = [1, 2, 3];
    const phrasings = [indexed([0, 1], weightOf), indexed([1, 0], weightOf), indexed([0, 1, 2], weightOf)];
    const saidById = Float64Array.from([1, 1, 0]);
    expect({ ...new PhrasingFitter(3).fit(packPhrasings(phrasings), [0, 1], saidById, 2) }).toEqual({ fit: 1, same: 2 });
  });

  it('fits an entry without phrasings at minus infinity, and one whose phrasings share nothing with the message at 0', () => {
    const fitter = new PhrasingFitter(1);
    expect(fitter.fit(packPhrasings([]), [0], Float64Array.from([1]), 1).fit).toBe(-Infinity);
    expect(fitter.fit(packPhrasings([indexed([1], [1, 1])]), [0], Float64Array.from([1, 0]), 1).fit).toBe(0);
  });
});
