import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the forty-first pass', () => {
  it('does not read an age or a count between 38 and 41 as a temperature, while a reading still is one', () => {
    expect(shippedRules.assess('my husband is 40 and had his operation last week, can he get a second opinion?')?.kind).toBeUndefined();
    expect(shippedRules.assess('rang the surgery 39 times since my op and nobody answers')?.kind).not.toBe('emergency');
    expect(shippedRules.assess("I'm on chemo and the thermometer says 39")?.kind).toBe('emergency');
    expect(shippedRules.assess('since the operation she is 38.4 and shivery')?.kind).toBe('emergency');
  });
});

describe('requests read in the forty-first pass', () => {
  it('signposts whether an everyday activity is safe when it is asked about indirectly, for someone else, or named first', () => {
    expect(shippedRules.assess('my gran wants to know whether she can still do yoga with her angina')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('is he alright to carry on cycling with the new pacemaker?')?.kind).toBe('medical-advice');
    expect(shippedRules.assess("She has a stoma now. Would a bath be safe for her?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('swimming with my new knee ok?')?.kind).toBe('medical-advice');
  });

  it('signposts a trip somewhere else taken with a condition, while getting to the appointment is still left alone', () => {
    expect(shippedRules.assess("I've got a blood clot in my leg. Can I still fly to Spain for my son's wedding?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('I have epilepsy, can I fly to Glasgow to see the specialist for my second opinion?')?.kind).not.toBe('medical-advice');
    expect(shippedRules.assess("I've got a stent now. Can my husband drive me back from the consultant's after the second opinion?")?.kind).not.toBe('medical-advice');
  });
});
