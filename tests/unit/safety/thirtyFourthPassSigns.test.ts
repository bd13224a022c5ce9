import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-fourth pass', () => {
  it('does not read "is it all right to ask to see someone else" as asking for a clinical judgement, however the words are spelt', () => {
    const asking = "My son has type 1 diabetes and I never feel I can ask anything. Is it all right to ask to see the registrar instead?";
    expect(shippedRules.assess(asking)).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it alright to ask to see the registrar instead?')).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it all right to stop his insulin while we wait?')?.kind).toBe('medical-advice');
  });
});
