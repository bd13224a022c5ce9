import { normalise } from '../../text/normalise';
import { hasPhrase, PhraseLists, wordsOf, type Phrase } from './words';
import type { LearntComplaints } from './learntComplaints';

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
  /**
   * Saying no complaint is being made, or asking whether asking counts as one ("im not making a complaint, i just want to
   * see someone else", "will it go on my record as a complaint?"): read before `formal`, whose words such a message holds,
   * and like `notComplaints` a disclaimer before "but" leaves what follows to be judged on its own.
   */
  readonly notMakingOne?: readonly Phrase[];
  /**
   * Care that went wrong, told as a story ("they gave me someone elses letter!!", "no one told us shed been moved to
   * another ward"): a complaint when the message asks nothing, or asks who to tell or what can be done
   * (`wentWrongThenAsks.asks`); never when it is about another opinion or another doctor (`notWhenAbout`), which is an
   * unhappy person asking the leaflet's question.
   */
  readonly storiesOfBadCare?: {
    readonly wentWrong: readonly Phrase[];
    readonly notWhenAbout: readonly Phrase[];
    /** Signals that say only that something went wrong ("fobbed off for two years", "nobody picks up"): these too do not count in a message about another opinion. */
    readonly signalsNotWhenAbout: ReadonlySet<string>;
    /**
     * Another opinion already asked for ("asked for a second opinion in January"): told in a message that asks nothing, what
     * went wrong is what happened to that request ("I've heard nothing. I'm being ignored"), not the leaflet's question.
     */
    readonly alreadyAsked?: readonly Phrase[];
  };
  /** Complaints about what is not care (the council, a landlord, a vet): they have routes of their own, unless care is named too. */
  readonly notAboutCare?: { readonly subjects: readonly Phrase[]; readonly unlessAbout: readonly Phrase[] };
  /** The learnt second net (complaint-examples.yaml), for a story no phrase above names; never over a message they rule out. */
  readonly learnt?: LearntComplaints;
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
 * question, not a complaint; saying "formal complaint" always is one. `inFlow`: the message answers a flow's question.
 */
export function recogniseComplaint(text: string, rules: ComplaintRules, { inFlow = false }: { readonly inFlow?: boolean } = {}): Complaint | undefined {
  return readComplaint(text, rules, inFlow, true);
}

/**
 * A complaint about something that is not care ("the shop won't refund me, who do I complain to?"): not one for PALS,
 * but a complaint all the same, so the person can be told where such complaints go rather than that they were not
 * understood.
 */
export function complainsAboutSomethingElse(text: string, rules: ComplaintRules): boolean {
  if (!rules.notAboutCare) return false;
  const found = foundIn(wordsOf(text), rules);
  return inList(found, rules, 'notCare') && !inList(found, rules, 'unlessCare') && readComplaint(text, rules, false, false) !== undefined;
}

function readComplaint(text: string, rules: ComplaintRules, inFlow: boolean, onlyCare: boolean): Complaint | undefined {
  // A disclaimer before "but" hands the judgement to what follows it (afterDisclaimer), as often as one is found.
  for (let judged: string | undefined = text; judged !== undefined; ) {
    const words = wordsOf(judged);
    if (words.length === 0) return undefined;
    const found = foundIn(words, rules);
    const after = (list: keyof typeof AFTER_SIGNALS): boolean => inList(found, rules, list);
    if (onlyCare && after('notCare') && !after('unlessCare')) return undefined;
    if (after('notMakingOne')) {
      judged = afterDisclaimer(judged, rules);
      continue;
    }
    if (found[FORMAL]) return { formal: true, signal: 'formal' };
    if (found[NOT_COMPLAINTS]) {
      judged = afterDisclaimer(judged, rules);
      continue;
    }
    const aboutAnotherOpinion = after('notWhenAbout') && !(after('alreadyAsked') && !judged.includes('?'));
    const signal = rules.signals.find((s, i) => found[FIRST_SIGNAL + i] && !(aboutAnotherOpinion && rules.storiesOfBadCare?.signalsNotWhenAbout.has(s.id)));
    if (signal) return { formal: false, signal: signal.id };
    const asks = after('asks');
    if (after('wentWrong') && asks) return { formal: false, signal: 'went-wrong-then-asks' };
    if (after('story') && !aboutAnotherOpinion && (asks || !judged.includes('?'))) return { formal: false, signal: 'story-of-bad-care' };
    // An unhappy person asking about another opinion is asking the leaflet's question, whatever the model makes of it.
    const learnt = rules.learnt;
    // In a flow a message is first of all an answer to the step's question: the net must be surer of it there.
    if (learnt && !aboutAnotherOpinion && learnt.probability(judged) >= (inFlow ? learnt.thresholdInFlow : learnt.threshold)) return { formal: false, signal: 'learnt' };
    return undefined;
  }
  return undefined;
}

const BUT = /\bbut\b/;

/**
 * "I'm not one to complain, but the consultant ... was quite dismissive. How would I raise that?", "not complaining
 * exactly but they cancelled mums op again": a disclaimer before "but" is a polite way in, not what the message is
 * about; what follows "but" is judged on its own (so "I don't want to upset my doctor but how do I ask for a second
 * opinion" stays a question). Undefined when no "but" follows a disclaimer, or the disclaimer is after it. The text is
 * read through the one normaliser, which keeps its punctuation: what follows still says whether it asks ("?").
 */
function afterDisclaimer(text: string, rules: ComplaintRules): string | undefined {
  const read = normalise(text);
  const but = BUT.exec(read);
  if (!but) return undefined;
  const before = wordsOf(read.slice(0, but.index));
  const rest = read.slice(but.index + but[0].length);
  if (![...rules.notComplaints, ...(rules.notMakingOne ?? [])].some((p) => hasPhrase(before, p))) return undefined;
  return wordsOf(rest).length > 0 ? rest : undefined;
}

// The places of the rules' lists in their PhraseLists: formal, not complaints, each signal, then the lists after the signals.
const FORMAL = 0;
const NOT_COMPLAINTS = 1;
const FIRST_SIGNAL = 2;
/** The lists after the signals, counted from the first of them, in the order phraseListsOf gives them. */
const AFTER_SIGNALS = { wentWrong: 0, asks: 1, story: 2, notWhenAbout: 3, notCare: 4, unlessCare: 5, notMakingOne: 6, alreadyAsked: 7 } as const;

/** Whether one of the lists after the signals was found in a reading. */
function inList(found: readonly boolean[], rules: ComplaintRules, list: keyof typeof AFTER_SIGNALS): boolean {
  return found[FIRST_SIGNAL + rules.signals.length + AFTER_SIGNALS[list]] === true;
}

/**
 * The last message's reading of the lists: the root asks twice of one message (a complaint for PALS? about something
 * else?), and `wordsOf` gives the same words back for the same text, so the second question does not read it again.
 */
let lastReading: { readonly lists: PhraseLists; readonly words: readonly string[]; readonly found: readonly boolean[] } | undefined;

function foundIn(words: readonly string[], rules: ComplaintRules): readonly boolean[] {
  const lists = phraseListsOf(rules);
  if (lastReading?.lists !== lists || lastReading.words !== words) lastReading = { lists, words, found: lists.found(words) };
  return lastReading.found;
}

/** Indexed once per rules (they live as long as the content). */
const indexes = new WeakMap<ComplaintRules, PhraseLists>();

function phraseListsOf(rules: ComplaintRules): PhraseLists {
  let lists = indexes.get(rules);
  if (!lists) {
    const pair = rules.wentWrongThenAsks ?? { wentWrong: [], asks: [] };
    const stories = rules.storiesOfBadCare;
    const notCare = rules.notAboutCare ?? { subjects: [], unlessAbout: [] };
    lists = new PhraseLists([
      rules.formal,
      rules.notComplaints,
      ...rules.signals.map((s) => s.phrases),
      pair.wentWrong,
      pair.asks,
      stories?.wentWrong ?? [],
      stories?.notWhenAbout ?? [],
      notCare.subjects,
      notCare.unlessAbout,
      rules.notMakingOne ?? [],
      stories?.alreadyAsked ?? [],
    ]);
    indexes.set(rules, lists);
  }
  return lists;
}
