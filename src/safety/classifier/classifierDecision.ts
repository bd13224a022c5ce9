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

/** What the classifier's reading is evidence of, by the thresholds and the word-pair check. */
interface Evidence {
  /** Sure of an emergency, and the message's word pairs say so: a reply in place of the answer may follow. */
  readonly emergency: boolean;
  /** Sure of an emergency (whatever its word pairs), or less sure of a danger sign that its word pairs point to: the 999 line at least. */
  readonly dangerSign: boolean;
  readonly crisis: boolean;
  /** Half-sure of a crisis: the calm Samaritans line. */
  readonly struggling: boolean;
  readonly medicalAdvice: boolean;
}

function weigh(reading: ClassifierReading, thresholds: ClassifierThresholds): Evidence {
  const { pairsPointTo } = reading;
  const sureOfEmergency = reading.emergency >= thresholds.emergency;
  return {
    emergency: sureOfEmergency && pairsPointTo.emergency,
    dangerSign: sureOfEmergency || (reading.dangerSign >= thresholds.possibleEmergency && pairsPointTo.dangerSign),
    crisis: reading.crisis >= thresholds.crisis && pairsPointTo.crisis && reading.crisisAsAWhole >= thresholds.crisisAsAWhole,
    struggling: reading.crisis >= thresholds.possibleCrisis,
    medicalAdvice: reading.medicalAdvice >= thresholds.medicalAdvice && pairsPointTo.medicalAdvice,
  };
}

/**
 * The reply, from what the rules found and what the classifier read, graver first (emergency >
 * crisis > medical advice). Asked only when the rules found no emergency and no crisis: those
 * stand as they are. The rules are the floor: the classifier can raise a message, never lower it.
 * - Emergency: the classifier's sure reading, with word pairs that say so, is 999 first, unless
 *   the part of the message that reads as one is history, or the rules placed the sign in the
 *   past (their "possible"): then the "if this is happening now" line. Over a rule's
 *   medical-advice reply it needs to be surer of the emergency than of the medicine question
 *   ("a child's dose asked about with a fever" stays a medicine question, with the line).
 * - Crisis: a sure reading with word pairs that say so is the crisis reply, with the 999 line
 *   if either net saw a danger sign.
 * - Medical advice: the rules' reply, or the classifier's sure reading with word pairs that say
 *   so, with the 999 line and the Samaritans line if either net saw their sign.
 * - Otherwise the lines alone beside the normal answer: the 999 line for a danger sign (a sure
 *   emergency whose word pairs do not say so still gets it: never nothing), the Samaritans line
 *   for a half-sure crisis.
 */
export function decide(
  ruled: SafetyConcern | undefined,
  reading: ClassifierReading,
  thresholds: ClassifierThresholds,
  isHistory: (part: string) => boolean,
): SafetyConcern | undefined {
  const evidence = weigh(reading, thresholds);
  const asksMedicine = ruled?.kind === 'medical-advice';
  const rulesDanger = ruled?.kind === 'possible-emergency' ? ruled.rule : ruled?.possibleEmergency;
  const rulesStruggling = ruled?.kind === 'possible-crisis' ? ruled.rule : ruled?.possibleCrisis;
  const classifierStruggling = evidence.struggling ? CLASSIFIER_RULE.possibleCrisis : undefined;

  if (evidence.emergency) {
    if (asksMedicine) {
      if (reading.emergency > reading.medicalAdvice && !isHistory(reading.emergencyPart)) return { kind: 'emergency', rule: CLASSIFIER_RULE.emergency };
    } else if (rulesDanger) {
      return lines(rulesDanger, rulesStruggling);
    } else {
      return isHistory(reading.emergencyPart) ? lines(CLASSIFIER_RULE.possibleEmergency, rulesStruggling) : { kind: 'emergency', rule: CLASSIFIER_RULE.emergency };
    }
  }
  const danger = rulesDanger ?? (evidence.dangerSign ? CLASSIFIER_RULE.possibleEmergency : undefined);
  if (evidence.crisis) return withLines({ kind: 'crisis', rule: CLASSIFIER_RULE.crisis }, danger, undefined);
  if (ruled && asksMedicine) return withLines({ kind: ruled.kind, rule: ruled.rule }, danger, rulesStruggling ?? classifierStruggling);
  if (evidence.medicalAdvice) return withLines({ kind: 'medical-advice', rule: CLASSIFIER_RULE.medicalAdvice }, danger, classifierStruggling ?? rulesStruggling);
  return lines(danger, classifierStruggling ?? rulesStruggling);
}

/** The normal answer with the 999 line, the Samaritans line, both or neither. */
function lines(danger: string | undefined, struggling: string | undefined): SafetyConcern | undefined {
  if (danger) return withLines({ kind: 'possible-emergency', rule: danger }, undefined, struggling);
  return struggling ? { kind: 'possible-crisis', rule: struggling } : undefined;
}

function withLines(concern: SafetyConcern, danger: string | undefined, struggling: string | undefined): SafetyConcern {
  return { ...concern, ...(danger ? { possibleEmergency: danger } : {}), ...(struggling ? { possibleCrisis: struggling } : {}) };
}
