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

describe('a reason for a choice typed as the answer to a flow\'s question (twentieth pass)', () => {
  it('takes having paid in all one\'s life, given as the reason for staying with the NHS, as an answer, not a crisis', () => {
    const text = "stick with nhs, I've paid my stamp all my life so I'll use it";
    expect(shippedRules.assess(text, { inFlow: true })?.kind).not.toBe('crisis');
    expect(shippedRules.assess(text)?.kind).not.toBe('crisis');
  });

  it('still gives the crisis reply to a life not wanted, typed in a flow', () => {
    expect(shippedRules.assess("nhs I suppose. if the pain is going to be there the rest of my life then I don't want any of it", { inFlow: true })?.kind).toBe('crisis');
  });
});
