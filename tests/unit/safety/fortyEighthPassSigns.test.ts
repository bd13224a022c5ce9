import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the forty-eighth pass (neurological conditions, at home after an operation)', () => {
  it('reads someone who will not open their eyes to the people with them as an emergency, but not eyes stuck or shut against the light', () => {
    expect(kindOf('she had a fit on the landing, she is breathing but she will not open her eyes')).toBe('emergency');
    expect(kindOf("grandad is slumped in his chair and won't open his eyes when we shout")).toBe('emergency');
    expect(kindOf("the baby won't open her eyes in the morning, they're crusty and stuck")).toBeUndefined();
    expect(kindOf("he won't open his eyes in bright sunlight since the migraine started, can I ask for another neurologist?")).toBeUndefined();
  });

  it('gives both legs numb with the bladder going the "if this is happening now" line, in either order', () => {
    expect(kindOf('my legs have gone numb and I keep not knowing when I need the loo')).toBe('possible-emergency');
    expect(kindOf('numbness in both legs since this morning and trouble having a wee')).toBe('possible-emergency');
    expect(kindOf('my legs are numb after sitting cross-legged, can I get a second opinion on my knee?')).toBeUndefined();
  });

  it('gives a tight chest with a pounding heart at least the line, but not a heart pounding before an appointment', () => {
    expect(kindOf('tight chest and a racing heart on and off since lunch, probably the new tablets')).toBe('possible-emergency');
    expect(kindOf('heart pounding and my chest feels tight every few hours today')).toMatch(/emergency$/);
    expect(kindOf('my heart was pounding before the appointment, can I take my sister in with me?')).toBeUndefined();
  });

  it('gives nothing passed with a swollen belly and being sick the line, in any order, but not one sign alone', () => {
    expect(kindOf('no output in his stoma bag since this morning, tummy bloated and he is being sick')).toBe('possible-emergency');
    expect(kindOf('keep throwing up and my belly is swollen, not had a poo for three days since the op')).toBe('possible-emergency');
    expect(kindOf('not had a poo for two days on the new painkillers, is there something I can take?')).not.toBe('possible-emergency');
  });

  it('lowers seizures told as the condition a child has to the line, while a fit happening now stays an emergency', () => {
    expect(verdictOf('my 6 year old has absence seizures, is it ok for him to go on the school trip?')).not.toBe('emergency');
    expect(kindOf('our toddler has febrile seizures and is fitting right now')).toBe('emergency');
    expect(kindOf('my son is 4 and having a seizure')).toBe('emergency');
  });

  it('takes driving or swimming after a seizure as a question for the team, while a seizure told in a story of doctors stays one', () => {
    expect(verdictOf('I had a seizure last month out of the blue, is it safe for me to drive to work yet?')).toMatch(/^medical-advice/);
    expect(kindOf('When I had my seizure the neurologist was lovely, the new one is not. Can I go back to the first one?')).not.toBe('medical-advice');
  });

  it('knows medicines for blood conditions, allergies and the gut by name, so whether to start one is for the team', () => {
    expect(kindOf('should she start deferasirox instead of the pump?')).toBe('medical-advice');
    expect(kindOf('would milk thistle help his liver?')).toBe('medical-advice');
  });

  it('takes whether something must be avoided, whether someone is allergic, or whether something sets a condition off as clinical questions', () => {
    expect(kindOf('with my coeliac do I have to avoid oats too?')).toBe('medical-advice');
    expect(kindOf('skin prick test came back 3mm, so is she allergic or not?')).toBe('medical-advice');
    expect(kindOf('can the cold weather set her eczema off?')).toBe('medical-advice');
    expect(kindOf('do I have to avoid my old consultant if I get a second opinion?')).toBeUndefined();
  });

  it('gives infected-looking skin with a shiver, and a first itch after eating an allergen, the "if this is happening now" line', () => {
    expect(kindOf('the cut on his leg is hot and oozing pus and he has a temperature tonight')).toBe('possible-emergency');
    expect(kindOf('she ate a prawn by mistake at the party and her lips feel tingly')).toMatch(/emergency$/);
    expect(kindOf('had prawns last week and they were lovely, can I ask for another allergist?')).toBeUndefined();
  });

  it('lowers a breathing sign asked about as a plan for a rescue medicine to the line, beside the signpost', () => {
    expect(verdictOf('at what point should I give the reliever, when he is struggling to breathe?')).toMatch(/^medical-advice\+999|^possible-emergency/);
    expect(kindOf('he is struggling to breathe and the reliever is not helping')).toBe('emergency');
  });

  it('reads anaphylaxis named as the condition a child lives with as no sign at all, but "she has anaphylaxis, help" as an emergency', () => {
    expect(kindOf('two kids, one with anaphylaxis, and I can never get a GP appointment')).toBeUndefined();
    expect(kindOf('she has anaphylaxis, help')).toBe('emergency');
  });

  it('reads drinking till passing out as a habit, not a collapse, and a body wished to give out as a crisis', () => {
    expect(kindOf('my dad drinks until he passes out most nights, can his GP refer him for a second opinion on his liver?')).not.toBe('emergency');
    expect(kindOf('she says she hopes her heart just gives out')).toBe('crisis');
  });

  it('reads tablets taken by mistake with signs now as an emergency', () => {
    expect(kindOf("took my wife's tablets by mistake with mine and now I'm very drowsy and can't think straight")).toBe('emergency');
    expect(kindOf('I took my tablets by mistake twice last year and was fine, can I see another GP?')).not.toBe('emergency');
  });

  it('gives someone suddenly too weak to get out of bed the line', () => {
    expect(kindOf('grandad is too weak to get out of bed this morning, he has barely eaten')).toBe('possible-emergency');
    expect(kindOf('after the operation I was too weak to walk for weeks, can I get another surgeon to look at my knee?')).toBeUndefined();
  });

  it('reads pills saved up by name, or knowing how many it takes, as a crisis', () => {
    expect(kindOf("I've been saving up my sertraline")).toBe('crisis');
    expect(kindOf('i know how many it would take')).toBe('crisis');
  });

  it('reads nobody left for the crisis team to find as a crisis', () => {
    expect(kindOf("when they come there'll be nothing left of me to save")).toBe('crisis');
  });

  it('does not read "a bit myself" as biting oneself', () => {
    expect(kindOf('can I lower the dose a bit myself?')).not.toBe('crisis');
    expect(kindOf('I bit myself till it bled last night')).toBe('crisis');
  });

  it('reads skipping a dose, something to take for a side effect, a medicine as the cause and treating oneself as clinical questions', () => {
    expect(kindOf('I took my statin twice, should I skip tonight\'s?')).toBe('medical-advice');
    expect(kindOf('his sertraline gives him headaches, is there something he can take for that?')).toBe('medical-advice');
    expect(kindOf('could his painkillers be why he is so muddled?')).toBe('medical-advice');
    expect(kindOf('my earwax is blocking my hearing aid, can I clean it out myself?')).toBe('medical-advice');
    expect(kindOf('should I skip the PALS step and go straight to a complaint?')).toBeUndefined();
  });

  it('dates a sign by a head injury named as the past event', () => {
    expect(kindOf('her memory has been poor since the head injury, can I ask for another neurologist?')).not.toBe('emergency');
  });

  it('keeps a sign said to be happening right now an emergency, whatever history sits beside it', () => {
    expect(kindOf('she had a seizure last month and she is fitting again right now')).toBe('emergency');
    expect(kindOf('he had a seizure last year and he is fine now, can we see another neurologist?')).not.toBe('emergency');
  });

  it('reads "it is March now and he is fine" as the story being over, with the line, though a request follows "but"', () => {
    expect(kindOf("mum fainted at the wedding in june. it's october now and she's fine but the cardiologist won't see her, can we ask for another?")).toBe('possible-emergency');
  });
});

