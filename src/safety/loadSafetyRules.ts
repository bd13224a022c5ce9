import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemList } from '../content/contentProblems';
import { FieldReader, topLevelList } from '../content/fields';
import { displayPath, YamlFile, type YamlPath } from '../content/yamlFile';
import { loadClassifier } from './classifier/loadClassifier';
import { readClassifierSettings } from './classifier/loadExamples';
import { loadOrdinaryMessages, phrasePattern } from './classifier/ordinaryMessages';
import { compileRule, PatternCompiler, type CompiledRule } from './compileRules';
import { checkedBefore } from './exampleCheckCache';
import { readRuleFilesCached } from './rulesReadCache';
import { analysedPatterns } from './patternAnalysisCache';
import { anchorIndexOf, SafetyRules } from './safetyRules';
import { SAFETY_CATEGORIES, type SafetyCategory, type SafetyRuleSpec, type WordList } from './types';

/** The files of knowledge/safety/: word lists, then one file of rules per category. */
export const SAFETY_LAYOUT = Object.freeze({
  wordLists: 'word-lists.yaml',
  rules: ['emergency.yaml', 'crisis.yaml', 'medical-advice.yaml'],
  /** The classifier's training settings and decision thresholds. */
  classifier: 'classifier.yaml',
  /** Labelled phrasings the classifier learns from, one file per source. */
  examples: 'examples',
});

/** The word list every emergency rule uses to tell history ("had a stroke last year") from now. */
export const HISTORY_LIST = 'history';
/** The word list of recent treatment ("since my operation on Tuesday"), which is never history. */
export const RECENT_TREATMENT_LIST = 'recent-treatment';
/** Long ago, not an event, or only "if", anywhere in a sentence: lowers a sign whose clause says nothing of now. */
export const LONG_AGO_LIST = 'long-ago';
/** A clause that says a sign is happening now: sentence context (long-ago) does not lower it. */
export const HAPPENING_NOW_LIST = 'happening-now';
/** The word list of feelings coming back ("again", "the thoughts are back"), which keeps a crisis sign from being lowered. */
export const CRISIS_AGAIN_LIST = 'crisis-again';
/** Said to be happening at this very moment ("right now", "as we speak"): history in the same clause does not lower the sign. Optional. */
export const SAID_NOW_LIST = 'said-to-be-now';
/** The person is well again now ("he's fine now"): a sign told in a sentence that says nothing of now is then a story that is over. */
export const RECOVERED_NOW_LIST = 'recovered-now';
/** A date that puts a sign days or more behind ("in January", "at Christmas"): with recovered-now, the sign is over. */
export const DATED_PAST_LIST = 'dated-past';
/**
 * The second opinion told as a medical question's setting ("while I wait for the second opinion"), not what is asked,
 * read only when the message names a clinical object (a medicine, symptom or result). Both lists may be left out: the
 * setting is then never read out of a sentence.
 */
export const SECOND_OPINION_SETTING_LIST = 'second-opinion-setting';
/** What a request for a clinical judgement is about: a medicine, symptom, named treatment or result, not "treatment" or "tests". */
export const CLINICAL_OBJECT_LIST = 'clinical-object';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RULE_FIELDS = [
  'id', 'category', 'description', 'source', 'patterns', 'requires', 'unless', 'unlessInClause', 'lowerIf', 'anyTime', 'alwaysSecondTier',
  'mustTrigger', 'mustNotTrigger', 'possibleOnly',
];

/**
 * Reads, checks and compiles the safety rules. Every problem is reported with its file and
 * line, all at once (ContentError): duplicate ids, unknown word lists, bad patterns, and any
 * rule whose own examples do not behave as the rule says. With a modelCache folder, the
 * classifier trained on exactly the same inputs before is reused from there, and so is the
 * verdict of the examples' check.
 */
export function loadSafetyRules(folder: string, options: { readonly modelCache?: string } = {}): SafetyRules {
  const problems = new ProblemList();
  const open = (name: string): YamlFile | undefined => {
    const path = join(folder, name);
    if (existsSync(path)) return new YamlFile(path, problems);
    problems.add(displayPath(path), 1, 'this safety file is missing');
    return undefined;
  };
  const ruleFiles = [SAFETY_LAYOUT.wordLists, ...SAFETY_LAYOUT.rules].map((name) => join(folder, name));
  // The same bytes read by the same code before, with no problem: their reading is reused (see rulesReadCache).
  const { listsFile, lists, specs } = readRuleFilesCached(ruleFiles, options.modelCache, () => {
    const file = open(SAFETY_LAYOUT.wordLists);
    const result = {
      listsFile: file?.name,
      lists: file ? readWordLists(file) : [],
      specs: SAFETY_LAYOUT.rules.flatMap((name) => {
        const rulesFile = open(name);
        return rulesFile ? readRules(rulesFile) : [];
      }),
    };
    return { result, clean: problems.all.length === 0 };
  });
  checkUniqueIds(specs, problems);

  // The same rule files and engine passed every check before (see exampleCheckCache): their examples behave the same.
  const verdict = checkedBefore(ruleFiles, options.modelCache);
  const compiler = new PatternCompiler(lists, (line, file, message) => problems.add(file, line, message), verdict.known);
  const history = listsFile ? compiler.compile(`{${HISTORY_LIST}}`, listsFile, 1) : undefined;
  const recentTreatment = listsFile ? compiler.compile(`{${RECENT_TREATMENT_LIST}}`, listsFile, 1, 'g') : undefined;
  const crisisAgain = listsFile ? compiler.compile(`{${CRISIS_AGAIN_LIST}}`, listsFile, 1) : undefined;
  const longAgo = listsFile ? compiler.compile(`{${LONG_AGO_LIST}}`, listsFile, 1) : undefined;
  const happeningNow = listsFile ? compiler.compile(`{${HAPPENING_NOW_LIST}}`, listsFile, 1) : undefined;
  const recoveredNow = listsFile ? compiler.compile(`{${RECOVERED_NOW_LIST}}`, listsFile, 1) : undefined;
  const datedPast = listsFile ? compiler.compile(`{${DATED_PAST_LIST}}`, listsFile, 1) : undefined;
  const saidNow = listsFile && lists.some((list) => list.name === SAID_NOW_LIST) ? compiler.compile(`{${SAID_NOW_LIST}}`, listsFile, 1) : undefined;
  const settingRead = listsFile && [SECOND_OPINION_SETTING_LIST, CLINICAL_OBJECT_LIST].every((name) => lists.some((list) => list.name === name));
  const secondOpinionSetting = settingRead ? compiler.compile(`{${SECOND_OPINION_SETTING_LIST}}`, listsFile, 1, 'g') : undefined;
  const clinicalObject = settingRead ? compiler.compile(`\\b(?:{${CLINICAL_OBJECT_LIST}})\\b`, listsFile, 1) : undefined;
  const compiled = specs.map((spec) => compileRule(spec, compiler)).filter((rule): rule is CompiledRule => rule !== undefined);
  problems.throwIfAny();

  if (!history || !recentTreatment || !crisisAgain || !longAgo || !happeningNow || !recoveredNow || !datedPast) {
    throw new Error('unreachable: the required word lists were checked above');
  }
  // Every pattern the anchor index reads, read the same way before: its analysis is reused (see patternAnalysisCache).
  const analyse = analysedPatterns(patternSources(compiled), options.modelCache);
  const rules = new SafetyRules(compiled, { history, recentTreatment, longAgo, happeningNow, crisisAgain, recoveredNow, datedPast, ...(saidNow ? { saidNow } : {}), ...(secondOpinionSetting && clinicalObject ? { secondOpinionSetting, clinicalObject } : {}) }, undefined, anchorIndexOf(compiled, analyse));
  if (!verdict.known) {
    checkExamples(rules, problems);
    // Problems were thrown above, so any now are the examples': only a clean pass is remembered.
    if (problems.all.length === 0) verdict.remember();
  }
  const settingsFile = open(SAFETY_LAYOUT.classifier);
  const settings = settingsFile ? readClassifierSettings(settingsFile) : undefined;
  if (!settings) {
    problems.throwIfAny();
    throw new Error('unreachable: the classifier settings were checked above');
  }
  const sources = { safetyFolder: folder, examplesFolder: join(folder, SAFETY_LAYOUT.examples), settings, rules };
  const classifier = loadClassifier(sources, problems, options.modelCache);
  problems.throwIfAny();
  const flowExits = phrasePattern(loadOrdinaryMessages(folder, [settings.flowExits], problems).map((exit) => exit.text));
  return rules.withSecondNet({ classifier, thresholds: settings.thresholds, minWords: settings.minWords, flowExits });
}

/** Every expression of the rules the anchor index analyses: each rule's scanner and what it tests on the message or sentence. */
function patternSources(rules: readonly CompiledRule[]): string[] {
  return rules.flatMap((rule) => [rule.scanner, ...rule.requires, ...rule.unless, ...rule.unlessInClause, ...rule.lowerIf].map((re) => re.source));
}

function readWordLists(file: YamlFile): WordList[] {
  const lists: WordList[] = [];
  const seen = new Set<string>();
  topLevelList(file, 'wordLists').forEach((raw, index) => {
    const path: YamlPath = ['wordLists', index];
    const reader = FieldReader.forMapping(file, path, raw, 'a word list', ['name', 'description', 'words']);
    if (!reader) return;
    const name = reader.text('name');
    if (name && !ID_PATTERN.test(name)) reader.problem('name', `word list name "${name}" should be lowercase words joined by hyphens`);
    if (seen.has(name)) reader.problem('name', `there is already a word list called "${name}"`);
    seen.add(name);
    lists.push({
      name,
      description: reader.text('description'),
      words: reader.textList('words', { min: 1 }),
      origin: { file: file.name, line: file.lineOf([...path, 'name']) },
    });
  });
  for (const required of [HISTORY_LIST, RECENT_TREATMENT_LIST, LONG_AGO_LIST, HAPPENING_NOW_LIST, CRISIS_AGAIN_LIST, RECOVERED_NOW_LIST, DATED_PAST_LIST]) {
    if (!seen.has(required)) file.problem([], `the word list "${required}" is missing (the rules need it to place a sign in time)`);
  }
  return lists;
}

function readRules(file: YamlFile): SafetyRuleSpec[] {
  const specs: SafetyRuleSpec[] = [];
  topLevelList(file, 'rules').forEach((raw, index) => {
    const path: YamlPath = ['rules', index];
    const reader = FieldReader.forMapping(file, path, raw, 'a safety rule', RULE_FIELDS);
    if (!reader) return;
    const id = reader.text('id');
    if (id && !ID_PATTERN.test(id)) reader.problem('id', `id "${id}" should be lowercase words joined by hyphens`);
    const category = reader.text('category') as SafetyCategory;
    if (category && !SAFETY_CATEGORIES.includes(category)) {
      reader.problem('category', `category "${category}" should be one of: ${SAFETY_CATEGORIES.join(', ')}`);
    }
    const lines = new Map<string, number>();
    const list = (key: string, min = 0): string[] => {
      const items = reader.textList(key, { min, optional: min === 0 });
      items.forEach((item, i) => lines.set(item, file.lineOf([...path, key, i])));
      return items;
    };
    const emergencyOnly = (key: string): void => {
      if (category !== 'emergency' && reader.has(key)) reader.problem(key, `"${key}" is for emergency rules only`);
    };
    ['anyTime', 'alwaysSecondTier', 'possibleOnly'].forEach(emergencyOnly);
    if (category === 'medical-advice' && reader.has('lowerIf')) reader.problem('lowerIf', '"lowerIf" is for emergency and crisis rules only');
    const alwaysSecondTier = reader.flag('alwaysSecondTier') ?? false;
    specs.push({
      id,
      category,
      description: reader.text('description'),
      source: reader.text('source'),
      patterns: list('patterns', 1),
      requires: list('requires'),
      unless: list('unless'),
      unlessInClause: list('unlessInClause'),
      lowerIf: list('lowerIf'),
      anyTime: reader.flag('anyTime') ?? false,
      alwaysSecondTier,
      mustTrigger: list('mustTrigger', alwaysSecondTier ? 0 : 1),
      mustNotTrigger: list('mustNotTrigger'),
      possibleOnly: list('possibleOnly', alwaysSecondTier ? 1 : 0),
      origin: { file: file.name, line: file.lineOf([...path, 'id']) },
      lines,
    });
  });
  return specs;
}

function checkUniqueIds(specs: readonly SafetyRuleSpec[], problems: ProblemList): void {
  const first = new Map<string, SafetyRuleSpec>();
  for (const spec of specs) {
    const earlier = first.get(spec.id);
    if (earlier) problems.add(spec.origin.file, spec.origin.line, `rule id "${spec.id}" is already used at ${earlier.origin.file}:${earlier.origin.line}`);
    else first.set(spec.id, spec);
  }
}

/** A rule's examples are part of the rule: a change that breaks them is refused. */
function checkExamples(rules: SafetyRules, problems: ProblemList): void {
  for (const spec of rules.specs) {
    const line = (text: string): number => spec.lines.get(text) ?? spec.origin.line;
    for (const text of spec.mustTrigger) {
      if (rules.ruleOutcome(spec.id, text) !== 'definite') {
        problems.add(spec.origin.file, line(text), `rule "${spec.id}" should fire on its example "${text}", but does not`);
      }
    }
    for (const text of spec.possibleOnly) {
      if (rules.ruleOutcome(spec.id, text) !== 'possible') {
        problems.add(spec.origin.file, line(text), `rule "${spec.id}" should give only the "if this is happening now" line for "${text}"`);
      }
    }
    for (const text of spec.mustNotTrigger) {
      if (rules.ruleOutcome(spec.id, text) === 'definite') {
        problems.add(spec.origin.file, line(text), `rule "${spec.id}" should not fire on its example "${text}", but does`);
      }
    }
  }
}
