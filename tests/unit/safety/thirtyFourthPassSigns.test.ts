import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-fourth pass', () => {
  it('does not read "is it all right to ask to see someone else" as asking for a clinical judgement, however the words are spelt', () => {
    const asking = "My son has type 1 diabetes and I never feel I can ask anything. Is it all right to ask to see the registrar instead?";
    expect(shippedRules.assess(asking)).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it alright to ask to see the registrar instead?')).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it all right to stop his insulin while we wait?')?.kind).toBe('medical-advice');
  });

  it('reads being sick with drowsiness or confusion after a crash as a head injury now, even after "he seemed ok, but"', () => {
    const now = "we were in a car crash earlier and he seemed ok, but he's just started being sick again now and is really drowsy and not making sense";
    expect(shippedRules.assess(now)?.kind).toBe('emergency');
    expect(shippedRules.assess('the car crash was two years ago, he was confused and vomiting for a week after, now we want a second opinion on his back')?.kind).toBe('possible-emergency');
  });

  it('lowers a sign told with the age it happened at ("stopped breathing at 3 days old ... she\'s 2 now") to the 999 line; happening to a baby now stays 999', () => {
    expect(shippedRules.assess("Our baby stopped breathing at 3 days old and was in NICU, she's 2 now and thriving. Can we get a second opinion?")?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('my baby is 3 days old and has stopped breathing')?.kind).toBe('emergency');
  });

  it('reads whether to carry a medicine named in the sentence before as a question for a pharmacist or GP', () => {
    expect(shippedRules.assess('I was given an EpiPen after a reaction last year. Do I have to carry it everywhere or only when I eat out?')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('I have my notes from the first doctor. Do I have to carry them everywhere?')).toBeUndefined();
  });
});
