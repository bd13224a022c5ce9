import { describe, expect, it } from 'vitest';
import { CLASSIFIER_RULE } from '../../../src/safety/classifier/classifierDecision';
import { SafetyClassifier } from '../../../src/safety/classifier/safetyClassifier';
import type { SafetyExample } from '../../../src/safety/classifier/types';
import { FIXTURE_TRAINING, SMALL_FIXTURE, fixtureExample } from './classifierFixture';
import { shippedRules } from './shippedRules';

/**
 * The shipped rules with a small classifier whose crisis and emergency words ("zorp", "glorping")
 * no rule knows, so what the rules decide and what the classifier reads can be set apart.
 */
const FIXTURE: SafetyExample[] = [
  fixtureExample('dad is glorping badly right now', 'emergency'),
  fixtureExample('mum is glorping on the floor', 'emergency'),
  fixtureExample('my son is glorping hard', 'emergency'),
  fixtureExample('i will zorp tonight', 'crisis'),
  fixtureExample('ready to zorp now', 'crisis'),
  fixtureExample('i want to zorp', 'crisis'),
  ...SMALL_FIXTURE,
];
const classifier = SafetyClassifier.train(FIXTURE, FIXTURE_TRAINING);
const thresholds = { emergency: 0.7, possibleEmergency: 0.9, crisis: 0.8, possibleCrisis: 0.5, medicalAdvice: 0.65, crisisAsAWhole: 0 };
const rules = shippedRules.withSecondNet({ classifier, thresholds, minWords: 3 });

describe('a rule\'s reply and a classifier sure of something graver: the graver kind wins', () => {
  it('gives the crisis reply when a medicine rule read the message first and the classifier is sure of a crisis', () => {
    const text = 'can i take these tablets with ibuprofen? i will zorp tonight';
    expect(rules.assessByRules(text)?.kind).toBe('medical-advice');
    expect(rules.assess(text)).toEqual({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis });
  });

  it('keeps the medical-advice reply with the calm Samaritans line when the classifier is only half sure of a crisis', () => {
    const halfSure = rules.withThresholds({ ...thresholds, crisis: 0.99 });
    const concern = halfSure.assess('can i take these tablets with ibuprofen? i will zorp tonight');
    expect(concern).toMatchObject({ kind: 'medical-advice', possibleCrisis: CLASSIFIER_RULE.possibleCrisis });
  });

  it('gives 999 in place of a medical-advice reply when the classifier is surer of an emergency than of the question', () => {
    const text = 'dad is glorping badly right now. is that serious?';
    expect(rules.assessByRules(text)?.kind).toBe('medical-advice');
    expect(rules.assess(text)).toEqual({ kind: 'emergency', rule: CLASSIFIER_RULE.emergency });
  });

  it('keeps a medicine question the classifier is surer of than of the emergency, with the "if this is happening now" line', () => {
    const concern = rules.assess('can i take these tablets with ibuprofen? my son is glorping hard');
    expect(concern).toMatchObject({ kind: 'medical-advice', possibleEmergency: CLASSIFIER_RULE.possibleEmergency });
  });

  it('keeps a rule\'s crisis reply, which already gives 999 if anyone is in danger, however sure the classifier is of an emergency', () => {
    const text = 'i feel hopeless. mum is glorping on the floor';
    expect(rules.assessByRules(text)?.kind).toBe('crisis');
    expect(rules.assess(text)).toEqual(rules.assessByRules(text));
  });

  it('never changes a rule\'s emergency: 999 first and nothing else', () => {
    const text = 'my dad has collapsed and is not responding. i will zorp tonight';
    expect(rules.assess(text)).toEqual(rules.assessByRules(text));
    expect(rules.assess(text)?.kind).toBe('emergency');
  });

  it('keeps the medical-advice reply, with the graver kind\'s line, when the message\'s word pairs do not point to that kind', () => {
    // The same evidence rule as when no rule fired: single words alone never replace a reply.
    const unpaired = shippedRules.withSecondNet({ classifier: classifier.withReading({ minPairEvidence: { emergency: 1000, crisis: 1000, medicalAdvice: 1000 }, minPartWords: 3 }), thresholds, minWords: 3 });
    expect(unpaired.assess('can i take these tablets with ibuprofen? i will zorp tonight')).toMatchObject({
      kind: 'medical-advice',
      possibleCrisis: CLASSIFIER_RULE.possibleCrisis,
    });
    expect(unpaired.assess('dad is glorping badly right now. is that serious?')).toMatchObject({
      kind: 'medical-advice',
      possibleEmergency: CLASSIFIER_RULE.possibleEmergency,
    });
  });

  it('leaves a rule\'s medical-advice reply as it is when the classifier reads nothing graver', () => {
    const text = 'can i take these tablets with ibuprofen?';
    expect(rules.assess(text)).toEqual(rules.assessByRules(text));
  });
});
