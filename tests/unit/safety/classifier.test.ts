import { describe, expect, it } from 'vitest';
import { CLASSIFIER_RULE, decide } from '../../../src/safety/classifier/classifierDecision';
import { SafetyClassifier, type ClassifierReading } from '../../../src/safety/classifier/safetyClassifier';
import { normalise } from '../../../src/text/normalise';
import { FIXTURE_TRAINING, SMALL_FIXTURE } from './classifierFixture';


const read = (classifier: SafetyClassifier, text: string): ClassifierReading => classifier.read(normalise(text));

describe('the safety classifier', () => {
  const classifier = SafetyClassifier.train(SMALL_FIXTURE, FIXTURE_TRAINING);

  it('learns a tiny fixture: each kind of phrasing reads most like its own label', () => {
    const crisis = read(classifier, 'i want it all to end');
    expect(crisis.crisis).toBeGreaterThan(Math.max(crisis.emergency, crisis.medicalAdvice));
    const emergency = read(classifier, 'my mum collapsed and is not responding');
    expect(emergency.emergency).toBeGreaterThan(Math.max(emergency.crisis, emergency.medicalAdvice));
    const medical = read(classifier, 'can i take two of these tablets');
    expect(medical.medicalAdvice).toBeGreaterThan(Math.max(medical.crisis, medical.emergency));
    const ordinary = read(classifier, 'can i ask for a second opinion');
    expect(Math.max(ordinary.crisis, ordinary.emergency, ordinary.medicalAdvice)).toBeLessThan(0.5);
  });

  it('is deterministic: the same examples and settings give the same probabilities', () => {
    const again = SafetyClassifier.train(SMALL_FIXTURE, FIXTURE_TRAINING);
    for (const text of ['i want it all to end', 'my dad collapsed', 'how do i get a second opinion']) {
      expect(read(again, text)).toEqual(read(classifier, text));
    }
  });

  it('reads a sign after a long story sentence by sentence, so the story does not dilute it', () => {
    const story = 'We asked for a second opinion months ago. The letter never came. We rang twice. ';
    const alone = read(classifier, 'my dad has collapsed and is not responding');
    const afterStory = read(classifier, `${story.repeat(5)}Now my dad has collapsed and is not responding.`);
    expect(afterStory.emergency).toBeGreaterThan(0.9 * alone.emergency);
    expect(afterStory.emergencyPart).toContain('collapsed');
  });

  it('reads the message as a whole for a crisis: the rest of the message can say what a giving-up sentence is about', () => {
    const alone = read(classifier, 'i want it all to end');
    expect(alone.crisisAsAWhole).toBeCloseTo(alone.crisis, 5);
    const withProcess = read(classifier, 'i want it all to end. how do i get a second opinion. how do i get a second opinion');
    expect(withProcess.crisis).toBeGreaterThan(0.9 * alone.crisis);
    expect(withProcess.crisisAsAWhole).toBeLessThan(withProcess.crisis);
  });

  it('takes a request for a judgement from the sentence that asks, not from a story sentence that names a treatment', () => {
    const story = 'He said i should stop taking my tablets before the scan. It was a long day. We went home after.';
    expect(read(classifier, story).medicalAdvice).toBeGreaterThan(0.5);
    const asksSomethingElse = read(classifier, `${story} How do i ask for a second opinion?`);
    expect(asksSomethingElse.medicalAdvice).toBeLessThan(0.5);
    // The same story read as a whole is still a request when its asking sentence asks for the judgement.
    expect(read(classifier, `${story} Should i stop taking my tablets before the scan?`).medicalAdvice).toBeGreaterThan(0.5);
  });

  it('says whether the word pairs point to a kind: a learnt phrase does, the same words shuffled do not', () => {
    const gated = classifier.withReading({ minPairEvidence: { emergency: 0.3, crisis: 0.3, medicalAdvice: 0.3 }, minPartWords: 1 });
    expect(gated.read(normalise('i want it all to end')).pairsPointTo.crisis).toBe(true);
    expect(gated.read(normalise('end all it want i to')).pairsPointTo.crisis).toBe(false);
    // Each kind has its own: a crisis needing none may be raised by its words alone.
    const crisisUngated = classifier.withReading({ minPairEvidence: { emergency: 0.3, crisis: 0, medicalAdvice: 0.3 }, minPartWords: 1 });
    expect(crisisUngated.read(normalise('end all it want i to')).pairsPointTo).toMatchObject({ crisis: true, medicalAdvice: false });
    // Without the setting every kind may be raised, as before.
    expect(read(classifier, 'end all it want i to').pairsPointTo).toEqual({ emergency: true, dangerSign: true, crisis: true, medicalAdvice: true });
  });

  it('reads any text without throwing, including none at all', () => {
    expect(read(classifier, '').emergency).toBe(0);
    expect(() => read(classifier, '😀 ?!... '.repeat(200))).not.toThrow();
  });
});

describe('what the classifier adds to the rules', () => {
  const thresholds = { emergency: 0.7, possibleEmergency: 0.9, crisis: 0.8, possibleCrisis: 0.6, medicalAdvice: 0.7, crisisAsAWhole: 0 };
  const reading = (values: Partial<ClassifierReading>): ClassifierReading => ({
    emergency: 0,
    dangerSign: 0,
    crisis: 0,
    crisisAsAWhole: 0,
    medicalAdvice: 0,
    emergencyPart: 'my dad has collapsed',
    pairsPointTo: { emergency: true, dangerSign: true, crisis: true, medicalAdvice: true },
    ...values,
  });
  const notHistory = (): boolean => false;

  it('raises a confident emergency the rules said nothing about to 999, naming the classifier', () => {
    expect(decide(undefined, reading({ emergency: 0.8, dangerSign: 0.85 }), thresholds, notHistory)).toEqual({
      kind: 'emergency',
      rule: CLASSIFIER_RULE.emergency,
    });
  });

  it('gives only the "if this is happening now" line when the part that reads as an emergency is history', () => {
    const decision = decide(undefined, reading({ emergency: 0.8, dangerSign: 0.9 }), thresholds, () => true);
    expect(decision).toEqual({ kind: 'possible-emergency', rule: CLASSIFIER_RULE.possibleEmergency });
  });

  it('keeps the rules\' "possible emergency" when they placed the sign in the past, however sure the classifier is', () => {
    const ruled = { kind: 'possible-emergency' as const, rule: 'stroke-history' };
    expect(decide(ruled, reading({ emergency: 0.99, dangerSign: 0.99 }), thresholds, notHistory)).toEqual(ruled);
  });

  it('gives the "if this is happening now" line for a less confident danger sign', () => {
    const decision = decide(undefined, reading({ emergency: 0.5, dangerSign: 0.95 }), thresholds, notHistory);
    expect(decision).toEqual({ kind: 'possible-emergency', rule: CLASSIFIER_RULE.possibleEmergency });
  });

  it('raises a confident crisis or medical-advice request, keeping a possible emergency the rules saw', () => {
    expect(decide(undefined, reading({ crisis: 0.9 }), thresholds, notHistory)).toEqual({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis });
    const ruled = { kind: 'possible-emergency' as const, rule: 'chest-pain' };
    expect(decide(ruled, reading({ medicalAdvice: 0.75 }), thresholds, notHistory)).toEqual({
      kind: 'medical-advice',
      rule: CLASSIFIER_RULE.medicalAdvice,
      possibleEmergency: 'chest-pain',
    });
  });

  it('gives at most a line, never a reply, when no word pairs of the message point to the kind (single words alone)', () => {
    const noPairs = { emergency: false, dangerSign: false, crisis: false, medicalAdvice: false };
    expect(decide(undefined, reading({ emergency: 0.9, dangerSign: 0.95, pairsPointTo: noPairs }), thresholds, notHistory)).toEqual({
      kind: 'possible-emergency',
      rule: CLASSIFIER_RULE.possibleEmergency,
    });
    expect(decide(undefined, reading({ crisis: 0.95, pairsPointTo: noPairs }), thresholds, notHistory)).toEqual({
      kind: 'possible-crisis',
      rule: CLASSIFIER_RULE.possibleCrisis,
    });
    expect(decide(undefined, reading({ medicalAdvice: 0.95, pairsPointTo: noPairs }), thresholds, notHistory)).toBeUndefined();
    // A less confident danger sign needs its pairs too; a confident emergency never gets nothing.
    expect(decide(undefined, reading({ emergency: 0.5, dangerSign: 0.95, pairsPointTo: noPairs }), thresholds, notHistory)).toBeUndefined();
  });

  it('gives only the Samaritans line when a part reads as a crisis but the message as a whole does not', () => {
    const wholeChecked = { ...thresholds, crisisAsAWhole: 0.35 };
    expect(decide(undefined, reading({ crisis: 0.9, crisisAsAWhole: 0.2 }), wholeChecked, notHistory)).toEqual({ kind: 'possible-crisis', rule: CLASSIFIER_RULE.possibleCrisis });
    expect(decide(undefined, reading({ crisis: 0.9, crisisAsAWhole: 0.5 }), wholeChecked, notHistory)).toEqual({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis });
    // Without the setting there is no such check.
    expect(decide(undefined, reading({ crisis: 0.9, crisisAsAWhole: 0.2 }), thresholds, notHistory)).toEqual({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis });
  });

  it('leaves a message alone when it is not sure enough of anything', () => {
    expect(decide(undefined, reading({ emergency: 0.6, dangerSign: 0.8, crisis: 0.5, medicalAdvice: 0.6 }), thresholds, notHistory)).toBeUndefined();
  });

  it('gives a half-sure crisis the calm Samaritans line, alone or beside the 999 line or the signposting', () => {
    expect(decide(undefined, reading({ crisis: 0.7 }), thresholds, notHistory)).toEqual({
      kind: 'possible-crisis',
      rule: CLASSIFIER_RULE.possibleCrisis,
    });
    const ruled = { kind: 'possible-emergency' as const, rule: 'chest-pain' };
    expect(decide(ruled, reading({ crisis: 0.7 }), thresholds, notHistory)).toEqual({ ...ruled, possibleCrisis: CLASSIFIER_RULE.possibleCrisis });
    expect(decide(undefined, reading({ crisis: 0.7, medicalAdvice: 0.75 }), thresholds, notHistory)).toEqual({
      kind: 'medical-advice',
      rule: CLASSIFIER_RULE.medicalAdvice,
      possibleCrisis: CLASSIFIER_RULE.possibleCrisis,
    });
  });

  it('never adds the Samaritans line to an emergency: 999 first and nothing else', () => {
    expect(decide(undefined, reading({ emergency: 0.8, dangerSign: 0.9, crisis: 0.7 }), thresholds, notHistory)).toEqual({
      kind: 'emergency',
      rule: CLASSIFIER_RULE.emergency,
    });
  });
});
