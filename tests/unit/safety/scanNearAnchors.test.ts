import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralFinder } from '../../../src/safety/literalFinder';
import { longestRun, reachOf } from '../../../src/safety/reach';
import type { SafetyConcern } from '../../../src/safety';
import { shippedRules } from './shippedRules';

describe('finding anchors: every occurrence of many literal strings in one pass', () => {
  it('reports every occurrence of every string, overlapping and inside one another', () => {
    const strings = ['he', 'she', 'his', 'hers', 'e', 'ushe'];
    const text = 'ushers and sheep, his hers';
    const found: string[] = [];
    new LiteralFinder(strings).each(text, (index, start) => found.push(`${strings[index]}@${start}`));
    const expected = strings.flatMap((s) => [...text.matchAll(new RegExp(`(?=${s})`, 'g'))].map((m) => `${s}@${m.index}`));
    expect(found.sort()).toEqual(expected.sort());
  });
});

describe("a pattern's reach: how far around where a match starts it can read", () => {
  it.each([
    ['\\bchest pain\\b', { ahead: { fixed: 11, runs: 0 }, behind: { fixed: 1, runs: 0 } }],
    ['(?<!near )\\bchoking\\b', { ahead: { fixed: 8, runs: 0 }, behind: { fixed: 6, runs: 0 } }],
    ['\\bpain(?: [a-z0-9]+){0,2} arm(?=.{0,5}now)', { ahead: { fixed: 18, runs: 2 }, behind: { fixed: 1, runs: 0 } }],
  ])('%s', (source, reach) => {
    expect(reachOf(source)).toEqual(reach);
  });

  it.each(['\\bpain.*arm', '[^.]+', '(a)\\1'])('gives none when it is unbounded: %s', (source) => {
    expect(reachOf(source)).toBeUndefined();
  });

  it('counts runs of word characters and of spaces, each on its own', () => {
    expect(longestRun('ab   abcd, a')).toBe(4);
    expect(longestRun('a      b')).toBe(6);
  });
});

/** What the rules must give, from each rule scanning the whole message (ruleOutcome does). */
function scanningWhole(text: string): SafetyConcern | undefined {
  const specs = shippedRules.specs;
  const ofCategory = (category: string): typeof specs => specs.filter((s) => s.category === category);
  let possible: string | undefined;
  for (const spec of ofCategory('emergency')) {
    const outcome = shippedRules.ruleOutcome(spec.id, text);
    if (outcome === 'definite') return { kind: 'emergency', rule: spec.id };
    if (outcome === 'possible') possible ??= spec.id;
  }
  const withPossible = (concern: SafetyConcern): SafetyConcern => (possible ? { ...concern, possibleEmergency: possible } : concern);
  let struggling: string | undefined;
  for (const spec of ofCategory('crisis')) {
    const outcome = shippedRules.ruleOutcome(spec.id, text);
    if (outcome === 'definite') return withPossible({ kind: 'crisis', rule: spec.id });
    if (outcome === 'possible') struggling ??= spec.id;
  }
  const withStruggling = (concern: SafetyConcern): SafetyConcern => (struggling ? { ...concern, possibleCrisis: struggling } : concern);
  for (const spec of ofCategory('medical-advice')) {
    if (shippedRules.ruleOutcome(spec.id, text)) return withStruggling(withPossible({ kind: 'medical-advice', rule: spec.id }));
  }
  if (possible) return withStruggling({ kind: 'possible-emergency', rule: possible });
  return struggling ? { kind: 'possible-crisis', rule: struggling } : undefined;
}

describe('scanning only near anchors', () => {
  const examples = shippedRules.specs.flatMap((s) => [...s.mustTrigger, ...s.mustNotTrigger, ...s.possibleOnly]);
  const filler = [
    'we have been waiting for months for the hospital to get back to us about a second opinion',
    'my consultant said it is up to me whether i ask for another view',
    'what would you do, is it worth the wait',
    'the letter said he had a stroke two years ago and he has been fine since',
    'no chest pain, but',
  ];

  it('gives the same outcome as scanning the whole of a long message, wherever the sign sits in it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...examples, ...filler), { minLength: 2, maxLength: 40 }), fc.constantFrom(' ', '. ', ', ', '? '), (parts, joiner) => {
        const text = parts.join(joiner);
        expect(shippedRules.assessByRules(text)).toEqual(scanningWhole(text));
      }),
      { numRuns: 60 },
    );
  });
});
