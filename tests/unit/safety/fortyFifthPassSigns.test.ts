import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/text/normalise';
import { shippedRules } from './shippedRules';

describe('signs read in the forty-fifth pass (pregnancy and after birth)', () => {
  it('reads a fear that a new mother will "do something" as a crisis, and doing something about a complaint as none', () => {
    expect(shippedRules.assessByRules("she thinks someone swapped the baby and hasn't slept for days, I'm frightened she'll do something")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I'm worried he'll do something stupid to himself.")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I'm worried the ward will do something about my complaint only if I write to them")).toBeUndefined();
  });

  it("reads whether to agree to a clinician's plan, such as an induction, as a treatment question", () => {
    expect(shippedRules.assessByRules('the midwife wants to induce me next week because of my age, should I agree')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('my surgeon is offering a hip replacement in May, should I say yes?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('the consultant wants to refer me to another hospital for a second opinion, how long will that take?')).toBeUndefined();
  });

  it('knows medicines that end in -alol, -ilol and -uzole, so whether one is safe is a medicine question', () => {
    expect(shippedRules.assessByRules('is labetalol alright for the baby?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('is carvedilol safe with my inhaler?')?.kind).toBe('medical-advice');
  });

  it("leaves the temperature of a baby's room or bath alone, and still reads a baby's temperature as an emergency", () => {
    expect(shippedRules.assessByRules('what room temperature is right for a newborn at night?')?.kind).not.toBe('emergency');
    expect(shippedRules.assessByRules('how do I check the bath water temperature for my 2 week old?')?.kind).not.toBe('emergency');
    expect(shippedRules.assessByRules('my 5 week old has a temperature of 38.4')?.kind).toBe('emergency');
  });

  it('reads whether a baby is feeding enough as a question for the midwife or health visitor', () => {
    expect(shippedRules.assessByRules('she only has three wet nappies, is she getting enough milk?')?.kind).toBe('medical-advice');
  });

  it('lowers sepsis as a newborn to the 999 line when the child is years older and well now', () => {
    expect(shippedRules.assessByRules('she was in NICU with sepsis as a newborn, she is 4 now and doing well, can we ask for her notes?')?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('my baby is in NICU with sepsis and getting worse')?.kind).toBe('emergency');
  });
});

describe('signs read in the forty-fifth pass (learning disability and autism)', () => {
  it('reads whether someone needs hospital, in any English, as a question for NHS 111', () => {
    expect(shippedRules.assessByRules('My brother has not eaten for 2 days and is very quiet. Is this need hospital?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('does she need a and e or can it wait?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('does he need hospital for his second opinion appointment or can it be at the GP?')).toBeUndefined();
  });

  it('reads "could it be toothache" as a question only a clinician can answer', () => {
    expect(shippedRules.assessByRules('he keeps hitting his jaw, could it be toothache?')?.kind).toBe('medical-advice');
  });
});

describe('signs read in the forty-fifth pass (people who cannot type much)', () => {
  it('fixes the sound-it-out spellings of time and dose words, so the rules read them', () => {
    expect(normalise('missd my dose agen last nite, tonite its rong')).toBe('missed my dose again last night, tonight its wrong');
    expect(shippedRules.assessByRules('speech come out rong agen')?.kind).toBe('emergency');
  });

  it('keeps a face gone down one side an emergency, and a swelling gone down a history', () => {
    expect(shippedRules.assessByRules('mum face gone down one side cant lift arm')?.kind).toBe('emergency');
    expect(shippedRules.assessByRules('his face was swollen last week but it has gone down, can we ask for another dermatologist?')?.kind).not.toBe('emergency');
  });

  it('reads breathing worse than usual as 999, and the 999 line when the writer guesses it is nothing much', () => {
    expect(shippedRules.assessByRules('dads breathing much worse tonight')?.kind).toBe('emergency');
    expect(shippedRules.assessByRules('breathing worse than usual, probably just a cold')?.kind).toBe('possible-emergency');
  });

  it('reads half a medicine named before as a medicine question, dictated punctuation and all', () => {
    expect(shippedRules.assessByRules('the riluzole makes me sick comma can I take half full stop')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('can I take half the form home to fill in?')).toBeUndefined();
  });

  it('places chest pains "last yr" in the past', () => {
    expect(shippedRules.assessByRules('my chest pains last yr were put down to anxiety, I still want a cardiologist to look again')?.kind).toBe('possible-emergency');
  });
});
