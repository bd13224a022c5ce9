import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowSpec } from '../flows/types';
import { ProblemList } from '../../content/contentProblems';
import { FieldReader, isRecord } from '../../content/fields';
import { displayPath, YamlFile, type YamlPath } from '../../content/yamlFile';
import { NATIONS, type Nation, type Service } from '../types';
import { CONDITION_ASKED_FIELDS, readConditionAsked } from './conditionAsked';
import { recogniseComplaint, type ComplaintRules } from './complaints';
import { learnComplaints, type ComplaintExamples } from './learntComplaints';
import { learnWayOuts, type WayOutExamples } from './learntWayOuts';
import type { NationRules } from './nations';
import type { AnswerFamily, AnswerHeldBack, NoInASentence, SpokenMark, TypedAnswerRules } from './typedAnswers';
import { closingOnly, wayOutFrame, type WayOutFrames } from './wayOutFrames';
import { choicePattern, escapeForPattern, phrase, wordsOf, type Phrase } from './words';
import { SMALL_TALK_KINDS, type SmallTalk, type SmallTalkRules } from '../smallTalk';

/** What the bot recognises beyond the Q&A content: complaints, nations, small talk, typed answers in flows. */
export interface Intents {
  readonly complaints: ComplaintRules;
  readonly nations: NationRules;
  readonly smallTalk: SmallTalkRules;
  readonly typedAnswers: TypedAnswerRules;
}

export const INTENTS_LAYOUT = Object.freeze({
  folder: 'intents',
  complaints: 'complaints.yaml',
  complaintExamples: 'complaint-examples.yaml',
  wayOutExamples: 'way-out-examples.yaml',
  nations: 'nations.yaml',
  smallTalk: 'small-talk.yaml',
  typedAnswers: 'typed-answers.yaml',
});

/**
 * Loads knowledge/intents/ and checks it against the flows and services it names, reporting
 * every problem with its file and line.
 */
export function loadIntents(knowledgeDir: string, links: { flows: readonly FlowSpec[]; services: readonly Service[]; ordinary?: readonly string[] }): Intents {
  const problems = new ProblemList();
  const open = (name: string): YamlFile | undefined => {
    const path = join(knowledgeDir, INTENTS_LAYOUT.folder, name);
    if (existsSync(path)) return new YamlFile(path, problems);
    problems.add(displayPath(path), 1, 'this file is missing');
    return undefined;
  };
  const complaintsFile = open(INTENTS_LAYOUT.complaints);
  const examplesFile = open(INTENTS_LAYOUT.complaintExamples);
  const nationsFile = open(INTENTS_LAYOUT.nations);
  const smallTalkFile = open(INTENTS_LAYOUT.smallTalk);
  const answersFile = open(INTENTS_LAYOUT.typedAnswers);
  const wayOutsFile = open(INTENTS_LAYOUT.wayOutExamples);
  const phrased = complaintsFile && readComplaints(complaintsFile, links.flows);
  const examples = examplesFile && readComplaintExamples(examplesFile);
  const nations = nationsFile && readNations(nationsFile, new Set(links.services.map((s) => s.id)));
  const smallTalk = smallTalkFile && readSmallTalk(smallTalkFile);
  const typedAnswers = answersFile && readTypedAnswers(answersFile);
  const wayOutExamples = wayOutsFile && readWayOutExamples(wayOutsFile);
  problems.throwIfAny();
  if (!phrased || !examples || !nations || !smallTalk || !typedAnswers || !wayOutExamples) throw new Error('unreachable: a missing intents file is reported as a problem');
  // The content's own questions teach the learnt net what an everyday question is; one the phrases already take as a
  // complaint ("who do I complain to") is left out rather than taught as not one.
  const ordinary = (links.ordinary ?? []).filter((text) => !recogniseComplaint(text, phrased));
  const complaints: ComplaintRules = { ...phrased, learnt: learnComplaints(examples, ordinary) };
  const learntWayOuts = learnWayOuts(wayOutExamples, [...(links.ordinary ?? []), ...buttonLabels(links.flows)]);
  return { complaints, nations, smallTalk, typedAnswers: { ...withNations(typedAnswers, nations), learntWayOuts } };
}

/** Phrases from a list field; a phrase with no words left after normalising is reported. */
function phrases(reader: FieldReader, file: YamlFile, path: YamlPath, key: string): Phrase[] {
  return reader.textList(key, { min: 1 }).map((text, index) => {
    const p = phrase(text);
    if (p.words.length === 0) file.problem([...path, key, index], `"${text}" has no words the bot can match`);
    return p;
  });
}

function readComplaints(file: YamlFile, flows: readonly FlowSpec[]): ComplaintRules | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'complaints.yaml', ['formalRoute', 'formal', 'signals', 'wentWrongThenAsks', 'notComplaints', 'notMakingOne', 'storiesOfBadCare', 'notAboutCare']);
  if (!top) return undefined;
  const formalRoute = top.text('formalRoute');
  const flow = flows.find((f) => f.startsFrom.intent === 'complaint');
  const flowId = flow?.id ?? '';
  if (!flow) top.problem([], 'no flow in dialogs/ says "startsFrom: intent: complaint", so complaints have nowhere to go');
  const firstStep = flow?.steps.find((s) => s.id === flow.start);
  if (firstStep && formalRoute && !firstStep.choices.some((c) => c.label === formalRoute)) {
    top.problem('formalRoute', `"${formalRoute}" is not a button of the first step of "${flowId}" (${firstStep.choices.map((c) => `"${c.label}"`).join(', ')})`);
  }
  const signalsRaw = top.raw('signals');
  if (!Array.isArray(signalsRaw) || signalsRaw.length === 0) top.problem('signals', '"signals" should be a list of { id, phrases }');
  const signals = (Array.isArray(signalsRaw) ? signalsRaw : []).flatMap((raw, index) => {
    const signal = FieldReader.forMapping(file, ['signals', index], raw, 'a signal', ['id', 'phrases']);
    return signal ? [{ id: signal.text('id'), phrases: phrases(signal, file, ['signals', index], 'phrases') }] : [];
  });
  const pairRaw = top.raw('wentWrongThenAsks');
  const pair = pairRaw === undefined ? undefined : FieldReader.forMapping(file, ['wentWrongThenAsks'], pairRaw, '"wentWrongThenAsks"', ['wentWrong', 'asks']);
  const storiesRaw = top.raw('storiesOfBadCare');
  const stories = storiesRaw === undefined ? undefined : FieldReader.forMapping(file, ['storiesOfBadCare'], storiesRaw, '"storiesOfBadCare"', ['wentWrong', 'notWhenAbout', 'signalsNotWhenAbout', 'alreadyAsked']);
  const notCareRaw = top.raw('notAboutCare');
  const notCare = notCareRaw === undefined ? undefined : FieldReader.forMapping(file, ['notAboutCare'], notCareRaw, '"notAboutCare"', ['subjects', 'unlessAbout']);
  return {
    flow: flowId,
    formalRoute,
    formal: phrases(top, file, [], 'formal'),
    signals,
    wentWrongThenAsks: pair ? { wentWrong: phrases(pair, file, ['wentWrongThenAsks'], 'wentWrong'), asks: phrases(pair, file, ['wentWrongThenAsks'], 'asks') } : undefined,
    notComplaints: phrases(top, file, [], 'notComplaints'),
    ...(top.has('notMakingOne') ? { notMakingOne: phrases(top, file, [], 'notMakingOne') } : {}),
    storiesOfBadCare: stories && {
      wentWrong: phrases(stories, file, ['storiesOfBadCare'], 'wentWrong'),
      notWhenAbout: phrases(stories, file, ['storiesOfBadCare'], 'notWhenAbout'),
      signalsNotWhenAbout: signalIds(stories, signals),
      ...(stories.has('alreadyAsked') ? { alreadyAsked: phrases(stories, file, ['storiesOfBadCare'], 'alreadyAsked') } : {}),
    },
    notAboutCare: notCare && { subjects: phrases(notCare, file, ['notAboutCare'], 'subjects'), unlessAbout: phrases(notCare, file, ['notAboutCare'], 'unlessAbout') },
  };
}

/** What the flows' buttons say that goes on with a flow (their labels and other words), none of them a way out of it. */
function buttonLabels(flows: readonly FlowSpec[]): string[] {
  const goingOn = flows.flatMap((flow) => flow.steps.flatMap((step) => step.choices.filter((choice) => choice.next !== undefined)));
  return [...new Set(goingOn.flatMap((choice) => [choice.label, ...choice.says]))];
}

/** complaint-examples.yaml: complaints and messages that are not, told as people write them, and the threshold. */
function readComplaintExamples(file: YamlFile): ComplaintExamples | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'complaint-examples.yaml', ['threshold', 'thresholdInFlow', 'complaints', 'notComplaints']);
  if (!top) return undefined;
  const threshold = shareOf(top, 'threshold', 'the share of "complaint" a message needs');
  // Not given: a flow's messages need what every message needs.
  const inFlow = top.raw('thresholdInFlow') ?? threshold;
  const inFlowReadable = typeof inFlow === 'number' && inFlow < 1 && (threshold === undefined || inFlow >= threshold);
  if (top.has('thresholdInFlow') && !inFlowReadable) {
    top.problem('thresholdInFlow', '"thresholdInFlow" should be a number below 1 and no lower than "threshold" (the share a message needs in a flow)');
  }
  const [complaints, notComplaints] = exampleLists(file, top, ['complaints', 'notComplaints']);
  // A threshold that is not a number was reported above, and loading stops on reported problems.
  if (threshold === undefined || typeof inFlow !== 'number') return undefined;
  return { threshold, thresholdInFlow: inFlow, complaints, notComplaints };
}

/** way-out-examples.yaml: ways out of a flow and replies that are not, told as people type them, and the threshold. */
function readWayOutExamples(file: YamlFile): WayOutExamples | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'way-out-examples.yaml', ['threshold', 'thresholdOverAButton', 'wayOuts', 'notWayOuts']);
  if (!top) return undefined;
  const threshold = shareOf(top, 'threshold', 'the share of "way out" a reply needs');
  const overAButton = shareOf(top, 'thresholdOverAButton', 'the share a reply needs when a button fits it');
  if (threshold !== undefined && overAButton !== undefined && overAButton < threshold) {
    top.problem('thresholdOverAButton', '"thresholdOverAButton" should be no lower than "threshold" (a button that fits asks for more)');
  }
  const [wayOuts, notWayOuts] = exampleLists(file, top, ['wayOuts', 'notWayOuts']);
  return threshold === undefined || overAButton === undefined ? undefined : { threshold, thresholdOverAButton: overAButton, wayOuts, notWayOuts };
}

/** A number between 0 and 1 (a learnt reader's threshold), reported when it is anything else. */
function shareOf(top: FieldReader, key: string, what: string): number | undefined {
  const value = top.raw(key);
  if (typeof value === 'number' && value > 0 && value < 1) return value;
  top.problem(key, `"${key}" should be a number between 0 and 1 (${what})`);
  return undefined;
}

/** An examples file's two lists (what the learnt reader says and what it does not): every example has words, and is under one list only. */
function exampleLists(file: YamlFile, top: FieldReader, keys: readonly [string, string]): [string[], string[]] {
  const lists = keys.map((key) => top.textList(key, { min: 20 }));
  const seen = new Map<string, string>();
  keys.forEach((key, k) => {
    (lists[k] ?? []).forEach((text, index) => {
      const words = wordsOf(text).join(' ');
      if (words.length === 0) file.problem([key, index], `"${text}" has no words the bot can read`);
      const first = seen.get(words);
      if (first !== undefined && first !== key) file.problem([key, index], `"${text}" is also under "${first}": an example cannot be both`);
      seen.set(words, key);
    });
  });
  return [lists[0] ?? [], lists[1] ?? []];
}

/** The signals named in "signalsNotWhenAbout", each checked to be a signal's id. */
function signalIds(reader: FieldReader, signals: readonly { readonly id: string }[]): ReadonlySet<string> {
  const ids = reader.textList('signalsNotWhenAbout', { optional: true });
  ids.forEach((id, i) => {
    if (!signals.some((s) => s.id === id)) reader.problem(['signalsNotWhenAbout', i], `"${id}" is not the id of a signal above`);
  });
  return new Set(ids);
}

function readNations(file: YamlFile, serviceIds: ReadonlySet<string>): NationRules | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'nations.yaml', ['nations', 'asksIfItApplies', 'wholeUk', 'notCovered', 'saidWithANationAlone']);
  if (!top) return undefined;
  const list = top.raw('nations');
  if (!Array.isArray(list)) top.problem('nations', '"nations" should be a list of { nation, says, services }');
  const nations = (Array.isArray(list) ? list : []).flatMap((raw, index) => {
    const path = ['nations', index];
    const item = FieldReader.forMapping(file, path, raw, 'a nation', ['nation', 'says', 'services', 'towns']);
    if (!item) return [];
    const nation = item.text('nation');
    if (nation && !(NATIONS as readonly string[]).includes(nation)) item.problem('nation', `"nation" should be one of: ${NATIONS.join(', ')}`);
    const services = item.textList('services', { min: 1 });
    services.forEach((id, i) => {
      if (!serviceIds.has(id)) item.problem(['services', i], `"${id}" is not a service id in knowledge/services.yaml`);
    });
    return [{ nation: nation as Nation, says: phrases(item, file, path, 'says'), services, towns: item.has('towns') ? phrases(item, file, path, 'towns') : [] }];
  });
  const placesRaw = top.raw('notCovered');
  if (placesRaw !== undefined && !Array.isArray(placesRaw)) top.problem('notCovered', '"notCovered" should be a list of { place, says }');
  const notCovered = (Array.isArray(placesRaw) ? placesRaw : []).flatMap((raw, index) => {
    const path = ['notCovered', index];
    const item = FieldReader.forMapping(file, path, raw, 'a place', ['place', 'says']);
    return item ? [{ place: item.text('place'), says: phrases(item, file, path, 'says') }] : [];
  });
  const saidWithANationAlone = top.has('saidWithANationAlone') ? new Set(phrases(top, file, [], 'saidWithANationAlone').flatMap((p) => p.words)) : undefined;
  return {
    nations,
    asksIfItApplies: phrases(top, file, [], 'asksIfItApplies'),
    wholeUk: top.has('wholeUk') ? phrases(top, file, [], 'wholeUk') : [],
    notCovered,
    ...(saidWithANationAlone ? { saidWithANationAlone } : {}),
  };
}

function readSmallTalk(file: YamlFile): SmallTalkRules | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'small-talk.yaml', ['kinds', 'praise', 'introductions', 'introductionsAfterGreeting', 'titles', 'ages', 'politeWords', 'negations', 'aboutWords', 'thanksBeforeAsking', 'questionWords', 'asking', 'whatTheBotDoes', 'botAddressed', 'greetingsWhenAsked']);
  if (!top) return undefined;
  const list = top.raw('kinds');
  if (!Array.isArray(list)) top.problem('kinds', '"kinds" should be a list of { kind, says }');
  const kinds = (Array.isArray(list) ? list : []).flatMap((raw, index) => {
    const path = ['kinds', index];
    const item = FieldReader.forMapping(file, path, raw, 'a kind of small talk', ['kind', 'says']);
    if (!item) return [];
    const kind = item.text('kind');
    if (kind && !(SMALL_TALK_KINDS as readonly string[]).includes(kind)) item.problem('kind', `"kind" should be one of: ${SMALL_TALK_KINDS.join(', ')}`);
    return [{ kind: kind as SmallTalk, says: phrases(item, file, path, 'says') }];
  });
  const listed = new Set(kinds.map((k) => k.kind));
  const missing = SMALL_TALK_KINDS.filter((kind) => !listed.has(kind));
  if (Array.isArray(list) && missing.length > 0) top.problem('kinds', `"kinds" has nothing for: ${missing.join(', ')}`);
  reportRepeats(file, [
    ...kinds.flatMap((k, index) => k.says.map((p, i) => ({ path: ['kinds', index, 'says', i], key: p.words.join(' ') }))),
    ...top.textList('praise', { optional: true }).map((text, i) => ({ path: ['praise', i], key: phrase(text).words.join(' ') })),
  ]);
  const words = (key: string): ReadonlySet<string> => new Set(phrases(top, file, [], key).flatMap((p) => p.words));
  return {
    kinds,
    praise: phrases(top, file, [], 'praise'),
    introductions: phrases(top, file, [], 'introductions'),
    introductionsAfterGreeting: phrases(top, file, [], 'introductionsAfterGreeting'),
    titles: top.has('titles') ? words('titles') : new Set(),
    ages: top.has('ages') ? phrases(top, file, [], 'ages') : [],
    politeWords: words('politeWords'),
    negations: words('negations'),
    aboutWords: words('aboutWords'),
    thanksBeforeAsking: phrases(top, file, [], 'thanksBeforeAsking'),
    questionWords: words('questionWords'),
    asking: top.has('asking') ? phrases(top, file, [], 'asking') : [],
    whatTheBotDoes: {
      words: top.has('whatTheBotDoes') ? words('whatTheBotDoes') : new Set(),
      addressing: top.has('botAddressed') ? words('botAddressed') : new Set(),
    },
    greetingsWhenAsked: top.has('greetingsWhenAsked') ? phrases(top, file, [], 'greetingsWhenAsked') : [],
    openers: oneWordGreetings(kinds),
  };
}

/** The greetings of one whole word ("hello", not "hi*"): a part of a message that opens with them opens with the word after. */
function oneWordGreetings(kinds: readonly { readonly kind: SmallTalk; readonly says: readonly Phrase[] }[]): ReadonlySet<string> {
  const greetings = kinds.filter((k) => k.kind === 'greeting').flatMap((k) => k.says);
  return new Set(greetings.filter((p) => p.words.length === 1 && !p.prefix[0]).map((p) => p.words[0] ?? ''));
}

/** A phrase given twice, or for two kinds, is reported where it is given again: which one would count is not clear. */
function reportRepeats(file: YamlFile, items: readonly { path: YamlPath; key: string }[]): void {
  const seen = new Set<string>();
  for (const { path, key } of items) {
    if (seen.has(key)) file.problem(path, `"${key}" is listed before in this file`);
    seen.add(key);
  }
}

function readTypedAnswers(file: YamlFile): TypedAnswerRules | undefined {
  const top = FieldReader.forMapping(file, [], file.data, 'typed-answers.yaml', ['families', 'hedges', 'notMeaning', 'turns', 'askingForIt', 'askedAbout', 'askedHowOften', 'askedWhetherAllowed', 'answerHeldBack', 'conditionAsked', 'worryTold', 'hearsay', 'askedOtherwise', 'spokenMarks', 'waysOut', 'noInASentence']);
  if (!top) return undefined;
  const list = top.raw('families');
  if (!Array.isArray(list)) top.problem('families', '"families" should be a list of { id, forLabels or forLabelsStartingWith, says }');
  const families = (Array.isArray(list) ? list : []).flatMap((raw, index): AnswerFamily[] => {
    const path = ['families', index];
    const item = FieldReader.forMapping(file, path, raw, 'a family', ['id', 'forLabels', 'forLabelsStartingWith', 'says', 'alsoSays', 'whose']);
    if (!item) return [];
    if (!item.has('forLabels') && !item.has('forLabelsStartingWith')) item.problem('id', 'a family needs "forLabels" or "forLabelsStartingWith": which buttons it is for');
    // `alsoSays` is read exactly as `says`; it is a field of its own only because the safety classifier learns `says`.
    const says = [...phrases(item, file, path, 'says'), ...(item.has('alsoSays') ? phrases(item, file, path, 'alsoSays') : [])];
    // Whose: single words as read ("me", "ma"), looked up before each of the family's phrases.
    const whose = item.textList('whose', { optional: true });
    return [{
      id: item.text('id'),
      forLabels: item.has('forLabels') ? phrases(item, file, path, 'forLabels') : [],
      forLabelsStartingWith: item.textList('forLabelsStartingWith', { optional: true }).map((w) => w.toLowerCase()),
      says,
      ...(whose.length > 0 ? { whose: whose.flatMap((w) => wordsOf(w)), owned: says.map((p) => phrase(`my ${p.text}`)) } : {}),
    }];
  });
  const worryTold = top.textList('worryTold', { min: 1 }).flatMap((text, index) => {
    const pattern = choicePattern(text);
    if (typeof pattern === 'string') file.problem(['worryTold', index], pattern);
    return typeof pattern === 'string' ? [] : [pattern];
  });
  const waysOut = FieldReader.forMapping(file, ['waysOut'], top.raw('waysOut'), '"waysOut"', ['stop', 'startAgain', 'signOffs', 'inOwnWords', 'leaving', 'leavingInCrisisWords', 'pausing', 'comingBack', 'pausingNotBefore']);
  if (!waysOut) return undefined;
  const wholeMessage = (key: 'stop' | 'startAgain' | 'signOffs'): string[] =>
    waysOut.textList(key, key === 'signOffs' ? { optional: true } : { min: 1 }).map((text, index) => {
      if (text.includes('*') || wordsOf(text).length === 0) file.problem(['waysOut', key, index], `"${text}" should be whole words (a way out said as the whole message)`);
      return text;
    });
  const stop = wholeMessage('stop');
  const startAgain = wholeMessage('startAgain');
  const signOffs = wholeMessage('signOffs');
  reportRepeats(file, [
    ...stop.map((text, i) => ({ path: ['waysOut', 'stop', i], key: wordsOf(text).join(' ') })),
    ...startAgain.map((text, i) => ({ path: ['waysOut', 'startAgain', i], key: wordsOf(text).join(' ') })),
  ]);
  const inOwnWords = waysOut.has('inOwnWords') ? readWayOutFrames(file, waysOut.raw('inOwnWords')) : undefined;
  // Something heard, told as a statement: frames with the ways out's groups (their openings) and groups of its own.
  const hearsay = top.has('hearsay') ? readFrames(file, ['hearsay'], top.raw('hearsay'), ['frames'], inOwnWords?.groups)?.compiled('frames', 1) : undefined;
  const asked = top.has('askedOtherwise') ? readFrames(file, ['askedOtherwise'], top.raw('askedOtherwise'), ASKED_OTHERWISE, inOwnWords?.groups) : undefined;
  const askedOtherwise = asked && { withoutItsMark: asked.compiled('withoutItsMark', 1), tags: asked.compiled('tags', 1), indirect: asked.compiled('indirect', 0), whatItMeans: asked.compiled('whatItMeans', 1), leftToTheFlow: asked.compiled('leftToTheFlow', 0) };
  const conditionAsked = top.has('conditionAsked') ? FieldReader.forMapping(file, ['conditionAsked'], top.raw('conditionAsked'), '"conditionAsked"', CONDITION_ASKED_FIELDS) : undefined;
  const spokenMarks = top.has('spokenMarks') ? readSpokenMarks(file, top.raw('spokenMarks')) : undefined;
  const noInASentence = top.has('noInASentence') ? readNoInASentence(file, top.raw('noInASentence')) : undefined;
  return {
    ...(noInASentence ? { noInASentence } : {}),
    ...(hearsay ? { hearsay } : {}),
    ...(askedOtherwise ? { askedOtherwise } : {}),
    ...(spokenMarks ? { spokenMarks } : {}),
    families,
    leaving: [...phrases(waysOut, file, ['waysOut'], 'leaving'), ...(waysOut.has('leavingInCrisisWords') ? phrases(waysOut, file, ['waysOut'], 'leavingInCrisisWords') : [])],
    waysOut: { stop, startAgain, signOffs },
    worryTold,
    ...(waysOut.has('pausing') || waysOut.has('comingBack') ? { pausing: pausingPattern(waysOut, ['pausing', 'comingBack']) } : {}),
    ...(waysOut.has('comingBack') ? { comingBack: pausingPattern(waysOut, ['comingBack']) } : {}),
    ...(inOwnWords ? { inOwnWords } : {}),
    ...(top.has('hedges') ? { hedges: phrases(top, file, [], 'hedges') } : {}),
    ...(top.has('notMeaning') ? { notMeaning: phrases(top, file, [], 'notMeaning') } : {}),
    ...(top.has('turns') ? { turns: phrases(top, file, [], 'turns') } : {}),
    ...(top.has('askingForIt') ? { askingForIt: phrases(top, file, [], 'askingForIt') } : {}),
    ...(top.has('askedAbout') ? { askedAbout: phrases(top, file, [], 'askedAbout') } : {}),
    ...(top.has('askedHowOften') ? { askedHowOften: phrases(top, file, [], 'askedHowOften') } : {}),
    ...(top.has('askedWhetherAllowed') ? { askedWhetherAllowed: phrases(top, file, [], 'askedWhetherAllowed') } : {}),
    ...(top.has('answerHeldBack') ? { heldBack: readAnswerHeldBack(file, top.raw('answerHeldBack')) } : {}),
    ...(conditionAsked ? { conditionAsked: readConditionAsked(conditionAsked) } : {}),
  };
}

const ASKED_OTHERWISE = ['withoutItsMark', 'tags', 'indirect', 'whatItMeans', 'leftToTheFlow'];

/** typed-answers.yaml's `noInASentence`: one-word lists, each word as the normaliser leaves it. */
function readNoInASentence(file: YamlFile, raw: unknown): NoInASentence | undefined {
  const reader = FieldReader.forMapping(file, ['noInASentence'], raw, '"noInASentence"', ['words', 'after']);
  if (!reader) return undefined;
  return { words: oneWords(file, reader, 'noInASentence', 'words'), after: oneWords(file, reader, 'noInASentence', 'after') };
}

/** A list of single words under `section`, each as the normaliser leaves it; any other entry is reported at its line. */
function oneWords(file: YamlFile, reader: FieldReader, section: string, key: string): Set<string> {
  return new Set(
    reader.textList(key, { min: 1 }).map((text, index) => {
      const word = wordsOf(text);
      if (word.length !== 1) file.problem([section, key, index], `"${text}" should be one word`);
      return word.join(' ');
    }),
  );
}

/** The words of `keys` (`waysOut.pausing`, `comingBack`), whole anywhere in a reply's words, not before one of `pausingNotBefore` ("leave it there"). */
function pausingPattern(waysOut: FieldReader, keys: readonly string[]): RegExp {
  const texts = (key: string): string[] => (waysOut.has(key) ? waysOut.textList(key, { min: 1 }) : []);
  const anyOf = (list: readonly string[]): string => list.map((text) => escapeForPattern(wordsOf(text).join(' '))).filter(Boolean).join('|');
  const notBefore = waysOut.has('pausingNotBefore') ? `(?! (?:${anyOf(texts('pausingNotBefore'))})(?: |$))` : '';
  return new RegExp(`(?:^| )(?:${anyOf(keys.flatMap(texts))})${notBefore}(?: |$)`);
}

/** typed-answers.yaml's `answerHeldBack`: word lists, and the part that only thanks as one pattern over its words. */
function readAnswerHeldBack(file: YamlFile, raw: unknown): AnswerHeldBack | undefined {
  const fields = ['puttingOff', 'around', 'holdingBack', 'beforeTheQuestion', 'thanksOpenings', 'thanks', 'thanksHowMuch', 'answerSaid'];
  const reader = FieldReader.forMapping(file, ['answerHeldBack'], raw, '"answerHeldBack"', fields);
  if (!reader) return undefined;
  const words = (key: string): Set<string> => oneWords(file, reader, 'answerHeldBack', key);
  const holdingBack = wordsOf(reader.text('holdingBack'));
  if (holdingBack.length !== 1) reader.problem('holdingBack', '"holdingBack" should be one word');
  const anyOf = (key: string): string => reader.textList(key, { min: 1 }).map((text) => escapeForPattern(wordsOf(text).join(' '))).join('|');
  // "ok thank you so much for explaining all that": what they thank for is up to six words, and asks nothing.
  const thanksOnly = new RegExp(`^(?:(?:${anyOf('thanksOpenings')}) )?(?:${anyOf('thanks')})(?: (?:${anyOf('thanksHowMuch')}))?(?: for (?:[a-z]+ ){0,5}[a-z]+)?$`);
  return {
    puttingOff: words('puttingOff'),
    around: words('around'),
    holdingBack: holdingBack[0] ?? '',
    beforeTheQuestion: words('beforeTheQuestion'),
    thanksOnly,
    ...(reader.has('answerSaid') ? { answerSaid: words('answerSaid') } : {}),
  };
}
const MARKS = ['?', '.', ',', '!'];

/** `spokenMarks`: each mark with the words said for it ("question mark"), whole words. */
function readSpokenMarks(file: YamlFile, raw: unknown): SpokenMark[] | undefined {
  const reader = FieldReader.forMapping(file, ['spokenMarks'], raw, '"spokenMarks"', MARKS);
  if (!reader) return undefined;
  return MARKS.filter((mark) => reader.has(mark)).flatMap((mark) =>
    reader.textList(mark, { min: 1 }).flatMap((text, index): SpokenMark[] => {
      const words = wordsOf(text);
      if (words.length === 0 || text.includes('*')) {
        file.problem(['spokenMarks', mark, index], `"${text}" should be whole words (what is said for "${mark}")`);
        return [];
      }
      return [{ mark, words }];
    }),
  );
}

/** Word groups and frames made of them, each compiled (a problem reported with its line); `inherited` groups are named too. */
function readFrames(file: YamlFile, path: YamlPath, raw: unknown, keys: readonly string[], inherited: ReadonlyMap<string, readonly string[]> = new Map()) {
  const reader = FieldReader.forMapping(file, path, raw, `"${String(path[path.length - 1])}"`, ['groups', ...keys]);
  if (!reader) return undefined;
  const groupsRaw = reader.raw('groups');
  if (!isRecord(groupsRaw)) reader.problem('groups', '"groups" should be a mapping of names to lists of words');
  const groupReader = isRecord(groupsRaw) ? FieldReader.forMapping(file, [...path, 'groups'], groupsRaw, '"groups"', Object.keys(groupsRaw)) : undefined;
  const own = Object.keys(isRecord(groupsRaw) ? groupsRaw : {}).map((name) => [name, groupReader?.textList(name, { min: 1 }) ?? []] as const);
  const groups = new Map([...inherited, ...own]);
  const compiled = (key: string, min: number): RegExp[] =>
    reader.textList(key, { min, optional: min === 0 }).flatMap((text, index) => {
      const frame = wayOutFrame(text, groups);
      if (typeof frame === 'string') file.problem([...path, key, index], frame);
      return typeof frame === 'string' ? [] : [frame];
    });
  return { groups, compiled };
}

/** `waysOut.inOwnWords`: word groups, and frames made of them. */
function readWayOutFrames(file: YamlFile, raw: unknown): (WayOutFrames & { readonly groups: ReadonlyMap<string, readonly string[]> }) | undefined {
  const read = readFrames(file, ['waysOut', 'inOwnWords'], raw, ['frames', 'askingForAPerson', 'keepingThePlace']);
  if (!read) return undefined;
  const askingForAPerson = read.compiled('askingForAPerson', 0);
  const keepingThePlace = read.compiled('keepingThePlace', 0);
  const closing = closingOnly(read.groups);
  return { frames: [...read.compiled('frames', 1), ...askingForAPerson], askingForAPerson, keepingThePlace, groups: read.groups, ...(closing ? { closingOnly: closing } : {}) };
}

/** A nation's words are also what people type for a button that names it. */
function withNations(rules: TypedAnswerRules, nations: NationRules): TypedAnswerRules {
  const nationFamilies = nations.nations.map((n): AnswerFamily => ({ id: `nation:${n.nation}`, forLabels: n.says, forLabelsStartingWith: [], says: [...n.says, ...(n.towns ?? [])], place: true }));
  return { ...rules, families: [...rules.families, ...nationFamilies] };
}
