import type { Knowledge, KnowledgeEntry } from '../types';
import { TextAnalyser } from '../text/analyser';
import { EntryIndex, type IndexedPhrasing } from './entryIndex';
import type { Matcher, MatchResult, RankedEntry } from './matcher';
import { TypoCorrector } from './typoCorrector';

/** Thresholds, in units of the rarest word's weight so they hold as content grows. */
export interface MatchingSettings {
  /** Only the start of a message is matched; long messages cost more and ramble more. */
  readonly maxChars: number;
  /** Evidence needed to answer outright. */
  readonly answerScore: number;
  /** Evidence needed to ask "did you mean". */
  readonly clarifyScore: number;
  /** Share of what the message says that the best entry must explain to answer. */
  readonly answerCoverage: number;
  /** Evidence that answers even when much of a long, rambling message is about other things. */
  readonly strongEvidenceScore: number;
  readonly clarifyCoverage: number;
  /** How far ahead of the runner-up the best entry must be to answer without asking. */
  readonly margin: number;
  readonly maxChoices: number;
  /** Words we don't know count against a match, this many at most (long messages ramble). */
  readonly maxUnknownWords: number;
  /**
   * A term used by at least this share of entries ("second opinion", "doctor") shows the
   * message is about our subject. Without one, a message is answered only when it has no
   * unknown words and at least unanchoredAnswerScore of evidence: "how do I book a blood
   * test" shares two words with an entry but is about something else.
   */
  readonly topicTermShare: number;
  readonly unanchoredAnswerScore: number;
  /** Without a topic term, "did you mean" needs the message mostly explained, not one shared word. */
  readonly offTopicClarifyCoverage: number;
}

const CANDIDATES_CHECKED_FOR_PHRASING = 12;

/**
 * Ranks entries by the weighted words a message shares with them, then boosts an entry whose
 * phrasing the message contains almost whole. Deciding answer / "did you mean" / nothing uses
 * both how much evidence there is and how much of the message it explains, so one shared
 * word in an off-topic question ("can my wife get a mortgage") is not enough.
 */
export class OverlapMatcher implements Matcher {
  private readonly analyser: TextAnalyser;
  private readonly index: EntryIndex;
  private readonly corrector: TypoCorrector;
  private readonly byQuestion = new Map<string, KnowledgeEntry>();

  /**
   * @param isWord whether a word is ordinary English; such words are never "corrected" into one
   *   of ours ("song" is not a typo of "son"), so an unknown real word counts as a sign that the
   *   message is about something else
   */
  constructor(
    knowledge: Pick<Knowledge, 'entries' | 'synonyms'>,
    private readonly settings: MatchingSettings,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    this.analyser = new TextAnalyser(knowledge.synonyms);
    this.index = new EntryIndex(knowledge.entries, this.analyser);
    this.corrector = new TypoCorrector(this.index.vocabulary);
    for (const entry of knowledge.entries) this.byQuestion.set(questionKey(entry.question), entry);
  }

  match(text: string): MatchResult {
    // A follow-up button sends its entry's question back word for word.
    const asked = this.byQuestion.get(questionKey(text));
    if (asked) return { kind: 'answer', entry: asked, ranked: [{ entry: asked, score: Infinity }] };

    const { ranked, coverage, onTopic, unknownWords } = this.rank(text.slice(0, this.settings.maxChars));
    const [first, second] = ranked;
    const unit = this.index.maxIdf;
    if (!first) return { kind: 'none', ranked };
    const clearLead = !second || second.score < first.score * (1 - this.settings.margin);
    const anchored = onTopic || (unknownWords === 0 && first.score >= this.settings.unanchoredAnswerScore * unit);
    const explained = coverage >= this.settings.answerCoverage || first.score >= this.settings.strongEvidenceScore * unit;
    if (first.score >= this.settings.answerScore * unit && explained && clearLead && anchored) {
      return { kind: 'answer', entry: first.entry, ranked };
    }
    if (first.score >= this.settings.clarifyScore * unit && coverage >= this.settings.clarifyCoverage && (onTopic || coverage >= this.settings.offTopicClarifyCoverage)) {
      const candidates = ranked
        .filter((r) => r.score >= first.score * 0.5)
        .slice(0, this.settings.maxChoices)
        .map((r) => r.entry);
      return { kind: 'clarify', candidates, ranked };
    }
    return { kind: 'none', ranked };
  }

  /** Entries by score, best first, and how much of the message the best one explains. */
  private rank(text: string): { ranked: RankedEntry[]; coverage: number; onTopic: boolean; unknownWords: number } {
    const { terms, unknown } = this.analyser.analyse(
      text,
      (s) => this.index.has(s),
      (s, word) => (this.isWord(word) ? undefined : this.corrector.correct(s)),
    );
    const unique = [...new Set(terms)];
    if (unique.length === 0) return { ranked: [], coverage: 0, onTopic: false, unknownWords: unknown.length };

    const scores = new Float64Array(this.index.entries.length);
    const touched: number[] = [];
    let messageWeight = 0;
    for (const term of unique) {
      const weight = this.index.weight(term);
      messageWeight += weight;
      const { entryIndexes, strengths } = this.index.postingsOf(term);
      for (let i = 0; i < entryIndexes.length; i++) {
        const entryIndex = entryIndexes[i] ?? 0;
        if (scores[entryIndex] === 0) touched.push(entryIndex);
        scores[entryIndex] = (scores[entryIndex] ?? 0) + weight * (strengths[i] ?? 0);
      }
    }
    const unknownWeight = Math.min(unknown.length, this.settings.maxUnknownWords) * this.index.maxIdf;

    const top = topByScore(touched, scores, CANDIDATES_CHECKED_FOR_PHRASING);
    const messageTerms = new Set(unique);
    const ranked = top
      .map(([entryIndex, overlap]) => {
        const indexed = this.index.entries[entryIndex];
        if (!indexed) throw new Error(`no entry at ${entryIndex}`);
        const fit = Math.max(...indexed.phrasings.map((p) => this.phrasingFit(p, messageTerms)));
        return { entry: indexed.entry, score: overlap * (0.6 + 0.4 * fit), overlap };
      })
      .sort((a, b) => b.score - a.score);
    const coverage = (ranked[0]?.overlap ?? 0) / (messageWeight + unknownWeight);
    const onTopic = unique.some((term) => this.index.share(term) >= this.settings.topicTermShare);
    return { ranked: ranked.map(({ entry, score }) => ({ entry, score })), coverage, onTopic, unknownWords: unknown.length };
  }

  /** How much of one phrasing the message contains, weighted by how telling each word is. */
  private phrasingFit(phrasing: IndexedPhrasing, message: ReadonlySet<string>): number {
    if (phrasing.totalWeight === 0) return 0;
    let shared = 0;
    phrasing.terms.forEach((term, i) => {
      if (message.has(term)) shared += phrasing.weights[i] ?? 0;
    });
    return shared / phrasing.totalWeight;
  }
}

/** The k best entries by score, without sorting every entry that scored at all. */
function topByScore(candidates: readonly number[], scores: Float64Array, k: number): [number, number][] {
  const best: [number, number][] = [];
  for (const entryIndex of candidates) {
    const score = scores[entryIndex] ?? 0;
    if (best.length === k && score <= (best[k - 1]?.[1] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.[1] ?? 0) < score) at--;
    best.splice(at, 0, [entryIndex, score]);
    if (best.length > k) best.pop();
  }
  return best;
}

function questionKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[?.!]+$/, '');
}
