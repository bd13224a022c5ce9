import type { SafetyConcern } from '../safetyRules';
import type { ClassifierReading } from './safetyClassifier';
import type { ClassifierThresholds } from './types';

/** Rule names of the classifier's own decisions, so a log or an eval shows which net fired. */
export const CLASSIFIER_RULE = Object.freeze({
  emergency: 'classifier:emergency',
  possibleEmergency: 'classifier:possible-emergency',
  crisis: 'classifier:crisis',
  medicalAdvice: 'classifier:medical-advice',
});

/**
 * What the classifier adds to what the rules found. The rules are the floor: it is only asked
 * when they found nothing or only a possible emergency, and it can only raise.
 * - a confident emergency is an emergency, unless the rules placed a sign in the past (they
 *   said "possible") or the part of the message that reads as an emergency is history: then
 *   the "if this is happening now" line;
 * - a less confident danger sign gets the "if this is happening now" line;
 * - a confident crisis or medical-advice request gets its reply, with the 999 line if the rules
 *   saw a possible emergency.
 */
export function classifierDecision(
  reading: ClassifierReading,
  ruled: SafetyConcern | undefined,
  thresholds: ClassifierThresholds,
  isHistory: (part: string) => boolean,
): SafetyConcern | undefined {
  const possible = ruled?.kind === 'possible-emergency' ? ruled.rule : undefined;
  if (reading.emergency >= thresholds.emergency) {
    if (possible) return ruled;
    return isHistory(reading.emergencyPart)
      ? { kind: 'possible-emergency', rule: CLASSIFIER_RULE.possibleEmergency }
      : { kind: 'emergency', rule: CLASSIFIER_RULE.emergency };
  }
  const danger = possible ?? (reading.dangerSign >= thresholds.possibleEmergency ? CLASSIFIER_RULE.possibleEmergency : undefined);
  if (reading.crisis >= thresholds.crisis) return withDanger({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis }, danger);
  if (reading.medicalAdvice >= thresholds.medicalAdvice) return withDanger({ kind: 'medical-advice', rule: CLASSIFIER_RULE.medicalAdvice }, danger);
  if (possible) return ruled;
  return danger ? { kind: 'possible-emergency', rule: danger } : undefined;
}

function withDanger(concern: SafetyConcern, danger: string | undefined): SafetyConcern {
  return danger ? { ...concern, possibleEmergency: danger } : concern;
}
