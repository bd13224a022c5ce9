import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, shippedRules, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-sixth pass (infections, the blood, ENT, men\u2019s health, eating disorders, pain, farms, babies, mental health medicines, the liver, rheumatology, sexual health, veterans, new arrivals)', () => {
  it('calls a hernia that will not go back in with sickness, and an erection that will not go down, emergencies', () => {
    expect(kindOf('my strangulated-feeling hernia won\u2019t go back in now and I keep being sick, it\u2019s agony')).toBe('emergency');
    expect(kindOf('he had the injection for erection trouble six hours ago and it still hasn\u2019t gone down')).toBe('emergency');
    expect(kindOf('my hernia is painful when I lift, is surgery worth it?')).toBe('medical-advice');
  });

  it('calls skin or a wound turning black with a smell or a fever an emergency, and black toes alone at least the line', () => {
    expect(kindOf('my dad\u2019s foot skin is turning black and smells awful, he\u2019s diabetic')).toBe('emergency');
    expect(kindOf('my toes have turned black since last week')).toBe('possible-emergency');
    expect(kindOf('my toenail has gone black after the marathon')).toBeUndefined();
  });

  it('reads a person gone down into a place, or by a thing, as collapsed, and a swelling gone down as eased', () => {
    expect(kindOf('my partner went down into the cellar to fix the boiler and collapsed')).toBe('emergency');
    expect(kindOf('she went down by the bins and started fitting')).toBe('emergency');
    expect(kindOf('the swelling went down after the ice pack')).toBeUndefined();
  });

  it('does not read a farm\u2019s slurry, a kettle heard in the ears or a teething baby\u2019s dribble as signs, and still reads speech that is slurry', () => {
    expect(kindOf('they spread the slurry on the field next to us and the smell is awful, can I complain?')).toBeUndefined();
    expect(kindOf('all I hear at night is a kettle screaming in my ears, can another ENT doctor see me?')).not.toBe('emergency');
    expect(kindOf('she\u2019s teething and dribbling everywhere, can another paediatrician see her about her reflux?')).toBeUndefined();
    expect(kindOf('grandad has gone all slurry and confused this afternoon')).toBe('emergency');
    expect(kindOf('he knocked the kettle over and the skin on his arm is peeling off')).toBe('emergency');
  });

  it('gives the line, not 999, to an emergency told as long past and sorted, and reads a hernia put back in as no date', () => {
    expect(kindOf('I had sepsis after my knee op two years ago, all sorted now, can I choose a different surgeon?')).toBe('possible-emergency');
    expect(kindOf('my hernia won\u2019t push back in and it\u2019s really sore and I feel sick')).toBe('emergency');
  });

  it('gives the line to a swelling tummy with a temperature in cirrhosis, a dark smelly wound, and days without eating with weakness', () => {
    expect(kindOf('I have liver cirrhosis and my tummy is swelling again, might have a temperature too')).toBe('possible-emergency');
    expect(kindOf('the stitches on his stump look darker and there\u2019s a whiff off them')).not.toBeUndefined();
    expect(kindOf('mum not eating for four days now, very weak, will not see a doctor')).toBe('possible-emergency');
  });

  it('reads pills counted, a place that pulls, not staying in this world and letting an illness take me as a crisis', () => {
    expect(kindOf('I keep counting my pills in the drawer and working out how many it would take')).toBe('crisis');
    expect(kindOf('the railway line near work keeps calling to me')).toBe('crisis');
    expect(kindOf('once the kids are settled I won\u2019t stay in this world')).toBe('crisis');
    expect(kindOf('if I stop my insulin and let the diabetes take me nobody would notice')).toBe('crisis');
    expect(kindOf('honestly thinking of taking all my diazepam in one go')).toBe('crisis');
    expect(kindOf('on the worst nights I sit with a blade and think about using it')).toBe('crisis');
    expect(kindOf('let my daughter take me to the appointment, is that allowed?')).toBeUndefined();
    expect(kindOf('should I let the paramedics take me or go in myself?')).toBeUndefined();
    expect(kindOf('we will not stay in this world of waiting lists forever')).toBeUndefined();
  });

  it('signposts medicines by name, how often a day, the most in a day, a step up in dose and how long a patch stays on', () => {
    expect(kindOf('should I stop my ropinirole before the neurologist sees me?')).toBe('medical-advice');
    expect(kindOf('can I go up to 10 on the mounjaro next week?')).toBe('medical-advice');
    expect(kindOf('how long can I leave the fentanyl patch on?')).toBe('medical-advice');
    expect(kindOf('how many times a week should I put the steroid cream on?')).toBe('medical-advice');
    expect(kindOf('what\u2019s the most we can give him in 24 hours?')).toBe('medical-advice');
    expect(kindOf('what is the UK name for Analgin?')).toBe('medical-advice');
  });

  it('signposts a bare choice, calories and a target weight, blood tests by name, pregnancy and drinking again', () => {
    expect(kindOf('active surveillance or have the surgery?')).toBe('medical-advice');
    expect(kindOf('chemo or not. yes or no.')).toBe('medical-advice');
    expect(kindOf('is 900 calories a day enough for my daughter?')).toBe('medical-advice');
    expect(kindOf('she\u2019s 6 stone, is that a healthy weight for 15?')).toBe('medical-advice');
    expect(kindOf('what does it mean if her ANA is positive?')).toBe('medical-advice');
    expect(kindOf('could she be pregnant if the condom split?')).toBe('medical-advice');
    expect(kindOf('I have fatty liver disease, can I have a drink again now?')).toBe('medical-advice');
  });

  it('leaves alone a process question asked as how it works, a target for a referral and an apology for being a pain', () => {
    expect(kindOf('I\u2019d like another consultant, how does that work?')).toBeUndefined();
    expect(kindOf('is that a realistic target for getting the referral done?')).toBeUndefined();
    expect(kindOf('sorry to be a pain but can my sister come to the appointment?')).toBeUndefined();
    expect(kindOf('should I get a second opinion on the surgery or not?')).toBeUndefined();
  });
});

describe('signs read in the fourth round of the fifty-sixth pass (domestic abuse, sleep, stomas, money worries)', () => {
  it('calls someone at the door threatening to break in, and a stoma turning dark, emergencies', () => {
    expect(kindOf('my ex is at the back door saying he\u2019ll kick it in, I\u2019m upstairs with the baby')).toBe('emergency');
    expect(kindOf('my stoma has turned really dark this afternoon')).toBe('emergency');
    expect(kindOf('my stoma is a healthy dark red colour, is that normal?')).not.toBe('emergency');
    expect(kindOf('my mum fell at the house and hurt her hip, can another orthopaedic surgeon see her?')).toBeUndefined();
  });

  it('gives the line to hands round the neck whenever it was, a bad headache with blurry vision, a hernia gone harder', () => {
    expect(kindOf('he put his hands round my neck on Saturday, my throat still hurts when I swallow')).toBe('possible-emergency');
    expect(kindOf('bad headache and blurry vision this evening, my BP tablets ran out last week')).toBe('possible-emergency');
    expect(kindOf('my hernia has gone harder than usual and aches')).toBe('possible-emergency');
    expect(kindOf('she choked on a grape and it\u2019s stuck in her throat')).toBe('emergency');
  });

  it('gives a child\u2019s snoring with pauses in breathing the line beside the signpost, not 999', () => {
    expect(verdictOf('my daughter snores and stops breathing at night, should she have her adenoids out?')).toBe('medical-advice+999');
  });

  it('signposts stopping all at once, rationing a medicine and going back to something after an operation', () => {
    expect(kindOf('the GP wants me off diazepam, can I just stop it cold turkey?')).toBe('medical-advice');
    expect(kindOf('my daughter stopped her epilepsy tablets in May. no fits since. can she just stay off them?')).toBe('medical-advice');
    expect(kindOf('can I stop straight away and finish this later?')).toBeUndefined();
    expect(kindOf('I drink a bottle of wine a night, can I just stop straight away?')).toBe('medical-advice');
    expect(kindOf('I\u2019ve been rationing my insulin till payday')).toBe('medical-advice');
    expect(kindOf('I only get one day off so I want to make it last, is that ok?')).toBeUndefined();
    expect(kindOf('when can I start swimming again after my knee replacement?')).toBe('medical-advice');
  });

  it('leaves alone a pregnancy scan booked by the week, the allergy clinic named, and an allergy a doctor called mild', () => {
    expect(kindOf('Can I book a gender scan at 20 weeks?')).toBeUndefined();
    expect(kindOf('the allergy clinic letter came and the nurse there was rude about my throat, who do I tell?')).not.toBe('emergency');
    expect(kindOf('my son had a reaction to nuts in March, his lips swelled, the GP says it was mild. Can another doctor see him?')).toBe('possible-emergency');
  });
});

describe('a pause typed in a guided flow', () => {
  it('keeps a place for later out of the classifier\u2019s reading in a flow, and still reads a plan for tonight as a crisis', () => {
    expect(shippedRules.assess('save this, I\u2019ll finish it later on my lunch', { inFlow: true })?.kind).not.toBe('crisis');
    expect(shippedRules.assess('I\u2019ll finish it tonight', { inFlow: true })?.kind).toBe('crisis');
  });
});
