import type { Knowledge, KnowledgeEntry } from '../types';
import { TextAnalyser, type AnalysedText, type Bridge } from '../text/analyser';
import { findQuestion, type WeightedPart } from '../text/questionFinder';
import { decide, type DecisionSettings, type Evidence } from './decide';
import { EntryIndex } from './entryIndex';
import { PhrasingFitter, WHOLE } from './phrasingFit';
import type { Matcher, MatchResult, RankedEntry } from './matcher';
import { TypoCorrector } from './typoCorrector';
import { OffTopicExamples, messageTerms, normed, normedSimilarity, type NormedTerms, type WeightedTerms } from './offTopicExamples';
import { bridgeFor, type BridgeSettings } from './vocabularyBridge';
import { LearnedRanker, type LearnedRankerSettings } from './learnedRanker';
import { STOP_WORDS } from '../text/commonWords';
import { stem } from '../text/stem';
import { OtherOpinions } from './otherOpinions';
import type { WordNet } from '../text/wordNet';

/** Thresholds, in units of the rarest word's weight so they hold as content grows. */
export interface MatchingSettings extends DecisionSettings {
  /** How words outside our vocabulary are related to ours through WordNet. */
  readonly bridge: BridgeSettings;
  /** Only the start of a message is matched; long messages cost more and ramble more. */
  readonly maxChars: number;
  /** Words we don't know count against a match, this many at most (long messages ramble). */
  readonly maxUnknownWords: number;
  /** A term used by at least this share of entries ("second opinion", "doctor") shows the message is about our subject. */
  readonly topicTermShare: number;
  /** How much the story around the question in a long message counts (the asking part counts 1). */
  readonly contextWeight: number;
  /** A message at least this like a question about something else (0..1), and more like it than like the entry, is off-topic. */
  readonly offTopicSimilarity: number;
  /**
   * ...except a message asked with a word of our subject, no word we do not know and a best entry with at least this much
   * evidence: the line-by-line comparison cost such questions their answers, and the learned "not ours" class still judges them.
   */
  readonly nearestExampleOwnSubjectScore: number;
  /** Which entry a message's words belong to, learnt from the ways people ask (learnedRanker.ts). */
  readonly learned: LearnedRankerSettings;
}

const CANDIDATES_CHECKED_FOR_PHRASING = 12;
/** Each phrasing of an entry that is the message exactly adds this share to its score, for at most MAX_SAME_PHRASINGS. */
const SAME_PHRASING_BONUS = 0.04;
const MAX_SAME_PHRASINGS = 3;
/** Reading a message as written: every word taken as known, so none is corrected or bridged. */
const everythingKnown = (): boolean => true;

/**
 * Ranks entries by the weighted words a message shares with them (the asking sentence of a long
 * message counting more than the story around it; words nobody wrote down bridged through
 * WordNet, below exact matches), then boosts an entry whose phrasing the message contains
 * almost whole. decide() turns that into answer / "did you mean" / nothing from how much
 * evidence there is, how much of the message it explains and whether the message is about our
 * subject, so one shared word in an off-topic question ("can my wife get a mortgage") is not
 * enough.
 */
export class OverlapMatcher implements Matcher {
  private readonly analyser: TextAnalyser;
  private readonly index: EntryIndex;
  private readonly corrector: TypoCorrector;
  private readonly byQuestion = new Map<string, KnowledgeEntry>();
  private readonly bridge?: Bridge;
  /** The subject's own words ("second opinion", "doctor"): a message using one is about our subject. */
  private readonly topicTerms = new Set<string>();
  /**
   * Of topicTerms, those that name the subject itself (a second opinion, another doctor), not only care at large (a GP,
   * records, a test, an appointment): a message about another NHS service uses the latter as much as one about ours.
   */
  private readonly opinionTerms = new Set<string>();
  /** People and things whose "second opinion" is not about care (otherOpinions of synonyms.yaml). */
  private readonly otherOpinions: OtherOpinions;
  private readonly offTopic: OffTopicExamples;
  /** Each entry's phrasings as weighted terms, to compare with the off-topic examples. */
  private readonly phrasingTerms: readonly (readonly NormedTerms[])[];
  /** The message's weight per term id while a message is ranked (zero elsewhere): reused, rank() runs to completion. */
  private readonly saidById: Float64Array;
  /**
   * Per entry, while a message is ranked (zero elsewhere, like saidById): its score, how much of
   * the message it explains through telling words, and through any word. Reused rather than
   * allocated per message: at 2,000 entries they were a large share of a turn's garbage.
   */
  private readonly scores: Float64Array;
  private readonly explained: Float64Array;
  private readonly explainedAll: Float64Array;
  /** Per entry, while a message is ranked: the strongest asking word it explains (see RankedEntry.strongestAsked). */
  private readonly strongestAsked: Float64Array;
  /** The best candidates while a message is ranked, entry indexes and scores (topByScore): reused, rank() runs to completion. */
  private readonly topEntries = new Int32Array(CANDIDATES_CHECKED_FOR_PHRASING + 1);
  private readonly topScores = new Float64Array(CANDIDATES_CHECKED_FOR_PHRASING + 1);
  /** Fits a message to each of the best candidates' phrasings. */
  private readonly fitter: PhrasingFitter;
  private readonly learned?: LearnedRanker;

  /**
   * @param isWord whether a word is ordinary English; such words are never "corrected" into one
   *   of ours ("song" is not a typo of "son"), so an unknown real word counts as a sign that the
   *   message is about something else
   * @param wordNet relates words outside the content's vocabulary to it; without it, they are unknown. Given as a
   *   function, it is read only when the bridge is built rather than read back from modelCache
   * @param modelCache where the learned ranker's trained model and the vocabulary bridge are kept between start-ups
   *   (learning/modelCache.ts, bridgeCache.ts)
   */
  constructor(
    knowledge: Pick<Knowledge, 'entries' | 'synonyms'> &
      Partial<Pick<Knowledge, 'otherSubjects' | 'otherOpinions' | 'subjectWords'>> & { readonly notAboutUs?: readonly string[]; readonly placeWords?: readonly string[]; readonly notOursLearnt?: readonly string[] },
    private readonly settings: MatchingSettings,
    private readonly isWord: (word: string) => boolean = () => false,
    wordNet?: WordNet | (() => WordNet),
    modelCache?: string,
  ) {
    this.analyser = new TextAnalyser(knowledge.synonyms, knowledge.otherSubjects, new Set(knowledge.placeWords));
    this.index = new EntryIndex(knowledge.entries, this.analyser);
    this.corrector = new TypoCorrector(this.index.vocabulary);
    this.saidById = new Float64Array(this.index.termCount);
    this.scores = new Float64Array(this.index.entries.length);
    this.explained = new Float64Array(this.index.entries.length);
    this.explainedAll = new Float64Array(this.index.entries.length);
    this.strongestAsked = new Float64Array(this.index.entries.length);
    this.fitter = new PhrasingFitter(Math.max(0, ...this.index.entries.map((e) => e.phrasings.length)));
    if (wordNet) {
      const neutral = new Set([...this.analyser.chatterTerms, ...[...STOP_WORDS].map(stem)]);
      const readWordNet = typeof wordNet === 'function' ? wordNet : () => wordNet;
      const vocabularyBridge = bridgeFor(readWordNet, this.index.askedVocabulary, new Set(this.index.vocabulary.keys()), neutral, settings.bridge, modelCache);
      this.bridge = (stemmed) => vocabularyBridge.bridge(stemmed);
    }
    for (const entry of knowledge.entries) this.byQuestion.set(questionKey(entry.question), entry);
    this.phrasingTerms = knowledge.notAboutUs?.length ? this.index.entries.map((e) => e.phrasings.map((p) => normed(this.weighted(p.terms)))) : [];
    this.offTopic = new OffTopicExamples((knowledge.notAboutUs ?? []).map((text) => this.weighted(this.analyser.analyse(text, () => true).terms)));
    const learns = settings.learned.weight > 0 || settings.learned.notOursProbability < 1;
    if (learns && knowledge.entries.length <= settings.learned.maxEntries) {
      const phrasings = new Map(knowledge.entries.map((e) => [e.id, [e.question, ...e.alternates]]));
      this.learned = new LearnedRanker(phrasings, [...(knowledge.notAboutUs ?? []), ...(knowledge.notOursLearnt ?? [])], this.analyser, settings.learned, modelCache);
    }
    for (const term of this.index.terms()) {
      const everyday = this.analyser.chatterTerms.has(term) || this.analyser.everydayConcepts.has(term);
      if (this.index.share(term) >= settings.topicTermShare && !everyday) this.topicTerms.add(term);
    }
    // Care is our subject's own concepts (a doctor, a hospital, a diagnosis, a treatment), not its words for asking an opinion.
    const asking = new Set(this.analyser.analyse((knowledge.subjectWords?.askingForOne ?? []).join(' '), () => true).terms);
    const careConcepts = new Set([...this.topicTerms].filter((term) => term.startsWith('~') && !asking.has(term)));
    // Each phrase's own concept, not the words inside it ("another doctor" holds "doctor", care at large).
    for (const phrase of knowledge.subjectWords?.namesTheSubject ?? []) {
      const [concept] = this.analyser.analyse(phrase, () => true).terms;
      if (concept !== undefined && this.topicTerms.has(concept)) this.opinionTerms.add(concept);
    }
    this.otherOpinions = new OtherOpinions(knowledge.otherOpinions ?? [], (tokens) =>
      this.analyser.analyseParts([{ tokens, weight: 1 }], () => true).terms.some((term) => careConcepts.has(term)),
    );
  }

  match(text: string): MatchResult {
    // A follow-up button sends its entry's question back word for word.
    const asked = this.byQuestion.get(questionKey(text));
    if (asked) return { kind: 'answer', entry: asked, alsoAbout: [], ranked: [{ entry: asked, score: Infinity, strongestAsked: Infinity }] };
    return decide(this.rank(text.slice(0, this.settings.maxChars)), this.settings);
  }

  /** Entries by score, best first, and how much of the message the best one explains. */
  rank(text: string): Evidence {
    const parts = findQuestion(text, this.settings.contextWeight);
    const analyse = (parts: readonly WeightedPart[]): AnalysedText =>
      this.analyser.analyseParts(
        parts,
        // A word we know only inside a phrase ("eye" of "fresh pair of eyes") is not evidence by itself.
        (s) => this.index.hasPostings(s) || this.analyser.singleWordSynonymStems.has(s),
        (s, word, realWord) => ((this.isWord(word) && !realWord) || this.index.has(s) ? undefined : this.corrector.correct(s)),
        this.bridge,
        this.isWord,
      );
    let analysed = analyse(parts);
    // "..., is that a thing?": when the asking part names nothing we know, the story says what is asked.
    // A message that is all asking (no story counted less) would be analysed the same again.
    const hasStory = parts.some((part) => part.weight !== 1);
    if (hasStory && !analysed.terms.some((term, i) => (analysed.weights[i] ?? 0) >= 1 && !this.analyser.chatterTerms.has(term))) {
      analysed = analyse(parts.map(({ tokens }) => ({ tokens, weight: 1 })));
    }
    // A term said twice counts once, as strongly as its strongest mention.
    const termWeights = new Map<string, number>();
    analysed.terms.forEach((term, i) => termWeights.set(term, Math.max(termWeights.get(term) ?? 0, analysed.weights[i] ?? 0)));
    const unit = this.index.maxIdf;
    // "Another opinion" on the roofer's quote or my CV is not a second opinion on care: a message asking one about or from a
    // person or thing of otherOpinions is not made ours by our words in it (it is then judged as a message without them).
    const namesOtherOpinion = this.otherOpinions.namedIn(parts);
    const isTopicTerm = (term: string, i: number): boolean => !namesOtherOpinion && analysed.exact[i] === true && this.topicTerms.has(term);
    const onTopic = analysed.terms.some(isTopicTerm);
    // When the asking part itself names our subject, words we don't know in the story around it
    // (a diagnosis, a drug, a hospital) are the person's situation, not a sign of another subject.
    const asksAboutOurSubject = analysed.terms.some((term, i) => isTopicTerm(term, i) && (analysed.weights[i] ?? 0) >= 1);
    const unknownWeight = Math.min(analysed.unknownWeight - (asksAboutOurSubject ? analysed.storyUnknownWeight : 0), this.settings.maxUnknownWords);
    if (termWeights.size === 0) return { ranked: [], coverage: 0, onTopic: false, namesAnOpinion: false, unknownWeight, wholePhrasing: false, likeOffTopic: false, namesOneTopic: false, tellingTerms: 0 };

    const { scores, explained, explainedAll, strongestAsked } = this;
    const touched: number[] = [];
    let messageWeight = 0;
    let allWeight = 0;
    for (const [term, said] of termWeights) {
      const weight = this.index.weight(term) * said;
      // Chatter ("who", "made", "today") ranks entries but explains nothing about a subject.
      const telling = !this.analyser.chatterTerms.has(term);
      const asking = telling && said >= 1;
      if (telling) messageWeight += weight;
      allWeight += weight;
      const { entryIndexes, strengths } = this.index.postingsOf(term);
      for (let i = 0; i < entryIndexes.length; i++) {
        const entryIndex = entryIndexes[i] ?? 0;
        if (scores[entryIndex] === 0) touched.push(entryIndex);
        scores[entryIndex] = (scores[entryIndex] ?? 0) + weight * (strengths[i] ?? 0);
        // A word only in an entry's answer explains the message less than one people ask it with.
        if (telling) explained[entryIndex] = (explained[entryIndex] ?? 0) + weight * Math.min(1, 2 * (strengths[i] ?? 0));
        explainedAll[entryIndex] = (explainedAll[entryIndex] ?? 0) + weight;
        if (asking) strongestAsked[entryIndex] = Math.max(strongestAsked[entryIndex] ?? 0, weight * (strengths[i] ?? 0));
      }
    }

    const { topEntries, topScores } = this;
    const topCount = topByScore(touched, scores, topEntries, topScores);
    const said = this.saidById;
    const ids: number[] = [];
    for (const [term, weight] of termWeights) {
      const id = this.index.termId(term);
      if (id >= 0) {
        said[id] = weight;
        ids.push(id);
      }
    }
    // The candidates' scores and fits by their place in top; ranked is the only object built per candidate.
    const ranked: RankedEntry[] = [];
    const fits: number[] = [];
    // The message as written (every word known, none corrected): what the learned ranker reads, and isLikeOffTopic of a message in one part.
    // A message in one part (its tokens, weighing 1) whose every word was known and read as typed is that already.
    const readAsWritten = parts.length === 1 && analysed.everyWordKnown;
    const written = this.learned ? (readAsWritten ? analysed : this.analyser.analyse(text, everythingKnown)) : undefined;
    const learnt = written && this.learned?.read(written.terms);
    let mostLikely = 0;
    if (learnt) for (let t = 0; t < topCount; t++) mostLikely = Math.max(mostLikely, learnt.of(this.index.entries[topEntries[t] ?? -1]?.entry.id ?? ''));
    const { weight: learntWeight } = this.settings.learned;
    for (let t = 0; t < topCount; t++) {
      const entryIndex = topEntries[t] ?? -1;
      const overlap = topScores[t] ?? 0;
      const indexed = this.index.entries[entryIndex];
      if (!indexed) throw new Error(`no entry at ${entryIndex}`);
      const { fit, same } = this.fitter.fit(indexed.packed, ids, said, termWeights.size);
      const votes = 1 + SAME_PHRASING_BONUS * Math.min(MAX_SAME_PHRASINGS, same);
      // The candidate the model finds most likely keeps its lexical score; the others lose by how much less likely they are.
      const belongs = learnt && learntWeight > 0 && mostLikely > 0 ? Math.max(this.settings.learned.leastKept, (learnt.of(indexed.entry.id) / mostLikely) ** learntWeight) : 1;
      ranked.push({ entry: indexed.entry, score: (overlap * (0.6 + 0.4 * fit) * votes * belongs) / unit, strongestAsked: (strongestAsked[entryIndex] ?? 0) / unit });
      fits.push(fit);
    }
    // Best is the first of the highest score, as a stable sort would put it; only it needs its index back.
    let bestAt = -1;
    for (let i = 0; i < ranked.length; i++) if (bestAt < 0 || (ranked[i]?.score ?? 0) > (ranked[bestAt]?.score ?? 0)) bestAt = i;
    const bestIndex = bestAt < 0 ? undefined : topEntries[bestAt];
    const bestFit = fits[bestAt] ?? -Infinity;
    const bestExplained = bestIndex === undefined ? 0 : (explained[bestIndex] ?? 0);
    const bestExplainedAll = bestIndex === undefined ? 0 : (explainedAll[bestIndex] ?? 0);
    ranked.sort((a, b) => b.score - a.score);
    for (const id of ids) said[id] = 0;
    for (const entryIndex of touched) scores[entryIndex] = explained[entryIndex] = explainedAll[entryIndex] = strongestAsked[entryIndex] = 0;
    const coverage = messageWeight === 0 ? 0 : bestExplained / (messageWeight + unknownWeight * unit);
    // The phrasing whole, and the message little more than it ("how do I get one", not "pay relative").
    const wholePhrasing = bestIndex !== undefined && bestFit >= WHOLE && bestExplainedAll >= WHOLE * allWeight && analysed.weights.every((w) => w >= 1);
    const learntNotOurs = learnt !== undefined && learnt.notOurs >= this.settings.learned.notOursProbability;
    const ownSubject = onTopic && unknownWeight === 0 && (ranked[0]?.score ?? 0) >= this.settings.nearestExampleOwnSubjectScore;
    // An opinion asked about or from one of otherOpinions is a question about something else even when our everyday words
    // explain all of it ("can you give me a second opinion on my CV"): at most offered, never answered as if it were ours.
    const likeOffTopic = bestIndex !== undefined && (namesOtherOpinion || learntNotOurs || (!ownSubject && this.isLikeOffTopic(parts, bestIndex, written)));
    const tellingTerms = [...termWeights.keys()].filter((t) => !this.analyser.chatterTerms.has(t)).length;
    const namesOneTopic = unknownWeight === 0 && analysed.unknown.length === 0 && tellingTerms === 1 && termWeights.size === 1;
    const namesAnOpinion = analysed.terms.some((term, i) => isTopicTerm(term, i) && this.opinionTerms.has(term));
    return { ranked, coverage, onTopic, namesAnOpinion, unknownWeight, wholePhrasing, likeOffTopic, namesOneTopic, tellingTerms };
  }

  /** Terms weighted by how telling they are; a word we do not know weighs as much as our rarest. */
  private weighted(terms: Iterable<string>, said: (term: string) => number = () => 1): WeightedTerms {
    const out = new Map<string, number>();
    for (const term of terms) {
      // Numbers and places say nothing about a subject either way ("im 15", "I'm in Glasgow").
      if (this.analyser.chatterTerms.has(term) || this.analyser.placeTerms.has(term) || /^\d+$/.test(term)) continue;
      out.set(term, (this.index.hasPostings(term) ? this.index.weight(term) : this.index.maxIdf) * said(term));
    }
    return out;
  }

  /**
   * Whether the message is more like a question about something else than like any way of asking
   * the best entry. Both sides are compared as written (no typo correction, no bridging), so a
   * word we do not know ("parking") is compared as itself.
   */
  private isLikeOffTopic(parts: readonly WeightedPart[], entryIndex: number, written?: AnalysedText): boolean {
    if (this.offTopic.size === 0) return false;
    // The asking part of a long message says what it is about; its story counts less ("...my mum is on tamoxifen. Can I ask for her?").
    // A message in one part is the whole message's tokens, weighing 1 (findQuestion): read as written already.
    const { terms, weights } = parts.length === 1 && written ? written : this.analyser.analyseParts(parts, everythingKnown);
    const said = new Map<string, number>();
    terms.forEach((term, i) => said.set(term, Math.max(said.get(term) ?? 0, weights[i] ?? 0)));
    const message = this.weighted(terms, (term) => said.get(term) ?? 1);
    const offTopic = this.offTopic.closest(message);
    if (offTopic < this.settings.offTopicSimilarity) return false;
    const phrasings = this.phrasingTerms[entryIndex] ?? [];
    const read = messageTerms(message);
    return !phrasings.some((phrasing) => normedSimilarity(read, phrasing) >= offTopic);
  }
}

/**
 * The best entries by score, without sorting every entry that scored at all: into `entries` and
 * `scores` (reused, one place longer than the number kept), best first, an entry scoring the
 * same as one before it after it. Returns how many were kept.
 */
function topByScore(candidates: readonly number[], scoreOf: Float64Array, entries: Int32Array, scores: Float64Array): number {
  const k = entries.length - 1;
  let count = 0;
  for (const entryIndex of candidates) {
    const score = scoreOf[entryIndex] ?? 0;
    if (count === k && score <= (scores[k - 1] ?? 0)) continue;
    let at = count;
    // Shift the lower scores down one place; with k kept, the last falls into the spare place and out.
    while (at > 0 && (scores[at - 1] ?? 0) < score) {
      scores[at] = scores[at - 1] ?? 0;
      entries[at] = entries[at - 1] ?? 0;
      at--;
    }
    scores[at] = score;
    entries[at] = entryIndex;
    if (count < k) count++;
  }
  return count;
}

function questionKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[?.!]+$/, '');
}
