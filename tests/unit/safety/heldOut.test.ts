import { describe, it, expect } from 'vitest';
import { assessSafety } from '../../../src/safety';

// Held out: written before the rules existed and not used to tune them, so
// this file estimates how the rules cope with phrasings nobody designed for.
describe('held-out phrasings', () => {
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
    "my dad had a stroke in 2019 and his speech is still slurred, we'd like another neurologist's view",
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
    expect(assessSafety(text)).toBeUndefined();
  });
});
