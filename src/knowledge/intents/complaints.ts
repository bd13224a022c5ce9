import { PhraseLists, wordsOf, type Phrase } from './words';

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
  const found = phraseListsOf(rules).found(words);
  if (found[FORMAL]) return { formal: true, signal: 'formal' };
  if (found[NOT_COMPLAINTS]) return undefined;
  const signal = rules.signals.find((_, i) => found[FIRST_SIGNAL + i]);
  if (signal) return { formal: false, signal: signal.id };
  const afterSignals = FIRST_SIGNAL + rules.signals.length;
  if (found[afterSignals] && found[afterSignals + 1]) return { formal: false, signal: 'went-wrong-then-asks' };
  return undefined;
}

// The places of the rules' lists in their PhraseLists: formal, not complaints, each signal, went wrong, asks.
const FORMAL = 0;
const NOT_COMPLAINTS = 1;
const FIRST_SIGNAL = 2;

/** Indexed once per rules (they live as long as the content). */
const indexes = new WeakMap<ComplaintRules, PhraseLists>();

function phraseListsOf(rules: ComplaintRules): PhraseLists {
  let lists = indexes.get(rules);
  if (!lists) {
    const pair = rules.wentWrongThenAsks ?? { wentWrong: [], asks: [] };
    lists = new PhraseLists([rules.formal, rules.notComplaints, ...rules.signals.map((s) => s.phrases), pair.wentWrong, pair.asks]);
    indexes.set(rules, lists);
  }
  return lists;
}
