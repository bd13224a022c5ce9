import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';

// Known misses, kept visible. These use it.fails: they pass while the rules still get them
// wrong, and start failing the day a rule change fixes one, so it can move to the main tables.
describe('known limitations (currently missed)', () => {
  it.fails.each([
    ['emergency', 'my dad is acting drunk but he has not had a drink'],
    ['emergency', 'she keeps being sick and is really drowsy after banging her head yesterday'],
    ['emergency', 'my husband has been in bed for three days and will not eat or drink and is barely responding'],
    ['crisis', 'My dad says he sees no future for himself'],
    ['crisis', 'I have had enough, I am done'],
    ['medical-advice', 'can you look at this photo of my rash'],
  ] as const)('%s missed: %s', (kind, text) => {
    expect(assessSafety(text)?.kind).toBe(kind);
  });
});
