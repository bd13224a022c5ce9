import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the fortieth pass', () => {
  it('does not take "seriously" as meaning it when someone is not taken seriously, or turns from a joke to a question', () => {
    expect(shippedRules.assess("Back in 2010 I took an overdose. I've been well for years but I worry the new surgeon won't take me seriously.")?.kind).not.toBe('crisis');
    expect(shippedRules.assess("I'd rather die than sit in that waiting room again, figure of speech. But seriously, how long is the wait?")?.kind).not.toBe('crisis');
    expect(shippedRules.assess("I'd rather die than sit in that waiting room again. Seriously.")?.kind).toBe('crisis');
  });

  it('does not read saying goodbye to a pet as a goodbye before dying, while saying one\'s goodbyes still is', () => {
    expect(shippedRules.assess('said goodbye to our old dog at the vets yesterday, it was time. how long is the wait for a second opinion?')?.kind).not.toBe('crisis');
    expect(shippedRules.assess("I've said my goodbyes, I'm ready")?.kind).toBe('crisis');
  });

  it('gives the crisis reply to doing it oneself if the illness or the wait does not, and to not waiting for the end of an illness', () => {
    expect(shippedRules.assess("if this waiting list doesn't kill me I'll do it myself")?.kind).toBe('crisis');
    expect(shippedRules.assess("It's a disease that only gets worse. I have no intention of waiting for the end.")?.kind).toBe('crisis');
    expect(shippedRules.assess("the waiting list won't kill me, I'll chase it myself")?.kind).not.toBe('crisis');
  });

  it('gives the crisis reply to animals rehomed and a will done with "once I\'m gone", not to a will alone', () => {
    expect(shippedRules.assess("The dog has gone to my daughter and my will's sorted. Will the hospital stop writing once I'm gone?")?.kind).toBe('crisis');
    expect(shippedRules.assess("I've made a will since the diagnosis. Who gets my medical records when I'm gone?")?.kind).not.toBe('crisis');
  });
});

describe('requests read late in the fortieth pass', () => {
  it('signposts whether an everyday activity is safe with a condition or medicine named in the message, but not getting to the appointment', () => {
    expect(shippedRules.assess("I've got angina. Waiting on my second opinion, can I still go swimming?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('is it ok for her to drink alcohol on the new epilepsy tablets')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('I have epilepsy, can I drive to the hospital for the second opinion?')?.kind).not.toBe('medical-advice');
  });
});
