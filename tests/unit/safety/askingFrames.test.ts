import { describe, it, expect } from 'vitest';
import { shippedRules } from './shippedRules';

// The rules alone: the classifier is a second net and must not be what makes these pass.
const byRules = (text: string) => shippedRules.assessByRules(text);

describe('a request for a clinical judgement is an asking frame about a clinical object', () => {
  it.each([
    // the object named before the question, in another sentence
    'I keep getting a funny flutter in my chest when I lie down. Lasts a few seconds. Should I be worried about it?',
    'ferritin 9 is that low',
    'took my levothyroxine twice this morning by accident. will it do me any harm',
    'started turmeric capsules for my joints, im on apixaban. problem?',
    'cbd oil with lamotrigine and keppra, ok or not',
    'Keep getting muscle aches on atorvastatin. Do I keep taking it or not?',
    // the object after the frame, in the same clause
    'is it safe to take ibuprofen with my warfarin',
    'can i have the covid jab at 30 weeks pregnant',
    'Is it safe to keep lifting weights with a hernia?',
  ])('%s -> medical-advice', (text) => {
    expect(byRules(text)?.kind).toBe('medical-advice');
  });
});

describe('the same frames about the second-opinion process are answered, not signposted', () => {
  it.each([
    'should I ask for a second opinion on my scan results?',
    'do i need a referral for a second opinion on my chemo',
    'what does a second opinion mean for my treatment',
    "GP looked at my mole and said it's fine. Can I still ask for a dermatologist second opinion, or do I need a proper reason?",
    "TSH 7.8 and my GP says no treatment. I want another GP's view but reception says it's 3 weeks to see a different doctor. Is that normal?",
    'Thinking of shelling out for a consultant at the Nuffield to look at my scans. Worth it?',
    'can i take my scan results with me',
    'is it ok to cancel my biopsy',
  ])('%s -> answered', (text) => {
    expect(byRules(text)).toBeUndefined();
  });
});

describe('an organisation that does not respond is not a person who is unresponsive', () => {
  it.each([
    'I wrote to the trust in March and they are still not responding',
    "the consultant's secretary isn't answering and the office doesn't respond",
    'The complaints team has gone completely unresponsive',
  ])('%s -> no emergency', (text) => {
    expect(byRules(text)?.kind).not.toBe('emergency');
  });

  it('a person beside the office still gets 999', () => {
    expect(byRules("I was on the phone to the hospital office and my dad just slumped and isn't responding")?.kind).toBe('emergency');
  });
});
