import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-ninth pass', () => {
  it('does not read tablets that are not ready yet, or ready to collect, as means kept ready, while tablets kept ready still are', () => {
    expect(shippedRules.assess("the chemist said mum's tablets aren't ready, can my brother collect them tomorrow?")).toBeUndefined();
    expect(shippedRules.assess('his pills are ready for collection at the pharmacy, who can pick them up?')).toBeUndefined();
    expect(shippedRules.assess("I've got all my tablets ready for tonight")?.kind).toBe('crisis');
  });

  it('leaves asking how to get a copy of readings or results to the Q&A, however clinical the readings', () => {
    expect(shippedRules.assess('how can we get a printout of his blood sugar readings from the clinic')).toBeUndefined();
    expect(shippedRules.assess('can I have a copy of my blood results, are they normal?')?.kind).toBe('medical-advice');
  });

  it('signposts a problem told at a cast, catheter, stoma or drain, even with no question, but not who to ring or a complaint about it', () => {
    expect(shippedRules.assess('nans catheter keeps leaking round the tube and it smells')?.kind).toBe('medical-advice');
    expect(shippedRules.assess("the plaster on his leg is rubbing and his toes are a bit swollen")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('who do I ring when the stoma bags run out?')).toBeUndefined();
    expect(shippedRules.assess('the nurse never came round to change his dressing, how do I complain?')?.kind).not.toBe('medical-advice');
  });

  it('signposts keeping up an activity with a condition, chat-speak questions and a bare choice about a medicine, but not the same choice about the chat', () => {
    expect(shippedRules.assess('can he still drive with his cataract')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('whens it safe to swim after my hip op')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('tummy ache since the new pills, stop them or carry on')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('shall we carry on or stop here?')).toBeUndefined();
  });

  it('signposts a relative asking whether to press for a change to a medicine named earlier, or what eases its side effect', () => {
    expect(shippedRules.assess("They put grandad on donepezil last month. He's having awful dreams. Should we be asking the GP to stop it?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('she is on three blood pressure pills and keeps falling, should we stop one of them')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('should we ask them to change the consultant doing his second opinion?')).toBeUndefined();
  });

  it('answers a second opinion asked for as a diagnosis "confirmed by someone else", and a story of a crash long over, without a safety reply', () => {
    expect(shippedRules.assess('the rheumatologist says it is lupus, can we get that confirmed by someone else before he starts treatment')).toBeUndefined();
    expect(shippedRules.assess("my son was in a car crash when he was 17, he's walking again now and we want his rehab looked at again")?.kind).not.toBe('emergency');
    expect(shippedRules.assess('car crash on the bypass, the driver is trapped now')?.kind).toBe('emergency');
  });

  it('reads a note seen saying sorry, with someone not answering, as a crisis, but not a nurse\'s note saying sorry she missed a visit', () => {
    expect(shippedRules.assess("my brother won't open his door and there's a note through the letterbox saying he loves us")?.kind).toBe('crisis');
    expect(shippedRules.assess('the physio left a note saying sorry she missed the appointment')?.kind).not.toBe('crisis');
  });

  it('answers reporting a nurse who shouted, and chest pains already checked, without a full safety reply', () => {
    expect(shippedRules.assess('how can I report the nurse who shouted at my dad on the ward?')?.kind).not.toBe('medical-advice');
    expect(shippedRules.assess("I've had my chest pains checked twice, the cardiologist says it's fine, can I ask for another one?")?.kind).not.toBe('emergency');
    expect(shippedRules.assess('I had chest pains checked last year, now I have crushing chest pain')?.kind).toBe('emergency');
  });

  it('signposts "may I stop" a medicine named before it, but not "may I stop here" about the chat', () => {
    expect(shippedRules.assess("They've added a purple inhaler to my blue one. May I stop the purple one when I feel fine?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('may I stop here and come back to this tomorrow?')).toBeUndefined();
  });
});
