import type { KnowledgeEntry } from '../types';

export interface RankedEntry {
  readonly entry: KnowledgeEntry;
  readonly score: number;
  /**
   * The strongest single word of the message's asking part that the entry is asked with, in the
   * same units: what decides between candidates tied on score.
   */
  readonly strongestAsked: number;
}

/** What the bot should do with a message, as far as the Q&A content is concerned. */
export type MatchResult =
  /** alsoAbout: close runners-up, offered under the answer in case the message meant one of them. */
  | { readonly kind: 'answer'; readonly entry: KnowledgeEntry; readonly alsoAbout: readonly KnowledgeEntry[]; readonly ranked: readonly RankedEntry[] }
  /**
   * Two or more candidates, never one option: 'tied' when they are genuinely tied; 'unsure' when
   * the message is about our subject but nothing explains it clearly enough to answer; 'elsewhere'
   * when it looks like a question about something else, yet one of them may be what was meant.
   */
  | { readonly kind: 'clarify'; readonly reason: 'tied' | 'unsure' | 'elsewhere'; readonly candidates: readonly KnowledgeEntry[]; readonly ranked: readonly RankedEntry[] }
  | { readonly kind: 'none'; readonly ranked: readonly RankedEntry[] };

/** The one seam between conversation code and however questions are matched. */
export interface Matcher {
  match(text: string): MatchResult;
}
