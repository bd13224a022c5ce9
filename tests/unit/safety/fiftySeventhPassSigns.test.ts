import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-seventh pass (home gadgets, dementia, epilepsy, self-harm, cosmetic surgery, prison, palliative care, online, older people, pharmacies, complex needs, nights out, psychosis, the outdoors, young men, records, neurodivergent adults, the menopause, late pregnancy, winter infections)', () => {
  it('calls a whole side gone a stroke sign, but not a pain, a rash or numbness that has gone from it', () => {
    expect(kindOf('my nan has just gone funny, her whole right side has gone and she is slumping')).toBe('emergency');
    expect(kindOf('the rash on her hands has gone away now')).toBeUndefined();
    expect(kindOf('the numbness in my fingers has gone')).toBeUndefined();
  });

  it('calls someone who cannot be kept awake, or cannot stay awake today, an emergency, not a tired worker', () => {
    expect(kindOf('grandad is so sleepy we can\u2019t keep him awake long enough to drink')).toBe('emergency');
    expect(kindOf('mum can\u2019t stay awake this afternoon and keeps talking to people who aren\u2019t there')).toBe('emergency');
    expect(kindOf('I can\u2019t stay awake at my desk since the new tablets, can I ask for a different doctor?')).not.toBe('emergency');
  });

  it('calls not breathing normally after a collapse an emergency: "normally" there is the sign, not a habit', () => {
    expect(kindOf('my husband just collapsed on the stairs and isn\u2019t breathing normally')).toBe('emergency');
    expect(kindOf('she had a few sleeping pills with wine and we can\u2019t wake her properly')).toBe('emergency');
    expect(kindOf('he has had a few fits over the years, can another neurologist see him?')).toBeUndefined();
  });

  it('reads someone not "wakin" up in text-speak as unconscious', () => {
    expect(kindOf('m8 not wakin up after the party, breathin funny')).toBe('emergency');
  });

  it('gives the line, not 999, to a seizure plan told with its use, a sign at birth, and confusion that comes with a place', () => {
    expect(kindOf('her seizure plan says midazolam after 5 minutes, we used it twice this year and both times it worked')).toBe('possible-emergency');
    expect(kindOf('he had a cardiac arrest at birth and is doing well at 9, can a different cardiologist review him?')).toBe('possible-emergency');
    expect(kindOf('my mum gets very confused in hospital, can someone come with her to the second opinion?')).toBe('possible-emergency');
    expect(kindOf('my mum has suddenly become very confused since lunch')).toBe('emergency');
  });

  it('does not read an age told beside a sign as history ("aged 80")', () => {
    expect(kindOf('my dad, aged 80, has collapsed and isn\u2019t breathing')).toBe('emergency');
  });

  it('does not call oxygen dipping for a few seconds in the night on a watch an emergency, and still calls low sats one', () => {
    expect(kindOf('my ring says my oxygen drops to 88 for a couple of seconds in the night, could it be apnoea?')).not.toBe('emergency');
    expect(kindOf('her sats are 86 and she is struggling')).toBe('emergency');
  });

  it('calls someone on a car park\u2019s top floor saying they will jump an emergency, not a joint that may jump out', () => {
    expect(kindOf('my friend is on the top level of the multi storey saying she is going to jump')).toBe('emergency');
    expect(kindOf('we parked on the top floor and my shoulder is going to jump out of place again')).toBeUndefined();
  });

  it('gives the line to a cut that bled for ages, breathing shallow with gaps, more breathless than usual, waters gone early, a pregnancy headache with swelling, a fever after a birth, and lips tingling with an allergy', () => {
    expect(kindOf('her graze kept bleeding for hours yesterday, it has stopped now')).toBe('possible-emergency');
    expect(kindOf('dad\u2019s breathing is shallow with long gaps tonight')).not.toBeUndefined();
    expect(kindOf('I\u2019m much more breathless than usual climbing the stairs since Sunday')).toBe('possible-emergency');
    expect(kindOf('I\u2019m 31 weeks and my waters have gone')).not.toBeUndefined();
    expect(kindOf('29 weeks and proper contractions every few minutes')).toBe('possible-emergency');
    expect(kindOf('34 weeks pregnant with a headache that won\u2019t shift and my ankles are really puffy')).toBe('possible-emergency');
    expect(kindOf('my temperature is 38.6 ten days after the birth')).toBe('possible-emergency');
    expect(kindOf('I\u2019m allergic to sesame and my lips are tingling after lunch')).toBe('possible-emergency');
    expect(kindOf('I\u2019m 40 weeks and having proper contractions, which hospital do we go to?')).not.toBe('emergency');
  });

  it('reads collecting tablets and counting them, saving up a named medicine until there is enough, and "the lot" taken if something happens as a crisis, not a trip to the chemist', () => {
    expect(kindOf('he has been collecting his heart tablets in a shoebox and he is so down')).toBe('crisis');
    expect(kindOf('I keep counting the tablets I\u2019ve saved')).toBe('crisis');
    expect(kindOf('been saving up the tramadol, nearly enough now')).toBe('crisis');
    expect(kindOf('she says she\u2019ll take the whole lot if the court says no')).toBe('crisis');
    expect(kindOf('I\u2019m collecting my tablets from the chemist after work')).toBeUndefined();
    expect(kindOf('if they offer the package deal I\u2019ll take the lot')).toBeUndefined();
  });

  it('reads a long sit on a bridge, goodbyes posted, a fit hoped for to finish it, and the last time we will see him as a crisis', () => {
    expect(kindOf('after the phone call I sat on the bridge for hours, then went home')).toBe('crisis');
    expect(kindOf('we sat on the bridge for an hour feeding the ducks')).toBeUndefined();
    expect(kindOf('my cousin posted goodbyes on his story last night and isn\u2019t picking up')).toBe('crisis');
    expect(kindOf('I\u2019ve stopped my tablets and I\u2019m hoping the next seizure finishes me off')).toBe('crisis');
    expect(kindOf('he told the pharmacist this will be the last time they see him')).toBe('crisis');
    expect(kindOf('she posted goodbyes to her colleagues when she retired')).toBeUndefined();
  });

  it('reads older people\u2019s crises told flatly: enough to not wake, going in at the river, a gun and a goodbye, nothing more to be done, no intention of another winter', () => {
    expect(kindOf('how much of my zopiclone would make sure I do not wake?')).toBe('crisis');
    expect(kindOf('he stands by the canal at night and says he thinks about going in')).toBe('crisis');
    expect(kindOf('my uncle phoned to say goodbye and now he isn\u2019t answering')).toBe('crisis');
    expect(kindOf('the pain clinic say nothing more can be done. I am done too.')).toBe('crisis');
    expect(kindOf('I have no intention of seeing another Christmas')).toBe('crisis');
    expect(kindOf('she thinks about going in the sea for a swim in June')).toBeUndefined();
  });

  it('reads beliefs that put a life at risk and voices that want a fall as a crisis', () => {
    expect(kindOf('my brother hasn\u2019t slept and now he says he can fly')).toBe('crisis');
    expect(kindOf('the angels want me home tonight')).toBe('crisis');
    expect(kindOf('she keeps saying she is already dead')).toBe('crisis');
    expect(kindOf('the voices want him to test gravity off the balcony')).toBe('crisis');
    expect(kindOf('my son keeps walking into the traffic on purpose')).toBe('crisis');
    expect(kindOf('my daughter needs me home by six for tea')).toBeUndefined();
  });

  it('reads young men\u2019s ways of saying it, and a goodbye note with the rings left, as a crisis', () => {
    expect(kindOf('gg. thats me done for good')).toBe('crisis');
    expect(kindOf('he deleted his socials and left a bio saying it was fun while it lasted')).toBe('crisis');
    expect(kindOf('tried twice before and I can feel it coming on again')).toBe('crisis');
    expect(kindOf('thanks for everything. I won\u2019t need the appointment now')).toBe('crisis');
    expect(kindOf('she went out at six and left her wedding ring on the table with a note')).toBe('crisis');
    expect(kindOf('I\u2019m done for good with this referral nonsense')).toBeUndefined();
  });

  it('gives the calm line, not the crisis reply, to old self-harm scars cared for and a support group for parents', () => {
    expect(kindOf('what cream helps fade old self harm scars?')).not.toBe('crisis');
    expect(verdictOf('is there a self-harm support group for parents in Bristol?')).toContain('possible-crisis');
    expect(kindOf('I\u2019ve reopened my old self harm scars')).toBe('crisis');
  });

  it('signposts what a medicine can do, a medicine and a food in two words, a warning asked about, tests and how long an infection passes on', () => {
    expect(kindOf('can quetiapine make you put on weight?')).toBe('medical-advice');
    expect(kindOf('atorvastatin grapefruit?')).toBe('medical-advice');
    expect(kindOf('on doxycycline, is the sunlight warning serious?')).toBe('medical-advice');
    expect(kindOf('dog scratch antibiotics?')).toBe('medical-advice');
    expect(kindOf('when should I take a covid test?')).toBe('medical-advice');
    expect(kindOf('the test has a faint line, does that count as positive?')).toBe('medical-advice');
    expect(kindOf('how long is my son contagious with flu?')).toBe('medical-advice');
    expect(kindOf('does the second opinion cause delays?')).toBeUndefined();
  });

  it('signposts doses as bare numbers, a dose conversion, vials in one go, rationing "them", dementia and supplement names, the heart rhythm by its short name, and a hepatitis test', () => {
    expect(kindOf('I was sent home on 40ml of methadone, is 40 too much?')).toBe('medical-advice');
    expect(kindOf('what is the conversion from oral oxycodone to a syringe driver?')).toBe('medical-advice');
    expect(kindOf('how many pens can I use in one go?')).toBe('medical-advice');
    expect(kindOf('I have ten days of my epilepsy tablets left, can I stretch them by halving them?')).toBe('medical-advice');
    expect(kindOf('is a glass of wine ok with donepezil?')).toBe('medical-advice');
    expect(kindOf('can you mix creatine and caffeine?')).toBe('medical-advice');
    expect(kindOf('is it safe for someone with AF to go running?')).toBe('medical-advice');
    expect(kindOf('do I need a hep B test before the op?')).toBe('medical-advice');
    expect(kindOf('should I ask for an induction or wait?')).toBe('medical-advice');
    expect(kindOf('I\u2019m scared af about the appointment')).toBeUndefined();
  });

  it('signposts whether a sign is the condition or something else, and whether stopping treatment is right medically', () => {
    expect(kindOf('He\u2019s wetting the bed again. Is that part of his condition or something else?')).toBe('medical-advice');
    expect(kindOf('my toes went white and numb in the cold, chilblains or something worse?')).toBe('medical-advice');
    expect(kindOf('they want to stop her dialysis, is that the right decision medically?')).toBe('medical-advice');
  });

  it('does not signpost keeping a booked treatment in the diary while the second opinion is arranged', () => {
    expect(kindOf('can I keep my radiotherapy booked while the second opinion is sorted?')).toBeUndefined();
  });
});
