import type { SynonymGroup } from '../types';
import { tokenise } from '../text/tokenise';

/**
 * otherOpinions (synonyms.yaml): people and things whose "second opinion" is not about care (the roofer, my CV).
 * Naming one makes a message not ours only when it is what the opinion is about or from: "a second opinion on the
 * builder's quote". A person who IS one ("my husband is a builder", "a retired plumber") is only telling us who they
 * are, and an opinion asked about care in the same clause ("his surgeon wants to operate, can he get a second opinion")
 * is ours whoever asks it.
 */
export class OtherOpinions {
  /** Terms as typed ("roofer", "roofers": each form is listed), and two-word terms by their first word ("estate agent"). */
  private readonly words = new Set<string>();
  private readonly pairs = new Map<string, ReadonlySet<string>>();

  /** @param isAboutCare whether a stretch of words names care (a doctor, a treatment, a diagnosis: our subject's concepts) */
  constructor(groups: readonly SynonymGroup[], private readonly isAboutCare: (tokens: readonly string[]) => boolean) {
    for (const [first, second] of groups.flat().map(tokenise)) {
      if (first !== undefined && second === undefined) this.words.add(first);
      if (first !== undefined && second !== undefined) this.pairs.set(first, new Set([...(this.pairs.get(first) ?? []), second]));
    }
  }

  /** Whether the message's clauses (as findQuestion splits them) ask an opinion about or from one of the list. */
  namedIn(clauses: readonly { readonly tokens: readonly string[] }[]): boolean {
    // Most messages name none of the list: then nothing below can make one not ours, and no piece need be analysed
    // (this runs on every question the matcher reads).
    if (!clauses.some(({ tokens }) => tokens.some((t) => this.words.has(t) || this.pairs.has(t)))) return false;
    const pieces = clauses.flatMap(({ tokens }, clause) => splitAt(tokens, JOINING_WORDS).map((piece) => ({ tokens: piece, clause })));
    const namedAt: number[] = [];
    const askedAt: number[] = [];
    for (const { tokens, clause } of pieces) {
      const found = this.find(tokens);
      const asksOpinion = tokens.some((t) => OPINION_WORDS.has(t));
      const careTokens = tokens.filter((_, i) => !found.covered.has(i));
      if (asksOpinion && this.isAboutCare(careTokens)) return false;
      if (found.named) namedAt.push(clause);
      if (asksOpinion) askedAt.push(clause);
    }
    // Asked about or from the thing named, in its clause or the next one to it ("failed my PIP assessment, can i get a second
    // opinion on that"); not "the leaflet is still on the kitchen table" four sentences after the opinion was asked about.
    return namedAt.some((at) => askedAt.length === 0 || askedAt.some((asked) => Math.abs(asked - at) <= MAX_CLAUSES_FROM_THE_OPINION));
  }

  /** The list's terms in a piece, leaving out those that say what someone is ("is a builder", "retired plumber"). */
  private find(tokens: readonly string[]): { named: boolean; covered: Set<number> } {
    const covered = new Set<number>();
    let named = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      const length = this.words.has(token) ? 1 : this.pairs.get(token)?.has(tokens[i + 1] ?? '') === true ? 2 : 0;
      if (length === 0) continue;
      for (let k = i; k < i + length; k++) covered.add(k);
      if (!saysWhatSomeoneIs(tokens, i)) named = true;
    }
    return { named, covered };
  }
}

/** How many clauses away from where an opinion is asked the thing it is about or from may be named. */
const MAX_CLAUSES_FROM_THE_OPINION = 1;

/** Words that join two statements ("my son is a vet and thinks I should ask"): each is judged on its own. */
const JOINING_WORDS = new Set(['and', 'but', 'so', 'because', 'cos', 'though', 'although', 'while']);
/** Words that ask someone's view ("another opinion", "a second quote", "have a look at"). */
const OPINION_WORDS = new Set(['opinion', 'opinions', 'opinon', 'oppinion', 'quote', 'quotes', 'look', 'view', 'views']);
/** "is a", "I'm an", "works as a": what follows is what someone is. */
const BEING_WORDS = new Set(['is', 'am', 'im', 'was', 'are', 'were', 'be', 'been', 'being', 'as', 'became', 'becomes']);
const ARTICLES = new Set(['a', 'an']);
/** "a retired plumber", "my ex builder husband": a trade someone has, or had. */
const TRADE_MARKS = new Set(['retired', 'former', 'ex', 'trainee', 'qualified', 'apprentice', 'self', 'employed']);

/** Whether the term at `i` follows "is a" / "works as an" (one describing word may come between) or "retired". */
function saysWhatSomeoneIs(tokens: readonly string[], i: number): boolean {
  if (TRADE_MARKS.has(tokens[i - 1] ?? '')) return true;
  for (const gap of [1, 2]) {
    const article = tokens[i - gap] ?? '';
    const being = tokens[i - gap - 1] ?? '';
    if (ARTICLES.has(article) && BEING_WORDS.has(being)) return true;
  }
  return false;
}

function splitAt(tokens: readonly string[], at: ReadonlySet<string>): string[][] {
  const pieces: string[][] = [[]];
  for (const token of tokens) {
    if (at.has(token)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(token);
  }
  return pieces.filter((piece) => piece.length > 0);
}
