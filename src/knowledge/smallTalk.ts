import { CHATTER_WORDS, STOP_WORDS } from './text/commonWords';
import { wordsOf, type Phrase } from './intents/words';

export const SMALL_TALK_KINDS = ['greeting', 'thanks', 'goodbye', 'ok', 'no'] as const;
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
  readonly politeWords: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly aboutWords: ReadonlySet<string>;
}

/** Longer than this, a message is saying something more than small talk. */
const MAX_WORDS = 12;
const NAME_WORDS = 2;

/**
 * Recognises a message that is only a greeting, thanks, praise or goodbye (or "ok", "no"), so
 * it is answered politely instead of being matched against the leaflet. "hi, can my wife ask
 * for me?" is not small talk: it has words of its own.
 */
export function detectSmallTalk(text: string, rules: SmallTalkRules): SmallTalk | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  if (words.some((word) => rules.aboutWords.has(word))) return undefined;
  const negated = words.some((word) => rules.negations.has(word));

  const covered = new Array<boolean>(words.length).fill(false);
  const found = new Set<SmallTalk>();
  const greetingEnds = new Set<number>();
  for (const { kind, says } of rules.kinds) {
    for (const [start, end] of occurrences(words, says)) {
      cover(covered, start, end);
      found.add(kind);
      if (kind === 'greeting') greetingEnds.add(end);
    }
  }
  const praise = occurrences(words, rules.praise);
  if (praise.length > 0) {
    if (negated) return undefined;
    for (const [start, end] of praise) cover(covered, start, end);
    found.add('thanks');
  }
  for (const [start, end] of occurrences(words, rules.introductions)) cover(covered, start, Math.min(words.length, end + NAME_WORDS));
  for (const [start, end] of occurrences(words, rules.introductionsAfterGreeting)) {
    if (greetingEnds.has(start)) cover(covered, start, Math.min(words.length, end + 1));
  }

  const isFiller = (word: string): boolean => rules.politeWords.has(word) || STOP_WORDS.has(word) || CHATTER_WORDS.has(word);
  if (words.some((word, at) => !covered[at] && !isFiller(word))) return undefined;
  return rules.kinds.map(({ kind }) => kind).find((kind) => found.has(kind));
}

/** Where each phrase occurs with its words side by side: [start, end) word positions. */
function occurrences(words: readonly string[], phrases: readonly Phrase[]): (readonly [number, number])[] {
  const found: (readonly [number, number])[] = [];
  for (const p of phrases) {
    for (let start = 0; start + p.words.length <= words.length; start++) {
      if (p.words.every((wanted, i) => fits(words[start + i] ?? '', wanted, p.prefix[i] ?? false))) found.push([start, start + p.words.length]);
    }
  }
  return found;
}

const fits = (typed: string, wanted: string, prefix: boolean): boolean => (prefix ? typed.startsWith(wanted) : typed === wanted);

function cover(covered: boolean[], start: number, end: number): void {
  for (let at = start; at < end; at++) covered[at] = true;
}
