import { DEFAULTS } from '../../../src/config';
import { loadSafetyRules, type SafetyConcern } from '../../../src/safety';

/** The shipped rules of knowledge/safety/, loaded once per test file as the bot loads them at start-up. */
export const shippedRules = loadSafetyRules(DEFAULTS.safetyDir, { modelCache: DEFAULTS.safetyModelCache });

export const assessSafety = (text: string): SafetyConcern | undefined => shippedRules.assess(text);
