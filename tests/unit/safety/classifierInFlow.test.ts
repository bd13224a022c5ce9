import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('the shipped classifier inside a guided flow', () => {
  it('takes the flow\'s own words for leaving it as an answer, not a crisis sign', () => {
    for (const text of ['i dont want to do this anymore', 'get me out of here', 'i want to quit this now']) {
      expect(shippedRules.assess(text, { inFlow: true })).toBeUndefined();
    }
  });

  it('still reads a crisis said beside the words for leaving', () => {
    expect(shippedRules.assess('i dont want to do this anymore, i want to end my life', { inFlow: true })?.kind).toBe('crisis');
    expect(shippedRules.assess('get me out of here. nobody would miss me if i was gone. ive got the pills ready', { inFlow: true })?.kind).toBe('crisis');
  });
});
