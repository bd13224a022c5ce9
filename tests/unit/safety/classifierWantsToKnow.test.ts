import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

// classifier.yaml's wantsToKnow: a sentence saying what the writer wants to know asks, as one ending in "?" does.
describe('a sentence that says what the writer wants to know (twentieth pass)', () => {
  it('is the question, so a result named in a sentence before it asks for no judgement', () => {
    expect(shippedRules.assess('My biopsy said grade 2. I just want to know how to ask for a second opinion on it.')).toBeUndefined();
    expect(shippedRules.assess("My biopsy said grade 2. I'm not asking what that means. I just want to know how to ask for a second opinion on it.")).toBeUndefined();
  });

  it('still asks for a judgement when what it wants to know is what the result means', () => {
    expect(shippedRules.assess('My biopsy said grade 2. I want to know what that means for me.')?.kind).toBe('medical-advice');
  });
});
