import type { Nation } from '../types';
import { sentencesOf } from '../text/tokenise';
import { PhraseLists, wordsOf, type Phrase } from './words';

export interface NationRules {
  readonly nations: readonly {
    readonly nation: Nation;
    readonly says: readonly Phrase[];
    readonly services: readonly string[];
    /** Towns, counties and health boards: they name the nation only in a message that asks whether the advice applies ("weather in Hull" does not). */
    readonly towns?: readonly Phrase[];
  }[];
  readonly asksIfItApplies: readonly Phrase[];
  /** Words for the UK as a whole, or for which part of it ("the whole uk", "what country"): asking about every nation. */
  readonly wholeUk: readonly Phrase[];
  /**
   * Places near the four nations that neither the leaflet nor the services cover (the Isle of Man, Jersey, Guernsey):
   * `place` is how the reply names it.
   */
  readonly notCovered?: readonly { readonly place: string; readonly says: readonly Phrase[] }[];
  /**
   * The only words that may stand beside a nation in a short message for it to ask about that nation ("im in scotland",
   * "what about wales?"): "weather in Cardiff tomorrow" or "best chippy in Newcastle" names a place and asks about
   * something else. Without the list, any words may.
   */
  readonly saidWithANationAlone?: ReadonlySet<string>;
}

/** A message with this few words that names a nation is asking about it ("wales?", "im in scotland"). */
const MAX_WORDS_FOR_NATION_ALONE = 4;
/** A message of more words asks whether the advice applies only in the asking words' own order, none between. */
const MAX_WORDS_FOR_LOOSE_ASKING = 20;
/** ...and this few that names the UK as a whole ("uk?", "whole uk?"); "free in the uk?" asks about cost. */
const MAX_WORDS_FOR_UK_ALONE = 2;

/** The nations a message names, in the order of the content file. */
export function nationsNamed(text: string, rules: NationRules): Nation[] {
  const { nations } = namedIn(wordsOf(text), rules);
  return rules.nations.filter((_, i) => nations[i]).map((n) => n.nation);
}

/**
 * "Does this apply in Wales?": the nations someone asks about, or undefined when the message
 * is not that question. A question that only mentions where they live ("I'm in Wales, do I
 * have a right to one?") is left to the Q&A content.
 */
export function recogniseNationQuestion(text: string, rules: NationRules): Nation[] | undefined {
  const words = wordsOf(text);
  const found = namedIn(words, rules);
  const named = rules.nations.filter((_, i) => found.nations[i]).map((n) => n.nation);
  const byTown = rules.nations.filter((_, i) => found.towns[i]).map((n) => n.nation);
  const long = words.length > MAX_WORDS_FOR_LOOSE_ASKING;
  if (named.length === 0 && byTown.length > 0 && found.asksWordForWord) return !long || askedNearThePlace(text, rules) ? byTown : undefined;
  if (named.length === 0) {
    // "Is this for the whole UK?": every nation, each with its own services.
    return found.wholeUk && (found.asksIfItApplies || words.length <= MAX_WORDS_FOR_UK_ALONE) ? rules.nations.map((n) => n.nation) : undefined;
  }
  // A long message tells a story: "a different specialist in Leeds" says where, it does not ask whether the advice differs there.
  const asks = long ? found.asksWordForWord && askedNearThePlace(text, rules) : found.asksIfItApplies;
  return asks || (words.length <= MAX_WORDS_FOR_NATION_ALONE && saysNothingElse(words, rules)) ? named : undefined;
}

/** How many sentences, ending with the one that asks, may hold the place it asks about ("I'm in Leeds. Does this apply here?"). */
const SENTENCES_FROM_PLACE_TO_ASKING = 3;

/**
 * Whether a long message asks about the place it names close to where it names it: "a stall on Leicester market" in its
 * first line and "my son says he'll cover for me" in its fifth tell a story, they do not ask whether the advice covers Leicester.
 */
function askedNearThePlace(text: string, rules: NationRules): boolean {
  const sentences = sentencesOf(text).map((sentence) => sentence.clauses.flat());
  return sentences.some((_, end) => {
    const found = namedIn(sentences.slice(Math.max(0, end - SENTENCES_FROM_PLACE_TO_ASKING + 1), end + 1).flat(), rules);
    return found.asksWordForWord && [...found.nations, ...found.towns].some(Boolean);
  });
}

/** Whether every word of a short message is a nation's own or one of the words said beside a nation alone. */
function saysNothingElse(words: readonly string[], rules: NationRules): boolean {
  const beside = rules.saidWithANationAlone;
  if (!beside) return true;
  const own = nationWordsOf(rules);
  return words.every((word) => own.has(word) || beside.has(word));
}

const nationWords = new WeakMap<NationRules, ReadonlySet<string>>();

/** Every word of every nation's own names ("northern", "ireland", "cymru"), once per rules. */
function nationWordsOf(rules: NationRules): ReadonlySet<string> {
  let words = nationWords.get(rules);
  if (!words) {
    words = new Set(rules.nations.flatMap((n) => n.says.flatMap((p) => p.words)));
    nationWords.set(rules, words);
  }
  return words;
}

/**
 * A place the advice does not cover ("does this cover the isle of man", "St Helier here"): its name for the reply, or
 * undefined. Any message that names one is told honestly what the bot covers, whatever it asks, since an answer from
 * the leaflet might not hold there; not when it names one of the four nations too (they get that nation's services).
 */
export function placeNotCovered(text: string, rules: NationRules): string | undefined {
  const places = rules.notCovered ?? [];
  if (places.length === 0) return undefined;
  const found = namedIn(wordsOf(text), rules);
  if (rules.nations.some((_, i) => found.nations[i] || found.towns[i])) return undefined;
  return places.find((_, i) => found.notCovered[i])?.place;
}

/** What a message names, by the parts of the rules' lists (each list of a part in the order of the content file). */
interface Named {
  /** Each nation's own words. */
  readonly nations: readonly boolean[];
  readonly asksIfItApplies: boolean;
  /**
   * The same, each phrase word for word: a town is named in a question about it only so ("is it different in Leeds"), not
   * with words between ("a different specialist in Leeds" tells where the appointment is).
   */
  readonly asksWordForWord: boolean;
  readonly wholeUk: boolean;
  /** Each place not covered. */
  readonly notCovered: readonly boolean[];
  /** Each nation's towns. */
  readonly towns: readonly boolean[];
}

function namedIn(words: readonly string[], rules: NationRules): Named {
  const found = phraseListsOf(rules).found(words);
  // The parts are taken in the order phraseListsOf gives the lists.
  let next = 0;
  const take = (count: number): boolean[] => {
    const part = found.slice(next, next + count);
    next += count;
    return part;
  };
  const nations = take(rules.nations.length);
  const [asksIfItApplies = false] = take(1);
  const [wholeUk = false] = take(1);
  const notCovered = take((rules.notCovered ?? []).length);
  const towns = take(rules.nations.length);
  const [asksWordForWord = false] = take(1);
  return { nations, asksIfItApplies, asksWordForWord, wholeUk, notCovered, towns };
}

/**
 * Each nation's words, then asking whether it applies, then the whole UK, then the places not covered, then each nation's
 * towns, then asking whether it applies word for word (the order namedIn takes them in), indexed once per rules (they
 * live as long as the content). A nation or the UK is named word for word (no gap).
 */
const indexes = new WeakMap<NationRules, PhraseLists>();

function phraseListsOf(rules: NationRules): PhraseLists {
  let lists = indexes.get(rules);
  if (!lists) {
    const places = rules.notCovered ?? [];
    lists = new PhraseLists(
      [...rules.nations.map((n) => n.says), rules.asksIfItApplies, rules.wholeUk, ...places.map((p) => p.says), ...rules.nations.map((n) => n.towns ?? []), rules.asksIfItApplies],
      [...rules.nations.map(() => 0), 2, 0, ...places.map(() => 0), ...rules.nations.map(() => 0), 0],
    );
    indexes.set(rules, lists);
  }
  return lists;
}
