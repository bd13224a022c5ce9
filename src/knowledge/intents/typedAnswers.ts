import type { ConditionAsked } from './conditionAsked';
import type { WayOutFrames } from './wayOutFrames';
import type { LearntWayOuts } from './learntWayOuts';
import { GREETED_AS, GREETING_WORDS, TEXT_SPEAK } from '../text/commonWords';
import { escapeForPattern, hasPhrase, phrase, sameWord, wordsOf, type Phrase } from './words';

/** Words people type for any button whose label fits (knowledge/intents/typed-answers.yaml). */
export interface AnswerFamily {
  readonly id: string;
  readonly forLabelsStartingWith: readonly string[];
  readonly forLabels: readonly Phrase[];
  readonly says: readonly Phrase[];
  /**
   * Words that say whose when one of the family's phrases follows ("my mum", "me nan", "our kid": `whose`): read as "my"
   * there, so "It's for me nan" is not the button "It's for me" by its "me".
   */
  readonly whose?: readonly string[];
  /**
   * Its phrases after "my" ("my nan"), each one phrase a word longer: "is it ok if it's for my dad?" fits the button by
   * a phrase of two words. Only for how well a message fits, not for how many things it says (mostSaid).
   */
  readonly owned?: readonly Phrase[];
  /** A nation's family (its words and towns, from nations.yaml): a place named is not that button's when the place is elsewhere. */
  readonly place?: boolean;
}

export interface TypedAnswerRules {
  readonly families: readonly AnswerFamily[];
  /** Someone who wants out of the flow altogether: words anywhere in a reply that fits no button (`waysOut.leaving` and `leavingInCrisisWords`). */
  readonly leaving: readonly Phrase[];
  /** Ways out said as the whole message (`waysOut.stop`, `waysOut.startAgain`): the bot's commands. */
  readonly waysOut: WholeMessageWaysOut;
  /** A last part of a reply that says the parts before it are the worry (`worryTold`), one pattern a line. */
  readonly worryTold: readonly RegExp[];
  /** Words that open an answer said tentatively, a question mark at its end or not (`hedges`); none when left out. */
  readonly hedges?: readonly Phrase[];
  /** Words that say the button after them is not meant, at a question of two (`notMeaning`); none when left out. */
  readonly notMeaning?: readonly Phrase[];
  /**
   * Words that turn a reply from what is not meant to what is (`turns`: "not the cost really, more the waiting", "my son
   * says go private but I'd sooner stay NHS"); none when left out.
   */
  readonly turns?: readonly Phrase[];
  /** Words that open a question asking whether one may take a button (`askingForIt`); none when left out. */
  readonly askingForIt?: readonly Phrase[];
  /** Ways out said in people's own words, as frames of word groups (`waysOut.inOwnWords`); none when left out. */
  readonly inOwnWords?: WayOutFrames;
  /** Something heard, told as a statement ("I heard you have to pay for these"): frames read on a reply's first part (`hearsay`). */
  readonly hearsay?: readonly RegExp[];
  /** Questions that do not open with a question word or end with "?" (`askedOtherwise`); none when left out. */
  readonly askedOtherwise?: AskedOtherwise;
  /** Punctuation said aloud ("question mark"), read as the mark (`spokenMarks`); none when left out. */
  readonly spokenMarks?: readonly SpokenMark[];
  /** Words that ask something about a button named beside them ("private cost?", "apology likely?": `askedAbout`); none when left out. */
  readonly askedAbout?: readonly Phrase[];
  /** Words that ask how often a button's worry happens ("do doctors often disagree...?": `askedHowOften`); none when left out. */
  readonly askedHowOften?: readonly Phrase[];
  /** Words that ask whether one may (consent, permission, "on his behalf": `askedWhetherAllowed`); none when left out. */
  readonly askedWhetherAllowed?: readonly Phrase[];
  /** Words that hold an answer back for a question asked first (`answerHeldBack`); none when left out. */
  readonly heldBack?: AnswerHeldBack;
  /**
   * Words that stop or pause rather than answer ("leave it", "later", "for today"): said where the button they fit ends
   * the flow, the flow's way out (`waysOut.pausing`); none when left out.
   */
  readonly pausing?: RegExp;
  /** Of those, the words of coming back later (`waysOut.comingBack`): a pause no button means; none when left out. */
  readonly comingBack?: RegExp;
  /** A condition asked about or feared rather than a button taken (`conditionAsked`); none when left out. */
  readonly conditionAsked?: ConditionAsked;
  /**
   * "no" inside a sentence qualifies what follows it ("there's no bus after six", "I have no idea", Scots "would he no
   * be raging"): said as an answer, it opens or closes the reply or comes after one of `after` ("well no", "hmm, no").
   */
  readonly noInASentence?: NoInASentence;
  /** The learnt net for ways out no frame holds (way-out-examples.yaml); none in a fixture that leaves it out. */
  readonly learntWayOuts?: LearntWayOuts;
}

/** typed-answers.yaml's `noInASentence`: the words ("no") and the words after which one still answers ("well no"). */
export interface NoInASentence {
  readonly words: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
}

/** typed-answers.yaml's `answerHeldBack`: how a reply holds its answer back for a question asked first. */
export interface AnswerHeldBack {
  /** A first part made only of these and `around`, with one of these, puts off answering ("before that, ..."). */
  readonly puttingOff: ReadonlySet<string>;
  readonly around: ReadonlySet<string>;
  /** The word that opens a later part holding the answer back ("..., but does she have to give permission?"). */
  readonly holdingBack: string;
  /** Words that may come between it and the question ("but first", "but just"). */
  readonly beforeTheQuestion: ReadonlySet<string>;
  /** A part that only thanks ("thank you for explaining all that"), over its words joined by spaces. */
  readonly thanksOnly: RegExp;
  /** Words that make a first part an answer someone says ("I'd pay for private", "nah that's it"), not a button named bare. */
  readonly answerSaid?: ReadonlySet<string>;
}

/** typed-answers.yaml's `askedOtherwise`: frames over a reply's words (as wayOutFrames.ts reads them). */
export interface AskedOtherwise {
  /** A whole question without its "?" ("will the private doctor see my NHS notes"), read on the whole reply. */
  readonly withoutItsMark: readonly RegExp[];
  /** A question tagged on a statement ("..., do they?"), read on the reply's last part. */
  readonly tags: readonly RegExp[];
  /** A question asked indirectly ("I was wondering if...", "do you know whether..."), read on the whole reply. */
  readonly indirect?: readonly RegExp[];
  /** Asking what a word means ("what's a registrar?"), read on the whole reply. */
  readonly whatItMeans: readonly RegExp[];
  /** A last question an answer before it still stands with ("what do I do first?", "is that enough?"); none when left out. */
  readonly leftToTheFlow?: readonly RegExp[];
}

/** A mark of punctuation and the words said aloud for it. */
export interface SpokenMark {
  readonly mark: string;
  readonly words: readonly string[];
}

/** Ways out of a flow said as the whole message, as written in typed-answers.yaml's `waysOut`. */
export interface WholeMessageWaysOut {
  readonly stop: readonly string[];
  readonly startAgain: readonly string[];
  /** Leaving said as a goodbye (`signOffs`): after a way out it is still the way out; alone, in a flow, a way out. */
  readonly signOffs?: readonly string[];
}

/** A button as the recogniser sees it: its label, and words for it the label does not contain. */
export interface AnswerOption {
  readonly label: string;
  readonly says?: readonly Phrase[];
  /** Whether taking it ends the flow ("That's all, thanks", "Stop here"). */
  readonly endsTheFlow?: boolean;
}

// Words of a label that say nothing about which button it is ("all": "I drive the number 12 all day" is not "That's all, thanks").
const NOT_KEYWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'or', 'and', 'but', 'i', 'im', 'id', 'ill', 'its', 'it', 'is', 'my', 'me', 'that', 'thats', 'do', 'this', 'for', 'at', 'in', 'on', 'with', 'be', 'all']);

/** A phrase someone typed counts for more than a single key word of the label. */
const PHRASE_WEIGHT = 2;
/** A question needs a match this strong on a button (a two-word phrase) to beat a side answer. */
export const STRONG_MATCH = 2 * PHRASE_WEIGHT;
/** The score of a message that contains a button's whole label. */
export const WHOLE_LABEL = 100;

export function familiesFor(label: string, rules: TypedAnswerRules): AnswerFamily[] {
  const words = wordsOf(label);
  return rules.families.filter(
    (f) => f.forLabelsStartingWith.some((start) => words[0] === start) || f.forLabels.some((p) => hasPhrase(words, p, 0)),
  );
}

/**
 * How well a typed message fits each button: the whole label, a number, the longest phrase
 * it contains from the button's own `says` or its families, and then how many of the label's
 * key words it has. Returns the best button with its score, or undefined for none or a tie.
 */
export function bestOption(text: string, options: readonly AnswerOption[], rules: TypedAnswerRules): BestOption | undefined {
  const words = asMeant(wordsOf(text), options, rules);
  if (words.length === 0) return undefined;
  const place = placeOf(words, options.length);
  if (place !== undefined) return place >= 0 && place < options.length ? { index: place, score: WHOLE_LABEL, askedInItsWords: false } : undefined;
  const read = words.map((w, i) => (w === '1' && WANTING_ONE.has(words[i - 1] ?? '') ? 'one' : (DIGITS_AS_WORDS.get(w) ?? w)));
  const scores = options.map((option) => score(read, option, rules));
  const elsewhere = placeElsewhere(read, options, rules);
  if (elsewhere !== undefined) scores[elsewhere] = (scores[elsewhere] ?? 0) + PHRASE_WEIGHT;
  const best = Math.max(...scores);
  if (best <= 0) return undefined;
  const tied = scores.flatMap((s, i) => (s === best ? [i] : []));
  const winners = tied.length > 1 ? mostSaid(read, tied, options, rules) : tied;
  const index = winners[0] ?? 0;
  const option = options[index];
  return winners.length === 1 ? { index, score: best, askedInItsWords: option !== undefined && askedInItsWords(read, option, rules) } : undefined;
}

/**
 * Text-speak digits read as the words they stand for once a whole message is not a button's place ("2" alone is the
 * second button): "ask gp 2 refer me" says "Ask my GP to refer me"; "1" only as the thing wanted ("how do i get 1?" says
 * "No, how do I get one?"), not a number or an age ("1 more thing", "she's 1").
 */
const DIGITS_AS_WORDS: ReadonlyMap<string, string> = new Map([...TEXT_SPEAK].filter(([typed]) => /\d/.test(typed)));
const WANTING_ONE: ReadonlySet<string> = new Set(['get', 'getting', 'want', 'need', 'ask', 'asking', 'request']);

/**
 * Whether a message has words the flow gave this one button (its `says`) that name what it is about in other words than
 * its label: a phrase of several words or a family of words ("take it personally", "dont agree", "annoy*", "contradict*"),
 * sharing no key word with the label. One plain word ("gp", "consultant", "letter") names a subject a side question has too.
 * A button whose label is itself a question ("How do I get one?") counts with its label's words too ("how do i ask").
 */
function askedInItsWords(words: readonly string[], option: AnswerOption, rules: TypedAnswerRules): boolean {
  const labelAsks = option.label.trim().endsWith('?');
  // Only the label's key words: "send me on" says "Ask my GP to refer me" in other words, though both have "me".
  const labelWords = wordsOf(option.label).filter((w) => !NOT_KEYWORDS.has(w));
  const otherWords = (p: Phrase): boolean => !p.words.some((w, i) => labelWords.some((l) => sameWord(l, w, p.prefix[i]) || sameWord(w, l)));
  // A family's words given to a button ("go on" for "Carry on", from yes) say yes, not what a question is about: "does a
  // 2nd opinion go on my records?" asks about records.
  const family = familyPhrases(rules);
  return (option.says ?? []).some((p) => !family.has(p) && (p.words.length > 1 || p.prefix.some(Boolean)) && (labelAsks || otherWords(p)) && saysPhrase(words, p, rules));
}

const familyPhrasesOf = new WeakMap<TypedAnswerRules, ReadonlySet<Phrase>>();

/** Every phrase of the rules' families, once per set of rules. */
function familyPhrases(rules: TypedAnswerRules): ReadonlySet<Phrase> {
  let phrases = familyPhrasesOf.get(rules);
  if (!phrases) {
    phrases = new Set(rules.families.flatMap((f) => f.says));
    familyPhrasesOf.set(rules, phrases);
  }
  return phrases;
}

/**
 * Of buttons tied on their best evidence, those for which the message says the most different things ("nah ta, that's
 * us sorted": "nah", "ta" and "sorted" for "That's all, thanks" against "nah" for "No, how do I get one?").
 */
function mostSaid(words: readonly string[], tied: readonly number[], options: readonly AnswerOption[], rules: TypedAnswerRules): number[] {
  const counts = tied.map((i) => {
    const option = options[i];
    if (!option) return 0;
    const phrases = [...(option.says ?? []), ...familiesFor(option.label, rules).flatMap((f) => f.says)];
    // One thing said once: "private" and "privately" both found in "private" count as one.
    return new Set(phrases.filter((p) => saysPhrase(words, p, rules)).map((p) => p.stems.join(' '))).size;
  });
  const most = Math.max(...counts);
  return tied.filter((_, k) => counts[k] === most);
}

/**
 * At a question of two buttons, one naming places ("I live in Wales, Scotland or NI") and one not ("Carry on"), a place
 * the first does not name ("I'm down south, in Kent": England) says the other one, as a person at a desk would take it.
 * The other button's index, or undefined.
 */
function placeElsewhere(words: readonly string[], options: readonly AnswerOption[], rules: TypedAnswerRules): number | undefined {
  if (options.length !== 2) return undefined;
  const places = options.map((o) => placesOf(o, rules));
  const naming = places.findIndex((p) => p.length > 0);
  const named = places[naming];
  if (!named || (places[1 - naming] ?? []).length > 0) return undefined;
  const otherPlace = rules.families.some((f) => f.place === true && !named.includes(f) && placeSaid(words, f));
  return otherPlace && !named.some((f) => placeSaid(words, f)) ? 1 - naming : undefined;
}

/**
 * The one button whose own places the message names ("we're up in Derry": the button naming Northern Ireland), or
 * undefined when none does or more than one. Whether the place is said after a "not" is the caller's to check.
 */
export function placeNamed(text: string, options: readonly AnswerOption[], rules: TypedAnswerRules): number | undefined {
  const words = wordsOf(text);
  const naming = options.flatMap((option, index) => (placesOf(option, rules).some((f) => placeSaid(words, f)) ? [index] : []));
  return naming.length === 1 ? naming[0] : undefined;
}

/** A button's nations' families (their names and towns, from nations.yaml). */
function placesOf(option: AnswerOption, rules: TypedAnswerRules): AnswerFamily[] {
  return familiesFor(option.label, rules).filter((f) => f.place === true);
}

function placeSaid(words: readonly string[], family: AnswerFamily): boolean {
  return family.says.some((p) => hasPhrase(words, p, 1));
}

const MY = 'my';

/**
 * The message's words with a word that says whose read as "my" where one of its family's phrases follows ("its for me
 * nan" reads "its for my nan"), for the families of the buttons asked; the words as they are when none has any.
 */
function asMeant(words: readonly string[], options: readonly AnswerOption[], rules: TypedAnswerRules): readonly string[] {
  const owning = options.flatMap((o) => familiesFor(o.label, rules)).filter((f) => (f.whose ?? []).length > 0);
  if (owning.length === 0) return words;
  const startsOwned = (at: number): boolean => {
    const next = words[at + 1];
    return next !== undefined && owning.some((f) => f.whose?.includes(words[at] ?? '') && f.says.some((p) => sameWord(next, p.words[0] ?? '', p.prefix[0])));
  };
  return words.some((w, at) => w !== MY && startsOwned(at)) ? words.map((w, at) => (startsOwned(at) ? MY : w)) : words;
}

export interface BestOption {
  readonly index: number;
  readonly score: number;
  /** Whether the message says the button in the flow's own other words for it (`askedInItsWords`). */
  readonly askedInItsWords: boolean;
}

const ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, sixth: 6, '6th': 6 };
const PLACE = /^(?:(?:the|option|number|no) )?(\d+|first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last)(?: one| option| button)?$/;

/**
 * "2", "option 2", "the second one", "the last one": the button in that place (from 0), or
 * undefined when the message is not a place. Only a whole message counts: "second opinion" is not.
 */
function placeOf(words: readonly string[], count: number): number | undefined {
  const match = PLACE.exec(words.join(' '))?.[1];
  if (match === undefined) return undefined;
  if (match === 'last') return count - 1;
  return (ORDINALS[match] ?? Number(match)) - 1;
}

function score(words: readonly string[], option: AnswerOption, rules: TypedAnswerRules): number {
  const labelWords = wordsOf(option.label);
  if (words.join(' ') === labelWords.join(' ')) return 2 * WHOLE_LABEL;
  if (labelWords.length > 1 && hasPhrase(words, phrase(option.label), 0)) return WHOLE_LABEL;
  const phrases = [...(option.says ?? []), ...familiesFor(option.label, rules).flatMap((f) => [...f.says, ...(f.owned ?? [])])];
  const phraseScore = PHRASE_WEIGHT * longestSaid(words, phrases, rules);
  const keywords = new Set(labelWords.filter((w) => !NOT_KEYWORDS.has(w)));
  const hits = [...keywords].filter((k) => words.some((w) => sameWord(w, k)) && saidAsAnAnswer(words, k, rules)).length;
  return phraseScore + hits;
}

/**
 * Whether a message says a phrase, a word left out between its words (as elsewhere in this file), but never across a
 * word of `notMeaning` that the phrase does not have: "I'm not the patient" does not say "im the patient".
 */
function saysPhrase(words: readonly string[], p: Phrase, rules: TypedAnswerRules): boolean {
  if (!hasPhrase(words, p, 1)) return false;
  if (p.words.length === 1 && !saidAsAnAnswer(words, p.words[0] ?? '', rules)) return false;
  // A hedge given to a button ("kind of", "sort of" for "Yes, I'm having problems") says it only where it opens the
  // reply: "what kind of medical information should I bring" names a kind.
  if (isHedge(p, rules) && !p.words.every((w, i) => words[i] === w)) return false;
  const negations = negationWords(rules);
  if (p.words.length < 2 || !words.some((w) => negations.has(w)) || p.words.some((w) => negations.has(w))) return true;
  return stretchesBetween(words, negations).some((stretch) => hasPhrase(stretch, p, 1));
}

/** Whether a word of `noInASentence` is said as an answer somewhere: first, last, or after one of its `after` words. */
function saidAsAnAnswer(words: readonly string[], word: string, rules: TypedAnswerRules): boolean {
  const no = rules.noInASentence;
  if (!no?.words.has(word)) return true;
  return words.some((w, i) => w === word && (i === 0 || i === words.length - 1 || no.after.has(words[i - 1] ?? '')));
}

const hedgeTextsOf = new WeakMap<TypedAnswerRules, ReadonlySet<string>>();

/** Whether a phrase is one of the rules' hedges (`hedges`), by its words. */
function isHedge(p: Phrase, rules: TypedAnswerRules): boolean {
  let texts = hedgeTextsOf.get(rules);
  if (!texts) {
    texts = new Set((rules.hedges ?? []).map((h) => h.words.join(' ')));
    hedgeTextsOf.set(rules, texts);
  }
  return texts.has(p.words.join(' '));
}

/** The longest of the phrases a message says (saysPhrase), in words; 0 for none. */
function longestSaid(words: readonly string[], phrases: readonly Phrase[], rules: TypedAnswerRules): number {
  let best = 0;
  for (const p of phrases) if (p.words.length > best && saysPhrase(words, p, rules)) best = p.words.length;
  return best;
}

/** The single words of `notMeaning` ("not", "never", "dont"), once per rules. */
const negationsOf = new WeakMap<TypedAnswerRules, ReadonlySet<string>>();
function negationWords(rules: TypedAnswerRules): ReadonlySet<string> {
  let found = negationsOf.get(rules);
  if (!found) {
    found = new Set((rules.notMeaning ?? []).filter((p) => p.words.length === 1).map((p) => p.words[0] ?? ''));
    negationsOf.set(rules, found);
  }
  return found;
}

/** The runs of words between the given ones. */
function stretchesBetween(words: readonly string[], breaks: ReadonlySet<string>): (readonly string[])[] {
  const stretches: string[][] = [[]];
  for (const w of words) {
    if (breaks.has(w)) stretches.push([]);
    else stretches[stretches.length - 1]?.push(w);
  }
  return stretches.filter((s) => s.length > 0);
}

export function isLeaving(text: string, rules: TypedAnswerRules): boolean {
  const words = wordsOf(text);
  return rules.leaving.some((p) => hasPhrase(words, p, 1));
}

const QUESTION_START = new Set(['what', 'whats', 'how', 'why', 'when', 'where', 'who', 'which', 'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'is', 'are', 'am', 'if', 'wait']);

/** Whether a word opens a question, in text-speak or with a dropped h too ("wat", "hw", "ow do I know...?", "shud i"). */
function opensAQuestion(word: string): boolean {
  return QUESTION_START.has(TEXT_SPEAK.get(word) ?? word);
}

/**
 * The words after an answer's opening hedge ("maybe just for someone to explain it?" -> "just for someone to explain
 * it"), or undefined when the message opens with no hedge, with a question word, or with a hedge alone.
 */
export function afterHedge(text: string, rules: TypedAnswerRules): string | undefined {
  const words = wordsOf(text);
  if (opensAQuestion(words[0] ?? '')) return undefined;
  const hedge = (rules.hedges ?? []).find((p) => p.words.every((w, i) => sameWord(words[i] ?? '', w, p.prefix[i])));
  if (!hedge || hedge.words.length >= words.length) return undefined;
  return words.slice(hedge.words.length).join(' ');
}

/** How many words after a word of `notMeaning` a button's word is read as not meant. */
const NOT_MEANT_WITHIN = 3;

/**
 * At a question of two buttons, the other button when the best one is fitted only by a word the message says is not
 * meant ("I'd rather not pay"); the best one otherwise. A button fitted by a phrase or its label is left as it is. A reply that says a family's phrase with such a word in it
 * ("not sure", "cant afford") is left as it is: the phrase is an answer of its own.
 */
export function unlessNotMeant(text: string, best: BestOption | undefined, options: readonly AnswerOption[], rules: TypedAnswerRules): BestOption | undefined {
  if (!best || options.length !== 2 || best.score >= 2 * WHOLE_LABEL) return best;
  // A button fitted by a phrase is taken back only when the reply also says the other ("I'm up in Scotland, so nae use
  // carrying on wi the England stuff"); said alone ("I don't want to carry on") it is a way out, read later.
  if (best.score >= STRONG_MATCH) {
    const other = options[1 - best.index];
    const othersOwn = other && bestOption(text, [other], rules);
    return othersOwn && saidAfterANot(text, best, options, rules) ? { index: 1 - best.index, score: othersOwn.score, askedInItsWords: false } : best;
  }
  // "not sure" at a yes-or-no question is neither: the question is asked again (or what follows is answered).
  if (saysAnotherFamilysNot(wordsOf(text), options, rules)) return undefined;
  return saidAfterANot(text, best, options, rules) ? { index: 1 - best.index, score: best.score, askedInItsWords: false } : best;
}

/** Whether the reply says a phrase with a "not" word in it ("not sure", "dont know") of a family none of the buttons has. */
function saysAnotherFamilysNot(words: readonly string[], options: readonly AnswerOption[], rules: TypedAnswerRules): boolean {
  const own = new Set(options.flatMap((option) => familiesFor(option.label, rules)));
  const nots = new Set((rules.notMeaning ?? []).filter((n) => n.words.length === 1).flatMap((n) => n.words));
  return rules.families.some((f) => !own.has(f) && f.says.some((p) => p.words.length > 1 && p.words.some((w) => nots.has(w)) && hasPhrase(words, p, 1)));
}

/** A phrase of words with a word of `notMeaning` in it ("not sure", "cant afford"); "no" and "nope" alone say no. */
function isNegativePhrase(p: Phrase, rules: TypedAnswerRules): boolean {
  return p.words.length > 1 && p.words.some((w) => (rules.notMeaning ?? []).some((n) => n.words.includes(w)));
}

/**
 * Whether the button is said within a few words after a word of `notMeaning` ("I'd rather not carry on", "not carry on,
 * more start again"): not an answer of it. Never when the reply says a family's phrase with such a word in it ("not
 * sure", "cant afford"): the phrase is an answer of its own.
 */
export function saidAfterANot(text: string, best: BestOption, options: readonly AnswerOption[], rules: TypedAnswerRules): boolean {
  const notMeaning = rules.notMeaning ?? [];
  if (notMeaning.length === 0) return false;
  const words = wordsOf(text);
  if (rules.families.some((f) => f.says.some((p) => isNegativePhrase(p, rules) && hasPhrase(words, p, 1)))) return false;
  for (let at = 0; at < words.length; at++) {
    const not = longestAt(notMeaning, words, at);
    if (!not) continue;
    const after = words.slice(at + not.words.length, at + not.words.length + NOT_MEANT_WITHIN).join(' ');
    const meant = after === '' ? undefined : bestOption(after, options, rules);
    if (meant?.index === best.index) return true;
  }
  return false;
}

/** A turn that counts without a "not" before it ("I'd pay but I can't afford it"); the others need one ("not X, more Y"). */
const TURN_ALONE = 'but';

/**
 * The button said after a turn, when what comes before the turn says the best one: "not an apology as such, more just
 * for someone to explain it" is "An explanation", "my son says go private but I'd sooner keep it on the health service"
 * is "Another NHS doctor". A turn other than "but" counts only after a word of `notMeaning` ("I want more information"
 * has no turn). A message that is exactly a button's label is left as it is. When the words fit two buttons equally, one
 * before the turn and one after ("not the waiting so much, more what happens if the two doctors disagree"), the one after.
 */
export function meantAfterATurn(text: string, best: BestOption | undefined, options: readonly AnswerOption[], rules: TypedAnswerRules): BestOption | undefined {
  const turns = rules.turns ?? [];
  if ((best && best.score >= 2 * WHOLE_LABEL) || turns.length === 0) return best;
  const words = wordsOf(text);
  const negations = negationWords(rules);
  for (let at = words.length - 1; at > 0; at--) {
    const turn = longestAt(turns, words, at);
    if (!turn) continue;
    const before = words.slice(0, at);
    if (turn.text !== TURN_ALONE && !before.some((w) => negations.has(w))) continue;
    const after = bestOption(words.slice(at + turn.words.length).join(' '), options, rules);
    const said = bestOption(before.join(' '), options, rules)?.index;
    // Two buttons tied (one said before the turn, one after: "not the waiting so much, more if they disagree"): the one after.
    if (after && after.index !== said && (best === undefined || (said === best.index && after.index !== best.index))) return after;
  }
  return best;
}

/**
 * Whether a question that names a button asks something about it rather than taking it: it says a word of `askedAbout`
 * ("private cost?", "apology likely?", "Scotland's version?") that is none of the button's own words ("Waiting and
 * delays?" names the waiting; "how long?" asks it of "A call back"). A phrase of several words counts unless every word
 * of it is the button's own, or it is asked ("?"): "delays how long?" asks how long, though "how long" is one of the
 * waiting button's phrases for a worry told ("what worries me is how long it'll take").
 */
export function asksAboutIt(text: string, option: AnswerOption, rules: TypedAnswerRules): boolean {
  const about = rules.askedAbout ?? [];
  if (about.length === 0) return false;
  const words = wordsOf(text);
  const own = [...wordsOf(option.label), ...[...(option.says ?? []), ...familiesFor(option.label, rules).flatMap((f) => f.says)].flatMap((p) => p.words)];
  const asked = text.trim().endsWith('?');
  return about.some((p) => hasPhrase(words, p, 0) && ((asked && p.words.length > 1) || !p.words.every((w) => own.some((o) => sameWord(o, w) || sameWord(w, o)))));
}

/** Whether a message opens by asking whether one may take something ("can I stay on the NHS for it?"). */
export function asksForIt(text: string, rules: TypedAnswerRules): boolean {
  return longestAt(rules.askingForIt ?? [], wordsOf(text), 0) !== undefined;
}

/** The longest of the phrases whose words are the message's words from `at` on, as typed. */
function longestAt(phrases: readonly Phrase[], words: readonly string[], at: number): Phrase | undefined {
  let longest: Phrase | undefined;
  for (const p of phrases) if ((longest === undefined || p.words.length > longest.words.length) && p.words.every((w, i) => words[at + i] === w)) longest = p;
  return longest;
}

/** Words that join a reply to what came before without saying anything ("and what's private going to set me back"). */
const JOINING = new Set(['and', 'but', 'so']);

/** A message that asks something of its own, which a button can only answer if it fits well. */
export function looksLikeQuestion(text: string): boolean {
  const words = wordsOf(text);
  // A greeting and a name before the question ("hiya bab, does PALS do weekends...") do not hide it.
  const greeted = GREETING_WORDS.has(words[0] ?? '') ? (GREETED_AS.has(words[1] ?? '') ? 2 : 1) : 0;
  const at = greeted + (JOINING.has(words[greeted] ?? '') ? 1 : 0);
  const opening = words[at] ?? '';
  // "am" asks before "I" ("am I allowed to"); before anything else it is "I'm" in dialect ("am leavin it", "am done").
  const dialectIm = opening === 'am' && words[at + 1] !== 'i';
  return text.trim().endsWith('?') || (opensAQuestion(opening) && !dialectIm && !WANT_TOLD.test(words.join(' ')));
}

/** "What I'd really like is an apology", "what we want is...": opens with "what" and tells what is wanted, asks nothing. */
const WANT_TOLD = /^(?:(?:and|but|so|well) )?what (?:i|id|im|we|wed|were) (?:(?:would|really|most|actually|just|honestly|all) )*(?:like|want|wanted|need|needed|prefer|am after|after|hope for|am hoping for|hoping for|was hoping for|expect|expected) (?:[a-z]+ ){0,3}?is\b/;

/**
 * Whether a reply opens by telling something heard ("I heard you have to pay for these", "my friend said the GP can
 * refuse to refer you"): it asks whether that is true, so it is a question, and the words it shares with a button are
 * what it is about, not an answer.
 */
export function toldAsHeard(firstPart: string, rules: TypedAnswerRules): boolean {
  const read = `${wordsOf(firstPart).join(' ')} `;
  return (rules.hearsay ?? []).some((frame) => frame.test(read));
}

/** Whether one of the frames reads the text's words (as wayOutFrames.ts compiles them: each word followed by a space). */
export function readsAs(text: string, frames: readonly RegExp[] | undefined): boolean {
  const read = `${wordsOf(text).join(' ')} `;
  return (frames ?? []).some((frame) => frame.test(read));
}

/**
 * The message with punctuation said aloud written as the mark ("could it change my diagnosis question mark" -> "could it
 * change my diagnosis ?"), so a spoken question reads as one; the message as it is when it says none.
 */
export function withSpokenMarks(message: string, rules: TypedAnswerRules): string {
  const marks = rules.spokenMarks ?? [];
  if (marks.length === 0) return message;
  let text = message;
  for (const { mark, words } of marks) {
    const said = new RegExp(`(^|[^\\p{L}\\p{N}])${words.map(escapeForPattern).join('[\\s,.]+')}(?=$|[^\\p{L}\\p{N}])`, 'giu');
    text = text.replace(said, `$1${mark}`);
  }
  return text;
}
