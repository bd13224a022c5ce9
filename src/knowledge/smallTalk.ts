import { CHATTER_WORDS, STOP_WORDS } from './text/commonWords';
import { normalise } from '../text/normalise';
import { wordsOf, type Phrase } from './intents/words';
import { tokenise } from './text/tokenise';

/**
 * 'unhelpful': "thanks but that didn't help", "not what I asked": feedback that the last reply missed, never thanks.
 * 'botOrPerson': "is this a real person?", "are you a robot": an opening that asks who is answering.
 */
export const SMALL_TALK_KINDS = ['unhelpful', 'botOrPerson', 'greeting', 'thanks', 'goodbye', 'ok', 'no'] as const;
export type SmallTalk = (typeof SMALL_TALK_KINDS)[number];

/** How small talk is recognised (knowledge/intents/small-talk.yaml). */
export interface SmallTalkRules {
  /** Checked in this order when a message says more than one: "thanks, bye" is a goodbye. */
  readonly kinds: readonly { readonly kind: SmallTalk; readonly says: readonly Phrase[] }[];
  /** Thanks, unless the message is negated ("that's not helpful"). */
  readonly praise: readonly Phrase[];
  /** Followed by a name of one or two words ("my name is Sandra Jones"). */
  readonly introductions: readonly Phrase[];
  /** An introduction only straight after a greeting, and then of one word ("hi, I'm Priya"). */
  readonly introductionsAfterGreeting: readonly Phrase[];
  /** A title before a name: one word more for the name ("this is Mrs Jones"). */
  readonly titles: ReadonlySet<string>;
  /** Followed by a number, an age ("I'm 71"). */
  readonly ages: readonly Phrase[];
  readonly politeWords: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly aboutWords: ReadonlySet<string>;
  /** Thanks given before asking ("thanks in advance", "cheers for any help"): what follows is the question. */
  readonly thanksBeforeAsking: readonly Phrase[];
  /** Words that ask something: a closing remark with one of these is a question after the thanks. */
  readonly questionWords: ReadonlySet<string>;
  /** Words about what a service does ("topics", "cover", "answer") and words that say it to the bot ("you", "this chat"). */
  readonly whatTheBotDoes: { readonly words: ReadonlySet<string>; readonly addressing: ReadonlySet<string> };
  /** Phrases that ask wherever they stand ("I would like to understand what happens..."): a message with one is no closing remark. */
  readonly asking: readonly Phrase[];
  /** Said alone with a question mark ("alright?"), these ask how you are: a greeting, where alone they mean "ok". */
  readonly greetingsWhenAsked: readonly Phrase[];
  /** One-word greetings ("hello hello um can you..."): said before a part of a message, they do not open it. Derived from the greetings. */
  readonly openers: ReadonlySet<string>;
}

/** Longer than this, a message is saying something more than small talk. */
const MAX_WORDS = 12;
/** ...unless it thanks and then says what the person will do next ("thanks, I'll ring my GP tomorrow"). */
const MAX_CLOSING_WORDS = 30;
/** Thanks (not praise: "the only thing that helps") this near the start or at the very end frames the whole message. */
const CLOSING_THANKS_WITHIN = 3;
const NAME_WORDS = 2;
const AGE = /^\d{1,3}$/;
/** Kinds that open a conversation: a name or an age may follow them ("hello, is this a real person? I'm Jean"). */
const OPENINGS: ReadonlySet<SmallTalk> = new Set(['greeting', 'botOrPerson']);

/**
 * Recognises a message that is only a greeting, thanks, praise or goodbye (or "ok", "no"), so
 * it is answered politely instead of being matched against the leaflet. "hi, can my wife ask
 * for me?" is not small talk: it has words of its own.
 */
export function detectSmallTalk(text: string, rules: SmallTalkRules): SmallTalk | undefined {
  const words = wordsOf(text);
  // "👍", "🤔", "?": no words at all, only a sign: taken as "ok", whose reply asks what they would like to know.
  if (words.length === 0) return text.trim().length > 0 ? 'ok' : undefined;
  if (words.length > MAX_CLOSING_WORDS) return undefined;
  if (words.some((word) => rules.aboutWords.has(word))) return undefined;
  if (text.includes('?') && rules.greetingsWhenAsked.some((p) => p.words.length === words.length && occursAt(words, 0, p))) return 'greeting';
  const negated = words.some((word) => rules.negations.has(word));

  const phrases = phrasesIn(words, rules);
  const covered = new Array<boolean>(words.length).fill(false);
  const found = new Set<SmallTalk>();
  const greetingEnds = new Set<number>();
  let opensWithGreeting = false;
  for (const { kind, says } of rules.kinds) {
    for (const [start, end] of phrases.of(says)) {
      cover(covered, start, end);
      found.add(kind);
      // "hi there, I'm Margaret": polite words after a greeting ("there", "all") still leave what follows straight after it.
      if (OPENINGS.has(kind) && start === 0) opensWithGreeting = true;
      if (OPENINGS.has(kind)) for (let at = end; at === end || rules.politeWords.has(words[at - 1] ?? ''); at++) greetingEnds.add(at);
    }
  }
  // Praise inside a longer phrase of small talk ("not very good with computers") is part of that phrase. In a question
  // that opens with a question word it is the question's verb, not praise ("Who helps when it's stuck?"), while an
  // exclamation stays praise ("how helpful that was", "what a great answer").
  const asks = rules.questionWords.has(words[0] ?? '') && text.trim().endsWith('?');
  const praise = phrases.of(rules.praise).filter(([start, end]) => covered.slice(start, end).some((c) => !c) && !(asks && start > 0));
  if (praise.length > 0) {
    // "not helpful" is praise turned round: feedback when the content says so, otherwise not small talk.
    if (negated && !found.has('unhelpful')) return undefined;
    for (const [start, end] of praise) cover(covered, start, end);
    if (!negated) found.add('thanks');
  }
  const thanks = phrases.of(rules.kinds.find((k) => k.kind === 'thanks')?.says ?? []);
  for (const [start, end] of phrases.of(rules.introductions)) cover(covered, start, Math.min(words.length, end + NAME_WORDS + (rules.titles.has(words[end] ?? '') ? 1 : 0)));
  for (const [start, end] of phrases.of(rules.introductionsAfterGreeting)) {
    if (greetingEnds.has(start)) cover(covered, start, Math.min(words.length, end + (rules.titles.has(words[end] ?? '') ? 2 : 1)));
  }
  for (const [start, end] of phrases.of(rules.ages)) {
    if (AGE.test(words[end] ?? '')) cover(covered, start, end + 1);
  }
  // "hiya, Jean here": a name straight after a greeting, then "here".
  for (const end of greetingEnds) if (words[end + 1] === 'here') cover(covered, end, end + 2);

  const isFiller = (word: string): boolean => rules.politeWords.has(word) || STOP_WORDS.has(word) || CHATTER_WORDS.has(word);
  // Thanks or a goodbye said with these words ("thank you, you helped me a lot") stays what it is.
  const isLittle = (word: string): boolean => rules.politeWords.has(word) || STOP_WORDS.has(word) || rules.questionWords.has(word);
  if (!THANKS_OR_LEAVING.some((k) => found.has(k)) && asksWhatTheBotDoes(words, isLittle, rules)) return 'greeting';
  if (words.some((word, at) => !covered[at] && !isFiller(word))) {
    return isClosingRemark(text, words, thanks, negated, rules, phrases) ? 'thanks' : undefined;
  }
  // A long message of nothing but pleasantries is small talk only when it opens with a greeting ("Hi there, I'm Margaret, I'm 71 and...").
  if (words.length > MAX_WORDS && !opensWithGreeting) return undefined;
  const kind = rules.kinds.map(({ kind }) => kind).find((kind) => found.has(kind));
  // "hmm", "I see", "fair enough", "sorry", "👍", "?": a few everyday words that ask nothing and name nothing are taken as "ok".
  if (kind === undefined && words.length <= MAX_ACKNOWLEDGEMENT_WORDS && words.every(isFiller) && !asksSomething(text, rules, phrases)) return 'ok';
  return kind;
}

/**
 * "what topics do you cover", "What sort of questions are you able to answer?", "list of topics": a message of no word
 * of any subject, only words about what a service does, said to the bot (or naming its menu): the welcome says what it covers.
 */
function asksWhatTheBotDoes(words: readonly string[], isLittle: (word: string) => boolean, rules: SmallTalkRules): boolean {
  const { words: scope, addressing } = rules.whatTheBotDoes;
  // Only little words beside them: "do you know how to MAKE a will" names something else to do.
  if (words.length > MAX_WORDS || !words.every((word) => isLittle(word) || scope.has(word) || addressing.has(word))) return false;
  return words.some((word) => scope.has(word) && !STOP_WORDS.has(word)) && words.some((word) => addressing.has(word));
}

const THANKS_OR_LEAVING: readonly SmallTalk[] = ['thanks', 'goodbye', 'unhelpful'];

/** At most this many words of nothing in particular ("I suppose so", "hmmm ok") are an acknowledgement. */
const MAX_ACKNOWLEDGEMENT_WORDS = 4;

/**
 * A message that opens with a greeting and asks nothing ("hello my name is Priya and my dad has just been diagnosed",
 * "Hi, just found this on the NHS website."): said when the content has no answer for it, it is an opening, and the
 * welcome (what the bot covers, the topics) is the reply rather than "I'm not sure I understood".
 */
export function greetsAndAsksNothing(text: string, rules: SmallTalkRules): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_CLOSING_WORDS || words.some((word) => rules.aboutWords.has(word))) return false;
  const phrases = phrasesIn(words, rules);
  const opens = rules.kinds.some(({ kind, says }) => OPENINGS.has(kind) && phrases.of(says).some(([start]) => start <= GREETING_WITHIN));
  return opens && !asksSomething(text, rules, phrases);
}

/** "Good evening": a greeting may start this far in, after a polite word. */
const GREETING_WITHIN = 1;

/** A question mark, an asking phrase ("I'd like to know"), or a part of the message opening with a question word. */
function asksSomething(text: string, rules: SmallTalkRules, phrases: PhrasesFound): boolean {
  if (text.includes('?') || phrases.of(rules.asking).length > 0) return true;
  return text.split(CLAUSE_BREAK).some((part) => {
    const clause = tokenise(normalise(part));
    // "hi there um yeah so how long does it take thanks": the greeting and the hesitation before it do not open the question.
    const opening = clause.find((word) => !LINKING_WORDS.has(word) && !rules.openers.has(word));
    return opening !== undefined && rules.questionWords.has(opening);
  });
}

/**
 * Thanks that frames a message which asks nothing ("Thank you, that's cleared things up, I'll
 * ring my GP tomorrow"): a closing remark, not a question. A question mark, a part of the
 * message that opens with a question word ("thanks, how long does it take") or a "not"
 * ("thanks but that didn't help") makes it something to answer.
 */
function isClosingRemark(text: string, words: readonly string[], thanks: readonly (readonly [number, number])[], negated: boolean, rules: SmallTalkRules, phrases: PhrasesFound): boolean {
  if (negated || !thanks.some(([start, end]) => start < CLOSING_THANKS_WITHIN || end === words.length)) return false;
  if (phrases.of(rules.thanksBeforeAsking).length > 0) return false;
  return !asksSomething(text, rules, phrases);
}

/**
 * Not flowAnswer's CLAUSE_BREAK, which also breaks at " - ": there the first part of an answer is what counts ("my GP -
 * is that ok"); here a part opening with a question word makes the message a question, so "thanks so much - what a
 * help" would stop being thanks. "?" is left out because a message with one already asks something.
 */
const CLAUSE_BREAK = /[.,;:!\n]+/;
/** Words that join a part of a message to the one before, or hesitate; the word after them opens it. */
const LINKING_WORDS = new Set(['and', 'but', 'so', 'also', 'oh', 'ok', 'okay', 'just', 'then', 'um', 'umm', 'uh', 'er', 'erm', 'ah', 'well', 'yeah', 'yes', 'there']);

/** [start, end) word positions of a phrase found in a message. */
type Occurrence = readonly [number, number];

/**
 * Where the phrases of every list of the rules occur in one message, their words side by side,
 * found in one pass over its words: each place is tried only against the phrases that can start
 * there (the phrases are hundreds, a message's words a few), and the dozen lists a message is
 * read against share that pass instead of each making its own.
 */
interface PhrasesFound {
  /** Where each phrase of the list occurs, phrase by phrase in the list's order, then by place. */
  of(phrases: readonly Phrase[]): Occurrence[];
}

function phrasesIn(words: readonly string[], rules: SmallTalkRules): PhrasesFound {
  const index = rulesIndex(rules);
  const hits = hitsOf(words, index);
  return {
    // A list not of these rules (none today) is read on its own.
    of: (phrases) => {
      const list = index.listOf.get(phrases);
      if (list !== undefined) return inOrder(hits[list] ?? NONE, phrases);
      return inOrder(hitsOf(words, phraseIndex([phrases]))[0] ?? NONE, phrases);
    },
  };
}

/** The (phrase, start) pairs found, flat, for each list: the phrase's place in its list, then where it starts. */
function hitsOf(words: readonly string[], index: PhraseIndex): number[][] {
  const hits = index.lists.map((): number[] => []);
  const tryAt = (start: number, pair: number, pairs: readonly number[]): void => {
    const list = pairs[pair] ?? 0;
    const at = pairs[pair + 1] ?? 0;
    const p = index.lists[list]?.[at];
    if (p && start + p.words.length <= words.length && occursAt(words, start, p)) hits[list]?.push(at, start);
  };
  for (let start = 0; start < words.length; start++) {
    const word = words[start] ?? '';
    const pairs = index.byFirstWord.get(word) ?? NONE;
    for (let pair = 0; pair < pairs.length; pair += 2) tryAt(start, pair, pairs);
    const starred = index.starredFirst;
    for (let pair = 0; pair < starred.length; pair += 2) {
      if (word.startsWith(index.lists[starred[pair] ?? 0]?.[starred[pair + 1] ?? 0]?.words[0] ?? '')) tryAt(start, pair, starred);
    }
  }
  // A phrase of no words (none in the content today) occurs everywhere, as the plain loop had it.
  for (let pair = 0; pair < index.empty.length; pair += 2) {
    for (let start = 0; start <= words.length; start++) hits[index.empty[pair] ?? 0]?.push(index.empty[pair + 1] ?? 0, start);
  }
  return hits;
}

/** The hits of one list as [start, end), in phrase order, then place: the order a loop over phrases, then places, finds them in. */
function inOrder(hits: readonly number[], phrases: readonly Phrase[]): Occurrence[] {
  if (hits.length === 0) return [];
  const order: number[] = [];
  for (let i = 0; i < hits.length; i += 2) order.push(i);
  order.sort((a, b) => (hits[a] ?? 0) - (hits[b] ?? 0) || (hits[a + 1] ?? 0) - (hits[b + 1] ?? 0));
  return order.map((i) => {
    const start = hits[i + 1] ?? 0;
    return [start, start + (phrases[hits[i] ?? 0]?.words.length ?? 0)] as const;
  });
}

const NONE: readonly number[] = [];

/** Lists of phrases by their first word, as flat (list, place in the list) pairs; starred first words ("thank*") apart. */
interface PhraseIndex {
  readonly lists: readonly (readonly Phrase[])[];
  readonly listOf: ReadonlyMap<readonly Phrase[], number>;
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>;
  readonly starredFirst: readonly number[];
  readonly empty: readonly number[];
}

/** Built once per rules (they live as long as the content). */
const indexes = new WeakMap<SmallTalkRules, PhraseIndex>();

function rulesIndex(rules: SmallTalkRules): PhraseIndex {
  let index = indexes.get(rules);
  if (!index) {
    index = phraseIndex([...rules.kinds.map((k) => k.says), rules.praise, rules.introductions, rules.introductionsAfterGreeting, rules.ages, rules.thanksBeforeAsking, rules.asking]);
    indexes.set(rules, index);
  }
  return index;
}

function phraseIndex(lists: readonly (readonly Phrase[])[]): PhraseIndex {
  const listOf = new Map<readonly Phrase[], number>();
  const byFirstWord = new Map<string, number[]>();
  const starredFirst: number[] = [];
  const empty: number[] = [];
  lists.forEach((phrases, list) => {
    if (!listOf.has(phrases)) listOf.set(phrases, list);
    phrases.forEach((p, at) => {
      const first = p.words[0];
      if (first === undefined) empty.push(list, at);
      else if (p.prefix[0]) starredFirst.push(list, at);
      else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), list, at]);
    });
  });
  return { lists, listOf, byFirstWord, starredFirst, empty };
}

/** A plain loop: a callback per phrase and place was half of all a turn allocated. */
function occursAt(words: readonly string[], start: number, p: Phrase): boolean {
  for (let i = 0; i < p.words.length; i++) if (!fits(words[start + i] ?? '', p.words[i] ?? '', p.prefix[i] ?? false)) return false;
  return true;
}

const fits = (typed: string, wanted: string, prefix: boolean): boolean => (prefix ? typed.startsWith(wanted) : typed === wanted);

function cover(covered: boolean[], start: number, end: number): void {
  for (let at = start; at < end; at++) covered[at] = true;
}
