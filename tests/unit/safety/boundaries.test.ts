import { describe, it, expect } from 'vitest';
import { assessSafety } from './shippedRules';

// Deliberate choices where reasonable people could disagree. Each says which way the rules
// lean and why, so a change of policy is a conscious edit here rather than an accident.
describe('boundary decisions', () => {
  it('chest tightness blamed on stress still gets 999 advice, because heart attacks are often mistaken for anxiety', () => {
    expect(assessSafety("I'm so stressed my chest is tight, is that normal when you're waiting for news?")?.kind).toBe('emergency');
  });

  it('"I\'d rather die than go back to that surgeon" gets the calm Samaritans line beside the answer (a gentle check-in, not the crisis reply); said about treatment and meant, it is a crisis', () => {
    expect(assessSafety("I'd rather die than go back to that surgeon, honestly")?.kind).toBe('possible-crisis');
    expect(assessSafety("I'd rather be dead than go through chemo again, I mean it")?.kind).toBe('crisis');
  });

  it('"losing the will to live" about queues and forms is a joke, but "I\'ve lost the will to live" is a crisis', () => {
    expect(assessSafety("I've been on hold for an hour, I'm losing the will to live")).toBeUndefined();
    expect(assessSafety("since the diagnosis I've lost the will to live")?.kind).toBe('crisis');
  });

  it('wanting to die at home, in peace, is an end-of-life wish and not a crisis', () => {
    expect(assessSafety('Dad wants to die at home, not in hospital, who do we talk to?')).toBeUndefined();
  });

  it('a question about an earlier overdose is history, not an emergency', () => {
    expect(assessSafety('she took an overdose years ago and now her mental health team want to change her medication')?.kind).not.toBe(
      'emergency',
    );
  });

  it('a question about the second-opinion process wins over the clinical words inside it', () => {
    expect(assessSafety('can a second opinion tell me whether I really need the mastectomy?')).toBeUndefined();
    expect(assessSafety('will the new oncologist look at my scan results and decide on treatment?')).toBeUndefined();
  });

  it('a medicine question still needs a clinician even when it mentions the second opinion', () => {
    expect(assessSafety('can I stop my tamoxifen while I wait for the second opinion?')?.kind).toBe('medical-advice');
  });
});
