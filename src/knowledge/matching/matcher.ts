import type { KnowledgeEntry } from '../types';

export interface RankedEntry {
  readonly entry: KnowledgeEntry;
  readonly score: number;
}

/** What the bot should do with a message, as far as the Q&A content is concerned. */
export type MatchResult =
  | { readonly kind: 'answer'; readonly entry: KnowledgeEntry; readonly ranked: readonly RankedEntry[] }
  | { readonly kind: 'clarify'; readonly candidates: readonly KnowledgeEntry[]; readonly ranked: readonly RankedEntry[] }
  | { readonly kind: 'none'; readonly ranked: readonly RankedEntry[] };

/** The one seam between conversation code and however questions are matched. */
export interface Matcher {
  match(text: string): MatchResult;
}
