import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-fifth pass', () => {
  it('lowers a sign that was over months ago when the person is "back to herself now" to the 999 line; confusion starting now stays 999', () => {
    const over = "Mum had delirium with a water infection in hospital in January, totally back to herself now. I'd like a different geriatrician to review her care plan.";
    expect(shippedRules.assess(over)?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('Mum has suddenly gone very confused this afternoon and does not know where she is')?.kind).toBe('emergency');
    // Not back to herself is not well again: the sign is not lowered by it.
    expect(shippedRules.assess("Mum's face dropped on one side in January. She is back to herself now.")?.kind).toBe('possible-emergency');
    expect(shippedRules.assess("Mum's face dropped on one side in January. She is not back to herself.")?.kind).toBe('emergency');
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

  it('reads a carer asking whether to give another dose, leave drops off or ask the same of another medicine as a medicines question', () => {
    expect(shippedRules.assess('he was sick about 20 mins after his antibiotic, do i give him another one')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('the eye drops sting her something awful, can i leave them off for a few days')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('same question but for the spray')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('can i leave them off the list of people to contact about my appointment')).toBeUndefined();
    expect(shippedRules.assess('same question about the appointment')).toBeUndefined();
  });

  it('reads a number on a machine at home, when stitches come out and whether a symptom can wait for the next appointment as clinical questions', () => {
    expect(shippedRules.assess('the oxygen thing on her finger says 93, is that alright for someone with her chest')?.kind).toBe('medical-advice');
    expect(shippedRules.assess("how soon should her stitches come out, it's been 9 days")?.kind).toBe('medical-advice');
    expect(shippedRules.assess("gran's eyes have gone a bit yellow, does she need the gp this week or can it wait for her appointment next month")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('the waiting list says 18 weeks, is that normal?')).toBeUndefined();
    expect(shippedRules.assess('when will the hospital send the letter about her stitches coming out')).toBeUndefined();
  });
});
