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
    expect(kindOf('my little girl\u2019s burn is white and leathery')).toBe('emergency');
    expect(kindOf('his blisters from the boiling water have all burst and the skin is peeling')).toBe('emergency');
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

  it('calls a failing ventilator with breathing getting worse, bone seen in a wound, and ribs sucking in said either way 999', () => {
    expect(kindOf('the power has gone off and his ventilator battery is nearly flat, he is struggling to breathe')).toBe('emergency');
    expect(kindOf('the ventilator company are coming tomorrow to service the battery, can I get a second opinion on his weaning plan?')).not.toBe('emergency');
    expect(kindOf('he caught his hand in the machine and you can see the bone')).toBe('emergency');
    expect(kindOf('she is sucking in under her ribs with every breath')).toBe('emergency');
    expect(kindOf('the GP thinks it is sleep apnoea, he keeps stopping breathing in his sleep, can we get a second opinion?')).not.toBe('emergency');
  });

  it('reads someone gone down holding the chest as collapsed, and an infection that went to sepsis as what happened', () => {
    expect(kindOf('my dad has gone down holding his chest in the garden')).toBe('emergency');
    expect(kindOf('her water infection went to sepsis in the spring, should she have stayed on the antibiotics longer?')).not.toBe('emergency');
    expect(kindOf('I think he has sepsis, he is mottled and not making sense')).toBe('emergency');
  });

  it('gives only the line to seizures of someone in intensive care, with the team', () => {
    expect(kindOf('my son is having seizures in intensive care and the doctors keep changing his medicines, can another neurologist look?')).toBe('possible-emergency');
  });

  it('reads self-harm owned up to, a wish to die said in Urdu or Hindi, and not wanting to be here like this, as crises', () => {
    expect(kindOf('there are marks on his arm and he told me he has been doing it with a blade')).toBe('crisis');
    expect(kindOf('main khud ko khatam karna chahta hoon')).toBe('crisis');
    expect(kindOf('I do not want to be here like this any more')).toBe('crisis');
    expect(kindOf('I do not want to be here in hospital over Christmas, can I be moved nearer home?')).not.toBe('crisis');
  });

  it('reads rent paid far ahead, thanks for all the years and a pet fed afterwards, and no need for anything after a death, as crises', () => {
    expect(kindOf('our lodger paid three months rent in advance, thanked us for all these years and asked us to see the cat is fed afterwards')).toBe('crisis');
    expect(kindOf('When dad goes I have sorted the will and the cat is going to my sister. I will not need to worry about any of this after that.')).toBe('crisis');
  });

  it('signposts going back to sport after concussion, an early warning score, "kitna serious", text-speak doses and eyes to be tested', () => {
    expect(kindOf('how long before my daughter can go back to netball after her concussion?')).toBe('medical-advice');
    expect(kindOf('what does NEWS 3 mean on the chart?')).toBe('medical-advice');
    expect(kindOf('abbu ka sugar 20 hai, yeh kitna serious hai?')).toBe('medical-advice');
    expect(kindOf('can u giv calpol n nurofen 2gether to my 4yo')).toBe('medical-advice');
    expect(kindOf('he keeps squinting at the board, should we get his eyes tested?')).toBe('medical-advice');
    expect(kindOf('did you see the news about the new hospital?')).toBeUndefined();
  });

  it('gives the line to blood in a tracheostomy\u2019s suction, stopped or not', () => {
    expect(kindOf('a bit of blood in his trach suction tonight, it has stopped now')).toBe('possible-emergency');
  });
});
