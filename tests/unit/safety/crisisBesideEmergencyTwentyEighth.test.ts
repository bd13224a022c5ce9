import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('a crisis sign beside an emergency (twenty-eighth pass)', () => {
  it('keeps the emergency and names the crisis rule beside it when someone wants to die and has a knife', () => {
    const concern = shippedRules.assess('my friend she say she want to die, she has knife, she not open the door');
    expect(concern?.kind).toBe('emergency');
    expect(concern?.possibleCrisis).toBe('suicidal-thoughts');
  });

  it('names the crisis beside an overdose taken to die', () => {
    const concern = shippedRules.assess('I swallowed all my sleeping pills half an hour ago because I wanted to die and now I am scared');
    expect(concern?.kind).toBe('emergency');
    expect(concern?.possibleCrisis).toBeDefined();
  });

  it('adds nothing beside an injury, a breathless man on the edge of his bed or a cut that went bad', () => {
    for (const text of [
      "Blood is pouring from a cut on my leg and won't stop",
      "tonight he's sitting on the edge of the bed gasping, he can't lie flat and he's coughing up pink frothy stuff",
      "he had a cut on his leg that went bad, now he's got a temperature, he's breathless and his skin's blotchy",
    ]) {
      const concern = shippedRules.assess(text);
      expect(concern?.kind, text).toBe('emergency');
      expect(concern?.possibleCrisis, text).toBeUndefined();
    }
  });

  it('does not read a cut that went bad as self-harm, or the edge of a bed as a high place', () => {
    expect(shippedRules.ruleOutcome('self-harm-signs-seen', 'he had a cut on his leg that went bad')).toBeUndefined();
    expect(shippedRules.ruleOutcome('suicide-place', "he's sitting on the edge of the bed gasping")).toBeUndefined();
  });

  it('still reads new cuts on the arms, and someone on the edge of a bridge, as a crisis', () => {
    expect(shippedRules.assessByRules('found fresh cuts on her arms again this morning')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("i'm sitting on the edge of the bridge")?.kind).toBe('crisis');
  });
});

describe('going blue each time he coughs (twenty-eighth pass)', () => {
  it('gives a baby who goes blue when he cough 999, not the "if this is happening now" line', () => {
    expect(shippedRules.assessByRules('my son is 7 months, he make strange noise when breathing and he go blue colour when he cough')?.kind).toBe('emergency');
  });

  it('still reads chest pain when he walks as a sign that comes and goes', () => {
    expect(shippedRules.assessByRules('i get chest pain when i walk up the hill')?.kind).toBe('possible-emergency');
  });
});

describe('everything cancelled and none of it needed (twenty-eighth pass)', () => {
  it('gives the crisis reply to a short goodbye that cancels everything', () => {
    expect(shippedRules.assessByRules("Cancelled the second opinion. Cancelled the physio. Won't need any of it. Thanks for your help before.")?.kind).toBe('crisis');
  });

  it('leaves cancelling one appointment that is no longer needed to the answer', () => {
    expect(shippedRules.assessByRules("can i cancel my nhs appointment? i won't need it now i've been seen privately")).toBeUndefined();
  });
});

describe('the most of a medicine someone could take (twenty-eighth pass)', () => {
  it('gives the crisis reply to how much paracetamol someone could take, with nothing after it', () => {
    expect(shippedRules.assessByRules("what's the most paracetamol someone could take")?.kind).toBe('crisis');
  });

  it('leaves the most paracetamol you can take in a day to the medical-advice reply', () => {
    expect(shippedRules.assessByRules("what's the most paracetamol you can take in a day")?.kind).toBe('medical-advice');
  });
});

describe('whether a second opinion is worth getting, asked with "one" (twenty-eighth pass)', () => {
  it('answers "is it worth getting one just to confirm the diagnosis" rather than signposting a clinician', () => {
    expect(shippedRules.assess('is it worth getting one just to confirm the diagnosis')).toBeUndefined();
  });

  it('still signposts whether a treatment is worth having', () => {
    expect(shippedRules.assess('is it worth my dad having radiotherapy at his age')?.kind).toBe('medical-advice');
  });
});

describe('at a height now and saying last words (twenty-eighth pass)', () => {
  it('gives 999 first, with Samaritans after it, to someone on the bridge now writing their last message', () => {
    const concern = shippedRules.assess("im on the bridge now. this is the last thing im writing to anyone");
    expect(concern?.kind).toBe('emergency');
    expect(concern?.rule).toBe('attempt-under-way');
    expect(concern?.possibleCrisis).toBe('suicide-place');
  });

  it('keeps the crisis reply for someone on the bridge now with no last words', () => {
    expect(shippedRules.assess("I'm on the bridge now")?.kind).toBe('crisis');
  });
});

describe('money bled away (twenty-eighth pass)', () => {
  it('answers someone bleeding money on private appointments rather than signposting a clinician', () => {
    expect(shippedRules.assess("I've been bleeding money going private, can I switch back to the NHS for the same problem?")).toBeUndefined();
  });

  it('still signposts bleeding asked about', () => {
    expect(shippedRules.assess('my gums keep bleeding when I brush, should I be worried?')?.kind).toBe('medical-advice');
  });
});

describe('a wait grumbled about, and a date after which nothing is needed (twenty-eighth pass)', () => {
  it('gives "I\'ll be dead before they see me" about a waiting list the answer with the Samaritans line, not the crisis reply', () => {
    expect(shippedRules.assessByRules("Gran says 'I'll be dead before they see me' about her hip waiting list")?.kind).toBe('possible-crisis');
  });

  it('gives at least the Samaritans line to a second opinion not needed after a date', () => {
    expect(shippedRules.assessByRules("can it be done by friday? after friday i won't need one")?.kind).toMatch(/crisis/);
  });
});

describe('going to take one\'s medicine and coming back (twenty-eighth pass)', () => {
  it('reads "brb need 2 take my tablets, will finish this l8r" as no request for advice', () => {
    expect(shippedRules.assess('brb need 2 take my tablets, will finish this l8r')).toBeUndefined();
  });
});
