import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/text/normalise';
import { shippedRules } from './shippedRules';

/**
 * Whatever arrives, the safety rules return an answer: they never throw and never hang.
 * (How fast is measured by `npm run bench`, not asserted here.)
 */
const KINDS = [undefined, 'emergency', 'possible-emergency', 'crisis', 'medical-advice', 'possible-crisis'];
const WORDS = 'chest pain my dad cant breathe not no since operation last year had a stroke kill myself how much paracetamol should i have chemo , . ? ! blue floppy baby bleeding wont stop second opinion'.split(' ');

describe('the safety rules on any input', () => {
  it('random strings of any characters never throw and give a known kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(KINDS).toContain(shippedRules.assess(text)?.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('word salad of trigger words never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }), (words) => {
        expect(KINDS).toContain(shippedRules.assess(words.join(' '))?.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('huge messages (5,000 to 20,000 characters) come back', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 20 }), fc.integer({ min: 5000, max: 20_000 }), (words, size) => {
        const text = words.join(' ').concat(' ').repeat(Math.ceil(size / (words.join(' ').length + 1))).slice(0, size);
        expect(KINDS).toContain(shippedRules.assess(text)?.kind);
      }),
      { numRuns: 25 },
    );
  });

  it('odd unicode (emoji, combining marks, right-to-left, full-width) never throws, and the normaliser keeps only plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(KINDS).toContain(shippedRules.assess(text)?.kind);
        expect(normalise(text)).toMatch(/^[a-z0-9.,!?;: ]*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('an emergency stays an emergency whatever harmless text surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (before, after) => {
        const text = `${before.replace(/[a-z]/gi, ' ')}. My dad can't breathe and his lips are blue. ${after.replace(/[a-z]/gi, ' ')}`;
        expect(shippedRules.assess(text)?.kind).toBe('emergency');
      }),
      { numRuns: 200 },
    );
  });
});
