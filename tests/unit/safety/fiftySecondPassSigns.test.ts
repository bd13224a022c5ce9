import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-second pass (workplaces, learning disability, mental health services, teenagers, results read alone)', () => {
  it('calls a fall down steps followed by the same question again and again an emergency, but not an old fall told as history', () => {
    expect(kindOf('my dad came down the stairs head first and now he keeps asking the same question')).toBe('emergency');
    expect(kindOf('a customer fell off the ladder in the shop, says he is fine but cannot remember what happened')).toBe('emergency');
    expect(kindOf('mum fell down the stairs last year and could not remember what happened, can we get a second opinion on her scan?')).not.toBe('emergency');
  });

  it('gives the line to something swallowed that should not have been, told second hand', () => {
    expect(kindOf('my brother rang from the unit to say he ate something he wasnt supposed to and nobody is listening')).toBe('possible-emergency');
    expect(kindOf('I ate something I should not have at the wedding and the diet is ruined, ha')).toBeUndefined();
  });

  it('reads a habit of standing at an edge with the thought of going over, and swimming out not to come back, as crises', () => {
    expect(kindOf('most nights I stand on the bridge and think about jumping')).toBe('crisis');
    expect(kindOf('sometimes I just want to swim out into the sea and never come back')).toBe('crisis');
    expect(kindOf('I sit on the edge of the bed to get my breath before the physio, is that normal?')).not.toBe('crisis');
    expect(kindOf('we swam out past the buoys on holiday and it was lovely, anyway about my referral')).toBeUndefined();
  });

  it('reads everyone being happy or glad when someone is gone as a crisis, and a supply kept close for comfort', () => {
    expect(kindOf('they will all be glad when I am gone')).toBe('crisis');
    expect(kindOf('two months of sleeping tablets in my bedside drawer, just knowing they are there gets me through')).toBe('crisis');
    expect(kindOf('I keep a week of my inhalers in my bag for work, is that ok to ask my GP about?')).not.toBe('crisis');
  });

  it('reads a letter to be passed on "when you know", goodbyes to friends as if moving, and going off again after a past attempt, as crises', () => {
    expect(kindOf('he gave me a sealed letter for his son and said you will know when to give it him')).toBe('crisis');
    expect(kindOf('my son keeps saying goodbye to his mates like he is going away but we are not moving')).toBe('crisis');
    expect(kindOf('she left after the row, not picking up, and last time she did this she took all her tablets')).toBe('crisis');
    expect(kindOf('the consultant said you will know when to give the morphine, is that normal?')).not.toBe('crisis');
  });

  it('reads the thought of injecting all of one\u2019s insulin as a crisis', () => {
    expect(kindOf('been thinking about injecting all my insulin in one go')).toBe('crisis');
  });

  it('signposts a liver or kidney test by its short name, and a result put as a question before "is that bad"', () => {
    expect(kindOf('my ggt is 90 on the app, is that high?')).toBe('medical-advice');
    expect(kindOf('creatinine 140?? is that bad')).toBe('medical-advice');
    expect(kindOf('I waited 12?? is that normal for a referral')).toBeUndefined();
  });

  it('signposts staff or carers asking whether they can give a medicine, and which of two diagnoses fits', () => {
    expect(kindOf('can support workers give him ibuprofen with his epilepsy tablets?')).toBe('medical-advice');
    expect(verdictOf('they said autism but I think it is ADHD, which one fits him better?')).toBe('medical-advice');
    expect(kindOf('can the staff give me a copy of the referral letter?')).toBeUndefined();
  });

  it('gives only the line to a sign in a student\u2019s case study, a news story or a game, and keeps 999 for a sign felt while watching TV', () => {
    expect(kindOf('my case study is about a man who went into cardiac arrest on the ward, how do patients ask for second opinions?')).toBe('possible-emergency');
    expect(kindOf('saw on the news a woman collapsed in a car park, can I get a second opinion for my knee?')).toBe('possible-emergency');
    expect(kindOf('bleeding out in ranked again lol, how do I change GP practice?')).toBe('possible-emergency');
    expect(kindOf('watching Holby and I have had crushing pain in my chest for twenty minutes')).toBe('emergency');
  });

  it('calls vomiting blood said in Hindi or Urdu an emergency, and reads a life summed up beside a charge to look after someone as a crisis', () => {
    expect(kindOf('nana ko khoon ki ulti ho rahi hai abhi, please help')).toBe('emergency');
    expect(kindOf('he texted me ive had a good innings, look after mum for me')).toBe('crisis');
    expect(kindOf('grandad had a good innings, he was 94. please look after mum at the funeral')).toBeUndefined();
  });
});
