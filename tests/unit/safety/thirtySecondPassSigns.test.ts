import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/text/normalise';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-second pass', () => {
  it('reads "dissapear" and "permanantly" as the words they misspell, so wanting to vanish for good is a crisis however it is typed', () => {
    expect(normalise('i wanna dissapear permanantly')).toBe('i want to disappear permanently');
    expect(shippedRules.assess('everything is too much. want to dissapear. permanantly.')?.kind).toBe('crisis');
  });

  it('reads not being able to go on with the chat "just now" as leaving it; not being able to go on any more is still a crisis', () => {
    expect(shippedRules.ruleOutcome('hopelessness', "sorry, I don't think I can go on with this right now, is there a number I can ring?")).toBeUndefined();
    expect(shippedRules.assess("I don't think I can go on with this any more")?.kind).toBe('crisis');
    expect(shippedRules.assess("I don't think I can go on")?.kind).toBe('crisis');
  });

  it('lowers "dead before it arrives" said as a joke about the pace to the Samaritans line; said plainly it stays a crisis', () => {
    expect(shippedRules.assess("at this rate I'll be dead before the appointment letter comes, lol. how long does it take?")?.kind).toBe('possible-crisis');
    expect(shippedRules.assess("I'll be dead before the appointment letter comes")?.kind).toBe('crisis');
  });

  it('does not read "which" opening a clause that tells as a question: bad news told, then a question about the process', () => {
    const told = 'my lymphoma has come back, which feels like the end of everything, but the nurses are kind. can I get a second opinion in Wales?';
    expect(shippedRules.ruleOutcome('clinical-judgement', told)).toBeUndefined();
    expect(shippedRules.assessByRules('my mum has two options, which is better for her hip, surgery or physio?')?.kind).toBe('medical-advice');
  });

  it('reads whether something is reason enough to ask for a second opinion as the process question it is; whether a treatment is right still gets the signposting', () => {
    const reason = 'my friend told me about a new drug trial, is that a good enough reason to ask, do you reckon?';
    expect(shippedRules.assessByRules(reason)).toBeUndefined();
    expect(shippedRules.assessByRules('my friend told me about a new drug, is it right for my arthritis, do you reckon?')?.kind).toBe('medical-advice');
  });

  it('reads what to bring, in text-speak, as getting ready; what to do to bring a temperature down is still clinical', () => {
    expect(shippedRules.assessByRules('wat medical stuff do i need 2 bring, like x rays n that?')).toBeUndefined();
    expect(shippedRules.assessByRules('what should i do to bring his temperature down?')?.kind).toBe('medical-advice');
  });

  it('reads harm described by what is done and why ("scrapes his wrists with his keys when the pain gets bad") as self-harm; scratching eczema is not', () => {
    expect(shippedRules.ruleOutcome('self-harm', 'my brother scratches his arms with a pin when things get too much, can he see a different psychiatrist?')).toBe('definite');
    expect(shippedRules.ruleOutcome('self-harm', 'she digs her nails into her wrists on purpose, says it helps')).toBe('definite');
    expect(shippedRules.assessByRules('my son scratches his arms all night with his eczema, can we see a different dermatologist?')).toBeUndefined();
  });

  it('reads the mind made up and the notes written, said of "someone", as a crisis; notes written for an appointment are not', () => {
    expect(shippedRules.assess("if a person has made their mind up and left the notes, who tells the GP to cancel things? it's for me")?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('warning-signs', "I've made my mind up and written the notes for the appointment with the new consultant")).toBeUndefined();
  });

  it('reads pets rehomed for good with a question about afterwards as a crisis; a pet looked after during an operation is not', () => {
    expect(shippedRules.assess('I have found the dog a new home and cancelled the papers. Does anyone need to be told about my hospital notes afterwards?')?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('warning-signs', "I've arranged for the dog to be looked after while I'm in for the op, can I get my records afterwards?")).toBeUndefined();
  });

  it('reads not wanting someone to hear it from the police, after, as a crisis', () => {
    expect(shippedRules.assess('please make sure my brother knows first, after. he shouldnt find out from the police')?.kind).toBe('crisis');
  });

  it('reads how much of a strong painkiller "it would take", with it at home, as a plan and the means; a dose for a child is a medicine question', () => {
    expect(shippedRules.ruleOutcome('plans-and-means', "I've looked up how much oxycodone it would take and there's plenty in the cupboard")).toBe('definite');
    expect(shippedRules.assess('how much paracetamol it would take for a child of 4?')?.kind).toBe('medical-advice');
  });
});
