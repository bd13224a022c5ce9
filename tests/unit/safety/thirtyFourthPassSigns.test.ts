import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs and requests read in the thirty-fourth pass', () => {
  it('does not read "is it all right to ask to see someone else" as asking for a clinical judgement, however the words are spelt', () => {
    const asking = "My son has type 1 diabetes and I never feel I can ask anything. Is it all right to ask to see the registrar instead?";
    expect(shippedRules.assess(asking)).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it alright to ask to see the registrar instead?')).toBeUndefined();
    expect(shippedRules.assess('He has type 1 diabetes. Is it all right to stop his insulin while we wait?')?.kind).toBe('medical-advice');
  });

  it('reads being sick with drowsiness or confusion after a crash as a head injury now, even after "he seemed ok, but"', () => {
    const now = "we were in a car crash earlier and he seemed ok, but he's just started being sick again now and is really drowsy and not making sense";
    expect(shippedRules.assess(now)?.kind).toBe('emergency');
    expect(shippedRules.assess('the car crash was two years ago, he was confused and vomiting for a week after, now we want a second opinion on his back')?.kind).toBe('possible-emergency');
  });

  it('lowers a sign told with the age it happened at ("stopped breathing at 3 days old ... she\'s 2 now") to the 999 line; happening to a baby now stays 999', () => {
    expect(shippedRules.assess("Our baby stopped breathing at 3 days old and was in NICU, she's 2 now and thriving. Can we get a second opinion?")?.kind).toBe('possible-emergency');
    expect(shippedRules.assess('my baby is 3 days old and has stopped breathing')?.kind).toBe('emergency');
  });

  it('reads whether to carry a medicine named in the sentence before as a question for a pharmacist or GP', () => {
    expect(shippedRules.assess('I was given an EpiPen after a reaction last year. Do I have to carry it everywhere or only when I eat out?')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('I have my notes from the first doctor. Do I have to carry them everywhere?')).toBeUndefined();
  });

  it('reads dose words that name no medicine ("do I double up today?", "how many of them can I take in a day") as a medicines question; doubling up appointments is not', () => {
    expect(shippedRules.assess("missed yesterday's one, do I double up today?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('how many of them can I take in a day')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('can i leave the patch off for a couple of days while im on holiday')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('can we double up the appointments so I see both doctors the same day?')).toBeUndefined();
  });

  it('reads taking someone to A&E or waiting, and a poorly child sent to school or kept off, as asking where to be seen', () => {
    expect(shippedRules.assess('Should I take him to A&E or wait for the GP on Monday? His knee has been swollen since Saturday')?.kind).toBe('medical-advice');
    expect(shippedRules.assess("my boy's got a bit of a temp and a sore throat, school or keep him off?")?.kind).toBe('medical-advice');
    expect(shippedRules.assess('should I take my mum to the hospital or ask her GP for a second opinion?')).toBeUndefined();
  });

  it('gives a blister the size of a coin the 999 line beside the clinician reply, not 999 alone; a blistering scald stays 999', () => {
    const small = shippedRules.assess("burnt my hand on the oven tray, it's blistered about the size of a 50p. A&E, pharmacy or just leave it?");
    expect(small?.kind).toBe('medical-advice');
    expect(small?.possibleEmergency).toBe('severe-burn-2');
    expect(shippedRules.assess("I spilt boiling water on my arm and it's blistering badly")?.kind).toBe('emergency');
  });

  it('reads not being here "next week" said with who is to blame as a crisis; not being here because of the trains is not', () => {
    expect(shippedRules.assess("Put it on record that if I'm not here next week, it's because of him.")?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('goodbyes-said-plainly', "if I'm not here for the appointment it's because of the trains, blame the railway")).toBeUndefined();
  });

  it('gives a record that says "suicidal", said to be untrue, the Samaritans line beside the answer; saying it is true stays a crisis', () => {
    expect(shippedRules.assess("My old therapy notes say I was 'possibly suicidal' and that was never true. Can I get my records corrected?")?.kind).toBe('possible-crisis');
    expect(shippedRules.assess("my notes say I'm suicidal and I am, I can't go on")?.kind).toBe('crisis');
  });

  it('reads "does that matter" about a sign beside a medicine as a medicines question', () => {
    expect(shippedRules.assess("Had a nosebleed this morning that stopped after ten minutes, does that matter if I'm on aspirin?")?.kind).toBe('medical-advice');
  });

  it('reads where to be seen and home care asked in a carer\'s words as clinical ("see the gp or leave it?", "is that gp or audiology", "keep the dressing on or let it breathe?", "can it wait till Monday?" about a cough)', () => {
    for (const text of [
      "he's had a sore throat and a croaky voice for 3 weeks now, see the gp or leave it?",
      'his hearing aid whistles all the time and now his ear hurts, is that gp or audiology',
      "she's had the hip done and the wound is a bit weepy. keep the dressing on or let it breathe?",
      "can it wait till Monday? her cough's no better now the antibiotics have finished",
      'the bag is going sort of cloudy and smelly, is that something we need to get looked at',
      "she's on morphine patches and the carers put a new one on without taking the old one off. does that matter?",
    ]) expect(shippedRules.assess(text)?.kind, text).toBe('medical-advice');
    expect(shippedRules.assess('I need to send my notes to the new hospital, can it wait till Monday?')).toBeUndefined();
  });

  it('leaves the words of the process in a letter ("what does \'tertiary referral\' mean?") to the answers; a finding stays clinical', () => {
    expect(shippedRules.assess("what does 'tertiary referral' mean in the letter from the hospital, is that a different hospital?")).toBeUndefined();
    expect(shippedRules.assess("what does 'tertiary malignancy' mean in the letter?")?.kind).toBe('medical-advice');
  });
});
