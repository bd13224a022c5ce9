import { describe, expect, it } from 'vitest';
import { kindByRules as kindOf, verdictByRules as verdictOf } from './shippedRules';

describe('signs read in the fifty-third pass (calls from afar, grief, accidents at home, weather, hard times, tests and procedures)', () => {
  it('gives only the line to a death told as over, in the sentence of the sign, and keeps 999 for one that may be happening', () => {
    expect(kindOf('grandad choked on his dinner at the home and passed away that night, can we get the notes reviewed?')).toBe('possible-emergency');
    expect(kindOf('her lips turned blue and then she was gone, I want another doctor to read the notes')).toBe('possible-emergency');
    expect(kindOf('his heart stopped in intensive care before they switched off the machines, who can look at that?')).toBe('possible-emergency');
    expect(kindOf('my husband has gone blue and he is lying very still on the floor')).toBe('emergency');
  });

  it('lowers someone else\u2019s suicide told as a loss, and a decade long gone, to the calm line', () => {
    expect(kindOf('since my cousin\u2019s suicide I cannot sleep, can my GP refer me to someone else?')).not.toBe('crisis');
    expect(kindOf('my uncle took his own life in March and the family want his care looked at again')).not.toBe('crisis');
    expect(kindOf('my brother took his own life last month and now my dad keeps saying he understands why')).toBe('crisis');
    expect(kindOf('I have been thinking about suicide every day this week')).toBe('crisis');
  });

  it('reads chest pain dated and since all checked out as a story, and chest pain now as 999', () => {
    expect(kindOf('I had chest pains in March and it all checked out. Can I ask for a second opinion on the heart clinic letter?')).toBe('possible-emergency');
    expect(kindOf('I have crushing chest pain and I feel sick')).toBe('emergency');
  });

  it('calls someone who will not wake when shaken an emergency, in any English', () => {
    expect(kindOf('my father sleep on sofa and not wake up, i shake him many times')).toBe('emergency');
    expect(kindOf('I shook her and she will not wake, she is breathing strange')).toBe('emergency');
  });

  it('reads arrangements made, said on their own, as a crisis, but not arrangements made for something named', () => {
    expect(kindOf('Please cancel the clinic. I have made my arrangements.')).toBe('crisis');
    expect(kindOf('I have made my arrangements for the hospital transport on Friday')).toBeUndefined();
  });

  it('reads letters left for the other children as a crisis sign', () => {
    expect(kindOf('I have written letters for my other two and put them in the drawer')).toBe('crisis');
  });

  it('does not call a carbon monoxide alarm asked about, a small burn or a popped blister 999, and keeps 999 for an alarm going off with symptoms', () => {
    expect(kindOf('where is the best place to put a carbon monoxide detector?')).not.toBe('emergency');
    expect(kindOf('the carbon monoxide alarm is going off and my son is dizzy')).toBe('emergency');
    expect(verdictOf('a tiny burn from the iron on my finger, the size of a 5p, should I cover it?')).not.toBe('emergency');
    expect(verdictOf('the blister on my arm from the kettle has burst, do I put cream on it?')).not.toBe('emergency');
    expect(kindOf('he pulled the kettle over and the skin on his arm is peeling off')).toBe('emergency');
  });

  it('does not read a trade\u2019s fitting as a seizure, and keeps a fit as 999', () => {
    expect(kindOf('please call after five, I am out fitting bathrooms all day')).toBeUndefined();
    expect(kindOf('my son is fitting and it has gone on for six minutes')).toBe('emergency');
  });

  it('gives the line to a sign told small or unsure after a test or procedure, and to unsure signs at home', () => {
    expect(verdictOf('a few spots of blood since my endoscopy, probably nothing?')).toMatch(/possible-emergency|\+999$/);
    expect(kindOf('feeling shivery since the biopsy on Monday, probably a cold')).toBe('possible-emergency');
    expect(kindOf('we all get headaches in the front room by the gas fire and they go when we go out')).toBe('possible-emergency');
    expect(kindOf('the baby had a coin in her mouth and it disappeared, she coughed and is wheezing a bit now')).not.toBeUndefined();
    expect(kindOf('my sugar meter says HI and I am so thirsty and weak')).not.toBeUndefined();
    expect(kindOf('how long after a biopsy do results usually take?')).toBeUndefined();
  });

  it('signposts whether something needs a doctor, which tests to ask for, and whether grief or damp causes symptoms', () => {
    expect(kindOf('is a verruca something I need to see a doctor about?')).toBe('medical-advice');
    expect(kindOf('my mum had breast cancer at 40, what tests should I be asking for?')).toBe('medical-advice');
    expect(kindOf('should I ask the GP for a blood test for my tiredness?')).toBe('medical-advice');
    expect(kindOf('should the MRI be repeated if I moved during it?')).toBe('medical-advice');
    expect(kindOf('can stress make your skin break out in a rash?')).toBe('medical-advice');
    expect(kindOf('is a second opinion something I need to see my GP about?')).toBeUndefined();
  });
});
