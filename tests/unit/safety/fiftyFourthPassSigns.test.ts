import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-fourth pass (travel, shy words, drink and drugs, faith, skin, the heart, carers, children)', () => {
  it('calls a testicle said shyly, painful and swollen, an emergency', () => {
    expect(kindOf('sorry this is embarrassing, one of mine down below has gone really painful and swollen since lunch')).toBe('emergency');
  });

  it('calls skin coming off after a new medicine, with the mouth or eyes sore, an emergency, and not peeling sunburn', () => {
    expect(kindOf('since the new antibiotics her skin is coming off in patches and her lips and eyes are raw')).toBe('emergency');
    expect(kindOf('my sunburn is peeling off in sheets, is aloe vera any good?')).not.toBe('emergency');
  });

  it('calls someone who cannot really be roused an emergency, but a wish not to wake a crisis', () => {
    expect(kindOf('he had his painkillers and a bottle of wine and I can\u2019t properly wake him')).toBe('emergency');
    expect(kindOf('my wife fell and hasn\u2019t woken up')).toBe('emergency');
    expect(kindOf('honestly I\u2019d be happier not waking up tomorrow')).not.toBe('emergency');
  });

  it('reads a state that keeps getting worse as now, and sepsis signs after a bite without a fever word', () => {
    expect(kindOf('hot and shivery since the op and I keep getting more confused')).toBe('emergency');
    expect(kindOf('the dog bit my son on the leg, now he is grey and talking nonsense')).toBe('emergency');
    expect(kindOf('my mum is a bit grey and a bit pale today, is that the new tablets?')).not.toBe('emergency');
  });

  it('calls a heart device that has fired three times now an emergency', () => {
    expect(kindOf('my ICD has gone off three times this evening and I feel dreadful')).toBe('emergency');
  });

  it('gives the line to signs told unsure: breathing maybe worse than usual, seeing things off the drink, a fluttering heart, a stiff jaw after a wound, a fast pulse at rest', () => {
    expect(kindOf('his chest sounds wheezy tonight but with his asthma I can\u2019t tell if it\u2019s worse')).toBe('possible-emergency');
    expect(kindOf('four days off the drink and I keep seeing spiders on the wall, probably nothing?')).toBe('possible-emergency');
    expect(kindOf('my heart has been fluttering on and off since Sunday dinner')).toBe('possible-emergency');
    expect(kindOf('cut my foot on a rusty nail at the allotment and now my jaw feels tight')).toBe('possible-emergency');
    expect(kindOf('my pulse is at 160 while I\u2019m lying in bed and I feel odd')).toBe('possible-emergency');
  });

  it('does not call a partner lost to dementia a sudden confusion, nor a tremor a stroke', () => {
    expect(kindOf('after forty years I don\u2019t know who he is any more and he doesn\u2019t recognise me any more, can I get help with his care plan?')).not.toBe('emergency');
    expect(kindOf('with my tremor some days I can\u2019t hold a cup without spilling it, who else could look at my tablets?')).not.toBe('emergency');
    expect(kindOf('dad suddenly doesn\u2019t know who I am and his face looks lopsided')).toBe('emergency');
  });

  it('reads a carer frightened of harming the person cared for, and other plain signs, as a crisis', () => {
    expect(kindOf('I shouted at him and shook him. I am frightened of myself now.')).toBe('crisis');
    expect(kindOf('i pushed my dad today when he wouldnt eat, i\u2019m scared i\u2019ll do something worse')).toBe('crisis');
    expect(kindOf('I have given up. On everything.')).toBe('crisis');
    expect(kindOf('my 11 year old keeps saying she\u2019ll jump. I don\u2019t know what to do')).toBe('crisis');
    expect(kindOf('he says he is going to drive somewhere far and not come back')).toBe('crisis');
    expect(kindOf('Bye then. Can someone look in on my cat tomorrow.')).toBe('crisis');
    expect(kindOf('diagnosis today. can\u2019t. no more')).toBe('crisis');
  });

  it('does not read turning a decision over in one\u2019s head as a plan', () => {
    expect(kindOf('I keep going over it in my head at work, should we get a second opinion on her hip?')).toBeUndefined();
    expect(kindOf('I keep going over it in my head, how I would do it')).toBe('crisis');
  });

  it('signposts one of two conditions or remedies asked about, and whether something is a warning sign', () => {
    expect(verdictOf('red itchy ring on my leg - eczema or ringworm?')).toBe('medical-advice');
    expect(verdictOf('graze on his knee is weeping, normal or infected?')).toBe('medical-advice');
    expect(verdictOf('the lump under my arm is bigger, is that a warning sign?')).toBe('medical-advice');
    expect(verdictOf('is it normal for doctors to disagree or is that a bad sign?')).toBeUndefined();
  });

  it('signposts medicines and a fast, cutting down safely, where to detox, a reading, and words a clinician said', () => {
    expect(verdictOf('does my inhaler break my fast?')).toBe('medical-advice');
    expect(verdictOf('how can I cut down safely, I drink a bottle of vodka a day')).toBe('medical-advice');
    expect(verdictOf('should he do his detox at home or in hospital?')).toBe('medical-advice');
    expect(verdictOf('is 38.2 a fever for a toddler?')).toBe('medical-advice');
    expect(verdictOf('the consultant said diverticular disease. what does that mean?')).toBe('medical-advice');
    expect(verdictOf('the GP said she would refer me to the hospital. what does that mean?')).toBeUndefined();
    expect(verdictOf('when can I go swimming again after my hernia repair?')).toBe('medical-advice');
  });

  it('leaves the process alone: a second opinion wanted on a treatment, papers to carry, a hold-up, who decides', () => {
    expect(verdictOf('I want a second opinion on whether mum should have the pacemaker')).toBeUndefined();
    expect(verdictOf('do I need to bring a folder of paperwork with my scans?')).toBeUndefined();
    expect(verdictOf('would a second opinion hold up his treatment do you think?')).toBeUndefined();
    expect(verdictOf('if two doctors disagree, who decides which one is right?')).toBeUndefined();
  });
});
