import { normalise } from '../text/normalise';
import { decide } from './classifier/classifierDecision';
import type { SafetyClassifier } from './classifier/safetyClassifier';
import type { ClassifierThresholds } from './classifier/types';
import { AnchorIndex, type MessageAnchors, type Starts } from './anchorIndex';
import type { Branch } from './clauses';
import { CLAUSE_BREAK, CONJUNCTION, SETTING_BREAK, clauseAround, lastMatchEnd, startsAsking } from './clauseBreaks';
import type { CompiledRule } from './compileRules';
import { SAFETY_CATEGORIES, type SafetyCategory, type SafetyRuleSpec } from './types';

/**
 * - emergency: a danger sign happening now: 999 first and nothing else.
 * - possible-emergency: a danger sign the rules cannot place in time (history, "on and
 *   off", long-standing illness): the normal answer, with "if this is happening now, call 999" first.
 * - crisis: Samaritans, NHS 111 option 2, 999 if in danger.
 * - medical-advice: a request for a clinical judgement: signposting to people who can give one.
 * - possible-crisis: a crisis sign the rules cannot place (long past, a joke, a question about a
 *   service), or the classifier half-sure of a crisis: the normal answer, with one calm Samaritans line first.
 */
export type SafetyKind = SafetyCategory | 'possible-emergency' | 'possible-crisis';

export interface SafetyConcern {
  readonly kind: SafetyKind;
  /** Id of the rule that fired, e.g. 'stroke-speech', or 'classifier:emergency' (and so on) for the classifier. Never contains any of the user's text. */
  readonly rule: string;
  /** A crisis or medical-advice message that also carries a possible emergency: its rule id. */
  readonly possibleEmergency?: string;
  /**
   * A possible emergency or a medical-advice message that may also come from someone struggling, or an emergency whose
   * message also holds a crisis sign (someone wants to die and has a knife): the rule's or the classifier's id.
   */
  readonly possibleCrisis?: string;
}

export type RuleOutcome = 'definite' | 'possible' | undefined;

/** The word lists that place a sign in time (knowledge/safety/word-lists.yaml). */
export interface TimeContext {
  /** A clause that places a sign in the past or describes something long-standing. */
  readonly history: RegExp;
  /**
   * Recent treatment and its date ("since my operation on Tuesday"): never history. It makes
   * an emergency more likely, so it is taken out of a clause before the history check (global).
   */
  readonly recentTreatment: RegExp;
  /**
   * Anywhere in the sentence: long ago ("as a teenager", "years ago"), not an event (a poster, a
   * novel, a support group for people who have survived one), or only "if". It lowers a sign in a
   * sentence that says nothing of now.
   */
  readonly longAgo: RegExp;
  /** In the sentence: something is happening now ("now", "still", "he's shaking", "can't"), so no sentence context lowers the sign. */
  readonly happeningNow: RegExp;
  /** Anywhere in the message, feelings coming back ("again", "it's all coming back"): a crisis sign is then never lowered. */
  readonly crisisAgain: RegExp;
  /** Anywhere in the message, the person is well again now ("she's fine now"): a sign in a sentence that says nothing of now is over. */
  readonly recoveredNow: RegExp;
  /** In the sentence, a date days or more behind ("in January", "at Christmas"): with recoveredNow, the sign is over. */
  readonly datedPast: RegExp;
  /** In the clause, said to be happening at this moment ("right now", "as we speak"): history beside it does not lower the sign. */
  readonly saidNow?: RegExp;
  /**
   * The second opinion told as a medical question's setting ("while I wait for the second opinion", "since I'm getting
   * a second opinion anyway"): a medical rule's unless reads the sentence without it (global). None when the word lists
   * leave it out.
   */
  readonly secondOpinionSetting?: RegExp;
  /** A medicine, symptom, named treatment or result: what a clinical judgement is asked about, not "my treatment". */
  readonly clinicalObject?: RegExp;
}

/** The learned second net and how sure it must be to raise a message the rules left alone. */
export interface SecondNet {
  readonly classifier: SafetyClassifier;
  readonly thresholds: ClassifierThresholds;
  /** Messages of fewer words are left to the rules. */
  readonly minWords: number;
  /** A guided flow's own words for leaving it: in a flow, the classifier reads the message without them. */
  readonly flowExits?: RegExp;
}

/** Where the message was said; in a guided flow, its words for leaving are an answer, not a sign. */
export interface Situation {
  readonly inFlow?: boolean;
}

// A sentence rarely runs past this; capping the context keeps a 100k-character
// message with thousands of near-matches linear in practice.
const MAX_CONTEXT = 300;
const MAX_MATCHES_PER_RULE = 40;
const NEGATION_WORDS = 4;

/**
 * "no", "not", "never", "without" and friends shortly before a match, in the same
 * clause. Words that usually start a non-negating phrase are let through:
 * "not sure if he's breathing", "hasn't stopped shaking", "no one would miss me".
 * "If not" is "otherwise" (or "if not for"): it does not deny what follows it ("if not i
 * honestly dont think ill still be here").
 */
const NEGATION =
  /\b(?<!\b(?:say|said|says|saying|answer|answered|answers) )(?:no|(?<!\bif )not|never|without|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|nor|neither|denies|denied|none|free of|no sign of|no signs of)\b(?! (?:sure|certain|know|knowing|idea|just|only|one|body|matter|long|longer|stop|stopped|stopping|doubt|wonder|think|able|more|quite|even|really sure|joking|kidding|again))/;

/** What one rule made of each sentence of a message it matched in: its unless and requires, and whether it holds one of its unlessInClause. */
interface SentencesSeen {
  readonly ok: Map<number, boolean>;
  readonly holdUnlessInClause: Map<number, boolean>;
}

/**
 * A sentence of the message by where it is (sentenceKey): the same place is the same text. Keyed by its text, each
 * new match's sentence (a fresh string of up to ~700 characters) was hashed whole to look it up.
 */
function sentenceKey(at: number, length: number): number {
  return at * 0x100000 + length;
}

/**
 * The safety rules of knowledge/safety/, compiled once at start-up. Pure and synchronous:
 * the same text always gives the same concern, and nothing about the text is kept.
 */
export class SafetyRules {
  private readonly byId: ReadonlyMap<string, CompiledRule>;
  /** The rules graver first (emergency, crisis, medical advice), each category in the files' order: numbered so for the anchor index. */
  private readonly ranked: readonly CompiledRule[];
  /** Where the crisis rules, then the medical-advice rules, start in `ranked`. */
  private readonly firstCrisis: number;
  private readonly firstMedical: number;
  /** Whether the message being read holds each expression, worked out once (rules that require the same word list share one); reused. */
  private readonly inMessage = new Map<RegExp, boolean>();
  private readonly holdsInMessage = (re: RegExp): boolean => {
    let found = this.inMessage.get(re);
    if (found === undefined) {
      found = this.anchorIndex.current().contains(re);
      this.inMessage.set(re, found);
    }
    return found;
  };

  /** `anchorIndex`: where each rule's anchors are in a message (most rules need not scan most of it); built from the rules (graverFirst) unless given. */
  constructor(
    rules: readonly CompiledRule[],
    private readonly context: TimeContext,
    private readonly secondNet?: SecondNet,
    private readonly anchorIndex: AnchorIndex = new AnchorIndex(graverFirst(rules)),
  ) {
    this.byId = new Map(rules.map((rule) => [rule.spec.id, rule]));
    this.ranked = graverFirst(rules);
    const count = (category: SafetyCategory): number => rules.filter((rule) => rule.spec.category === category).length;
    this.firstCrisis = count('emergency');
    this.firstMedical = this.firstCrisis + count('crisis');
  }

  get specs(): readonly SafetyRuleSpec[] {
    return [...this.byId.values()].map((rule) => rule.spec);
  }

  /**
   * One decision, graver first (emergency > crisis > medical advice): the rules first, exactly as
   * they are. A rule's emergency or crisis stands. Otherwise the classifier may raise the message,
   * never lower it: `decide` (classifier/classifierDecision.ts) weighs what the rules found and what
   * the classifier read in one place.
   */
  assess(text: string, situation: Situation = {}): SafetyConcern | undefined {
    const normalised = normalise(text);
    if (normalised.length === 0) return undefined;
    const ruled = this.byRules(normalised);
    // A rule's emergency or crisis reply already gives 999 (the crisis reply "if anyone is in danger now").
    if (!this.secondNet || ruled?.kind === 'emergency' || ruled?.kind === 'crisis') return ruled;
    const { classifier, thresholds, minWords, flowExits } = this.secondNet;
    const read = situation.inFlow && flowExits ? normalised.replace(flowExits, ',') : normalised;
    if (!hasWords(read, minWords)) return ruled;
    return decide(ruled, classifier.read(read), thresholds, (part) => this.isHistory(part));
  }

  /** What the rules alone make of a message, without the classifier. */
  assessByRules(text: string): SafetyConcern | undefined {
    const normalised = normalise(text);
    return normalised.length === 0 ? undefined : this.byRules(normalised);
  }

  /** The same engine with other thresholds for its second net (calibration scores many on one model). */
  withThresholds(thresholds: ClassifierThresholds): SafetyRules {
    return this.secondNet ? this.withSecondNet({ ...this.secondNet, thresholds }) : this;
  }

  /** The same rules and their index (the costliest part of start-up, built once) with a second net. */
  withSecondNet(secondNet: SecondNet): SafetyRules {
    return new SafetyRules([...this.byId.values()], this.context, secondNet, this.anchorIndex);
  }

  private isHistory(part: string): boolean {
    this.context.recentTreatment.lastIndex = 0;
    return this.context.history.test(part.replace(this.context.recentTreatment, ' '));
  }

  private byRules(normalised: string): SafetyConcern | undefined {
    const anchors = this.anchorIndex.read(normalised);
    this.inMessage.clear();
    const inMessage = this.holdsInMessage;
    // Only the rules with a place in the message, graver first as numbered (every other rule's
    // outcome is nothing): all emergency rules found, then crisis, then medical advice.
    const { ranked, firstCrisis, firstMedical } = this;
    let possible: string | undefined;
    let struggling: string | undefined;
    for (const number of anchors.rulesFound) {
      const rule = ranked[number];
      if (!rule) continue;
      const result = this.placedOutcome(rule, normalised, inMessage, anchors);
      if (number < firstCrisis) {
        if (result === 'definite') return withStruggling({ kind: 'emergency', rule: rule.spec.id }, this.crisisBeside(anchors, normalised, inMessage));
        if (result === 'possible') possible ??= rule.spec.id;
      } else if (number < firstMedical) {
        if (result === 'definite') return withPossible({ kind: 'crisis', rule: rule.spec.id }, possible);
        if (result === 'possible') struggling ??= rule.spec.id;
      } else if (result) return withStruggling(withPossible({ kind: 'medical-advice', rule: rule.spec.id }, possible), struggling);
    }
    if (possible) return withStruggling({ kind: 'possible-emergency', rule: possible }, struggling);
    return struggling ? { kind: 'possible-crisis', rule: struggling } : undefined;
  }

  /**
   * In a message that is already an emergency, the first crisis rule with any outcome: "she says she wants to die and
   * she has a knife" needs 999 first, and Samaritans for after. Read only for emergencies, which are rare.
   */
  private crisisBeside(anchors: MessageAnchors, normalised: string, inMessage: (re: RegExp) => boolean): string | undefined {
    const { ranked, firstCrisis, firstMedical } = this;
    for (const number of anchors.rulesFound) {
      if (number < firstCrisis) continue;
      if (number >= firstMedical) break;
      const rule = ranked[number];
      if (rule && this.placedOutcome(rule, normalised, inMessage, anchors)) return rule.spec.id;
    }
    return undefined;
  }

  /** The rule's outcome, tried where its matches can start (none: not run at all). */
  private placedOutcome(rule: CompiledRule, text: string, inMessage: (re: RegExp) => boolean, anchors: MessageAnchors): RuleOutcome {
    const places = anchors.startsOf(rule);
    return places === 'anywhere' || places.length > 0 ? this.outcome(rule, text, inMessage, places, anchors) : undefined;
  }

  /**
   * Assesses every rule's own first example. V8 compiles a rule's expressions on first use
   * (~1.1 s for all of them on a quiet machine), and when the examples' check is remembered from
   * an earlier start nothing has used them yet: without this the first people whose messages
   * reach a broad rule wait 90-210 ms each for its compile.
   */
  warmUp(): void {
    for (const { spec } of this.byId.values()) {
      const example = spec.mustTrigger[0] ?? spec.possibleOnly[0];
      if (example === undefined) continue;
      this.assess(example);
    }
  }

  /** What one rule alone makes of a message: for the rule's own examples. */
  ruleOutcome(id: string, text: string): RuleOutcome {
    const rule = this.byId.get(id);
    if (!rule) throw new Error(`no safety rule "${id}"`);
    const normalised = normalise(text);
    return normalised ? this.outcome(rule, normalised, memo((re) => re.test(normalised))) : undefined;
  }

  /**
   * Every match of the rule in the text (or only those starting at the given places), in order, until one is definite.
   * It runs for every rule a message may hold, so it allocates nothing until there is a match to check.
   */
  private outcome(rule: CompiledRule, text: string, inMessage: (re: RegExp) => boolean, starts: Starts = 'anywhere', anchors?: MessageAnchors): RuleOutcome {
    const { scanner, starters } = rule;
    const anywhere = starts === 'anywhere';
    let best: RuleOutcome;
    let seen = 0;
    let next = 0;
    let seenSentences: SentencesSeen | undefined;
    scanner.lastIndex = 0;
    for (;;) {
      let start: number;
      let end: number;
      if (anywhere) {
        const match = scanner.exec(text);
        if (match === null) break;
        start = match.index;
        end = start + match[0].length;
        // Resume one character on, not after the match, so an overlapping occurrence is still seen.
        scanner.lastIndex = start + 1;
      } else {
        // Tried at each place a match can start, in order: the same matches a scan of the whole text finds.
        if (next >= starts.length) break;
        start = starts[next++] ?? 0;
        end = matchEndAt(starters, text, start);
        if (end < 0) continue;
      }
      // What a sentence must contain, the whole message must contain: checked once, at the first match.
      if (seen === 0 && !rule.requires.every(inMessage)) break;
      seen++;
      seenSentences ??= { ok: new Map(), holdUnlessInClause: new Map() };
      best = this.matchOutcome(rule, text, inMessage, start, end, seenSentences, anchors) ?? best;
      if (best === 'definite' || seen >= MAX_MATCHES_PER_RULE) break;
    }
    scanner.lastIndex = 0;
    return best;
  }

  /**
   * Whether a medical rule's unless holds only in the second opinion told as the question's setting ("should I still
   * be on the warfarin while I wait for the haematologist's second opinion"): the person still asks for a clinical
   * judgement about a medicine, symptom or result it names, so the rule reads the sentence without it. Not "should I
   * carry on with my treatment while I wait for a second opinion?": the leaflet answers that. A question about the
   * second opinion itself names it again.
   */
  private heldBackOnlyByTheSetting(rule: CompiledRule, sentence: string, inMessage: (re: RegExp) => boolean): boolean {
    const { secondOpinionSetting: setting, clinicalObject } = this.context;
    if (!setting || !clinicalObject || rule.spec.category !== 'medical-advice' || sentence.search(setting) < 0) return false;
    const rest = sentence.replace(setting, (said) => ' '.repeat(said.length));
    return !rule.unless.some((re) => re.test(rest)) && inMessage(clinicalObject);
  }

  /** `seen`: what the rule's unless, requires and unlessInClause made of each sentence already seen. */
  private matchOutcome(
    rule: CompiledRule,
    text: string,
    inMessage: (re: RegExp) => boolean,
    start: number,
    end: number,
    seen: SentencesSeen,
    anchors?: MessageAnchors,
  ): RuleOutcome {
    const [sentence, at] = sentenceAround(text, start, end);
    const key = sentenceKey(at, sentence.length);
    // Tried only at the places in the sentence where the expression's strings are: most are never run.
    const inSentence = (re: RegExp): boolean => (anchors ? anchors.holdsIn(re, sentence, at) : re.test(sentence));
    let ok = seen.ok.get(key);
    if (ok === undefined) {
      ok = rule.requires.every(inSentence) && (!rule.unless.some(inSentence) || this.heldBackOnlyByTheSetting(rule, sentence, inMessage));
      seen.ok.set(key, ok);
    }
    // The sentence's answer is kept for the rule's next match in it, and most matches in a long story
    // fail there: only a match that passes it is read for a "not" before it (either way round, the same outcome).
    if (!ok || isNegated(text, start)) return undefined;
    if (rule.unlessInClause.length > 0) {
      // A clause lies within its sentence: only a sentence that holds one of them needs its clause cut out and read.
      let inIt = seen.holdUnlessInClause.get(key);
      if (inIt === undefined) {
        inIt = rule.unlessInClause.some(inSentence);
        seen.holdUnlessInClause.set(key, inIt);
      }
      if (inIt) {
        const clause = clauseAround(text, start, end, MAX_CONTEXT, SETTING_BREAK);
        if (rule.unlessInClause.some((re) => re.test(clause))) return undefined;
      }
    }
    // A crisis sign the rule cannot place (long past, a service question, a joke): the normal answer
    // with the calm Samaritans line, never nothing.
    if (rule.spec.category === 'crisis') {
      const lowered = (this.context.longAgo.test(sentence) || rule.lowerIf.some(inSentence)) && !inMessage(this.context.crisisAgain);
      return lowered ? 'possible' : 'definite';
    }
    if (rule.spec.category !== 'emergency') return 'definite';
    // An emergency at any time is not lowered by the history words, only by its rule's own lowerIf: context the rule names.
    if (rule.spec.anyTime) return rule.lowerIf.some(inSentence) ? 'possible' : 'definite';
    if (rule.spec.alwaysSecondTier) return 'possible';
    // History or an uncertain context lowers a danger sign; it never switches it off.
    const clause = clauseAround(text, start, end, MAX_CONTEXT).replace(this.context.recentTreatment, ' ');
    // "He had a seizure last week and he's fitting right now": the history dates the first one, not this.
    if (this.context.history.test(clause) && this.context.saidNow?.test(clause) !== true) return 'possible';
    if (rule.lowerIf.some(inSentence)) return 'possible';
    const over = this.context.longAgo.test(sentence) || (this.context.datedPast.test(sentence) && inMessage(this.context.recoveredNow));
    if (over && !this.context.happeningNow.test(sentence)) return 'possible';
    return 'definite';
  }
}

/** Where the first of the expressions (sticky, in order) that matches at `at` ends its match; -1 when none does. */
function matchEndAt(starters: readonly RegExp[], text: string, at: number): number {
  for (const starter of starters) {
    starter.lastIndex = at;
    if (starter.test(text)) return starter.lastIndex;
  }
  return -1;
}

/** The index of where each rule's anchors are, numbered graver first as SafetyRules reads them; `analyse` as AnchorIndex takes it. */
export function anchorIndexOf(rules: readonly CompiledRule[], analyse?: (source: string) => readonly Branch[] | undefined): AnchorIndex {
  return new AnchorIndex(graverFirst(rules), analyse);
}

/** Emergency rules first, then crisis, then medical advice, each in the order given (the order byRules weighs them in). */
function graverFirst(rules: readonly CompiledRule[]): readonly CompiledRule[] {
  const rank = (rule: CompiledRule): number => SAFETY_CATEGORIES.indexOf(rule.spec.category);
  return rules.map((rule, at) => ({ rule, at })).sort((a, b) => rank(a.rule) - rank(b.rule) || a.at - b.at).map(({ rule }) => rule);
}

function withPossible(concern: SafetyConcern, possible: string | undefined): SafetyConcern {
  return possible ? { ...concern, possibleEmergency: possible } : concern;
}

function withStruggling(concern: SafetyConcern, struggling: string | undefined): SafetyConcern {
  return struggling ? { ...concern, possibleCrisis: struggling } : concern;
}

/** Whether the text holds at least `count` words, without splitting a long message. */
function hasWords(text: string, count: number): boolean {
  const words = /[a-z0-9]+/g;
  let found = 0;
  while (found < count && words.exec(text) !== null) found++;
  return found >= count;
}

/** Whether the message holds each expression, worked out once per message (rules that require the same word list share one). */
function memo(contains: (re: RegExp) => boolean): (re: RegExp) => boolean {
  const seen = new Map<RegExp, boolean>();
  return (re) => {
    let found = seen.get(re);
    if (found === undefined) {
      found = contains(re);
      seen.set(re, found);
    }
    return found;
  };
}

function isNegated(text: string, start: number): boolean {
  // A match that starts by asking ("do you think it's cancer", "is that normal") starts a new sentence, even
  // unpunctuated by voice-to-text: a "not" before it belongs to the sentence before ("it doesn't hurt do you think ...").
  if (startsAsking(text, start)) return false;
  const before = text.slice(Math.max(0, start - MAX_CONTEXT), start);
  let clause = before.slice(lastMatchEnd(CLAUSE_BREAK, before));
  // "he's not talking properly and one side of his mouth is down": the "not" belongs to the first half.
  clause = clause.slice(lastMatchEnd(CONJUNCTION, clause));
  const words = clause.trim().split(' ');
  return NEGATION.test(words.slice(-NEGATION_WORDS).join(' '));
}

/** The sentence around a match, and where in the text it starts. */
function sentenceAround(text: string, start: number, end: number): [string, number] {
  const lo = Math.max(0, start - MAX_CONTEXT);
  const hi = Math.min(text.length, end + MAX_CONTEXT);
  let from = start;
  while (from > lo && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < hi && !endsSentence(text, to)) to++;
  // Keep the closing "?" so rules can tell a question from a statement.
  const stretch = text.slice(from, Math.min(to + 1, text.length));
  const sentence = stretch.trim();
  return [sentence, from + stretch.length - stretch.trimStart().length];
}

function endsSentence(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '!' || c === '?' || c === ';') return true;
  // "7.2" is a number, not the end of a sentence.
  return c === '.' && !(isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)));
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
