import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-fifth pass (nerves, lungs, the gut, cancer, diabetes, health workers, allergies, older people, bones, women\u2019s health, gyms, hard typing)', () => {
  it('calls breathlessness at rest told as not getting enough air an emergency, and not a gasp for a cup of tea', () => {
    expect(kindOf('for the last half hour I can\u2019t get enough air even lying still')).toBe('emergency');
    expect(kindOf('gasping for a cuppa after that clinic, can the letter go to my GP?')).toBeUndefined();
    expect(kindOf('she\u2019s gasping and can\u2019t speak')).toBe('emergency');
  });

  it('calls no feeling round the bottom with no wee an emergency, and numbness down there on the loo at least the line', () => {
    expect(kindOf('since teatime I\u2019ve lost all feeling round my bum and I can\u2019t pass water')).toBe('emergency');
    expect(['emergency', 'possible-emergency']).toContain(kindOf('my back is bad and on the toilet today it\u2019s gone numb down there'));
  });

  it('gives the line to more muddled than usual today, blue fingertips with a lung condition, warmth on chemo, a red warm wound with maybe a temperature', () => {
    expect(kindOf('gran is more confused than usual this morning, probably her waterworks')).toBe('possible-emergency');
    expect(['emergency', 'possible-emergency']).toContain(kindOf('my fingertips went bluey on the walk back, I have COPD, maybe it\u2019s just cold out'));
    expect(kindOf('my son with lymphoma seems really hot tonight, is it worth waking him?')).not.toBeUndefined();
    expect(kindOf('the bite on my ankle is red and hot and I think I might have a temperature')).toBe('possible-emergency');
    expect(kindOf('my fingers go white in the cold, it\u2019s Raynaud\u2019s, who else could look at it?')).toBeUndefined();
  });

  it('gives the line, not 999, to an overdose, a head injury or a heavy bleed told as long past or settled', () => {
    expect(kindOf('I took an overdose as a student, thirty years ago, I\u2019m a nurse now, will the new doctor see it?')).toBe('possible-emergency');
    expect(kindOf('I had heavy bleeding over Easter and went to A&E, it\u2019s all settled now, can another consultant review it?')).toBe('possible-emergency');
    expect(kindOf('does my old head injury from boxing matter to the new surgeon?')).not.toBe('emergency');
    expect(kindOf('overdosed on extra shifts this month, can I still ask for another opinion?')).not.toBe('emergency');
  });

  it('gives the line to someone living alone who has not answered since yesterday, and to a fever after a smaller procedure', () => {
    expect(kindOf('dad hasn\u2019t picked up since yesterday and that\u2019s not like him, he lives on his own')).toBe('possible-emergency');
    expect(kindOf('a bit shivery since my hysteroscopy on Friday, is that normal?')).not.toBeUndefined();
  });

  it('reads a wish not to wake and other quiet signs as a crisis, not an emergency', () => {
    expect(kindOf('some nights I think the kids would be better off if I just didn\u2019t wake up')).not.toBe('emergency');
    expect(kindOf('I go up to the top of the car park after work and stand right at the edge')).toBe('crisis');
    expect(kindOf('I hurt my arms every time I eat too much and the cuts are getting deeper')).toBe('crisis');
    expect(kindOf('i\u2019ve written my note')).toBe('crisis');
    expect(kindOf('he told me he won\u2019t wait for the Lord to take him')).toBe('crisis');
  });

  it('signposts questions about puffs or hours a day, coming off a medicine, whether a treatment is worth it and what comes next', () => {
    expect(verdictOf('how many puffs a day should she be having?')).toBe('medical-advice');
    expect(verdictOf('how many hours a night should dad wear the CPAP mask?')).toBe('medical-advice');
    expect(verdictOf('the tablets do nothing for me, should I ask to come off them?')).toBe('medical-advice');
    expect(verdictOf('is it worth her going to the physio classes at 90?')).toBe('medical-advice');
    expect(verdictOf('is there a safer option than the operation we could ask about?')).toBe('medical-advice');
    expect(verdictOf('I have lymphoedema in my leg, will it get worse?')).toBe('medical-advice');
    expect(verdictOf('they\u2019ve started him on oramorph. Is it safe?')).toBe('medical-advice');
    expect(verdictOf('does my husband need a catheter?')).toBe('medical-advice');
    expect(verdictOf('ferritin 9 wat does it mean')).toBe('medical-advice');
  });

  it('signposts an out-of-date medicine, growing out of a condition, a reading too slow, and resting an injury', () => {
    expect(verdictOf('my inhaler is out of date, does it still work?')).toBe('medical-advice');
    expect(verdictOf('will my son grow out of his eczema?')).toBe('medical-advice');
    expect(verdictOf('is a pulse of 48 too slow?')).toBe('medical-advice');
    expect(verdictOf('my knee is sore after running, should I rest it completely or keep going?')).toBe('medical-advice');
  });

  it('gives the line to a tummy getting harder after an operation, a smelly wound with a temperature, and drowsiness since sedation', () => {
    expect(kindOf('two days after his bowel op his belly is getting harder and more swollen')).toBe('possible-emergency');
    expect(kindOf('the dressing on dad\u2019s hip stinks and he\u2019s gone hot and off his food')).not.toBeUndefined();
    expect(kindOf('she\u2019s been really drowsy since the anaesthetic this morning')).not.toBeUndefined();
  });

  it('does not call a tooth knocked out, a lip numb after a tooth out, or a bleed dealt with an emergency', () => {
    expect(kindOf('my daughter knocked out her front tooth on the trampoline, will it grow back?')).not.toBe('emergency');
    expect(kindOf('three days since the extraction and my chin is still numb, will it come back?')).not.toBe('emergency');
    expect(kindOf('there was blood all over the bathroom when his catheter came out but the nurse came and it\u2019s all sorted')).not.toBe('emergency');
    expect(kindOf('he got knocked out in the match and won\u2019t wake up properly')).toBe('emergency');
  });

  it('does not read an oxygen target on a chart as a reading, and still reads a low reading beside a target', () => {
    expect(kindOf('the ward sheet says oxygen target 88-92% for my mum with COPD, is that normal?')).not.toBe('emergency');
    expect(kindOf('her oxygen is 83 and the target is 94')).toBe('emergency');
  });

  it('reads going with someone who is dying, and doing it properly after an overdose, as a crisis', () => {
    expect(kindOf('if he dies I\u2019m going with him')).toBe('crisis');
    expect(kindOf('after her overdose she says she\u2019s gonna do it properly next time')).toBe('crisis');
  });

  it('signposts what cream helps, restarting a medicine, one treatment or another, which organs to have out, and an allergy guessed', () => {
    expect(verdictOf('what cream helps with the itching on dialysis?')).toBe('medical-advice');
    expect(verdictOf('they stopped her warfarin on the ward. Should it be restarted now?')).toBe('medical-advice');
    expect(verdictOf('crown or just get it pulled?')).toBe('medical-advice');
    expect(verdictOf('chemo or surgery for my dad, which would you go for')).toBe('medical-advice');
    expect(verdictOf('should I have my tonsils out or wait?')).toBe('medical-advice');
    expect(verdictOf('a funny metal taste since the new brace, could it be an allergy?')).toBe('medical-advice');
  });

  it('does not read a second opinion typed with a slipped key as a request for a judgement', () => {
    expect(verdictOf('how do i ask for a secpnd opinion on my diagnosis?')).toBeUndefined();
  });
});
