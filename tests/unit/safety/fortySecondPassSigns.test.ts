import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('requests read in the forty-second pass', () => {
  it('reads whether a household appliance is safe with a fitted device as a clinical question, not getting to clinic', () => {
    expect(shippedRules.assessByRules('can I use an induction hob with my ICD?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('can i put a hot water bottle on my fistula arm when it aches at night')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('is it safe for me to continue using my electric blanket with my pacemaker?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('is it ok to use my phone in the waiting room at the clinic')).toBeUndefined();
  });

  it('reads whether anything needs doing after a reading or a change as a clinical question, and not before an appointment', () => {
    expect(shippedRules.assessByRules('Ketones 0.8 this morning, got a cold. Do I need to do anything?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("the lump in my neck is bigger now. Does that change anything?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('I have diabetes and my appointment is next week. Do I need to do anything?')).toBeUndefined();
    expect(shippedRules.assessByRules("I've asked for a second opinion on my cancer. Do I need to do anything else?")).toBeUndefined();
  });

  it('reads a medicine asked about as the cause of sleepiness as a clinical question', () => {
    expect(shippedRules.assessByRules("Mum is on a syringe driver with morphine. Is that what's making her so sleepy?")?.kind).toBe('medical-advice');
  });

  it('leaves asking for a relative as a supposition to the answer ("what if it\'s for my wife but some days her MS is bad?")', () => {
    expect(shippedRules.assessByRules("What if it's for my wife but some days her MS means she can't really say what she wants?")).toBeUndefined();
  });

  it('reads not being around by the time a referral comes through as a crisis sign, and a plan elsewhere as none', () => {
    expect(shippedRules.assessByRules('by the time the referral comes through i wont be around')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('by the time the referral comes through i wont be around to go so no rush lol')?.kind).toBe('possible-crisis');
    expect(shippedRules.assessByRules('by the time the letter comes ill be here waiting still')).toBeUndefined();
  });

  it('lowers a sign told as treated and over, or named by the glass test\'s words of a rash long ago, to the 999 line, never lower', () => {
    expect(shippedRules.assessByRules("My husband's sepsis was eventually treated properly and he's home.")?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules("he's got sepsis and was treated in A&E but sent home, now he's worse")?.kind).toBe('emergency');
    expect(shippedRules.assessByRules("My daughter had meningitis as a baby, the rash that doesn't fade and everything.")?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('she has a rash that doesnt fade, she had meningitis as a baby')?.kind).toBe('emergency');
  });
});
