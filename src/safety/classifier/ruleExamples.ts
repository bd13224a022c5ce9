import type { SafetyRules } from '../safetyRules';
import type { SafetyExample } from './types';

/**
 * The rules' own examples as training phrasings, so a clinician who adds an example to a
 * rule teaches both nets. A rule's must-not-trigger example is labelled by what the rules
 * as a whole make of it: usually nothing (a near-miss), sometimes another rule's sign.
 */
export function ruleExamples(rules: SafetyRules): SafetyExample[] {
  return rules.specs.flatMap((spec) => {
    const origin = (text: string): { file: string; line: number } => ({ file: spec.origin.file, line: spec.lines.get(text) ?? spec.origin.line });
    return [
      ...spec.mustTrigger.map((text): SafetyExample => ({ text, label: spec.category, origin: origin(text) })),
      ...spec.possibleOnly.map((text): SafetyExample => ({ text, label: 'possible-emergency', origin: origin(text) })),
      ...spec.mustNotTrigger.map((text): SafetyExample => ({ text, label: rules.assessByRules(text)?.kind ?? 'near-miss', origin: origin(text) })),
    ];
  });
}
