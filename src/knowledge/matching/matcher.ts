import type { KnowledgeEntry } from '../types';

export interface RankedEntry {
  readonly entry: KnowledgeEntry;
  readonly score: number;
}

/** What the bot should do with a message, as far as the Q&A content is concerned. */
export type MatchResult =
  /** alsoAbout: close runners-up, offered under the answer in case the message meant one of them. */
  | { readonly kind: 'answer'; readonly entry: KnowledgeEntry; readonly alsoAbout: readonly KnowledgeEntry[]; readonly ranked: readonly RankedEntry[] }
  /** Only when two or more candidates are genuinely tied: never one option. */
  | { readonly kind: 'clarify'; readonly candidates: readonly KnowledgeEntry[]; readonly ranked: readonly RankedEntry[] }
  | { readonly kind: 'none'; readonly ranked: readonly RankedEntry[] };

/** The one seam between conversation code and however questions are matched. */
export interface Matcher {
  match(text: string): MatchResult;
}
