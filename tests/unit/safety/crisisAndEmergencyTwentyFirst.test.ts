import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('a crisis told in a hurry or by a partner (twenty-first pass)', () => {
  it('takes a threat to swallow a whole supply, named by its owner, as a crisis', () => {
    expect(shippedRules.assessByRules('my boyfriend said he is going to take his whole prescription tonight')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("she says she'll swallow her entire box of sleeping tablets if they turn her down again")?.kind).toBe('crisis');
  });

  it('does not take carrying a whole supply somewhere as a threat', () => {
    expect(shippedRules.assessByRules("I'll take my whole prescription to the pharmacist so she can check it")?.kind).not.toBe('crisis');
    expect(shippedRules.assessByRules("he's going to take his entire supply of insulin with him to the clinic")?.kind).not.toBe('crisis');
  });

  it('takes a plan written down or gone over as a crisis, inside a message about something else too', () => {
    expect(shippedRules.assessByRules("I've written down how I'd do it and when")?.kind).toBe('crisis');
    expect(
      shippedRules.assess('Two things. Can my GP refer me for a second opinion on my back? And the other thing is I keep going over how I would do it.')?.kind,
    ).toBe('crisis');
  });

  it('does not take a better way of doing something, written down, as a plan', () => {
    expect(shippedRules.assessByRules("I've written down how I'd do it differently if I ran the clinic")?.kind).not.toBe('crisis');
  });
});

describe('tablets carried to an appointment (twenty-first pass)', () => {
  it('does not take bringing all of one\'s tablets to an appointment as a threat', () => {
    expect(shippedRules.assessByRules("I'm going to take all my tablets with me to the appointment so he can see them")?.kind).not.toBe('crisis');
    expect(shippedRules.assessByRules('mum will take her whole box of tablets with her to the new consultant')?.kind).not.toBe('crisis');
  });

  it('still takes a threat to take all one\'s tablets as a crisis, whatever follows it', () => {
    expect(shippedRules.assessByRules("I'm going to take all my tablets tonight")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("he's going to take all his pills and then drive to the hospital car park")?.kind).toBe('crisis');
  });
});

describe('emergencies told by a relative (twenty-first pass, the NHS 999 list)', () => {
  it('takes spots that do not fade under a glass as 999 however the sentence is ordered', () => {
    expect(shippedRules.assessByRules("my daughter has spots that don't fade when you press a glass against them")?.kind).toBe('emergency');
    expect(shippedRules.assessByRules("the marks on his legs don't seem to go when I roll a glass over them")?.kind).toBe('emergency');
  });

  it('does not take a glass of something and spots as the glass test', () => {
    expect(shippedRules.assessByRules("the spots didn't fade for weeks, so I raised a glass when they finally went")?.kind).not.toBe('emergency');
  });

  it('takes a gush of blood or bright red blood in pregnancy as a danger sign', () => {
    expect(shippedRules.assessByRules("she's 32 weeks pregnant and there's bright red blood")?.kind).toBe('emergency');
    expect(['emergency', 'possible-emergency']).toContain(shippedRules.assessByRules("I'm 26 weeks and had a gush of blood an hour ago, it has slowed down now")?.kind);
  });

  it('does not take blood lost at a birth long ago, told in a complaint, as a danger sign', () => {
    expect(shippedRules.assessByRules('gave birth 8 months ago, it was traumatic, lost a lot of blood, and I want to complain about the midwife')?.kind).not.toBe('emergency');
  });

  it('takes a colour change with a fall or no answer as 999', () => {
    expect(shippedRules.assessByRules('my father went a horrible grey colour and slid off his chair')?.kind).toBe('emergency');
    expect(shippedRules.assessByRules("mum's gone blue around the lips and she isn't answering me")?.kind).toBe('emergency');
  });

  it('does not take grey hair or a grey sky with a fall as a colour change', () => {
    expect(shippedRules.assessByRules('my hair went grey the year I fell pregnant, anyway how do I ask for a second opinion?')?.kind).not.toBe('emergency');
  });
});
