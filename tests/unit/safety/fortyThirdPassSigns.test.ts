import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('requests read in the forty-third pass', () => {
  it('signposts a medical question whose second opinion is only its setting, as it would without it', () => {
    expect(shippedRules.assessByRules("Not sure I should still be on the warfarin while I wait for the haematologist's second opinion, my arms are covered in bruises")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("stopped my antidepressant cold turkey since I'm getting a second opinion anyway, now I get zaps in my head, is that dangerous")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("the lump in my neck is bigger now. Does that change anything or do I just wait for my 2nd opinion in 5 weeks")?.kind).toBe('medical-advice');
  });

  it('leaves the leaflet its questions about treatment and forms while a second opinion is awaited', () => {
    expect(shippedRules.assessByRules('Should I carry on with my treatment while I wait for a second opinion?')).toBeUndefined();
    expect(shippedRules.assessByRules('is it really necessary to fill in the form before my second opinion appointment?')).toBeUndefined();
  });
});
