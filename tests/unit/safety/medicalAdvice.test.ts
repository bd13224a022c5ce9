import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

describe('medical-advice: asking the bot to make a clinical judgement', () => {
  it.each([
    // choose or judge a treatment
    'should I have chemo',
    'is the operation worth it for me',
    'which treatment is best for me',
    'should my mum go ahead with the surgery',
    'do you think I should have radiotherapy or surgery',
    'what would you do, have the mastectomy or not',
    'should he take the statins the GP prescribed',
    "what's the best treatment for my breast cancer",
    'should I refuse the radiotherapy',
    'is my doctor right that I need a hysterectomy',
    // diagnose
    'is my lump cancer',
    "what's wrong with me",
    'do I have diabetes',
    'could this rash be something serious',
    "do you think it's cancer",
    "what's causing my headaches",
    'do i need an operation on my knee',
    // interpret results
    'what do my blood results mean',
    'is a PSA of 6 bad',
    'my scan shows a shadow on my lung, what does that mean',
    'my hba1c is 52, is that high',
    'can you explain my MRI report',
    'my white count came back at 2.1, should I be worried',
    // medication and dose
    'how much paracetamol can I take',
    'can I stop taking my tablets',
    'is it safe to take ibuprofen with my blood pressure tablets',
    'can I drink alcohol while on antibiotics',
    'should I stop my tamoxifen',
    'what dose of sertraline should I be on',
    'can i double my dose of co-codamol',
    'can I take my metformin before the scan',
    'are these side effects normal for my chemo',
    'is it normal to still be bleeding two weeks after my operation',
    // prognosis
    'how long have I got',
    'will I survive',
    'is my dad going to die',
    'what are his chances of survival',
    'is stage 3 curable',
    // choosing a doctor or hospital on clinical grounds
    'which doctor is best for my cancer',
    'which hospital is the best for prostate cancer',
    // later real-world phrasings (from two more held-out batches, now tuned against)
    'my consultant wants to do a mastectomy, would a lumpectomy be enough?',
    'should my husband carry on with immunotherapy given the side effects',
    'does a Gleason score of 7 mean I need surgery',
    'can you tell me what my CT scan report means',
    "i'm on warfarin, can i have ibuprofen",
    'how do I know if my cancer has come back',
    "what's a normal level for ferritin",
    'could my tiredness be my thyroid',
    'do you think the tumour is benign',
    'my mum is 85, is she too old for the operation',
    'is it worth my dad having radiotherapy at his age',
    "what's my risk of it coming back",
    'my son has been prescribed ritalin, is that safe for him',
    'is my pain from the cancer or the arthritis',
    'which is better for prostate cancer, surgery or radiotherapy?',
    'will I lose my hair on this chemo',
    'are hot flushes normal on tamoxifen',
    'should we push for surgery rather than radiotherapy for dad',
    'is it safe to have a CT scan while pregnant',
    'my eGFR is 45, how bad is that',
    'does my husband really need a stent',
    'is watchful waiting the right choice for my prostate cancer',
    'what are the chances the lump is cancer',
    'can I drink on my antibiotics',
    'my baby has a temperature of 38, should I give calpol',
    'do my symptoms sound like MS?',
    'how serious is a grade 3 tumour',
    'if I skip the chemo will the cancer come back',
    "I've been told I need a hysterectomy, is that the only option?",
    "what's the survival rate for stage 4 bowel cancer",
    'will my hair grow back after radiotherapy',
    'should my dad have the TAVI or open heart surgery',
    'is 2cm a big lump?',
    "what does 'suspicious for malignancy' mean on my report",
    'can you tell me if I should be on statins',
    'do I really need to keep taking my blood pressure meds',
    'will the radiotherapy affect my fertility',
    'is it safe to fly after a DVT',
    'my inr is 5, is that too high',
    "how likely is it that my mum's cancer is curable",
    'what painkillers are best for nerve pain',
    'would you go ahead with the knee replacement at 80',
    'does a high PSA always mean cancer',
    'should I be worried about the blood in my pee',
    'is my son too young for grommets',
    'how long will I live without treatment',
    'what do high white blood cells mean',
    'thoughts on the Whipple procedure for my dad?',
    'my consultant says chemo, my GP says surgery, who is right?',
    'help me decide between chemo and radiotherapy',
    'is there anything better than tamoxifen for me',
    'my nan is 92, is it cruel to put her through surgery',
    "I'm not sure how many tablets I should take",
    'tell me if I should stop my chemo',
    "I can't decide whether to go ahead with surgery",
  ])('%s -> medical-advice', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });
});

// Twelfth pass: voice-to-text runs sentences together, so a "not" in the sentence before a question ("it doesn't
// hurt do you think it's cancer") no longer denies the question; a "not" that belongs to the sign still does.
describe('a question run on after a negative sentence is still read (engine: the negation check)', () => {
  it.each([
    "so I've got this lump in my neck it doesn't hurt do you think it's cancer or just a gland",
    "my ankles aren't painful is it normal for them to swell on amlodipine",
  ])('%s -> medical-advice', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });

  it.each([
    "Me and my consultant just don't agree about what's wrong with me. Is that a valid reason to see someone else?",
    'not having chest pain or anything, just want to know how long a second opinion takes',
  ])('%s -> no safety reply in place of the answer', (text) => {
    expect(['crisis', 'emergency', 'medical-advice']).not.toContain(assessSafety(text)?.kind);
  });
});
