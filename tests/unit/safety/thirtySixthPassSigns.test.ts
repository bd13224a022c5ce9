import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-sixth pass', () => {
  it('does not give the full crisis reply to an older person calmly choosing no more operations before a second-opinion question; wanting it all to end still does', () => {
    const calm = [
      "I'm 85 and I've said no to any more operations, I'm at ease with it. Can I still ask for a second opinion about my eyes?",
      "Nan is 92, she's refused any more treatment and she's peaceful about it. Could a different doctor look at her notes?",
      "I'm 90 and I've told the family I want no more operations, I'm quite happy with that. Does it matter if I want a second opinion on my knee?",
    ];
    for (const text of calm) expect(shippedRules.assess(text)?.kind, text).not.toBe('crisis');
    expect(shippedRules.assess("I'm 85, no more operations for me, I don't want to be here any more and I just want it all to end")?.kind).toBe('crisis');
  });

  it('does not read having read enough of the bot\'s text as a crisis, in a flow or out of one; having had enough of everything still is one', () => {
    const readEnough = "no ta, I've read more than enough of this, don't need it spelled out for me";
    expect(shippedRules.assess(readEnough, { inFlow: true })).toBeUndefined();
    expect(shippedRules.assess(readEnough)).toBeUndefined();
    expect(shippedRules.assess("I've had enough of everything, I can't do this anymore")?.kind).toBe('crisis');
  });
});
