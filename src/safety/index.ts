export { loadSafetyRules, SAFETY_LAYOUT } from './loadSafetyRules';
export { SafetyRules } from './safetyRules';
export type { RuleOutcome, SafetyConcern, SafetyKind, Situation } from './safetyRules';
export type { SafetyCategory, SafetyRuleSpec } from './types';
