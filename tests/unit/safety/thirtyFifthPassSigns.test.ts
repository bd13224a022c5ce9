import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-fifth pass', () => {
  it('lowers a sign that was over months ago when the person is "back to herself now" to the 999 line; confusion starting now stays 999', () => {
    const over = "Mum had delirium with a water infection in hospital in January, totally back to herself now. I'd like a different geriatrician to review her care plan.";
    expect(shippedRules.assess(over)?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('Mum has suddenly gone very confused this afternoon and does not know where she is')?.kind).toBe('emergency');
  });

  it('lowers a heavy bleed after an earlier birth, told while pregnant again, to the 999 line; bleeding heavily after a birth now stays 999', () => {
    const earlier = 'I had a big bleed after my first baby and lost a lot of blood. Pregnant again now and want a second opinion on the birth plan';
    expect(shippedRules.assess(earlier)?.kind).toBe('possible-emergency');
    expect(shippedRules.assess("I'm bleeding really heavily after my first baby, she was born yesterday")?.kind).toBe('emergency');
  });

  it('does not read being "knocked out" by news as someone unconscious; knocked out in a fall is 999', () => {
    expect(shippedRules.assess('honestly I was floored when he said it was stage 3, completely knocked out. I want a second opinion on the diagnosis')).toBeUndefined();
    expect(shippedRules.assess('he fell off the ladder and was knocked out, he is still groggy')?.kind).toBe('emergency');
  });
});
