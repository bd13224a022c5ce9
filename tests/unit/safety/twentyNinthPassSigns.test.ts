import { describe, expect, it } from 'vitest';
import { shippedRules } from './shippedRules';

describe('signs read in the twenty-ninth pass', () => {
  it('takes spots that "might not have faded" under a glass as the meningitis rash', () => {
    expect(shippedRules.ruleOutcome('meningitis-rash', "the spots on her arm might not have faded when I rolled a glass over them")).toBeDefined();
    expect(shippedRules.assess("my daughter's spots have not faded when I pressed a glass on them")?.kind).toBe('emergency');
  });

  it('reads someone shut in a room alone with a blade or tablets as a crisis', () => {
    for (const text of ['my brother has locked himself in his bedroom with a knife and won\'t talk to me', 'she shut herself in the toilet with all her tablets']) {
      expect(shippedRules.assess(text)?.kind, text).toBe('crisis');
    }
    expect(shippedRules.ruleOutcome('means-at-hand', 'he locked himself in the car with the dog')).toBeUndefined();
  });

  it('signposts a question whether a medicine could be the cause of a symptom', () => {
    expect(shippedRules.assess('could my new blood pressure pills be why I feel faint in the mornings?')?.kind).toBe('medical-advice');
    expect(shippedRules.assess('could the delay be why my mum is so stressed about it all?')?.kind).not.toBe('medical-advice');
  });

  it('reads not sticking around if the news is bad, and a plan made with only an empty house awaited, as a crisis', () => {
    expect(shippedRules.assessByRules("if the scan is bad I'm not gonna stick around to see what happens")?.kind).toBe('crisis');
    expect(shippedRules.assessByRules("I've worked it all out, just waiting until everyone is asleep")?.kind).toBe('crisis');
    expect(shippedRules.ruleOutcome('done-if-the-news-is-bad', "if they cancel again I won't hang around at that hospital, I'll go private")).toBeUndefined();
  });
});
