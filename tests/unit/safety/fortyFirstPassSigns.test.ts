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

  it('reads a young child found beside opened tablets, told at length, as swallowed until known otherwise', () => {
    expect(shippedRules.assess("found nan's blood pressure pills open on the kitchen floor and my little boy was playing right next to them, no idea if any are missing")?.kind).toBe('emergency');
  });

  it('still leaves a note on a clinician\'s desk alone now that exclusions read whole words (plurals and possessives kept)', () => {
    expect(shippedRules.assess("I left a note on the consultant's desk, sorry if that was wrong")?.kind).toBeUndefined();
    expect(shippedRules.assessByRules("left a note on the GP's desk, sorry it was scribbled")?.kind).toBeUndefined();
  });

  it('does not read a last message before heading off to the appointment as a goodbye', () => {
    expect(shippedRules.assess('this is my last message before I head off to the clinic, wish me luck')?.kind).toBeUndefined();
  });
});

describe('requests read in the forty-first pass', () => {
  it('signposts which of two clinicians to go with about a dose, asking whether a change is the medicine\'s doing, and an inhaler by its colour', () => {
    expect(shippedRules.assess("the diabetes nurse says up his insulin but the second opinion consultant says keep it the same, which do we go with?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('the letter says Monday and reception says Tuesday, which do I go with?')?.kind).toBeUndefined();
    expect(shippedRules.assess("since the new tablets he's been talking to people who aren't there, is that the medicine?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('how many puffs of the brown one can she have in a day')?.kind).toBe('medical-advice');
  });

  it('signposts a doubt about a treatment told rather than asked ("not sure he should still be on the steroids")', () => {
    expect(shippedRules.assess('not sure he should still be on the steroids, his sugars are all over the place')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('not sure we should go private for the second opinion')?.kind).toBeUndefined();
  });

  it('signposts where a medicine goes on the body, not where a list of medicines goes on a form', () => {
    expect(shippedRules.assess("she's waiting on the skin specialist's second opinion. Can we put the steroid ointment on her eyelids meanwhile?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('can I put my list of medicines on the referral form?')?.kind).toBeUndefined();
  });

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
