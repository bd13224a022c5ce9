import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-first pass (judgements asked in passing, carers, pregnancy and babies)', () => {
  it('calls few kicks, or a baby gone quiet late in pregnancy, an emergency, but not a quiet ward or a quiet older baby', () => {
    expect(kindOf('33 weeks and hardly any kicks since breakfast')).toBe('emergency');
    expect(kindOf('I am 36 weeks and baby has been very quiet all afternoon')).toBe('emergency');
    expect(kindOf('I am 36 weeks pregnant and the antenatal clinic was very quiet today')).toBeUndefined();
    expect(kindOf('my 4 month old has been quiet all afternoon, is that normal?')).not.toBe('emergency');
  });

  it('gives only the "if this is happening now" line to first aid that worked and to a fit a hospital named long after', () => {
    expect(kindOf('Dad choked on some steak on Sunday, my brother did back blows and the piece came out. Can he get a swallow test?')).toBe('possible-emergency');
    expect(kindOf('she is choking, I have done back blows and nothing came out')).toBe('emergency');
    expect(kindOf('she had a fit with a fever when she was a baby, the doctors said febrile convulsion. can another paediatrician review her?')).toBe('possible-emergency');
    expect(kindOf('my little boy is having a febrile convulsion right now')).toBe('emergency');
  });

  it('gives the line to a fever with sickle cell, breath only sitting up at night, and someone seen confused and grey', () => {
    expect(kindOf('son has sickle cell, temp 38.4 since lunch')).toBe('possible-emergency');
    expect(verdictOf('my daughter has sickle cell and her temp is 38.6, do we go in?')).toBe('medical-advice+999');
    expect(kindOf('my daughter has sickle cell, can we get a second opinion on her care plan?')).toBeUndefined();
    expect(kindOf('mum has to sit up in bed to breathe most nights now')).toBe('possible-emergency');
    expect(kindOf('had to sit up to breathe after the 5k, ha')).toBeUndefined();
    expect(kindOf('my neighbour looked confused and grey when I popped round this morning')).toBe('possible-emergency');
  });

  it('reads asked to help someone "get it over with", and a letter for a relative "after" with thanks for everything, as crises', () => {
    expect(kindOf('my grandad keeps begging me to help him get it over with')).toBe('crisis');
    expect(kindOf('she gave me a letter for her son, to be opened after, and thanked me for everything')).toBe('crisis');
    expect(kindOf('can you help me get this complaint over with quickly')).toBeUndefined();
  });

  it('reads a school term, a holiday or an age then after a past verb as history', () => {
    expect(kindOf('he collapsed at football last term and the ECG was normal. can we see a cardiologist privately?')).toBe('possible-emergency');
    expect(kindOf('she had a bad asthma attack over Easter and was in hospital. who can review her inhalers?')).toBe('possible-emergency');
    expect(kindOf('he stopped breathing for a moment at 3 months, they called it reflux. can we get it looked at again?')).toBe('possible-emergency');
  });

  it('treats a fright said with a laugh, and breathing lost to a waiting list, as figures of speech', () => {
    expect(kindOf('I nearly fainted looking at the stitches haha. who do I ask about a second opinion?')).toBe('possible-emergency');
    expect(kindOf('I cannot breathe for the worry of this wait, how long does a second opinion take?')).toBe('possible-emergency');
    expect(kindOf('I cannot breathe for the pain in my chest')).toBe('emergency');
  });

  it('reads a plan told to a crisis team, and no point in oneself, as crises; a plan for something else is not', () => {
    expect(kindOf('I told the crisis team I had a plan and they discharged me anyway')).toBe('crisis');
    expect(kindOf('cant see the point of any of it, or of me')).toBe('crisis');
    expect(kindOf('I told my GP I had a plan for losing weight, can I see a dietitian instead?')).toBeUndefined();
    expect(kindOf('I dont see the point of me asking the same doctor again')).toBeUndefined();
  });

  it('signposts a medicine to be stopped as a plan, a medicine with "or not", and "ok or no" after one', () => {
    expect(kindOf('thinking of packing in my blood pressure tablets, they make me dizzy')).toBe('medical-advice');
    expect(kindOf('baby has a cold, calpol or not, she is 10 weeks')).toBe('medical-advice');
    expect(kindOf('on amitriptyline, a glass of wine tonight ok or no')).toBe('medical-advice');
    expect(kindOf('going to stop my tablets and ask for a second opinion')).toBeUndefined();
  });

  it('signposts another medicine asked for after the one named, whether to go ahead with what was named, and a procedure in the verb', () => {
    expect(kindOf('She has been on sertraline a year and feels flat. Would it be worth asking to swap?')).toBe('medical-advice');
    expect(kindOf('My mum cannot swallow the metformin. Is there another option for her sugar?')).toBe('medical-advice');
    expect(kindOf('the surgeon offered a knee replacement and i am 80. should i just have it?')).toBe('medical-advice');
    expect(kindOf('the GP found a cyst on my back. should I get it removed?')).toBe('medical-advice');
    expect(kindOf('I have a second opinion booked next month. should I just have it?')).toBeUndefined();
  });

  it('signposts whether seen staring spells are seizures, a result said to be normal, and feeds in the first weeks', () => {
    expect(kindOf('my son keeps staring into space for a few seconds. are these absences?')).toBe('medical-advice');
    expect(kindOf('does a normal EEG mean she cannot have epilepsy?')).toBe('medical-advice');
    expect(kindOf('should we wake our 10 day old for feeds in the night?')).toBe('medical-advice');
    expect(kindOf('is it normal for a 3 week old to feed every hour?')).toBe('medical-advice');
  });

  it('leaves a complaint about a medicine changed, someone else\u2019s view and who has the last word to the answer', () => {
    expect(kindOf('the practice changed my inhaler to a cheaper one without asking, can I complain?')).toBeUndefined();
    expect(kindOf('he had a stroke last year, can we get someone else\u2019s view on his physio?')).not.toBe('medical-advice');
    expect(kindOf('if the two doctors disagree, who decides, me or the consultant?')).toBeUndefined();
  });
});
