import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-seventh pass', () => {
  it('reads a question that opens a later sentence with no question mark as a question, as it does when it stands alone', () => {
    const alone = 'does he need to see someone';
    const afterAStory = "my lad's had a sore throat ten days now, no fever, eating fine. does he need to see someone";
    expect(shippedRules.assess(alone)?.kind).toBe('medical-advice');
    expect(shippedRules.assess(afterAStory)?.kind).toBe('medical-advice');
  });

  it('signposts a carer asking how or when to give a medicine only pointed at, but not an idiom or a question about the process', () => {
    for (const text of ['should we still give it tonight', 'her cream, does it go on before or after the other cream?', 'the patch fell off, do I stick a new one on now or wait till Sunday', 'she spat most of it out, should I give her more?', 'how often should we change his dressing', 'forgot her insulin this morning what do we do', 'the chemist gave him a different make of his tablets, are they the same']) {
      expect(shippedRules.assess(text)?.kind, text).toBe('medical-advice');
    }
    for (const text of ['should I give it a try and ask for a second opinion?', 'do I get the letter before or after the appointment?', 'does it matter which consultant I ask for?', 'can I give them more details about his care?']) {
      expect(shippedRules.assess(text), text).toBeUndefined();
    }
  });

  it('signposts asking whether something noticed is worth telling the GP about, but not asking who to see about a complaint', () => {
    expect(shippedRules.assess('her ankles look puffy in the evenings, is that something to mention to the doctor or not?')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('is that something or nothing, the mark on his back')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('my dad was treated rudely, does he need to see someone at PALS about his complaint?')).toBeUndefined();
  });

  it('does not read "too much reading" as a question about a measurement; a reading taken still is one', () => {
    expect(shippedRules.assess('can i speak to someone on the phone please this is too much reading', { inFlow: true })).toBeUndefined();
    expect(shippedRules.assess("is the reading on mum's machine too high, it says 150")?.kind).toBe('medical-advice');
  });
});
