import type { Matcher, MatchResult } from '../knowledge/matching/matcher';
import { afterHedge, asksAboutIt, asksForIt, bestOption, familiesFor, isLeaving, looksLikeQuestion, meantAfterATurn, placeNamed, readsAs, saidAfterANot, STRONG_MATCH, toldAsHeard, unlessNotMeant, WHOLE_LABEL, withSpokenMarks, type AnswerHeldBack, type AnswerOption, type BestOption, type TypedAnswerRules } from '../knowledge/intents/typedAnswers';
import { asksAfterACondition, asksOnACondition, opensACondition } from '../knowledge/intents/conditionAsked';
import { lastWayOutPart, saysAWayOut } from '../knowledge/intents/wayOutFrames';
import { hasPhrase, wordsOf, type Phrase } from '../knowledge/intents/words';
import { TEXT_SPEAK } from '../knowledge/text/commonWords';
import { CommandReader } from './commands';

const SHORT_REPLY_WORDS = 3;
/** The word a yes button's label starts with (typed-answers.yaml's family for it: "yeah", "aye", "go on"). */
const YES = 'yes';
const FULL_QUESTION_WORDS = 5;
/** A last word that only asks to be agreed with, after what was said: ", alright?", ", ok?", " yeah?". */
const AGREEMENT_ASKED = /(?<=\S)[,.]?\s+(?:alright|all right|ok|okay|yeah|right|yes)\s*\?+\s*$/i;
/**
 * Asking leave to do something ("can I come back...", "could we save this..."), or saying one will come back to this
 * chat ("I shall return to this tomorrow when my son can help", "gonna have a think n come back to it tmrw"): unlike a
 * plan told ("I'll ask my sister later"), this chat is what is left.
 */
const LEAVE_ASKED_OR_RETURN_TOLD = /\b(?:can|could|may|shall) (?:i|we)\b|\b(?:(?:i|we) (?:will|shall)|ill|well|going to)\b(?: [a-z]+){0,5} (?:come back|return|get back) to (?:this|it)\b/;
/** Where one part of a message ends and the next begins. */
const CLAUSE_BREAK = /[.,;:!?\n]+|\s[-–—]\s|—/;
/** A first part fits a button by a phrase of its words (a family's or the button's own), not by one stray key word. */
const MIN_PHRASE_FIT = 2;
/** A first part longer than this tells something rather than answers ("pay for it myself" answers). */
const STORY_PART_WORDS = 5;
/** An answer this short, then a full question, leaves the question to be answered first ("For my husband, ...?"). */
const SHORT_ANSWER_WORDS = 4;
/** "but" after the first word, with or without a comma before it ("Step by step is fine but how long does it take?"). */
const BUT = /\sbut\s/gi;
/** A first part, then what follows a comma, a dash or a colon in the same sentence. */
const NAMED_THEN_ASKED = /^(.+?)(?:,|:|\s[-–—]\s|—)\s*(\S.*)$/s;
/** Formal openings of a question that never open an answer once a "?" ends it ("..., might PALS arrange that?"). */
const FORMAL_ASKING = new Set(['might', 'may', 'must', 'shall']);
/** A word that softens a question before it opens ("roughly how long...", "realistically, will they...?"). */
const SOFTENING = /^\s*(?:roughly|approximately|realistically|honestly|generally|typically|usually|normally)\b[,\s]*/i;

/** What someone's reply to a flow's question was taken to mean. */
export type FlowAnswer =
  | { readonly kind: 'choice'; readonly index: number }
  /** A related question's button. */
  | { readonly kind: 'entry'; readonly id: string }
  /** A question of their own, with what the Q&A content made of it. */
  | { readonly kind: 'side-question'; readonly text: string; readonly result: MatchResult }
  /** They asked to leave, or twice typed something that fitted nothing. */
  | { readonly kind: 'way-out'; readonly reason: 'asked' | 'misses' };

/** What a step offers: its buttons, and buttons for related Q&A entries. */
export interface FlowQuestion {
  readonly choices: readonly AnswerOption[];
  readonly entries: readonly { readonly id: string; readonly question: string }[];
  /**
   * At "Shall we carry on?", the buttons of the step that was paused: a tap on one of them
   * (Teams keeps old buttons on screen) is that choice, numbered after `choices`.
   */
  readonly paused?: readonly AnswerOption[];
}

/**
 * Understands a reply to a flow's question the way a person at a desk would: a tapped or typed
 * button, words that mean it ("yeah", "my mum", "go private"), a question of their own
 * (answered, then back to the flow), or a wish to leave. A question only goes to a button it
 * fits well: "what if my GP says no?" is a question, not the button "My GP".
 */
export class FlowAnswerRecognizer {
  /** `commands`: the conversation's one command reader, shared with the root dialog (one built here when not given). */
  constructor(
    private readonly rules: TypedAnswerRules,
    private readonly matcher: Matcher,
    private readonly commands: CommandReader = new CommandReader(rules.waysOut),
  ) {}

  /**
   * The button that says yes to a question whose labels do not ("Shall we carry on?": "Carry on"), given the words
   * of the family for a button that starts with "Yes" ("aye", "yeah", "sure") beside its own.
   */
  sayingYes(option: AnswerOption): AnswerOption {
    return { ...option, says: [...(option.says ?? []), ...familiesFor('Yes', this.rules).flatMap((f) => f.says)] };
  }

  recognise(typedOrSpoken: string, question: FlowQuestion): FlowAnswer | undefined {
    // "I still want a second opinion, alright?": a word that only asks to be agreed with does not make the answer a question.
    const message = withSpokenMarks(typedOrSpoken, this.rules).replace(AGREEMENT_ASKED, '.');
    const typed = wordsOf(message).join(' ');
    if (typed === '') return undefined;
    const entry = question.entries.find((e) => wordsOf(e.question).join(' ') === typed);
    if (entry) return { kind: 'entry', id: entry.id };
    const paused = (question.paused ?? []).findIndex((option) => wordsOf(option.label).join(' ') === typed);
    if (paused >= 0) return { kind: 'choice', index: question.choices.length + paused };

    // The message's parts, split once: the worry told, an answer before a question and a way out all read them.
    const parts = partsOf(message);
    const worry = worryTold(parts, this.rules);
    const text = worry ?? message;
    // An answer said tentatively asks nothing, and is what follows its hedge when a button fits that.
    const hedged = worry === undefined ? afterHedge(text, this.rules) : undefined;
    // Something heard, told as a statement, asks whether it is true ("my friend said the GP can refuse to refer you").
    // So is a statement with a question tagged on ("I don't suppose they send my results, do they?"), and asking what a
    // word means ("what's a registrar?"): the words they share with a button are what is asked about.
    const heard =
      worry === undefined &&
      hedged === undefined &&
      (toldAsHeard(parts[0] ?? message, this.rules) || (parts.length > 1 && readsAs(parts[parts.length - 1] ?? '', this.rules.askedOtherwise?.tags)) || readsAs(message, this.rules.askedOtherwise?.whatItMeans));
    // "I was wondering if the private one is quicker": a full question, however it opens.
    const indirect = worry === undefined && hedged === undefined && readsAs(text, this.rules.askedOtherwise?.indirect);
    // "Thanks, that's a relief. Do doctors really ask each other?": a later sentence asks, however short the message.
    const asksLater = asksInALaterSentence(message);
    const asks = (worry === undefined && hedged === undefined && (looksLikeQuestion(text) || asksLater || asksFirstThenTells(text) || asksAfterAStory(text, this.rules.askedOtherwise?.leftToTheFlow) || asksAfterACondition(text, this.rules.conditionAsked))) || indirect;
    // "not yet, but will complaining affect how they treat me?": an answer held back for a question asked first.
    const asksFirst = asksBeforeAnswering(parts, this.rules.heldBack);
    const fitted = (hedged === undefined ? undefined : bestOption(hedged, question.choices, this.rules)) ?? bestOption(text, question.choices, this.rules);
    const best = meantAfterATurn(text, unlessNotMeant(text, fitted, question.choices, this.rules), question.choices, this.rules);
    // "I have to go, the carer has arrived": a way out said whole, or in one's own words, beats a button fitted by one
    // stray word ("go"); a button fitted by a phrase or its label still wins ("stop, that's all").
    const wayOut = this.wayOutWithItsReason(message, parts) || saysAWayOut(parts, this.rules.inOwnWords, looksLikeQuestion) || this.learntWayOut(message, fitted !== undefined);
    // A real person asked for is a way out over a button fitted by a phrase: no button is a person. So is a pause asked
    // for, to come back later ("can I come back to this tomorrow after I've spoken to my sister"): no button is "later".
    // Not one told ("I'll ask my sister later"): that can be the answer with a plan; nor where a button is "later" ("Stop
    // here" at "Shall we carry on?"), or the button fitted ends the flow.
    const later = LEAVE_ASKED_OR_RETURN_TOLD.test(typed) ? this.rules.comingBack?.exec(typed)?.[0].trim() : undefined;
    const pauses = wayOut === 'way-out' && later !== undefined && !bestOption(later, question.choices, this.rules) && !(best && question.choices[best.index]?.endsTheFlow);
    const over = wayOut === 'person' || pauses ? WHOLE_LABEL : STRONG_MATCH;
    // "we're up in Derry so I'm not sure this is for us": a place the button names, told with a doubt, is that button:
    // its next step says what applies there. A question about the place stays a question ("does this apply in Wales?",
    // answered, then the flow offers to carry on); so does the place named bare then asked about ("Wales, the rules is
    // same like England?"). Not when another button fits better ("my mum is in Scotland but I'd like to carry on"), a
    // person is asked for, or it is a goodbye.
    const placed = asks || heard || wayOut === 'person' ? undefined : this.placeTold(text, question.choices);
    if (placed !== undefined && (!best || best.index === placed) && !this.namesThenAsks(message, question.choices) && !this.commands.signsOff(message)) return { kind: 'choice', index: placed };
    if (wayOut && (!best || best.score < over || this.wayOutOverTheButton(text, parts, best, question.choices))) return { kind: 'way-out', reason: 'asked' };
    // "ah leave it, I'll ring the nurse myself", "later maybe" at "Anything else?": stopping, not "That's all, thanks".
    if (best && !asks && question.choices[best.index]?.endsTheFlow && this.rules.pausing?.test(typed) === true) return { kind: 'way-out', reason: 'asked' };
    // "Step by step sounds good, but roughly how long does it take?", "carry on, but will PALS tell my consultant?": a
    // question after "but" holds the answer back until it is answered. Not a button whose own label says "but".
    if (asksAfterABut(message, this.rules.askedOtherwise?.leftToTheFlow) && !(best && best.score >= WHOLE_LABEL && / but /i.test(question.choices[best.index]?.label ?? ''))) {
      return { kind: 'side-question', text: message, result: this.matcher.match(message) };
    }
    // "Waiting and delays, how long are we talking?", "Scotland, same rules?": a button named bare, then asked about.
    if (this.namesThenAsks(message, question.choices)) return { kind: 'side-question', text: message, result: this.matcher.match(message) };
    // "Thank you for explaining. What worries me most is the waiting": thanks first is politeness, not "That's all, thanks".
    const afterThanks = worry === undefined && !asksLater ? this.answerAfterThanks(parts, question.choices) : undefined;
    // (The thanks can also tie with the rest for "That's all, thanks", leaving no best button: the rest still says it.)
    if (afterThanks !== undefined && afterThanks !== best?.index && !asksFirst) return { kind: 'choice', index: afterThanks };
    // "...nobody calls back. Is PALS even the right people for that?": the button said in a story told first is not what
    // the later sentence asks, so it does not make the question that button ("what if they disagree? is that common?" asks it first).
    const toldBefore = best !== undefined && best.askedInItsWords && asksLater && !looksLikeQuestion(sentencesOf(message)[0] ?? '') && !lastSentenceSaysIt(message, question.choices, best.index, this.rules);
    const asTold = best && (toldBefore ? { ...best, askedInItsWords: false } : best);
    // "hang on, ok fine, how do I actually get one then": what is asked after putting off is a button's own question.
    const asksTheButton = asTold !== undefined && asTold.askedInItsWords && (question.choices[asTold.index]?.label.trim().endsWith('?') ?? false);
    // "can i ask for my mum if she has dementia?": asking leave on a condition, the condition is what is asked.
    const onACondition = asksForIt(text, this.rules) && asksOnACondition(text);
    if (asTold && !heard && !onACondition && (!asksFirst || asksTheButton) && this.fits(text, asks, asTold, question.choices[asTold.index], indirect)) return { kind: 'choice', index: asTold.index };
    const answeredFirst = asksFirst || heard ? undefined : this.answerBeforeAQuestion(worry === undefined ? parts : parts.slice(0, -1), question, worry === undefined && message.trim().endsWith('?'));
    if (answeredFirst !== undefined) return { kind: 'choice', index: answeredFirst };
    // "bye", "done" at a step with no button for finishing: leaving, not a question.
    if (isLeaving(message, this.rules) || wayOut || (!best && this.commands.signsOff(message))) return { kind: 'way-out', reason: 'asked' };
    // Asking for a button by its whole label ("Could we carry on, please?") is taking it, whatever the content holds.
    // Not when a full question of its own follows ("Should I request a referral, would the new doctor take over?").
    const asksTwice = this.asksTwice(message);
    if (best && best.score >= WHOLE_LABEL && asksForIt(message, this.rules) && !asksTwice) return { kind: 'choice', index: best.index };
    const result = this.matcher.match(message);
    // Asking whether one may take a button, in its words, with nothing the content can answer ("can I stay on the NHS for
    // it?"), is asking for that button: the flow's next step answers it, where "I don't know" would not.
    if (result.kind === 'none' && best && best.score >= STRONG_MATCH && asksForIt(message, this.rules) && !asksTwice) return { kind: 'choice', index: best.index };
    // So is asking a button's own question whole, when nothing else answers it ("hang on, so how do I get one then?" at
    // "How do I get one?": the content cannot tell what "one" is, the flow can).
    if (result.kind === 'none' && best && best.score >= WHOLE_LABEL && question.choices[best.index]?.label.trim().endsWith('?') === true) return { kind: 'choice', index: best.index };
    // A question the content cannot answer still gets an honest reply, not "please choose".
    if (result.kind !== 'none' || heard || asksFirst || asks || looksLikeQuestion(message)) return { kind: 'side-question', text: message, result };
    return best && { kind: 'choice', index: best.index };
  }

  /**
   * A way out in words no frame holds, when the learnt net (way-out-examples.yaml) is sure enough of it: surer when a
   * button fits the reply at all ("ill try the nurse first" at "I'll talk to my own team first"), since taking an
   * answer for a way out loses the flow, where a way out missed is asked again.
   */
  private learntWayOut(message: string, aButtonFits: boolean): false | 'way-out' {
    const learnt = this.rules.learntWayOuts;
    return learnt !== undefined && learnt.probability(message) >= (aButtonFits ? learnt.thresholdOverAButton : learnt.threshold) && 'way-out';
  }

  /**
   * Whether a way out said in a reply beats the button fitted to it by a phrase: the button is said only after a "not"
   * ("I'd rather not carry on, no", "not carry on, more start the whole thing again"), or the way out is asked for last
   * and the button was said only before it ("not sure this is for me, can I start over?": what they want now). A way out
   * told after an answer, not asked for, leaves the answer as it is ("for me, then back to what I asked").
   */
  private wayOutOverTheButton(text: string, parts: readonly string[], best: BestOption, choices: readonly AnswerOption[]): boolean {
    if (best.score >= 2 * WHOLE_LABEL) return false;
    if (saidAfterANot(text, best, choices, this.rules)) return true;
    const at = lastWayOutPart(parts, this.rules.inOwnWords);
    const part = parts[at] ?? '';
    return at > 0 && at === parts.length - 1 && looksLikeQuestion(part) && bestOption(part, choices, this.rules)?.index !== best.index;
  }

  /**
   * Whether a reply opens by answering the step, so that what follows tells more of the answer rather than a complaint
   * that leaves the flow: yes to a step that has a "Yes, ..." button ("Yes, the hospital keeps losing my letters", "yeah
   * nobody gets back to me" at "Are you having any problems getting one?"; only yes: "no one calls me back" opens with
   * "no"), or a button's whole label said first, in a few words of its own ("my GP, the specialist never answers the phone
   * anyway" at "Who would you like to ask?").
   */
  opensWithAnAnswer(message: string, question: FlowQuestion): boolean {
    const words = wordsOf(message);
    const saysYes = question.choices.some((option) =>
      familiesFor(option.label, this.rules)
        .filter((f) => f.forLabelsStartingWith.includes(YES))
        .some((f) => f.says.some((p) => !p.prefix.some(Boolean) && p.words.every((w, i) => words[i] === w))),
    );
    if (saysYes) return true;
    const [first = '', ...rest] = partsOf(message);
    const answered = rest.length > 0 && wordsOf(first).length <= SHORT_ANSWER_WORDS ? bestOption(first, question.choices, this.rules) : undefined;
    return answered !== undefined && answered.score >= WHOLE_LABEL;
  }

  /**
   * An answer given first, then a question that does not ask about it ("its for me, what do i do first?", "stay on the
   * nhs, whats next?"): the first part of the message, when it asks nothing and fits a button by a phrase or its
   * label, is the answer; the flow's next step goes on from it. One asked about in the question ("pay for it myself. how
   * much roughly??") is left to be answered, as is a message that opens with its question, and an answer of a few words
   * followed by a full question the flow's next step does not answer (`endsAsking`: the message ends with "?"; a tag
   * such as "..., do they?" is read as hearsay before this).
   */
  private answerBeforeAQuestion(parts: readonly string[], { choices, entries }: FlowQuestion, endsAsking = false): number | undefined {
    const [first, ...rest] = parts;
    // "Might I enquire whether the other GPs could see my notes, or ...?": asked indirectly, the first part answers nothing.
    if (!first || rest.length === 0 || looksLikeQuestion(first) || readsAs(first, this.rules.askedOtherwise?.indirect)) return undefined;
    // "Thanks, that's a relief. Do doctors really ask each other?": thanks first is politeness, not "That's all, thanks".
    // "Say I do make a formal complaint, is there a time limit?": a condition asked about, not the answer.
    const opening = wordsOf(first);
    if (this.rules.heldBack?.thanksOnly.test(opening.join(' ')) || opensACondition(opening, this.rules.conditionAsked)) return undefined;
    // "Change GP surgery, is it difficult?": the related question shown beside the buttons says it better than any button.
    const withEntries = entries.length > 0 ? bestOption(first, [...choices, ...entries.map((e) => ({ label: e.question }))], this.rules) : undefined;
    if (withEntries !== undefined && withEntries.index >= choices.length) return undefined;
    // "I'm not sure if I'm overreacting. Do people usually...?": "not sure" is no "sure". A first part that tells a story
    // ("my eyesight is poor and I no longer drive") answers only by a phrase of two words or more, not by one stray word ("no").
    const best = unlessNotMeant(first, bestOption(first, choices, this.rules), choices, this.rules);
    const needed = opening.length > STORY_PART_WORDS ? STRONG_MATCH : MIN_PHRASE_FIT;
    if (!best || best.score < needed) return undefined;
    // "Call back, how long it takes?", "An apology, can I still ask for it if...?": a question about the button named first
    // asks something the button's step may not say: answered first, then back to the step. Not a button for a place
    // ("we're in Derry, do the same rules apply?"): whether things are the same there is what that button's step tells.
    // Not what comes after taking it ("private, what happens after I pick that?"): the flow's next step says that.
    const option = choices[best.index];
    const asked = rest.join(', ');
    const forAPlace = option !== undefined && familiesFor(option.label, this.rules).some((f) => f.place === true);
    const asksWhatNext = readsAs(rest[rest.length - 1] ?? '', this.rules.askedOtherwise?.leftToTheFlow);
    if (option && !forAPlace && !asksWhatNext && looksLikeQuestion(asked) && asksAboutIt(asked, option, this.rules)) return undefined;
    // "For my husband, he don't speak English, can I ask for him?", "Private doctor, the insurance from my work can pay for
    // it?": an answer of a few words, then a full question of its own that is not what comes next (typed-train-25a).
    const asksItsOwn = endsAsking && opening.length <= SHORT_ANSWER_WORDS && wordsOf(asked).length >= FULL_QUESTION_WORDS;
    return !forAPlace && asksItsOwn && !asksWhatNext ? undefined : best.index;
  }

  /** The button whose own places the message names (placeNamed), not said after a "not" ("we're not in Wales"). */
  private placeTold(text: string, choices: readonly AnswerOption[]): number | undefined {
    const index = placeNamed(text, choices, this.rules);
    return index === undefined || saidAfterANot(text, { index, score: STRONG_MATCH, askedInItsWords: false }, choices, this.rules) ? undefined : index;
  }

  /**
   * Whether a reply names a button bare and then, in the same sentence, asks about it ("Waiting and delays, how long are we
   * talking, weeks or months?", "Northern Ireland, is it a different crowd that handles it there?", "my gp, does she even
   * know about cancer stuff"): the writers of every typed set mean a question by it. A first part said by someone ("I'd
   * pay for private, how quick are they?") or with an answer's word ("nah that's it, how do I get one?") answers, and its
   * question is about what comes next (typed-answers.yaml's `answerHeldBack.answerSaid`).
   */
  private namesThenAsks(message: string, choices: readonly AnswerOption[]): boolean {
    const answerSaid = this.rules.heldBack?.answerSaid;
    if (!answerSaid) return false;
    const [first = '', next] = sentencesOf(message.trim());
    const inOneSentence = NAMED_THEN_ASKED.exec(first.trim());
    // Named in a sentence of its own, then asked in the next ("waitin n delays.. how long does it take tho?").
    const [named, said] = inOneSentence ? [inOneSentence[1] ?? '', inOneSentence[2] ?? ''] : [first, next];
    if (said === undefined) return false;
    const words = wordsOf(named);
    if (words.length === 0 || words.some((word) => answerSaid.has(word))) return false;
    // The question opens what follows ("how long...", "does she...", "roughly how long...?", said formally "might PALS
    // arrange that...?"), or is a few words asked ("same rules?"): not a story told and then asked about ("my husband,
    // he's said it's ok for me to ask, is that enough?"), nor asking to take the button ("for my dad, can I ask on his behalf?").
    const asked = said.replace(SOFTENING, '');
    const best = bestOption(named, choices, this.rules);
    const option = best && choices[best.index];
    const endsAsking = asked.trim().endsWith('?');
    const askedWords = wordsOf(asked);
    // ...or asked with "?" about it in words that ask about a button ("Scotland, the rules is same like England?").
    const asksAbout = endsAsking && option !== undefined && asksAboutIt(asked, option, this.rules);
    const opensAsking = looksLikeQuestionStart(asked) || (endsAsking && (askedWords.length <= SHORT_REPLY_WORDS || FORMAL_ASKING.has(askedWords[0] ?? ''))) || asksAbout;
    // Nor asking what comes next ("it's for a relative, what do I do first?"): the flow's next step says it.
    if (!opensAsking || asksForIt(asked, this.rules) || readsAs(asked, this.rules.askedOtherwise?.leftToTheFlow)) return false;
    // A longer first part tells a story, unless it is a button's whole label ("A referral for a second opinion: ...?").
    return best !== undefined && best.score >= STRONG_MATCH && (words.length <= STORY_PART_WORDS || best.score >= WHOLE_LABEL);
  }

  /** Whether a reply names a button in a short first part, then asks for it ("for my dad, can I ask on his behalf?"). */
  private namedThenAskedFor(text: string, option: AnswerOption | undefined): boolean {
    const [first, ...rest] = partsOf(text);
    if (!first || !option || rest.length === 0 || wordsOf(first).length > SHORT_ANSWER_WORDS || looksLikeQuestion(first)) return false;
    return (bestOption(first, [option], this.rules)?.score ?? 0) >= MIN_PHRASE_FIT && asksForIt(rest.join(', '), this.rules);
  }

  /**
   * The answer after a first part that only thanks ("Thank you for explaining all that. If I'm honest, what worries me
   * most is how long it might take"): what the rest fits by a phrase or its label, when it asks nothing.
   */
  private answerAfterThanks(parts: readonly string[], choices: readonly AnswerOption[]): number | undefined {
    const [first, ...rest] = parts;
    if (!first || rest.length === 0 || !this.rules.heldBack?.thanksOnly.test(wordsOf(first).join(' '))) return undefined;
    const said = rest.join(', ');
    if (looksLikeQuestion(said)) return undefined;
    const best = bestOption(said, choices, this.rules);
    return best && best.score >= MIN_PHRASE_FIT ? best.index : undefined;
  }

  /**
   * A way out said whole, then why or what next ("leave this please, I'll ring PALS myself"): the first part of a reply
   * is one of the ways out said as the whole message (typed-answers.yaml's `waysOut`), and what
   * follows asks nothing (a question after it is answered as a side question).
   */
  private wayOutWithItsReason(message: string, parts: readonly string[]): boolean {
    const [first, ...rest] = parts;
    if (!first || rest.length === 0 || message.includes('?') || rest.some((part) => looksLikeQuestion(part))) return false;
    const command = this.commands.detect(first);
    return command === 'cancel' || command === 'startAgain';
  }

  /**
   * Whether a reply asks and then asks a full question of its own ("Should I request a referral, would the new doctor
   * have to take over my care?"): the first is no answer while the second waits for one. Not a last question the flow's
   * next step answers ("can I see another GP there? what do I do first?": `leftToTheFlow`).
   */
  private asksTwice(text: string): boolean {
    const [first, ...rest] = partsOf(text);
    if (first === undefined || !looksLikeQuestionStart(first)) return false;
    return rest.some((part) => wordsOf(part).length >= FULL_QUESTION_WORDS && looksLikeQuestionStart(part) && !readsAs(part, this.rules.askedOtherwise?.leftToTheFlow));
  }

  /**
   * Whether a message fits a button well enough to be taken as it: anything that is not a
   * question; a short question ("whats the process?") that fits; a longer one only when it fits
   * strongly; a full sentence with a question mark, or opening as a question ("does my gp have to agree or can they say
   * no"), only when it is exactly a button's label.
   * A question that says a button in the flow's other words for it is that button however it
   * is asked: at "What worries you most?" the worry is often a question ("will my doctor be
   * annoyed with me for asking?", "if they dont agree whos right??").
   */
  private fits(text: string, asks: boolean, { score, askedInItsWords }: BestOption, option: AnswerOption | undefined, indirect = false): boolean {
    if (!asks) return true;
    // How often what a button names happens ("do doctors often disagree about the same diagnosis") and whether one may
    // ("Can I still ask for one on his behalf?", "does my mum need to give consent?") are asked about it, however long
    // the question and in whatever words: never the button they name. Not the button named first and then asked for
    // ("for my dad, can I ask on his behalf?").
    const said = wordsOf(text);
    const saysOneOf = (list: readonly Phrase[] = []): boolean => list.some((p) => hasPhrase(said, p, 0));
    if (saysOneOf(this.rules.askedHowOften) || (saysOneOf(this.rules.askedWhetherAllowed) && !this.namedThenAskedFor(text, option))) return false;
    const words = said.length;
    // "private cost?", "apology likely?", "delays how long?": a short question naming a button asks something about it,
    // even in the button's own words.
    if (words < FULL_QUESTION_WORDS && option && asksAboutIt(text, option, this.rules)) return false;
    // "can I see a different GP at the same surgery or does it have to be my usual one": asking which of two things is
    // so wants an answer, even in a button's words (typed-train-19a, 24a, 26a).
    if (words >= FULL_QUESTION_WORDS && ASKS_WHICH_IS_SO.test(wordsOf(text).join(' '))) return false;
    // "whats the difference between pals and complaining properly": how two things differ is asked, never one of them taken.
    if (DIFFERENCE_ASKED.test(said.join(' '))) return false;
    if (this.asksTwice(text)) return false;
    if (askedInItsWords) return true;
    // A button whose label is itself a question ("How do I get one?") is asked for by a question that opens as one.
    const opensAsOne = opensAsAQuestion(text, this.rules) && !option?.label.trim().endsWith('?');
    const asksInFull = text.trim().endsWith('?') || asksAfterACondition(text, this.rules.conditionAsked) || indirect || readsAs(text, this.rules.askedOtherwise?.withoutItsMark) || opensAsOne;
    if (asksInFull && words >= FULL_QUESTION_WORDS) return score > WHOLE_LABEL;
    // One word of one button's label, asked ("how?" at "How do I get one?", "private?"), asks for that button.
    return score >= STRONG_MATCH || (words <= SHORT_REPLY_WORDS && score >= STRONG_MATCH / 2) || (words === 1 && score > 0);
  }
}

/**
 * Whether a later part of a reply opens with "but" and a question ("it's for my wife, but does she have to give
 * permission?", "carry on, but first, do I lose my place in the queue?"): whatever the first part answers, the person
 * wants the question answered before going on, so it is a side question (the flow then offers to carry on). "..., but
 * I'll still try. What do I do first?" is not: what follows "but" tells, it does not ask. So is a question after a first
 * part that only puts off answering ("before that, does it cost anything?"). typed-answers.yaml's `answerHeldBack`.
 */
function asksBeforeAnswering(parts: readonly string[], heldBack: AnswerHeldBack | undefined): boolean {
  if (!heldBack) return false;
  if (putsOffAnswering(parts, heldBack)) return true;
  for (let i = 1; i < parts.length; i++) {
    const words = wordsOf(parts[i] ?? '');
    if (words[0] !== heldBack.holdingBack) continue;
    let from = 1;
    while (heldBack.beforeTheQuestion.has(words[from] ?? '')) from++;
    const rest = from < words.length ? words.slice(from).join(' ') : (parts[i + 1] ?? '');
    if (rest !== '' && looksLikeQuestionStart(rest)) return true;
  }
  return false;
}

/**
 * Whether the first parts only put off answering ("before that, does it cost anything?", "sorry, quick one first. If I
 * complain, will it affect my treatment?"), and a question follows: it is asked before the step's own (a key word of a
 * button in them, "first" or "sorry", is not an answer).
 */
function putsOffAnswering(parts: readonly string[], { puttingOff, around }: AnswerHeldBack): boolean {
  let putOff = false;
  for (let i = 0; i < parts.length; i++) {
    const words = wordsOf(parts[i] ?? '');
    if (!words.every((w) => puttingOff.has(w) || around.has(w))) return putOff && i > 0 && parts.slice(i).some(looksLikeQuestionStart);
    putOff ||= words.some((w) => puttingOff.has(w));
  }
  return false;
}

/** How two things differ, asked: a question about both, whichever of them a button names. */
const DIFFERENCE_ASKED = /\b(?:whats|what is|what s|is there (?:a|any)|any) (?:the |a |any )?(?:real )?difference between\b/;
/** "..., or would I have to explain it all again", "... or do they decide": the second half of a question of two. */
const ASKS_WHICH_IS_SO = /\bor (?:would|will|do|does|did|can|could|should|must|is|are|have|has) (?:i|we|he|she|they|it|you|the|my|his|her|their|that|this|there)\b/;

/** A message this long tells a story; a question inside it is what the person wants answered. */
const STORY_WORDS = 15;
/** A sentence asks with this many words at least: "Honestly? My GP I think" answers. */
const ASKING_SENTENCE_WORDS = 3;
/** ...and without its "?", with this many: "how i get it please" is a button's own question said as the answer. */
const UNMARKED_QUESTION_WORDS = 6;

/**
 * Whether a message asks after its opening in a later clause that opens with a question word ("I'm halfway through
 * chemo and worried, if I ask does my treatment stop while I wait, because ..."; a later sentence with a question mark
 * is asksInALaterSentence, at any length). A story told first, then the question, often with more story after it: a
 * stray button word in the story is not an answer (an answer told whole in the first part still is: answerBeforeAQuestion).
 */
function asksAfterAStory(message: string, leftToTheFlow: readonly RegExp[] | undefined): boolean {
  const asking = partsOf(message).slice(1).filter((part) => wordsOf(part).length > SHORT_REPLY_WORDS && looksLikeQuestionStart(part));
  if (wordsOf(message).length >= STORY_WORDS) return asking.length > 0;
  // Shorter, what happened told and then asked about with a yes-or-no question ("they lost my referral twice now, does
  // that happen a lot"). Not a question word after an answer ("Explanation I want, why my papers they get lost"), a worry
  // ("aye, what if the new fella tells me summat different"), or what comes next in the flow.
  return asking.some((part) => ASKS_YES_OR_NO.test(wordsOf(part).join(' ')) && !readsAs(part, leftToTheFlow));
}

/** A yes-or-no question by its opening: an auxiliary, then who or what it asks about ("does that...", "is it..."). */
const ASKS_YES_OR_NO = /^(?:does|do|did|is|are|was|were|can|could|will|would|should|has|have|might|may) (?:that|this|it|they|he|she|i|we|you|there|my|the|his|her|their|our|a|an)\b/;

/**
 * Whether a sentence after the first ends with a question mark ("I'm not sure if I'm overreacting. Do people usually get
 * one for this? I don't want to waste anyone's time.", "Thanks, that's a relief. Do doctors really ask each other?").
 */
function asksInALaterSentence(message: string): boolean {
  return sentencesOf(message).slice(1).some(isAskingSentence);
}

/** Whether the first sentence asks and those after it only tell ("And if they disagree, who's supposed to decide? Me? I'm not a doctor."). */
function asksFirstThenTells(message: string): boolean {
  const [first, ...rest] = sentencesOf(message);
  return rest.length > 0 && first !== undefined && isAskingSentence(first);
}

/**
 * A sentence of a few words that ends with "?", or a longer one that opens as a question does without its mark ("cheers
 * for that. is pals free or must i pay something"): a short one without it is as often a button's own question said as
 * the answer ("ok good. how i get it please").
 */
function isAskingSentence(sentence: string): boolean {
  const words = wordsOf(sentence).length;
  return sentence.trim().endsWith('?') ? words >= ASKING_SENTENCE_WORDS : words >= UNMARKED_QUESTION_WORDS && looksLikeQuestion(sentence);
}

function sentencesOf(message: string): string[] {
  return message.split(/(?<=[.!?\n])\s+/);
}

/** Whether the last sentence of a reply says this button in the flow's other words for it. */
function lastSentenceSaysIt(message: string, choices: readonly AnswerOption[], index: number, rules: TypedAnswerRules): boolean {
  const said = bestOption(sentencesOf(message).pop() ?? '', choices, rules);
  return said !== undefined && said.index === index && said.askedInItsWords;
}

/**
 * A question word and then who or what it asks about ("does my gp...", "how long...", "can pals make them..."), not what
 * it offers ("what about my gp").
 */
const QUESTION_OPENING =
  /^(?:(?:how|what|when|who|why|where|which) (?!about\b)[a-z]+|(?:can|could|will|would|does|did|is|are|am|should|shall|must|has|have) (?:i|we|he|she|they|that|this|there|my|the|a|an|your|his|her|their|our|someone|anyone|people|pals|doctors|gps|hospitals|consultants|specialists|nurses)|(?:does|did|are|should|do) you|do (?:i|we|he|she|they|my|your|his|her|their|our|someone|anyone|people|doctors|gps|hospitals|consultants|specialists|nurses|surgeons)|(?:does|did|is|will|would|can|could) it|(?:is|are|does|did|was|were) (?!it\b)[a-z]+)\b/;

/**
 * Whether a reply of several words is a full question by how it opens, with no "?" (typed in a hurry or by voice): "does
 * my gp have to agree or can they say no". Asking whether one may take something ("can I see another GP at my surgery")
 * asks for the button; "could you carry on please" asks the bot to; "would like the nhs one", "do it step by step" and "do
 * the private one" say what they want.
 */
function opensAsAQuestion(text: string, rules: TypedAnswerRules): boolean {
  const words = wordsOf(text);
  const opening = [TEXT_SPEAK.get(words[0] ?? '') ?? words[0], ...words.slice(1, 3)].join(' ');
  return QUESTION_OPENING.test(opening) && !asksForIt(text, rules);
}

/** A question by its first word (a voice-typed question has no "?"): "does she have to...", "what papers...". */
function looksLikeQuestionStart(text: string): boolean {
  return looksLikeQuestion(wordsOf(text).join(' '));
}

/**
 * Whether what follows a "but" after the first word asks a question, with or without a comma before it ("..., but is a
 * registrar a proper doctor?", "Step by step is fine but roughly how long does it take, start to finish?").
 */
function asksAfterABut(message: string, leftToTheFlow: readonly RegExp[] | undefined): boolean {
  for (const but of message.matchAll(BUT)) {
    // To the end of its sentence: "carry on, but I'll still try. what do I do first?" asks in another sentence.
    const sentence = /^[^.!?]*[.!?]?/.exec(message.slice((but.index ?? 0) + but[0].length))?.[0].trim() ?? '';
    // "yeah they replied but what can I do now": what comes next is the flow's to answer.
    const asked = sentence.split(CLAUSE_BREAK)[0] ?? '';
    if (wordsOf(sentence).length >= 2 && looksLikeQuestion(sentence) && !readsAs(asked, leftToTheFlow)) return true;
  }
  return false;
}

/** The parts of a message, split where one ends and the next begins; parts with no words left out. */
function partsOf(message: string): string[] {
  return message.split(CLAUSE_BREAK).filter((part) => wordsOf(part).length > 0);
}

/**
 * The worry told before a last part that says it is one (typed-answers.yaml's `worryTold`: "what if the second one
 * disagrees? that worries me"), or undefined when the message ends otherwise.
 */
function worryTold(parts: readonly string[], rules: TypedAnswerRules): string | undefined {
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined) return undefined;
  // The patterns read words each followed by a space (loadIntents' choicePattern).
  const read = `${wordsOf(last).join(' ')} `;
  if (!rules.worryTold.some((pattern) => pattern.test(read))) return undefined;
  return parts.slice(0, -1).join(', ');
}
