import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

// Categories found missing or over-triggering by an independent review. Each category has
// phrasings that must trigger and near misses that share its words but must not. The
// phrasings here were written before the rule changes that cover them.

describe('review gaps: crisis', () => {
  it.each([
    // not being able to stay safe
    "I'm not sure I can keep myself safe",
    "I don't think I can keep myself safe tonight",
    'my son says he cannot keep himself safe',
    "I don't trust myself tonight",
    "she doesn't trust herself to be on her own right now",
    "I'm worried I'll hurt myself if I'm left alone",
    "I'm scared of what I might do to myself",
    // formerly a known limitation
    'I am scared I will do something to myself',
    "I'm worried about what he'll do to himself",
    "I can't promise I'll stay safe tonight",
    "I don't feel safe with myself at the moment",
    // someone else (or the writer) wanting it all to end
    'she keeps saying she wants it all to stop',
    'she keeps saying she wants it all to be over',
    'he says he wishes he could just disappear for good',
    'my dad keeps telling us he wants everything to end',
    'mum says she just wants it all to be over now',
    'he wants to just disappear and never come back',
    // not expecting to be around
    "I won't be around much longer anyway",
    "this time next week I won't be here",
    "I'm saying goodbye to everyone",
    "by this time tomorrow I'll be gone",
    "he keeps saying he won't be around much longer",
    "I won't be here by the weekend, I've sorted everything",
    // had enough / done, with hopelessness or life
    "I've had enough of life",
    "I'm done with living",
    "I've had enough, I can't see the point anymore",
    "I'm done with everything, nothing matters now",
    "I've had enough, I just feel hopeless",
    "I've had enough of being alive",
    // despair metaphors with no way out
    "I'm drowning and can't see a way out",
    'I feel like I am sinking and there is no way out',
    "it's like I'm in a black hole and can't see any way out",
    'I feel trapped and I cannot see a way out of this',
  ])('%s -> crisis', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });

  it.each([
    // safety of the process or of other people
    "I don't trust my consultant",
    "I don't trust myself to remember everything the doctor says",
    "I'm not sure I can keep my appointment next week",
    "I'm worried I'll hurt my back lifting him",
    'how do I keep myself safe from infections on the ward?',
    "my mum can't keep herself safe at home with her dementia, can we get a second opinion on her care?",
    "he doesn't trust himself on the stairs anymore",
    "I don't trust myself to drive after the chemo",
    "I'm scared of what the chemo might do to my body",
    "I don't feel safe with that surgeon, can I see someone else?",
    // things wanted to stop that are not life
    'she keeps saying she wants the chemo to stop',
    'he wants the pain to stop, can he get a second opinion about his pain relief?',
    'I just want the waiting to be over',
    // a terminal prognosis or an absence, not a plan
    "my dad won't be around much longer, he's terminal",
    "the consultant says mum won't be around much longer, can we get a second opinion?",
    "I won't be around much longer with this cancer, but I'd like a second opinion on my pain relief",
    "I won't be here next week, I'm on holiday, can I move my appointment?",
    "I won't be here next Tuesday for the appointment, what should I do?",
    'we said our goodbyes to grandad in the hospice last year',
    // had enough of the system
    "I've had enough of this hospital, I want a second opinion",
    "I've had enough of waiting, how do I complain?",
    "I'm done with this consultant, how do I change?",
    'i feel hopeless at talking to doctors',
    // drowning in things
    "I feel like I'm drowning in letters and appointments",
    "I'm drowning in paperwork from the hospital",
    "I can't see a way out of this referral mess",
  ])('%s -> nothing', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });

  it('drowning as a metaphor for despair is crisis, not emergency', () => {
    expect(assessSafety("I feel like I'm drowning and I can't see a way out")?.kind).toBe('crisis');
    expect(assessSafety("I'm drowning, I can't see any way out of this")?.kind).toBe('crisis');
  });

  it('someone actually drowning is still an emergency', () => {
    expect(assessSafety('my son is drowning in the pool')?.kind).toBe('emergency');
    expect(assessSafety("someone's drowning in the river")?.kind).toBe('emergency');
  });
});

describe('review gaps: emergency', () => {
  it.each([
    // chest pain described by a metaphor
    'it feels like something heavy crushing my chest',
    'feels like a weight on my chest',
    "there's a heavy weight pressing down on my chest",
    "it's like an elephant on my chest",
    'like a band squeezing round my chest',
    'it feels like a vice round my chest',
    'like someone is standing on my chest',
    'my chest feels like it is being crushed',
    'feels like my chest is being squeezed',
    'he says it is like a tight belt around his chest',
    // scalds and burns described by what happened
    'my son poured boiling water on himself',
    'she spilled a kettle of boiling water over her legs',
    'my toddler pulled a cup of hot tea over herself',
    'his skin is peeling off after the burn',
    "the skin is coming off where she burnt herself",
    'her arm is blistering from hot oil',
    'hot fat splashed on his face and it is blistering',
    "I've scalded my whole arm with boiling water",
  ])('%s -> emergency', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it.each([
    'it was a weight off my chest to finally ask',
    'a weight has been lifted off my chest now we have a second opinion',
    'I scalded my tongue on my tea this morning, anyway how do I get a referral',
    'I burnt the toast while I was on the phone to the hospital',
    'my blister from my new shoes is sore',
  ])('%s -> nothing', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });

  it('a radiotherapy skin reaction is for a clinician, not 999', () => {
    expect(assessSafety('my skin is peeling after radiotherapy, is that normal?')?.kind).toBe('medical-advice');
    expect(assessSafety('the radiotherapy burn on my chest is blistering, should I be worried?')?.kind).toBe('medical-advice');
  });
});

describe('review gaps: medical-advice', () => {
  it.each([
    // typos and text-speak in decision questions
    'shud i have the op',
    'shld i get the surgery or not',
    'wat do my results mean',
    'wot dose my blood test mean',
    'wot dose shud i take',
    'shud my mum stop her meds',
    'wats the best treatment for me',
    'cud this lump be cancer',
    // a named condition
    'is it eczema',
    'could this be psoriasis',
    'is it shingles or an allergy',
    'do I have diabetes',
    'could it be gout?',
    'does my son have glandular fever',
    'is this rash hives or chickenpox',
    'is my diagnosis right',
    'is the diagnosis wrong?',
    'is my husbands diagnosis correct',
    // numbers and sizes
    'is a 2cm lump cancer',
    'is a cholesterol of 7 high',
    'lymph node 1.5cm is that bad',
    'my cyst is 4cm, is that big?',
    'the nodule is 8mm, should I be worried?',
    // dose counts
    'how many of my co-codamol can I take',
    'how many tablets a day is safe',
    'how many of his morphine tablets can he have',
    'how much of the liquid morphine can I give her',
    // whether an approach is safe for me
    'is watch and wait safe for my condition',
    'is active monitoring ok for me',
    'is active surveillance safe for my prostate cancer',
    'is wait and see the right approach for my dad',
    // best individual clinician
    'which surgeon is best for my knee',
    "who's the top consultant in the country for my heart",
    'who is the best oncologist for breast cancer',
    'which cardiologist should I see for my heart',
  ])('%s -> medical-advice', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });

  it.each([
    // typos in process questions
    'shud i get a second opinion',
    'wat is a second opinion',
    'wot do i need to bring to my appointment',
    // diagnosis and process
    'i just want to be sure the diagnosis is right, is that why people do this',
    'can a second opinion tell me if my diagnosis is right?',
    'i dont understand my diagnosis, can i ask them to explain it again',
    // sizes and numbers about the process
    'is a 2 week wait normal for a second opinion?',
    'how many second opinions can I have',
    'how many appointments will I need',
    // best clinician, via the process
    'how do I find the best surgeon for a second opinion',
  ])('%s -> nothing', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });
});

describe('review gaps: second-opinion questions that used to over-trigger', () => {
  it.each([
    "i don't want to go on my own, can i bring a friend along",
    "I don't want to go on my own to the appointment",
    'she does not want to go on her own, can I come with her?',
    'is it worth jotting down my symptoms and questions first',
    'should I make a list of my symptoms and questions before I go?',
    'another patient on the ward got a different drug, should i ask about it',
    "they've put me down for radiotherapy but something about it doesn't sit well, should i ask about alternatives",
    'something about the radiotherapy doesnt sit well, should i ask about alternatives',
    "my wife isn't convinced the chemo is the best option for her",
    "my dad isn't sure the surgery is the right choice for him",
    'why did they choose this treatment for me',
    'why has my consultant picked this drug for me?',
    'how do i choose between two treatments',
    'how do I decide between different opinions?',
    'what if going through my diagnosis all over again is too much',
    'should i carry on with my scans',
    'should i hold off on my scan',
    'should I cancel my blood tests while I wait?',
    'i feel hopeless at talking to doctors',
    'the side effects are getting me down, can i ask about other treatment options',
    "i was unconscious during my op so i don't know what they did, will the new doctor get the notes",
    'he was unconscious throughout the surgery, how do we find out what happened?',
  ])('%s -> nothing', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });

  it('a person who does not want to go on with life is still a crisis', () => {
    expect(assessSafety("I don't want to go on anymore")?.kind).toBe('crisis');
    expect(assessSafety("I don't want to go on like this")?.kind).toBe('crisis');
    expect(assessSafety("I don't want to carry on.")?.kind).toBe('crisis');
  });

  it('the clinical question inside a statement of doubt is still caught when it is asked', () => {
    expect(assessSafety('is the chemo the best option for her?')?.kind).toBe('medical-advice');
    expect(assessSafety('should i skip my chemo?')?.kind).toBe('medical-advice');
  });
});
