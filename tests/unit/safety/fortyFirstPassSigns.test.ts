import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the forty-first pass', () => {
  it('does not read an age or a count between 38 and 41 as a temperature, while a reading still is one', () => {
    expect(shippedRules.assess('my husband is 40 and had his operation last week, can he get a second opinion?')?.kind).toBeUndefined();
    expect(shippedRules.assess('rang the surgery 39 times since my op and nobody answers')?.kind).not.toBe('emergency');
    expect(shippedRules.assess("I'm on chemo and the thermometer says 39")?.kind).toBe('emergency');
    expect(shippedRules.assess('since the operation she is 38.4 and shivery')?.kind).toBe('emergency');
  });

  it('reads sudden confusion said as muddled or not his usual self since a time today, lowered when confusion is usual', () => {
    expect(shippedRules.assess("dad's been a bit muddled since teatime, not his usual self")?.kind).toBe('emergency');
    expect(shippedRules.assess("my wife isn't herself, it came on this morning")?.kind).toBe('emergency');
    expect(shippedRules.assess('nan is more muddled than usual since lunch')?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('mum gets a bit muddled with all the letters, can we get a second opinion?')?.kind).toBeUndefined();
  });

  it('does not take not knowing who one is meant to tell as not knowing who one is', () => {
    expect(shippedRules.assess("a pupil told me she hurts herself when things get bad at home, I don't know who I'm meant to tell")?.kind).not.toBe('emergency');
    expect(shippedRules.assess("my husband doesn't know where he is")?.kind).toBe('emergency');
  });

  it('lowers a fit told with its month and a doctor since saying it was nothing to worry about, never to nothing', () => {
    expect(shippedRules.assess("our baby had a febrile convulsion in March and the paediatrician said it's nothing to worry about, but we'd like another view")?.kind).toBe('possible-emergency');
    expect(shippedRules.assess("she had a fit in March, the doctor said it was nothing to worry about, but she's fitting again now")?.kind).toBe('emergency');
  });

  it('does not read a last message before heading off to the appointment as a goodbye', () => {
    expect(shippedRules.assess('this is my last message before I head off to the clinic, wish me luck')?.kind).toBeUndefined();
  });
});

describe('requests read in the forty-first pass', () => {
  it('signposts a named condition asked about with a second question after "and", and a baby not pooing asked about', () => {
    expect(shippedRules.assess("there are white patches in her mouth, is that thrush and what should we buy for it?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess("she's three weeks old and hasn't done a poo for two days, is that normal?")?.kind).toBe('medical-advice');
  });

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
