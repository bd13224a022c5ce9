export { assessSafety } from './assessSafety';
export type { SafetyConcern, SafetyKind } from './assessSafety';
