import { hasPhrase, wordsOf, type Phrase } from './words';

/** How complaints are recognised and where they go (knowledge/intents/complaints.yaml). */
export interface ComplaintRules {
  /** The guided flow complaints go to. */
  readonly flow: string;
  /** The button of that flow's first step that is its formal complaints route. */
  readonly formalRoute: string;
  readonly formal: readonly Phrase[];
  readonly signals: readonly { readonly id: string; readonly phrases: readonly Phrase[] }[];
  /**
   * Something that went wrong, told as a story, and then asking who to tell or what can be done
   * ("...messed up my prescription twice. What can I do about it?"): a complaint only with both,
   * since either alone is often a leaflet question ("what can I do about it" after a treatment plan).
   */
  readonly wentWrongThenAsks?: { readonly wentWrong: readonly Phrase[]; readonly asks: readonly Phrase[] };
  readonly notComplaints: readonly Phrase[];
}

export interface Complaint {
  /** They said they want to make a formal complaint: skip the triage question. */
  readonly formal: boolean;
  /** Which group of signals recognised it, for the logs. */
  readonly signal: string;
}

/**
 * A message from someone unhappy with how they were treated who wants something done. A
 * worry about upsetting a doctor by asking ("will my doctor think I'm rude") is a leaflet
 * question, not a complaint; saying "formal complaint" always is one.
 */
export function recogniseComplaint(text: string, rules: ComplaintRules): Complaint | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  if (rules.formal.some((p) => hasPhrase(words, p))) return { formal: true, signal: 'formal' };
  if (rules.notComplaints.some((p) => hasPhrase(words, p))) return undefined;
  const signal = rules.signals.find((s) => s.phrases.some((p) => hasPhrase(words, p)));
  if (signal) return { formal: false, signal: signal.id };
  const pair = rules.wentWrongThenAsks;
  if (pair && pair.wentWrong.some((p) => hasPhrase(words, p)) && pair.asks.some((p) => hasPhrase(words, p))) return { formal: false, signal: 'went-wrong-then-asks' };
  return undefined;
}
