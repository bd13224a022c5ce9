import { asAnswerInFlow, isClassifierOnlyCrisis } from './classifier/classifierDecision';
import type { SafetyConcern, SafetyRules } from './safetyRules';

/**
 * The safety concern of a message said in a guided flow, given how the flow reads it: `answerWords` says by which words
 * the message answers the flow's question (undefined when it does not). A crisis that the classifier alone read in an
 * answer is read again by the classifier without the answer's own words ("I haven't decided, to be honest" at "What
 * would you like to happen?" is then "to be honest"): still a crisis (or an emergency), it stands; otherwise the calm
 * Samaritans line goes first and the answer is taken (asAnswerInFlow). A rule's crisis or emergency is never read again.
 */
export function assessInFlow(safety: SafetyRules, text: string, answerWords: (text: string) => ((word: string) => boolean) | undefined): SafetyConcern | undefined {
  const concern = safety.assess(text, { inFlow: true });
  if (!concern || !isClassifierOnlyCrisis(concern)) return concern;
  const answerWord = answerWords(text);
  if (!answerWord) return concern;
  const without = safety.assess(text, { inFlow: true, answerWord });
  return without?.kind === 'crisis' || without?.kind === 'emergency' ? concern : asAnswerInFlow(concern);
}
