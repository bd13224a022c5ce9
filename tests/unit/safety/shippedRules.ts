import { DEFAULTS } from '../../../src/config';
import { loadSafetyRules, type SafetyConcern } from '../../../src/safety';

/** The shipped rules of knowledge/safety/, loaded once per test file as the bot loads them at start-up. */
export const shippedRules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });

export const assessSafety = (text: string): SafetyConcern | undefined => shippedRules.assess(text);

/** The kind the rules alone give a message (the classifier not asked): what each pass's signs file checks. */
export const kindByRules = (text: string): string | undefined => shippedRules.assessByRules(text)?.kind;

/** The rules' kind with "+999" when the "if this is happening now" line goes with it (a medical question beside a sign). */
export const verdictByRules = (text: string): string | undefined => {
  const concern = shippedRules.assessByRules(text);
  return concern && `${concern.kind}${concern.possibleEmergency ? '+999' : ''}`;
};
