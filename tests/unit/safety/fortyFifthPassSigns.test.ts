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

describe('signs read in the forty-fifth pass (work and sport)', () => {
  it('reads heat exhaustion turning to heatstroke as an emergency, and a hot day told calmly as none', () => {
    expect(shippedRules.assessByRules('one of the lads got too hot in the sun on the roof and now he is confused and not sweating')?.kind).toBe('emergency');
    expect(shippedRules.assessByRules('we work outside in the heat all summer, can I ask for a second opinion on my skin?')).toBeUndefined();
  });

  it('reads what a fit note means one can do as a question for the GP, and going back to the GP as none', () => {
    expect(shippedRules.assessByRules("the fit note says 'may be fit for work with amended duties'. does that mean I can go back on the lorries?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('the letter says the referral was refused. does that mean I can go back to my GP for a second opinion?')).toBeUndefined();
  });

  it('places a head injury "years back" in the past', () => {
    expect(shippedRules.assessByRules('my memory has been poor since a head injury years back, can my wife come with me?')?.kind).not.toBe('emergency');
  });
});

describe('signs read in the forty-fifth pass (Deaf people who use BSL and write English)', () => {
  it('reads "better if me gone" as a crisis', () => {
    expect(shippedRules.assessByRules('nobody sign with me at home. think better if me gone')?.kind).toBe('crisis');
  });

  it('reads being up on a roof in the small hours as a crisis, and working on a roof as none', () => {
    expect(shippedRules.assessByRules('2am, me on roof of flats. cant phone anyone')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('me on roof all day fixing tiles, can I get a second opinion on my back?')).toBeUndefined();
  });

  it('reads a medicine named and then "stop?" or "more dose or change?" asked in a few words', () => {
    expect(shippedRules.assessByRules('me statin, leg pain. stop?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('citalopram 4 week same. more dose or change?')?.kind).toBe('medical-advice');
  });

  it('reads "good or not" after a treatment, and "mean what?" after a letter, as questions for the team', () => {
    expect(shippedRules.assessByRules('doctor want grommets again for daughter. good or not')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('cochlear implant need or hearing aid enough?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("letter say 'mild conductive loss'. mean what?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('where do I get hearing aid batteries?')).toBeUndefined();
  });
});

describe('signs read in the forty-fifth pass (prison, probation and release)', () => {
  it('reads drugs swallowed in a wrap to hide them as a danger', () => {
    expect(shippedRules.assessByRules('he swallowed a wrap in cling film when the officers came in and now his belly hurts')?.kind).toMatch(/emergency/);
  });

  it('reads a river that "looks better" than going on as a crisis, and the river on a better day as none', () => {
    expect(shippedRules.assessByRules('no job, no flat, the canal looks easier than another year of this')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('the river looks better today than last week, we walked to the hospital along it')).toBeUndefined();
  });

  it('reads things given away with a letter to post to family as a crisis', () => {
    expect(shippedRules.assessByRules('the lad on my landing has given his radio and his photos to the next cell and asked me to post a letter to his daughter')?.kind).toBe('crisis');
  });

  it('reads making sure they never lock him up again as a crisis', () => {
    expect(shippedRules.assessByRules("he said he'll make sure they never put him away again if the appeal fails")?.kind).toBe('crisis');
  });

  it('reads whether missed doses made a medicine stop working as a question for the team', () => {
    expect(shippedRules.assessByRules('missed my tablets for a week after the transfer. will the virus have become resistant?')?.kind).toBe('medical-advice');
  });

  it('lowers a past chest pain to the 999 line when the writer wants to make a formal complaint', () => {
    expect(shippedRules.assessByRules('the nurse said my chest pain in March was indigestion. it was a heart attack. I want to make a formal complaint')?.kind).toBe('possible-emergency');
  });
});

describe('signs read in the forty-fifth pass (gender care and HIV)', () => {
  it('knows HIV and gender care medicines, and PrEP only as something taken', () => {
    expect(shippedRules.assessByRules('is it ok to drink on descovy?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('is testogel better than nebido injections?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('my partner is undetectable now, do I still need prep?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('how do I prep for my second opinion appointment?')).toBeUndefined();
  });
});

describe('signs read in the forty-fifth pass (people new to the NHS, and the armed forces)', () => {
  it('gives the 999 line to a heart that races until one feels faint', () => {
    expect(shippedRules.assessByRules('sometimes my heart races so fast I think I will faint, last time was this morning')?.kind).toBe('possible-emergency');
  });

  it('reads a medicine from home asked about by its brand, its units or the nearest one here as a medicine question', () => {
    expect(shippedRules.assessByRules('is levemir the same as the insulin I had in Poland?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('my tablets from home are fluvoxamine and nobody stocks them. what is the nearest one to switch to')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('we moved from Wales, is it the same as England for second opinions?')).toBeUndefined();
  });

  it('gives the 999 line to someone sleeping off strong painkillers and drink who is snoring loudly', () => {
    const concern = shippedRules.assess('he took his tramadol with half a bottle of vodka and is sleeping it off, snoring like a train. fine to leave him?');
    expect(concern?.kind === 'possible-emergency' || concern?.possibleEmergency !== undefined).toBe(true);
  });

  it('knows prosthetic limbs and how they are fixed as treatments', () => {
    expect(shippedRules.assessByRules('is osseointegration worth it for an above-knee amputation?')?.kind).toBe('medical-advice');
  });
});

describe('second read of the forty-fifth pass: the new patterns leave everyday sentences alone', () => {
  it('leaves new tablets that look better, and an inviting sea, alone', () => {
    expect(shippedRules.assessByRules('the new tablets look better than the old ones')).toBeUndefined();
    expect(shippedRules.assessByRules('the sea looks inviting, can we come to the clinic after a swim?')).toBeUndefined();
  });

  it('leaves "the heat of the moment", a sandwich in cling film and a hospital referral alone', () => {
    expect(shippedRules.assessByRules('in the heat of the moment I got confused about which letter to bring')).toBeUndefined();
    expect(shippedRules.assessByRules('I ate my sandwich wrapped in cling film in the waiting room')).toBeUndefined();
    expect(shippedRules.assessByRules('does it need a hospital referral or can the GP do it?')).toBeUndefined();
  });

  it('leaves breathing worse than before an operation, asked about with a second opinion, short of 999', () => {
    expect(shippedRules.assessByRules('my breathing is worse than before the operation, can I ask for another surgeon?')?.kind).not.toBe('emergency');
  });
});
