import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-eighth pass', () => {
  it('does not call 999 for skin on an arm that has changed colour, while an arm that has gone still is a stroke sign', () => {
    const skin = "I'm on radiotherapy. The skin under my arm has gone very red and shiny and today a small patch has started to peel and weep.";
    expect(shippedRules.assess(skin)?.kind).not.toBe('emergency');
    expect(shippedRules.assess("my arm's gone red where the drip was")?.kind).not.toBe('emergency');
    expect(shippedRules.assess('his arm has gone and he cant speak properly')?.kind).toBe('emergency');
    expect(shippedRules.assess('her arm has gone all floppy')?.kind).toBe('emergency');
  });

  it('signposts asking whether to be seen about something noticed and how soon, but not asking to see someone else for a second opinion', () => {
    expect(shippedRules.assess("my mole has gone darker at one edge. Should I be seeing someone about it, and how quickly?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('should i be seeing someone else for a second opinion')).toBeUndefined();
  });

  it('leaves asking for copies of results to bring along to the Q&A, while asking what a result means is still signposted', () => {
    expect(shippedRules.assess('Should I request copies of my test results to bring along, and is there a charge for them?', { inFlow: true })).toBeUndefined();
    expect(shippedRules.assess('I got a copy of my test results to bring along, is a potassium of 6 dangerous?')?.kind).toBe('medical-advice');
  });
});
