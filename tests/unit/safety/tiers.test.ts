import { describe, expect, it } from 'vitest';
import { assessSafety, shippedRules } from './shippedRules';

/**
 * Two tiers, never silence. A danger sign happening now gets 999 and nothing else; the same
 * sign placed in the past or in a long-standing illness gets the normal answer with "if this
 * is happening now, call 999" first. No context word switches a sign off.
 */
describe('recent treatment never lowers a danger sign', () => {
  it.each([
    "since my husband's operation on tuesday the wound is bleeding heavily and it won't stop",
    'after her surgery yesterday she has crushing chest pain',
    'since the op this morning he cant breathe properly',
    "my dad's just had a knee replacement and now his face has dropped on one side",
    "after my c section I'm bleeding through pads every half hour",
    "two days after my operation, I've got a temperature and I feel confused and shivery",
  ])('%s -> emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });
});

describe('history and long-standing illness lower a sign to the "if this is happening now" line', () => {
  it.each([
    'I spilled boiling water on myself years ago and still have scars, can I see a plastic surgeon for a second opinion?',
    'he had chest pains last year and they said it was angina, we want another cardiologist',
    'My sister had a heart attack in 2021 and still has chest pains now and then, can she see a different cardiologist?',
    'He currently is unable to walk or use his left side much, but can eat and talk (albeit sometimes slurred) and the hospital are pleased with his recovery',
    "my dad had a stroke in 2019 and his speech is still slurred, we'd like another neurologist's view",
    'she had a seizure for the first time back in march and the neurologist has discharged her, can we get a second opinion',
    'my husband was knocked out playing football last month and the scan was clear but he wants a second opinion',
    'grandad has vascular dementia and gets very confused in the evenings, can we ask for another opinion on his medication review',
    'he had a stroke last year and we want a second opinion about his care',
    "she's had a past heart attack and her cardiologist wants to change her treatment, can we get a second opinion?",
    'my mum had a seizure years ago, how do I ask for a different neurologist',
    "she had a seizure in the night last week and they still haven't seen her",
    "my husband's had 3 strokes in the past and we want his neurology care reviewed",
  ])('%s -> possible-emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('possible-emergency');
  });
});

describe('a sign dated days back in a message that says the person is well now is a story that is over', () => {
  it.each([
    "When my son was struggling to breathe in January the GP sent us away. He's fine now. Can we see a different GP?",
    "I had crushing chest pain at Christmas and it turned out to be a heart attack. I'm recovering, but can I get another opinion on the rehab plan?",
  ])('%s -> possible-emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('possible-emergency');
  });

  // NHS: a stroke's signs that pass, a first fit and an overdose are 999 however well the person seems.
  it.each([
    "Dad's face drooped and his speech was slurred for a few minutes. He's fine now.",
    "My son had a fit for the first time. He's ok now.",
    'my flatmate swallowed a whole box of paracetamol in January and again about an hour ago, he says hes fine now',
    "She can't breathe properly since Christmas and it's getting worse. She was fine in January.",
  ])('a sign without a date behind it, or said to be fine by someone else, keeps 999: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });
});

describe('advice for later and a sign that may come back are not an emergency now', () => {
  it.each([
    'The paramedics said we should call 999 if it happens again. Can I get a second opinion on his heart?',
    'my gp said call 999 if the headaches get worse, should I get a second opinion on my scan?',
  ])('advice to call 999 if something happens is not a call for help: %s', (text) => {
    expect(assessSafety(text)?.kind).not.toBe('emergency');
  });

  it('gives a sign asked about "if he gets it again" the "if this is happening now" line, and a sign back now 999', () => {
    const later = assessSafety('if he gets chest pain again should I call an ambulance or take him to A&E?');
    expect(later?.kind === 'possible-emergency' || later?.possibleEmergency !== undefined).toBe(true);
    expect(assessSafety("he's got chest pain again, should I call an ambulance?")?.kind).toBe('emergency');
  });
});

describe('"probably nothing" and a long story do not lower a sign that is happening now', () => {
  it.each([
    "it's probably nothing but my chest feels really tight and heavy and the pain is going into my left arm",
    "I'm sure I'm overreacting, my wife's speech has gone slurred in the last half hour",
    'Sorry for the long message. We have been waiting months for a referral and the GP keeps fobbing us off and the hospital lost the letter twice. Anyway my mum has just collapsed and is not responding to me.',
  ])('%s -> emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });
});

describe('a crisis sign the rules cannot place gets the calm Samaritans line beside the answer, never nothing', () => {
  it.each([
    'I tried to take my own life as a teenager, I am 40 now and well. Can a new psychiatrist see my old notes?',
    'my brother died by suicide in 2016 and I want to complain about the trust that treated him, who do I write to?',
    "is there a number for people who are feeling suicidal? I'm making a poster for the office kitchen",
    "I'd rather die than sit in that waiting room again for six hours lol, can I be seen at another hospital?",
    "I can't do this anymore, the online form keeps crashing. Is there a phone number?",
    // Starting a request again is not the feelings coming back
    'Sorry for everything I said to the receptionist yesterday, I was stressed. How do I apologise and start my request again?',
  ])('%s -> possible-crisis', (text) => {
    expect(assessSafety(text)?.kind).toBe('possible-crisis');
  });

  it.each([
    'I tried to kill myself years ago. Lately the same thoughts are back',
    'attempted suicide when I was 17. feeling that way again now',
    "I'd rather be dead than go through this, and I mean it",
    "I self harmed as a teenager. I'd stopped for years but it's started again",
  ])('feelings here or coming back keep the crisis reply: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });

  it('a medical-advice reply carries the line when the same message has a crisis sign the rules lowered', () => {
    const concern = shippedRules.assessByRules('I self harmed as a teenager, years ago now. Should I stop taking sertraline?');
    expect(concern?.kind).toBe('medical-advice');
    expect(concern?.possibleCrisis).toBeDefined();
  });
});

describe('long ago, not an event, or only "if": a danger sign in a sentence that says nothing of now gets the line', () => {
  it.each([
    'Years ago, as a student, I took an overdose. Will the second opinion doctor see that in my records?',
    'our son stopped breathing briefly when he was three weeks old, he is six now, can we change paediatrician?',
    'if I collapsed at the hospital would they call my husband?',
  ])('%s -> possible-emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('possible-emergency');
  });

  it.each([
    'he had a stroke years ago and now his face has dropped on one side',
    'I had sepsis in 2021 and it feels the same, I am shivering and muddled and my heart is racing',
  ])('something happening now in the same sentence keeps 999: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });
});
