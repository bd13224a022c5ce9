import { CHATTER_WORDS, STOP_WORDS } from './commonWords';
import { sentencesOf } from './tokenise';

/** A stretch of a message and how much its words count towards matching. */
export interface WeightedPart {
  readonly tokens: readonly string[];
  readonly weight: number;
}

/**
 * Words that open a question or a request ("can I", "how do", "what", "is it", "I want"),
 * after any lead-in ("so", "but", "and", "hi").
 */
const OPENERS = new Set(
  `how what whats why when where who whos which can cant could couldnt is isnt are arent do does
  doesnt dont did didnt should shouldnt shall will wont would wouldnt am any has have hasnt
  havent may might must need want wanna id ive tell explain wondering wonder`.split(/\s+/).filter(Boolean),
);
const LEAD_INS = new Set('so but and or ok okay well hi hello also then just please sorry um right anyway anyhow'.split(' '));
/** Phrases that ask without a question word: "I wonder if", "tell me", "wondering". */
/** "I want", "we need", "I'd like", "I was hoping": a request, not part of the story ("I have"). */
const REQUEST_VERBS = new Set(['want', 'wanna', 'need', 'like', 'would', 'hope', 'hoping', 'wish']);
const ASKING_WORDS = new Set(['wonder', 'wondering', 'wondered', 'tell', 'explain', 'know', 'advice', 'advise', 'enquire', 'inquire']);

/**
 * Words of a question that only points back at the story before it ("Any tips?", "what now",
 * "any way round that?"), with the function and chatter words: a short question of only these names nothing.
 */
const POINTING_BACK = new Set(
  // ...and the questions that ask whether what someone heard is so ("I heard you go to the back of the queue. Is that true?").
  'tips tip advice ideas idea options suggestions round around next now then wat wot sorted steps step recommend suggest advise proceed true correct accurate case works myth'.split(' '),
);
const POINTING_BACK_MAX_TOKENS = 8;
/** "is that right?", "is that so": "right" asks whether the story is so here, where "is it my right" names a right. */
const IS_THAT_SO = /^(?:(?:so|and|but|or|ok|well) )*(?:is|isnt) (?:that|this) (?:right|so)$/;
/** What follows "without" names what the person wants to avoid ("a way round it without starting over with someone new"). */
const beforeWithout = (tokens: readonly string[]): readonly string[] => {
  const at = tokens.indexOf('without');
  return at > 0 ? tokens.slice(0, at) : tokens;
};
const pointsBack = (tokens: readonly string[]): boolean => {
  const asked = beforeWithout(tokens);
  return (asked.length <= POINTING_BACK_MAX_TOKENS && asked.every((t) => STOP_WORDS.has(t) || CHATTER_WORDS.has(t) || POINTING_BACK.has(t))) || IS_THAT_SO.test(tokens.join(' '));
};

/**
 * A long stretch with no punctuation (dictated, or typed in one breath: "my mum has cancer and
 * they want to operate next week can she get a second opinion first") is split where a
 * question starts inside it: a question word followed by who or what it asks about ("can she",
 * "is it", "how do", "what should"), after a story of at least DICTATED_STORY words.
 */
const DICTATED_MIN_TOKENS = 12;
const DICTATED_STORY = 5;
const ASKS_WITH = new Set('can could should would will is are do does did'.split(' '));
const ASKED_ABOUT = new Set('i we you she he they it my our there that this someone somebody anyone'.split(' '));
const WH_WORDS = new Set('how what who where why which'.split(' '));
const WH_FOLLOWERS = new Set('do does can could should would will is are much long'.split(' '));
function splitDictated(tokens: readonly string[]): (readonly string[])[] {
  if (tokens.length < DICTATED_MIN_TOKENS || opensAQuestion(tokens)) return [tokens];
  for (let at = DICTATED_STORY; at < tokens.length - 1; at++) {
    const [word = '', next = ''] = [tokens[at], tokens[at + 1]];
    if ((ASKS_WITH.has(word) && ASKED_ABOUT.has(next)) || (WH_WORDS.has(word) && WH_FOLLOWERS.has(next))) return [tokens.slice(0, at), tokens.slice(at)];
  }
  return [tokens];
}

/** Pairs of words that announce the question anywhere in a clause: "my question is", "all I want to know is". */
const ANNOUNCES = [['question', 'is'], ['want', 'know'], ['like', 'know'], ['need', 'know'], ['my', 'question'],
  // Formal letters: "I should be grateful if you could advise whether...", "I am writing to enquire whether...", "please advise if..."
  ['grateful', 'if'], ['appreciate', 'if'], ['advise', 'whether'], ['advise', 'if'], ['writing', 'ask'], ['writing', 'enquire'], ['to', 'enquire'], ['kindly', 'advise'], ['please', 'advise']];

function opensAQuestion(tokens: readonly string[]): boolean {
  if (ANNOUNCES.some(([a, b]) => tokens.some((t, i) => t === a && (tokens[i + 1] === b || tokens[i + 2] === b)))) return true;
  const first = tokens.find((token) => !LEAD_INS.has(token));
  if (first === undefined) return false;
  if (OPENERS.has(first)) return true;
  // "I want to", "i need", "I'd like", "we were wondering"
  const [, second, third] = tokens.filter((token) => !LEAD_INS.has(token));
  return (first === 'i' || first === 'we' || first === 'im' || first === 'id') && [second, third].some((t) => t !== undefined && (REQUEST_VERBS.has(t) || ASKING_WORDS.has(t)));
}

/**
 * Finds the question in a message. People tell the story first (a diagnosis, who is ill, how
 * they feel) and then ask; the words of the asking sentence or clause say which entry they
 * need, the story's words only add context. So asking parts keep their full weight and the
 * rest counts contextWeight. A message that never asks (a statement, a bare "cost") counts
 * whole.
 */
export function findQuestion(text: string, contextWeight: number): WeightedPart[] {
  const parts: { tokens: readonly string[]; asks: boolean }[] = [];
  for (const sentence of sentencesOf(text)) {
    const clauses = sentence.clauses.flatMap(splitDictated);
    const opening = clauses.map(opensAQuestion);
    const anyOpens = opening.some(Boolean);
    clauses.forEach((tokens, i) => {
      // "my mum wants to see someone about her hip, can she just pay?": the clause that opens
      // the question asks; a question with no opener ("scans booked next week?") asks whole.
      const asks = opening[i] === true || (sentence.question && !anyOpens);
      parts.push({ tokens, asks });
    });
  }
  const asking = parts.filter((part) => part.asks);
  // No question, or one that only points back at the story ("Any tips?", "what do i do now"): the story is what is asked.
  if (asking.length === 0 || asking.every((part) => pointsBack(part.tokens))) return parts.map(({ tokens }) => ({ tokens, weight: 1 }));
  return parts.map(({ tokens, asks }) => ({ tokens, weight: asks ? 1 : contextWeight }));
}
