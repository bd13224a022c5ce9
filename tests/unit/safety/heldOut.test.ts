import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

// Held out: phrasings written before the rules they exercise, never used to tune them.
// They estimate how the rules cope with wording nobody designed for.
//
// First-run scores of every held-out batch (misses in later batches were then fixed with
// general rule changes and moved into the category test files as regressions):
//   batch 1 (below, written before any rule): 72/73; the miss, a crisis phrase tripping an
//     unconscious-person rule ("go to sleep and not wake up"), was fixed by a general change.
//   batch 2: emergency 18/25, crisis 13/18, medical-advice 4/17, near misses 30/30
//   batch 3: emergency 10/15, crisis 7/11, medical-advice 12/15, near misses 24/25
//   batch 4: emergency 13/20, crisis 8/15, medical-advice 11/15, near misses 22/24
//   batch 5 (first-run passes below): emergency 12/15, crisis 10/12, medical-advice 11/12, near misses 19/20

describe('held-out phrasings, batch 1', () => {
  it.each([
    "mums face is all lopsided and she's dribbling",
    'grandad is making gurgling noises and we cant wake him',
    "I've got a really heavy feeling in my chest and my left arm is numb",
    "my husband collapsed at the dinner table and he's not responding to us",
    "she ate a peanut and her face is puffing up and she's wheezing",
    "my son hasn't stopped shaking and jerking for about ten minutes",
    "he's talking gibberish and his arm is hanging limp",
    "theres so much blood, he cut himself on glass and it's pouring out",
    'my partner took a load of pills about 20 mins ago',
    "I think i'm having a heart atack",
    "breathing is really hard for my dad right now and he's gone pale and clammy",
    "she just fainted and isn't coming round",
    "I'm struggling to breath and can't get my words out",
    "worst headache I've ever had, it came on like a thunderclap",
    "my mother is being very strange, slurring and can't hold both arms up",
    'help my baby has gone blue and floppy',
    'i swallowed a bottle of vodka and all my sleeping tablets',
    "my wife's lips and tongue have swollen right up",
    "he was hit by a car and isn't moving",
    "I'm on chemotherapy and I've got a fever and feel awful",
    "He's got a pain in the centre of his chest like a tight band",
    "there's a fire in my flat and I'm trapped",
  ])('emergency: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it.each([
    "honestly I don't see a reason to keep going",
    'i just want to go to sleep and not wake up',
    'my daughter has been self-harming',
    'i keep thinking about killing myself',
    'the family would be better off if i was gone',
    "i don't want to exist anymore",
    "I've been having thoughts of ending it",
    "he's talking about taking his own life",
    "i've had enough of life",
    "I'm done with life",
    "wish i'd never woken up this morning",
    "I've started burning myself with cigarettes",
    "what's the point of going on",
    "i'm thinking about overdosing",
    'nobody would miss me if I was gone',
    "my partner said he'd rather be dead",
    "I can't carry on anymore",
  ])('crisis: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });

  it.each([
    'would you recommend I have the hip replacement',
    'is a lump in my breast likely to be cancer',
    'what does a raised CRP mean for me',
    'can i take codeine and ibuprofen together',
    'what are my chances of beating this',
    'is it too late for my dad to have treatment',
    'how many ibuprofen can i have in a day',
    'is it better for me to have surgery or radiotherapy?',
    'what stage do you think my cancer is',
    "do you think I've got MS",
    'my cholesterol is 7.2 is that dangerous',
    'will the chemo work for me',
    'should we go for the trial drug or stick with the standard treatment',
    "who's the best surgeon for knee replacements near me",
    'is my husband dying',
    'is it safe to stop my antidepressants suddenly',
    'what could be causing my dizzy spells',
  ])('medical-advice: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });

  it.each([
    'is it worth asking for another opinion before the op?',
    "I'm scared stiff about the results",
    'this whole process is doing my head in',
    "I'm at the end of my tether with the hospital",
    'My dad wants to die at home rather than in hospital, can we get a second opinion about his palliative care',
    'should we get a second opinion before the operation?',
    'can I have a second opinion on my MRI?',
    'is it ok to record the appointment on my phone?',
    'who pays if I go private for a second opinion',
    'does the new doctor get my scan results automatically',
    "i'm gutted, it feels like the end of the world",
    "she's fit and healthy apart from this",
    'how many second opinions can I ask for',
    "I'd die for a decent night's sleep",
    'it knocked me for six when they said surgery',
    "they told me he has cancer and I felt like I couldn't breathe",
  ])('nothing: %s', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });
});

describe('held-out phrasings, batch 5 (those that passed on their first run)', () => {
  it.each([
      'my dad is sat on the sofa and his face has gone saggy on the left',
      "she's struggling to get her breath and her lips look bluish",
      "my friend collapsed at work and isn't breathing, colleagues are doing CPR",
      'been having chest pains for the last half hour, spreading to my back',
      "I've cut my leg badly on glass and it's spurting blood",
      "he's been stung by a bee and his face is puffing up",
      'my daughter took an overdose last night and is now being sick',
      "my grandad can't speak and can't move his right side",
      'severe headache, stiff neck and a rash on my son',
      'my husband has a terrible crushing feeling in his chest',
      'i think my wife is having a stroke',
      "my baby isn't breathing properly and is floppy",
  ])('emergency: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('emergency');
  });

  it.each([
      "I've been thinking that my family would be better off without me",
      'I want to end my life',
      "i've started self harming again",
      "I don't see any point in living any more",
      'my husband told me he has been planning to kill himself',
      "I don't want to carry on anymore",
      "I feel like I'm a burden and they'd be happier without me",
      'I have thought about taking an overdose',
      'my son has been talking about suicide',
      "there's nothing to live for now",
  ])('crisis: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('crisis');
  });

  it.each([
      'should I go ahead with the hip replacement or wait',
      'is my cancer aggressive',
      'is it ok to take ibuprofen with naproxen',
      'how long does my mum have left',
      'do you think my dad needs a pacemaker',
      'are my liver results bad',
      'can I come off my antidepressants',
      'which hospital is best for heart surgery',
      'is it serious if my mole has changed shape',
      'what treatment would you recommend for my arthritis',
      'could my headaches be a brain tumour',
  ])('medical-advice: %s', (text) => {
    expect(assessSafety(text)?.kind).toBe('medical-advice');
  });

  it.each([
      "my mum's heart is set on going to the hospital near her",
      "the consultant said there's no sign of cancer but I want a second opinion",
      "I'm not going to take this lying down, I want a second opinion",
      'it was a real kick in the teeth when they cancelled my operation',
      "we're over the moon that they've agreed to refer him",
      'how much does a private second opinion cost?',
      'can I ask my GP to refer me to a specialist in London?',
      'my dad had chemo in 2018 and is now in remission, but we want a second opinion about his new symptoms',
      "She felt faint at the appointment last week because she hadn't eaten",
      'I nearly had a heart attack when I saw the bill',
      'my husband is fed up to the back teeth with the delays',
      "I've been bending over backwards to get an appointment",
      'the doctor said I might need surgery, what are my options for getting another opinion?',
      'should I tell my consultant I want a second opinion?',
      'is it possible to get a second opinion on a scan result?',
      'what if the second opinion says I need the operation too?',
      'my son has autism and finds hospitals hard, can we ask for adjustments?',
      'my wife was in a car accident years ago and still has back pain, can she see another specialist?',
      "my dad's GP won't give him any more painkillers, can we see a different GP?",
  ])('nothing: %s', (text) => {
    // Answered normally: nothing, or at most the calm Samaritans line before the answer.
    expect([undefined, 'possible-crisis']).toContain(assessSafety(text)?.kind);
  });
});
