import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

/**
 * Someone leaving says goodbye: that is not a crisis goodbye, and no line about Samaritans belongs
 * beside the bot's own goodbye. The classifier read a lone "Goodbye." sentence on its own (one word
 * weighs a lot when it is all there is) and it learnt "goodbye" from crisis notes, so a polite
 * "Many thanks for your assistance. Goodbye." got the Samaritans line, and "...Bye!" the crisis reply.
 */
describe('the shipped safety net on someone saying goodbye', () => {
  it.each([
    "that's all, bye",
    'thanks, bye for now',
    "That's all I needed. Goodbye.",
    'Many thanks for your assistance. Goodbye.',
    'Last message from me - thanks for finding the PALS number. Bye!',
    'done. DONE. finally got my referral letter!! what happens next',
  ])('gives no safety reply and no line to "%s"', (text) => {
    expect(shippedRules.assess(text)).toBeUndefined();
  });

  it('still reads a goodbye that is a crisis sign', () => {
    expect(shippedRules.assess("I can't do this anymore. I've written my letters. Goodbye everyone.")?.kind).toBe('crisis');
    expect(shippedRules.assess('tell my kids i love them. goodbye. i am sorry for everything.')?.kind).toBe('crisis');
  });
});
