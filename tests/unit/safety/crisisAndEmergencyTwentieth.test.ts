import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('a car running in a closed garage (twentieth pass)', () => {
  it('is 999 when it is happening now', () => {
    expect(shippedRules.assess('my husband is sat in the car in the garage with the engine running and the door is locked')?.kind).toBe('emergency');
  });

  it('is the crisis reply, with the 999 line, when it is told as having happened more than once', () => {
    const concern = shippedRules.assess("Since his wife died I've found my dad sat in his car in the shut garage with the engine running more than once.");
    expect(concern?.kind).toBe('crisis');
    expect(concern?.possibleEmergency).toBeDefined();
  });

  it('stays 999 when it has happened before and the person is not responding now', () => {
    expect(shippedRules.assess("I've found him in the garage with the engine running a few times and now he's not responding")?.kind).toBe('emergency');
  });
});

describe('emergencies said in plain words (twentieth pass)', () => {
  it('takes someone gone down outside who is not breathing as 999, not as something that has eased', () => {
    expect(shippedRules.assess('my wife has just gone down on the drive and she isnt breathing')?.kind).toBe('emergency');
    expect(shippedRules.assess('my husband has just gone down and he isnt breathing')?.kind).toBe('emergency');
  });

  it('still takes a swelling that has gone down as eased', () => {
    expect(shippedRules.assess('the swelling in his ankle has gone down on the left side, can he still get a second opinion?')?.kind).not.toBe('emergency');
  });

  it('takes a sore chest with clamminess or sweating as 999', () => {
    expect(shippedRules.assess("probably nothing but I've had a sore chest all evening and I've come over clammy")?.kind).toBe('emergency');
    expect(shippedRules.assess("he's grey and sweaty and says he has a tight chest")?.kind).toBe('emergency');
  });

  it('does not take a sore chest from a cough as 999', () => {
    expect(shippedRules.assess('my chest is sore from coughing, can I ask for a second opinion about my inhaler?')?.kind).not.toBe('emergency');
  });
});
