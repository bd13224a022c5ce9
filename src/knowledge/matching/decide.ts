import type { KnowledgeEntry } from '../types';
import type { MatchResult, RankedEntry } from './matcher';

/** What ranking found out about a message, for deciding what to do with it. */
export interface Evidence {
  /** Entries by score, best first; scores are in units of the rarest word's weight. */
  readonly ranked: readonly RankedEntry[];
  /** Share of what the message says that the best entry explains. */
  readonly coverage: number;
  /** Whether the message uses a word of our subject ("second opinion", "doctor"). */
  readonly onTopic: boolean;
  /**
   * Whether one of those words names the subject itself ("a second opinion", "another doctor"), not only care at large
   * ("my GP", "a report from my doctor", "my records"), which a question about another NHS service uses as much.
   */
  readonly namesAnOpinion: boolean;
  /** Words we do not know, weighted (the story around a question counts less). */
  readonly unknownWeight: number;
  /**
   * Whether the message contains one of the best entry's phrasings whole, every word exact,
   * and nothing we do not know: "how do I get one" is a way of asking that entry even though
   * every word of it is everyday.
   */
  readonly wholePhrasing: boolean;
  /** Whether the message is one word of ours and nothing else ("private?", "cost?"): someone naming a topic. */
  readonly namesOneTopic: boolean;
  /** Whether the message is more like a known question about something else than like any way of asking the best entry. */
  readonly likeOffTopic: boolean;
  /** How many words of the message say something (not chatter): "can my son ask" says two. */
  readonly tellingTerms: number;
}

export interface DecisionSettings {
  /** Evidence needed to answer. */
  readonly answerScore: number;
  /** Share of the message the best entry must explain to answer... */
  readonly answerCoverage: number;
  /** ...or this share when a whole word of the message is unknown. */
  readonly unknownWordCoverage: number;
  /** ...unless there is this much evidence (a long message that also tells a story). */
  readonly strongEvidenceScore: number;
  /**
   * A message without a word of our subject ("cost?", "legal right?") is answered only when
   * the best entry explains nearly all of it and it has no unknown words: "how do I book a
   * blood test" shares words with an entry but is about something else.
   */
  readonly offTopicCoverage: number;
  readonly offTopicUnknownWeight: number;
  /**
   * ...and, unless it is one word of ours alone ("private?"), only with this much evidence:
   * everyday words ("what's your name", "help me write") explain a message fully but weakly.
   */
  readonly offTopicScore: number;
  /**
   * A message with no word of our subject is also about it when one entry leads clearly on
   * strong evidence (at least leadScore, runner-up at most leadRatio of it) and nothing in the
   * message is unknown: "can I see a diff gp at my surgery, I don't like mine".
   */
  readonly leadScore: number;
  readonly leadRatio: number;
  /**
   * ...or leads decisively on less evidence (at least decisiveLeadScore, runner-up at most decisiveLeadRatio of it), every
   * word known: "whats the catch with going elsewhere, any drawbacks", "Any tips so I don't waste the slot?" name no
   * second opinion, yet one entry explains them and no other comes near (thirty-eighth pass).
   */
  readonly decisiveLeadScore: number;
  readonly decisiveLeadRatio: number;
  /**
   * A message that is one word of ours alone ("private?", "who can help") is answered on less
   * evidence when one entry clearly owns the word: at least oneTopicScore, the runner-up at most
   * oneTopicLeadRatio of it.
   */
  readonly oneTopicScore: number;
  readonly oneTopicLeadRatio: number;
  /**
   * A short message (at most shortTerms telling words) about our subject, every word of it
   * explained and nothing unknown, has little evidence however clear it is ("can my son ask",
   * "who can help"): with at least shortScore it is answered when one entry leads it (runner-up
   * at most shortLeadRatio of it), and its close candidates are offered when none does.
   */
  readonly shortTerms: number;
  readonly shortScore: number;
  readonly shortLeadRatio: number;
  /**
   * A message that names our subject itself (a second opinion, another doctor), has no word we do not know, and whose
   * best entry has at least this much evidence is about our subject even when it also looks like a known question about
   * something else ("should I keep the scans and appointments I've already got while I wait to see another specialist").
   */
  readonly ownSubjectScore: number;
  /** Runners-up within this share of the best score are tied on score... */
  readonly tieMargin: number;
  /**
   * ...and genuinely tied (ask which) unless one of them is asked with a word of the question at
   * least this many times stronger than any the others are asked with ("rights second opinion nhs":
   * "rights" is the legal-right entry's word, "second opinion" everyone's).
   */
  readonly tieBreakRatio: number;
  /** Runners-up within this share of the best score go under the answer as buttons. */
  readonly alsoAboutMargin: number;
  readonly maxAlsoAbout: number;
  readonly maxChoices: number;
  /**
   * A message using a word of our subject (or scoring unsureWithoutSubjectScore without one) that is
   * not clear enough to answer still gets its best candidates offered, not the generic topics,
   * when the best has this much evidence and at least one other is within unsureShare of it.
   */
  readonly unsureScore: number;
  readonly unsureWithoutSubjectScore: number;
  /** Words we do not know in the question, this much or more, say it is about something else ("a fit note", "my vet"). */
  readonly unsureUnknownWeight: number;
  readonly unsureShare: number;
  /** A message about our subject not explained enough to answer is still answered when its best candidate has this much evidence and leads by leadRatio. */
  readonly clearLeadScore: number;
  /**
   * ...and has fewer words we do not know than this ("fill in the opinion poll"), unless it asks with a word of our
   * subject and is not like a question about something else: then its unknown words are how it is told.
   */
  readonly clearLeadUnknownWeight: number;
  /**
   * A message without a word of our subject, not like a question about something else, whose best entry leads clearly
   * (leadScore, leadRatio) but with words we do not know (more than offTopicUnknownWeight, less than this): its best
   * candidates are offered rather than the fallback.
   */
  readonly leadWithoutSubjectUnknownWeight: number;
  /**
   * A message without a word of our subject that would otherwise fall back, not like a question about something else and with fewer unknown words than
   * leadWithoutSubjectUnknownWeight, whose best entry has at least this much evidence and leads by offerLeadRatio: its
   * best candidates are offered rather than the fallback (sixteenth pass).
   */
  readonly offerLeadScore: number;
  readonly offerLeadRatio: number;
}

/** Floating-point slack for sums of weights. */
const SLACK = 1e-9;

/**
 * Answer / "did you mean" / "not sure, is it one of these" / fallback. The best candidate is
 * answered when the message is about our subject and the candidate clearly supported; close
 * runners-up go with it as buttons. "Did you mean" when two or more candidates are tied; when a
 * message names our subject but is not clear enough, its best candidates (never one option).
 * The honest fallback when the message is not about our subject or nothing explains it.
 */
export function decide(evidence: Evidence, settings: DecisionSettings): MatchResult {
  const { ranked, coverage, onTopic, unknownWeight } = evidence;
  const [first] = ranked;
  if (!first) return { kind: 'none', ranked };
  // A whole phrasing of an entry outweighs a likeness to a question about something else only when it names the subject
  // itself: "can I self refer to talking therapies" is one of our phrasings' words and a question about another service.
  const asksAnEntryWhole = evidence.wholePhrasing && unknownWeight === 0 && (evidence.namesAnOpinion || !evidence.likeOffTopic);
  const second = ranked[1]?.score ?? 0;
  // Strong evidence of our subject outweighs a likeness to a question about something else only when the message names
  // the subject itself: words of care alone ("a report from my doctor for my life insurance", "GP surgeries taking new
  // patients") score as strongly in a question about another NHS service (seventeenth pass).
  // ...and when it names the subject itself and one entry leads clearly on that strong evidence, whatever else it tells:
  // "We saw a different urologist for a second opinion... Can we move all her care over to him", a letter signed with a
  // name we do not know. The story's words (a condition, a name) are what made it look like another question (eighteenth pass).
  const leadsOnOwnSubject = evidence.namesAnOpinion && first.score >= settings.ownSubjectScore && second <= first.score * settings.leadRatio;
  const likeOffTopic = evidence.likeOffTopic && !(evidence.namesAnOpinion && unknownWeight === 0 && first.score >= settings.ownSubjectScore) && !leadsOnOwnSubject;
  // A word we do not know in the asking part may be what the message is really about ("a fit note"): it needs more explained.
  const coverageNeeded = unknownWeight >= 1 ? settings.unknownWordCoverage : settings.answerCoverage;
  const ownsTheWord = evidence.namesOneTopic && first.score >= settings.oneTopicScore && second <= first.score * settings.oneTopicLeadRatio;
  const supported = asksAnEntryWhole || ownsTheWord || (first.score >= settings.answerScore && (coverage >= coverageNeeded || first.score >= settings.strongEvidenceScore));
  const clearLead = first.score >= settings.leadScore && second <= first.score * settings.leadRatio;
  const decisiveLead = first.score >= settings.decisiveLeadScore && second <= first.score * settings.decisiveLeadRatio;
  const explainedOffTopic = (coverage >= settings.offTopicCoverage && (evidence.namesOneTopic || first.score >= settings.offTopicScore)) || clearLead || decisiveLead;
  // Weights are sums of fractions (a bridged word adds 0.3): compare with a little slack.
  const aboutOurSubject = asksAnEntryWhole || (!likeOffTopic && (onTopic || (explainedOffTopic && unknownWeight <= settings.offTopicUnknownWeight + SLACK)));
  // Candidates within a share of the best score, other than the one answered (a tie may be won by another than the first).
  const within = (margin: number, answered: RankedEntry = first): RankedEntry[] => ranked.filter((r) => r !== answered && r.score >= first.score * (1 - margin));
  const answer = (answered: RankedEntry): MatchResult => ({ kind: 'answer', entry: answered.entry, alsoAbout: runnersUp(answered, within(settings.alsoAboutMargin, answered), settings.maxAlsoAbout), ranked });
  if (!supported || !aboutOurSubject) {
    const alternatives = within(1 - settings.unsureShare);
    const shortAndExplained =
      aboutOurSubject && (onTopic || evidence.namesOneTopic) && evidence.tellingTerms <= settings.shortTerms && coverage >= settings.offTopicCoverage && unknownWeight === 0 && first.score >= settings.shortScore;
    if (shortAndExplained && second <= first.score * settings.shortLeadRatio) {
      return answer(first);
    }
    // Said honestly when the message looks like a question about something else ("Are eye tests free for over-60s?"):
    // the buttons stay, for the one who meant one of them, beside where other health questions go.
    const unsureWhy = likeOffTopic ? 'elsewhere' : 'unsure';
    if (shortAndExplained && alternatives.length > 0) {
      return { kind: 'clarify', reason: unsureWhy, candidates: [first, ...alternatives].slice(0, settings.maxChoices).map((r) => r.entry), ranked };
    }
    const leads = first.score >= settings.clearLeadScore && second <= first.score * settings.leadRatio;
    // Asked with a word of our subject, not like a question about something else, and one candidate leads clearly: the
    // words we do not know are how the person tells it (dialect, a home language, sound-it-out spelling, the story:
    // "me nan's been told summat an she dun't believe a word of it"), not another subject. Answer, the others under it.
    if (aboutOurSubject && onTopic && leads) return answer(first);
    // Real evidence: a word of our subject, or entries that score strongly without one ("a diff gp at my surgery").
    const onOurSubject = (onTopic || first.score >= settings.unsureWithoutSubjectScore) && unknownWeight < settings.unsureUnknownWeight;
    // No word of our subject and a few words we do not know, yet one entry leads clearly on strong evidence and the message
    // is not like a question about something else ("any drawbacks I should know about? my husband reckons it'll just muddy
    // the waters"): the unknown words are the story. Not enough to answer (a question about another thing can look like
    // this), too much to drop: its best candidates are offered (never one option).
    // ...or however many words we do not know, when one entry leads far on strong evidence ("A chap at my bowls club got
    // some fancy jab I saw in the paper, why's nobody put me forward for that?": the club and the paper are the story).
    const leadsStrongly = first.score >= settings.strongEvidenceScore && second <= first.score * settings.offerLeadRatio;
    const offerable = !onTopic && !evidence.likeOffTopic && (unknownWeight < settings.leadWithoutSubjectUnknownWeight || leadsStrongly) && ranked.length > 1;
    const offerBest = (): MatchResult => ({ kind: 'clarify', reason: 'unsure', candidates: ranked.slice(0, settings.maxChoices).map((r) => r.entry), ranked });
    if (!aboutOurSubject && clearLead && offerable) return offerBest();
    // Where the fallback would be said, one entry still far ahead of the rest on some evidence, in a message without a word
    // of our subject (one with a word of it has had its chances above: a lead there is answered, a close field offered), not like a
    // question about something else and with few words we do not know (a short "can they say no?" with no word of our
    // subject, a lead on little evidence): its best candidates are offered (never one option), not answered.
    const leadsFar = first.score >= settings.offerLeadScore && second <= first.score * settings.offerLeadRatio;
    const offerOrNone = (): MatchResult => (leadsFar && offerable ? offerBest() : { kind: 'none', ranked });
    if (!onOurSubject || first.score < settings.unsureScore) return offerOrNone();
    // About our subject without a word of it, and one candidate leads clearly though the message says more than it
    // explains (a story around the question): answer it, the others under it, rather than a menu.
    if (aboutOurSubject && leads && unknownWeight < settings.clearLeadUnknownWeight) {
      return answer(first);
    }
    if (alternatives.length === 0) return offerOrNone();
    return { kind: 'clarify', reason: unsureWhy, candidates: [first, ...alternatives].slice(0, settings.maxChoices).map((r) => r.entry), ranked };
  }

  const tied = within(settings.tieMargin);
  const chosen = tied.length === 0 ? first : decidingWord([first, ...tied], settings.tieBreakRatio);
  if (!chosen) {
    return { kind: 'clarify', reason: 'tied', candidates: [first, ...tied].slice(0, settings.maxChoices).map((r) => r.entry), ranked };
  }
  return answer(chosen);
}

/** Of candidates tied on score, the one asked with a clearly stronger word of the question than any other, if one is. */
function decidingWord(tied: readonly RankedEntry[], ratio: number): RankedEntry | undefined {
  const [best, next] = [...tied].sort((a, b) => b.strongestAsked - a.strongestAsked);
  return best && next && best.strongestAsked > next.strongestAsked * ratio ? best : undefined;
}

/**
 * The close runners-up to offer under an answer. The answer already offers its own follow-ups
 * as buttons, so a runner-up that is one of them takes no place: the next one does, and one
 * more of the close candidates is a click away ("reasons" under "benefits", whose follow-ups
 * are other questions).
 */
function runnersUp(first: RankedEntry, close: readonly RankedEntry[], max: number): KnowledgeEntry[] {
  const followUps = new Set(first.entry.followUps);
  return close.filter((r) => !followUps.has(r.entry.id)).slice(0, max).map((r) => r.entry);
}
