import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

const kindByRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

describe('not waking up said as a wish (twenty-fourth pass)', () => {
  it('gives not minding or welcoming not waking up the crisis reply, not 999 for someone unconscious', () => {
    expect(kindByRules("Not being dramatic, just tired of everything. Wouldn't mind not waking up tomorrow.")).toBe('crisis');
    expect(kindByRules("honestly I'd be fine with never waking up")).toBe('crisis');
  });

  it('leaves not waking up during an operation to the answer', () => {
    expect(kindByRules("I wouldn't mind not waking up during the op, I'm that scared of it")).toBeUndefined();
  });

  it('still gives 999 to someone who is not waking up, whatever else the message does not mind', () => {
    expect(kindByRules("she's not waking up and I don't care what the receptionist says, help")).toBe('emergency');
  });
});

describe('a dangerous place said as a fragment (twenty-fourth pass)', () => {
  it('gives "on the bridge now" with no "I am" the crisis reply', () => {
    expect(kindByRules('Cancelled everything. at the cliffs now')).toBe('crisis');
    // Twenty-eighth pass: with last words ("not coming back") it is an attempt about to happen: 999 first, Samaritans after.
    expect(shippedRules.assessByRules('on the bridge now. not coming back')).toEqual({ kind: 'emergency', rule: 'attempt-under-way', possibleCrisis: 'suicide-place' });
  });

  it('leaves work on a roof and a bridge club to the answer', () => {
    expect(kindByRules('on the roof now fixing the gutter, can I ring you back about the referral?')).toBeUndefined();
    expect(kindByRules('I was on the bridge now and then as a kid')).toBeUndefined();
  });
});

describe('an event named in the past, told as happening again now (twenty-fourth pass)', () => {
  it('gives 999 when the history is only how the person knows what is happening now', () => {
    expect(kindByRules('had a stroke 3 yrs ago. feels like same thing happening again')).toBe('emergency');
    expect(kindByRules("I had a TIA two years ago and I've got the same symptoms now")).toBe('emergency');
  });

  it('leaves the fear that it may happen again, and the same thing in someone else, to the line beside the answer', () => {
    expect(kindByRules("I had a stroke last year and I'm scared it might happen again, can I get a second opinion?")).toBe('possible-emergency');
    expect(kindByRules('He had a heart attack in 2019 and the same thing happened to his brother, is it in the family?')).toBe('possible-emergency');
  });
});

describe('a blocked nose is not breathing difficulty (twenty-fourth pass)', () => {
  it('gives "can\'t breathe through his nose" the line beside the answer, and gasping in the same sentence 999', () => {
    expect(kindByRules("My husband can't breathe through his nose since the op, can we see a different ENT surgeon?")).toBe('possible-emergency');
    expect(kindByRules("I can't breathe through my nose and I'm gasping for air")).toBe('emergency');
  });
});

describe('what corpus 30a showed (twenty-fourth pass)', () => {
  it('gives "lost the will to live" over forms or on hold the Samaritans line beside the answer, and said alone the crisis reply', () => {
    expect(kindByRules("I've lost the will to live filling in these forms lol")).toBe('possible-crisis');
    expect(kindByRules("I've lost the will to live")).toBe('crisis');
  });

  it('takes asking what to put on cradle cap or a verruca as a request for medical advice', () => {
    expect(kindByRules('baby has cradle cap, what should i put on it')).toBe('medical-advice');
    expect(kindByRules('my daughter has a verruca, what can I use')).toBe('medical-advice');
  });
});

describe('stopping the chat is not stopping a treatment (twenty-fourth pass)', () => {
  it('leaves "could I stop now and pick it up tomorrow?" to the flow, and keeps stopping tablets a medical question', () => {
    expect(kindByRules('could I stop now and pick it up tomorrow?')).toBeUndefined();
    expect(kindByRules('could I stop the tablets now and start them again after the op?')).toBe('medical-advice');
  });
});
