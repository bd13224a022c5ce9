import type { SafetyRules } from '../safetyRules';
import type { ExampleLabel, SafetyExample } from './types';

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
      ...spec.mustNotTrigger.map((text): SafetyExample => ({ text, label: labelByRules(rules, text), origin: origin(text) })),
    ];
  });
}

/** The rules never say "possible crisis" (only the classifier does); nothing is a near-miss. */
function labelByRules(rules: SafetyRules, text: string): ExampleLabel {
  const kind = rules.assessByRules(text)?.kind;
  return kind === undefined || kind === 'possible-crisis' ? 'near-miss' : kind;
}
