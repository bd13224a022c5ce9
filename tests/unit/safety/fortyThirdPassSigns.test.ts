import { describe, expect, it } from 'vitest';
import { assessSafety, shippedRules } from './shippedRules';

describe('requests read in the forty-third pass', () => {
  it('signposts a medical question whose second opinion is only its setting, as it would without it', () => {
    expect(shippedRules.assessByRules("Not sure I should still be on the warfarin while I wait for the haematologist's second opinion, my arms are covered in bruises")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("stopped my antidepressant cold turkey since I'm getting a second opinion anyway, now I get zaps in my head, is that dangerous")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("the lump in my neck is bigger now. Does that change anything or do I just wait for my 2nd opinion in 5 weeks")?.kind).toBe('medical-advice');
  });

  it('leaves the leaflet its questions about treatment and forms while a second opinion is awaited', () => {
    expect(shippedRules.assessByRules('Should I carry on with my treatment while I wait for a second opinion?')).toBeUndefined();
    expect(shippedRules.assessByRules('is it really necessary to fill in the form before my second opinion appointment?')).toBeUndefined();
  });

  it('reads hay fever as an allergy, not a fever, so drowsiness from its tablets is a medicine question and not sepsis', () => {
    expect(shippedRules.assessByRules('my hay fever tablets make me drowsy, would a different one be better for exam season')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('he has a fever and is very drowsy')?.kind).toBe('emergency');
  });

  it('gives the 999 line, not 999 first, to asking whether bleeding is normal with contraception, and 999 to bleeding with faintness', () => {
    const asked = assessSafety('is it normal to bleed quite a lot a week after taking the morning after pill');
    expect(asked?.kind).toBe('medical-advice');
    expect(asked?.possibleEmergency).toBe('heavy-bleeding');
    expect(shippedRules.assessByRules("I took the morning after pill and I'm bleeding heavily and feel faint")?.kind).toBe('emergency');
  });

  it('reads a high place said as a fragment with "just thinking" as a crisis, and thinking about something else as none', () => {
    expect(shippedRules.assessByRules('on the roof of halls atm. just thinking')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules('up on the roof sorting the aerial, just thinking whether to ask for a referral')).toBeUndefined();
  });

  it('reads the way already settled, after saying they are done, as a crisis, and a journey sorted as none', () => {
    expect(shippedRules.assessByRules('results day tomorrow. if i fail im done, like actually done, already sorted how')?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I've sorted how I'll get to the hospital")).toBeUndefined();
  });

  it('reads whether a clinician is right about a symptom or result as a clinical question, and about the process as none', () => {
    expect(shippedRules.assessByRules("GP says my daughter's eating is fine because her BMI is normal but she's lost loads of weight fast. is that right?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("my GP says I can't get a second opinion on my cancer, is that right?")).toBeUndefined();
    expect(shippedRules.assessByRules('My GP says I need a referral for a second opinion. Is that right?')).toBeUndefined();
  });

  it('leaves questions about records passed along, and someone fresh looking, to the leaflet', () => {
    expect(shippedRules.assessByRules('Will my scans and blood work be passed along to whoever checks me over, or do I bring them?')).toBeUndefined();
    expect(shippedRules.assessByRules('My work has Bupa cover, could I use that so somebody fresh looks at my scan?')).toBeUndefined();
  });

  it('lowers the seizures that led to a diagnosis to the 999 line, and keeps a seizure now as 999', () => {
    expect(shippedRules.assessByRules("My son is 14 and he's just been given an epilepsy diagnosis after two seizures at school.")?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules("my 3 year old was diagnosed with epilepsy, now he's fitting again")?.kind).toBe('emergency');
  });

  it('reads when in the day to take a medicine named before as a medicines question, and taking things along as none', () => {
    expect(shippedRules.assessByRules('I work nights, GP put me on sertraline. Do I take it when I get up at 3pm or when I go to bed at 8am?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('I take tablets for my heart, do I take them when I go to the second opinion appointment?')).toBeUndefined();
  });

  it('reads pins and needles as a symptom, asked about by voice with no question mark', () => {
    expect(shippedRules.assessByRules("I'm waiting on my second opinion for the back surgery and I've been getting pins and needles down my leg more often this week is that something that means it's getting worse")?.kind).toBe('medical-advice');
  });

  it('signposts moving or cutting a dose oneself, food asked about by what it does to a reading, and a result asked about after wanting a second opinion', () => {
    expect(shippedRules.assessByRules('going on nights next month, how do i shift my basal insulin round the rota?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('been on 10mg pred for a year for my arthritis, can i just drop myself to 5 now?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('on dialysis 3x a week, is a banana going to send my potassium through the roof?')?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules("HbA1c came back 64. First consultant said it's fine, I want a second opinion, but is 64 actually bad?")?.kind).toBe('medical-advice');
    expect(shippedRules.assessByRules('will they send my bloods up to the new hospital?')).toBeUndefined();
  });

  it('leaves who decides when two doctors disagree to the leaflet, however the second doctor is named', () => {
    expect(shippedRules.assessByRules('If the second cancer doctor says something different from the first, who decides which treatment I have?')).toBeUndefined();
  });

  it('lowers a day\'s task that is agony to the 999 line, and keeps someone in agony as 999', () => {
    expect(shippedRules.assessByRules("I'm back at school Monday and typing up the reading logs is agony.")?.kind).toBe('possible-emergency');
    expect(shippedRules.assessByRules('he is in agony')?.kind).toBe('emergency');
  });
});
