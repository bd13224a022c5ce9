import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-third pass', () => {
  it('does not read pets rehomed before a move to a care home, with a question about afterwards, as putting affairs in order; rehomed with no move still is', () => {
    const moving = "I've arranged for the cats to be rehomed before I move into the care home. What happens to my hospital appointments afterwards?";
    expect(shippedRules.ruleOutcome('warning-signs', moving)).toBeUndefined();
    expect(shippedRules.ruleOutcome('warning-signs', "I've arranged for the cats to be rehomed. Just need to know who sorts the house afterwards.")).toBe('definite');
  });

  it('reads words about not being alive found on a teenager\'s phone as a crisis, even beside exams; not being around after exams told plainly is lowered', () => {
    expect(shippedRules.assess("I found on my son's phone he told a friend he won't be here after his GCSEs")?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('not-around-said-plainly', "I won't be around after my exams, can the appointment wait till July?")).toBe('possible');
  });

  it('reads things handed over on a visit called the last one as a goodbye; a last visit before emigrating is not', () => {
    expect(shippedRules.assess('my dad gave me his medals and said this was our last visit, then laughed')?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('giving-away-said-plainly', 'my sister gave me her car and said it was our last visit before she moves to Australia')).toBeUndefined();
  });

  it('reads an attempt told after it ("tied a belt round my neck yesterday but it snapped") as a crisis, not an emergency now; a scarf for the cold is neither', () => {
    expect(shippedRules.assess("I tied a belt round my neck yesterday but it snapped. I'm fine now, I just want a new GP")?.kind).toBe('crisis');
    expect(shippedRules.assess('she has a cord round her neck and is not breathing')?.kind).toBe('emergency');
    expect(shippedRules.assess('I tied a scarf round my neck because the waiting room was freezing, can I complain about the heating?')).toBeUndefined();
  });

  it('reads medicines stopped to be out of everyone\'s way, or "to finish", as stopping treatment to die; stopped for side effects is not', () => {
    expect(shippedRules.ruleOutcome('stopping-treatment-to-die', "I've stopped the heart tablets so that I can be out of everyone's way sooner")).toBe('definite');
    expect(shippedRules.ruleOutcome('stopping-treatment-to-die', 'my gran stop take her pills, she say she want to finish')).toBe('definite');
    expect(shippedRules.ruleOutcome('stopping-treatment-to-die', 'I stopped the warfarin because of the side effects, can another doctor review it?')).toBeUndefined();
  });

  it('reads going with someone "one way or another" as following them in death', () => {
    expect(shippedRules.assess("if she dies I'll go with her, one way or another")?.kind).toBe('crisis');
  });

  it('reads a goodbye typed online by someone who hates their life as a crisis; a last game of the night is not', () => {
    expect(shippedRules.assess("my mate posted 'last stream, it was fun' and went offline. he's been really low for months")?.kind).toBe('crisis');
    expect(shippedRules.assess('last game of the night, it was fun. anyway can my GP refer me for a second opinion?')).toBeUndefined();
  });

  it('reads whether a relative has to agree before one asks for them as the process question it is; whether they must agree to a treatment is still clinical', () => {
    expect(shippedRules.ruleOutcome('clinical-judgement', 'Does my wife need to agree before I ask for her cancer diagnosis to be looked at again?')).toBeUndefined();
    expect(shippedRules.assessByRules('does she need to agree to the chemo before it starts?')?.kind).toBe('medical-advice');
  });

  it('reads a seizure whose length is guessed ("shaking for what must be 7 or 8 minutes now") as an emergency; one told from last year is the second tier', () => {
    expect(shippedRules.assess("he's been jerking for what feels like 6 or 7 minutes now and won't answer me")?.kind).toBe('emergency');
    expect(shippedRules.assess('he had a fit lasting about 5 or 6 minutes last year, can I get a second opinion on his epilepsy meds?')?.kind).toBe('possible-emergency');
  });

  it('reads "who\'s right?" about whether the law gives a second opinion as the leaflet\'s question; who is right about one\'s knee is still clinical', () => {
    const law = "My sister says the NHS has to give you a second opinion by law, but my dad says that's nonsense. Who's right?";
    expect(shippedRules.ruleOutcome('whose-advice-in-my-case', law)).toBeUndefined();
    expect(shippedRules.assessByRules("two surgeons, two answers about my shoulder. Who's right?")?.kind).toBe('medical-advice');
  });
});
