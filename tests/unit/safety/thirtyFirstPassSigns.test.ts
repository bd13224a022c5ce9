import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('requests read in the thirty-first pass', () => {
  it('does not read the chances of a call back as a prognosis; the chances of surviving still are', () => {
    expect(shippedRules.ruleOutcome('prognosis', 'what are the chances I actually get a call back, honestly?')).toBeUndefined();
    expect(shippedRules.ruleOutcome('prognosis', 'what are the chances of getting an appointment before Christmas?')).toBeUndefined();
    expect(shippedRules.ruleOutcome('prognosis', 'what are the chances of him surviving the operation?')).toBe('definite');
  });

  it('does not read pausing the chat because of pain as a clinical question; asking whether to stop a medicine still is', () => {
    expect(shippedRules.ruleOutcome('clinical-judgement', "sorry, the pain's bad today, can we pause this?")).toBeUndefined();
    expect(shippedRules.assessByRules('the pain from the chemo is so bad, should I stop taking it?')?.kind).toBe('medical-advice');
  });

  it('reads whether a relative must consent before one asks for them as the leaflet question it is; a clinical question asked for them still gets the signposting', () => {
    expect(shippedRules.ruleOutcome('clinical-judgement', "do I need my mum's consent if I'm asking on her behalf she's got dementia")).toBeUndefined();
    expect(shippedRules.assessByRules("I'm asking on my mum's behalf, she's got dementia, is her new medicine safe?")?.kind).toBe('medical-advice');
  });

  it('does not read whether a nurse can explain a treatment as a judgement asked of the bot; whether the treatment is right still is', () => {
    const whoExplains = 'would the specialist nurse be able to explain the treatment just as well as the consultant would, do you think?';
    expect(shippedRules.ruleOutcome('judgement-asked-of-you-seventeenth', whoExplains)).toBeUndefined();
    expect(shippedRules.ruleOutcome('judgement-asked-of-you-seventeenth', 'do you think he is too frail for the treatment?')).toBe('definite');
  });

  it('reads a temperature with a decimal point as one number, not the end of a sentence (a happy toddler at 38.2 is not an emergency)', () => {
    expect(shippedRules.assess("my toddler's temp is 38.2 but he's happy and playing, do i need to bring it down")?.kind).not.toBe('emergency');
  });

  it('reads whether to bring a temperature down as a clinical question, not as bringing papers along', () => {
    expect(shippedRules.assessByRules("my toddler's temp is 38.2 but he's happy and playing, do i need to bring it down")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('do I need to bring my test results to the new consultant?')?.kind).toBeUndefined();
  });

  it('reads "is that dehydration" as asking for a diagnosis', () => {
    expect(shippedRules.ruleOutcome('diagnosis', "she's 3, been sick all day and hasnt had a wee since breakfast, is that dehydration or am i overthinking")).toBe('definite');
  });

  it('lowers a dated sign told with a wish to raise a complaint about it to the 999 line; one happening now stays 999', () => {
    expect(shippedRules.assess("dad choked on his dinner at the care home in january and they didn't tell us for two days. how do we raise this")?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('dad is choking on his dinner right now and the carers are doing nothing, how do we raise this')?.kind).toBe('emergency');
  });

  it('reads pausing a treatment named before ("the chemo is awful, can we pause it?") as asking whether to stop it; pausing the chat for pain is not', () => {
    expect(shippedRules.assessByRules('the chemo is awful, can we pause it?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('my blood pressure tablets make me dizzy, can I take a break from them?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("sorry, the pain's bad today, can we pause this?")).toBeUndefined();
  });
});
