export { loadSafetyRules, SAFETY_LAYOUT } from './loadSafetyRules';
export { SafetyRules } from './safetyRules';
export { assessInFlow } from './assessInFlow';
export type { RuleOutcome, SafetyConcern, SafetyKind, Situation } from './safetyRules';
export type { SafetyCategory, SafetyRuleSpec } from './types';
