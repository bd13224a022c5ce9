import type { SafetyConcern } from '../safetyRules';
import type { ClassifierReading } from './safetyClassifier';
import type { ClassifierThresholds } from './types';

/** Rule names of the classifier's own decisions, so a log or an eval shows which net fired. */
export const CLASSIFIER_RULE = Object.freeze({
  emergency: 'classifier:emergency',
  possibleEmergency: 'classifier:possible-emergency',
  crisis: 'classifier:crisis',
  medicalAdvice: 'classifier:medical-advice',
  possibleCrisis: 'classifier:possible-crisis',
});

/**
 * What the classifier adds to what the rules found. The rules are the floor: it is only asked
 * when they found nothing or only a possible emergency, and it can only raise.
 * - a confident emergency is an emergency, unless the rules placed a sign in the past (they
 *   said "possible") or the part of the message that reads as an emergency is history: then
 *   the "if this is happening now" line;
 * - a less confident danger sign gets the "if this is happening now" line;
 * - a confident crisis or medical-advice request gets its reply, with the 999 line if the rules
 *   saw a possible emergency;
 * - a less confident crisis adds the calm Samaritans line to whatever else is answered (never to
 *   an emergency or a crisis reply, which already say more);
 * - a reply in place of the answer needs the message's word pairs to point to its kind, not
 *   single words alone (reading.pairsPointTo): without them a confident emergency or crisis
 *   gets only its line, and a medical-advice request nothing.
 */
export function classifierDecision(
  reading: ClassifierReading,
  ruled: SafetyConcern | undefined,
  thresholds: ClassifierThresholds,
  isHistory: (part: string) => boolean,
): SafetyConcern | undefined {
  const possible = ruled?.kind === 'possible-emergency' ? ruled.rule : undefined;
  const { pairsPointTo } = reading;
  if (reading.emergency >= thresholds.emergency && pairsPointTo.emergency) {
    if (possible) return ruled;
    return isHistory(reading.emergencyPart)
      ? { kind: 'possible-emergency', rule: CLASSIFIER_RULE.possibleEmergency }
      : { kind: 'emergency', rule: CLASSIFIER_RULE.emergency };
  }
  // A confident emergency whose word pairs do not say so still gets the line: never nothing.
  const dangerSign = reading.emergency >= thresholds.emergency || (reading.dangerSign >= thresholds.possibleEmergency && pairsPointTo.dangerSign);
  const danger = possible ?? (dangerSign ? CLASSIFIER_RULE.possibleEmergency : undefined);
  if (reading.crisis >= thresholds.crisis && pairsPointTo.crisis) return withDanger({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis }, danger);
  const struggling = reading.crisis >= thresholds.possibleCrisis ? CLASSIFIER_RULE.possibleCrisis : undefined;
  if (reading.medicalAdvice >= thresholds.medicalAdvice && pairsPointTo.medicalAdvice) {
    return withStruggling(withDanger({ kind: 'medical-advice', rule: CLASSIFIER_RULE.medicalAdvice }, danger), struggling);
  }
  if (danger) return withStruggling(possible && ruled ? ruled : { kind: 'possible-emergency', rule: danger }, struggling);
  return struggling ? { kind: 'possible-crisis', rule: struggling } : undefined;
}

function withDanger(concern: SafetyConcern, danger: string | undefined): SafetyConcern {
  return danger ? { ...concern, possibleEmergency: danger } : concern;
}

function withStruggling(concern: SafetyConcern, struggling: string | undefined): SafetyConcern {
  return struggling ? { ...concern, possibleCrisis: struggling } : concern;
}
