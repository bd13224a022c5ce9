import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblems';
import { loadSafetyRules } from '../../../src/safety';

const WORD_LISTS = `wordLists:
  - name: history
    description: the past
    words:
      - '\\blast year\\b'
  - name: recent-treatment
    description: recent treatment
    words:
      - '\\bsince my operation(?: last year)?\\b'
  - name: long-ago
    description: long ago
    words:
      - '\\byears ago\\b'
  - name: happening-now
    description: now
    words:
      - '\\bnow\\b'
  - name: crisis-again
    description: feelings coming back
    words:
      - '\\bagain\\b'
  - name: recovered-now
    description: well again now
    words:
      - '\\bfine now\\b'
  - name: dated-past
    description: a date days back
    words:
      - '\\bin january\\b'
  - name: relative
    description: who
    words: [mum, dad]
`;

const rule = (id: string, pattern: string, extra = ''): string => `  - id: ${id}
    category: emergency
    description: a sign
    source: nhs.uk When to call 999
    patterns:
      - '${pattern}'
    mustTrigger:
      - my mum has chest pain
${extra}`;

let folder = '';
let cache = '';
afterEach(() => {
  for (const dir of [folder, cache]) if (dir) rmSync(dir, { recursive: true, force: true });
  cache = '';
});

const CLASSIFIER = `minWords: 3
training: { epochs: 4, learningRate: 0.3, l2: 0.000001, seed: 7, classBalance: 1 }
thresholds: { emergency: 0.8, possibleEmergency: 0.5, crisis: 0.7, possibleCrisis: 0.3, medicalAdvice: 0.8 }
ordinaryMessages: []
flowExits: { from: examples, fields: [leaving] }
`;

const EXAMPLES = `writtenBy: the tests
guidance: none
examples:
  - { text: what is a second opinion, label: none }
`;

function write(files: { emergency?: string; crisis?: string; medical?: string; lists?: string; classifier?: string; examples?: string }): string {
  folder = mkdtempSync(join(tmpdir(), 'safety-'));
  writeFileSync(join(folder, 'word-lists.yaml'), files.lists ?? WORD_LISTS);
  writeFileSync(join(folder, 'emergency.yaml'), files.emergency ?? `rules:\n${rule('chest-pain', '\\b{relative} has chest pain\\b')}`);
  writeFileSync(join(folder, 'crisis.yaml'), files.crisis ?? 'rules: []\n');
  writeFileSync(join(folder, 'medical-advice.yaml'), files.medical ?? 'rules: []\n');
  writeFileSync(join(folder, 'classifier.yaml'), files.classifier ?? CLASSIFIER);
  mkdirSync(join(folder, 'examples'));
  writeFileSync(join(folder, 'examples', 'tests.yaml'), files.examples ?? EXAMPLES);
  return folder;
}

function problemsOf(dir: string, modelCache?: string): string[] {
  try {
    loadSafetyRules(dir, { modelCache });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file.split(/[\\/]/).pop() ?? ''}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('loading the safety rules from YAML', () => {
  it('compiles valid rules, expanding word lists, and runs them', () => {
    const rules = loadSafetyRules(write({}));
    expect(rules.assess('my dad has chest pain')).toEqual({ kind: 'emergency', rule: 'chest-pain' });
    expect(rules.assess('my dad has chest pain since last year')?.kind).toBe('possible-emergency');
    expect(rules.assess('since my operation last year my dad has chest pain')?.kind).toBe('emergency');
  });

  it('does not let history in a clause lower a sign said to be happening right now, when the word list for that is given', () => {
    const withoutIt = loadSafetyRules(write({}));
    expect(withoutIt.assess('my dad had chest pain last year and my mum has chest pain right now')?.kind).toBe('possible-emergency');
    const lists = `${WORD_LISTS}  - name: said-to-be-now
    description: this very moment
    words:
      - '\\bright now\\b'
`;
    const rules = loadSafetyRules(write({ lists }));
    expect(rules.assess('my dad had chest pain last year and my mum has chest pain right now')?.kind).toBe('emergency');
    expect(rules.assess('my mum has chest pain since last year')?.kind).toBe('possible-emergency');
  });

  it('leaves a match alone when an unlessInClause expression is in its own clause, not when it is only elsewhere in the sentence', () => {
    const medical = `rules:
  - id: sugar-asked
    category: medical-advice
    description: Asks whether a blood sugar reading is too high.
    source: tests
    patterns:
      - '\\bsugar\\b[^?]{0,60}\\btoo high\\b'
    unlessInClause:
      - '\\bopinion\\b'
    mustTrigger:
      - waiting on my second opinion, but my sugar was 17. is that too high?
    mustNotTrigger:
      - is my sugar too high for a second opinion?
`;
    const rules = loadSafetyRules(write({ medical }));
    expect(rules.assessByRules('waiting on my second opinion, but my sugar was 17. is that too high?')?.kind).toBe('medical-advice');
    expect(rules.assessByRules('my sugar is too high to wait for the opinion?')).toBeUndefined();
    // after "while", talk of the process is the question's setting, not its object
    expect(rules.assessByRules('my sugar was 17, is that too high while I wait for the opinion?')?.kind).toBe('medical-advice');
  });

  it('refuses a duplicate id, naming both places', () => {
    const problems = problemsOf(write({ emergency: `rules:\n${rule('chest-pain', '\\bchest pain\\b')}${rule('chest-pain', '\\bchest pain\\b')}` }));
    expect(problems).toEqual([expect.stringMatching(/^emergency\.yaml:10: rule id "chest-pain" is already used at .*emergency\.yaml:2$/)]);
  });

  it('reports a phrase of what one wants to know that the normaliser would never leave, with its line', () => {
    const lists = '  joining: [a]\n  asking: [is]\n  fillers: [just]\n  subjects: [i]\n  clinical: [biopsy]\n  process: [opinion]\n';
    const problems = problemsOf(write({ classifier: `${CLASSIFIER}featureWords:\n${lists}  wantsToKnow: [Want to know]\n  wantsToKnowThen: [how]\n` }));
    expect(problems).toEqual([expect.stringMatching(/^classifier\.yaml:13: "Want to know" should be lowercase words/)]);
  });

  it('reports a bad regular expression with its own line', () => {
    const problems = problemsOf(write({ emergency: `rules:\n${rule('broken', '\\bchest (pain\\b')}` }));
    expect(problems).toEqual([expect.stringMatching(/^emergency\.yaml:7: the pattern "\\bchest \(pain\\b" is not a valid regular expression/)]);
  });

  it('reports an unknown word list with the line that uses it', () => {
    const problems = problemsOf(write({ emergency: `rules:\n${rule('chest-pain', '\\b{relatives} has chest pain\\b')}` }));
    expect(problems).toEqual([expect.stringMatching(/^emergency\.yaml:7: unknown word list "\{relatives\}" \(known: history, recent-treatment, long-ago, happening-now, crisis-again, recovered-now, dated-past, relative\)/)]);
  });


  it('reports a word list opened and never closed, which a regular expression would read as plain text', () => {
    const problems = problemsOf(write({ emergency: `rules:\n${rule('chest-pain', '\\b{relative has chest pain\\b')}` }));
    expect(problems).toEqual([expect.stringMatching(/^emergency\.yaml:7: "\{relative has chest pain" opens a word list that is never closed/)]);
  });
  it('refuses a rule whose own example does not fire, at the example\'s line', () => {
    const problems = problemsOf(write({ emergency: `rules:\n${rule('chest-pain', '\\bcrushing chest pain\\b')}` }));
    expect(problems).toEqual(['emergency.yaml:9: rule "chest-pain" should fire on its example "my mum has chest pain", but does not']);
  });

  it('remembers that the rule examples passed their check, and checks them again when a rule file changes', () => {
    cache = mkdtempSync(join(tmpdir(), 'safety-cache-'));
    const verdicts = (): string[] => readdirSync(cache).filter((name) => name.startsWith('safety-rule-examples-'));
    loadSafetyRules(write({}), { modelCache: cache });
    expect(verdicts()).toHaveLength(1);
    writeFileSync(join(folder, 'emergency.yaml'), `rules:\n${rule('chest-pain', '\\bcrushing chest pain\\b')}`);
    expect(problemsOf(folder, cache)).toEqual(['emergency.yaml:9: rule "chest-pain" should fire on its example "my mum has chest pain", but does not']);
    expect(verdicts()).toHaveLength(1);
  });

  it('never remembers a check that failed', () => {
    cache = mkdtempSync(join(tmpdir(), 'safety-cache-'));
    const broken = write({ emergency: `rules:\n${rule('chest-pain', '\\bcrushing chest pain\\b')}` });
    expect(problemsOf(broken, cache)).toHaveLength(1);
    expect(problemsOf(broken, cache)).toHaveLength(1);
    expect(readdirSync(cache).filter((name) => name.startsWith('safety-rule-examples-'))).toEqual([]);
  });

  it('reports a missing field, an unknown field and an unknown category', () => {
    const text = `rules:\n  - id: odd\n    category: urgent\n    description: x y z\n    patterns: ['\\bx\\b']\n    mustTrigger: [x]\n    colour: red\n`;
    const problems = problemsOf(write({ crisis: text }));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^crisis\.yaml:3: category "urgent" should be one of/),
      expect.stringMatching(/^crisis\.yaml:7: unknown field "colour"/),
      expect.stringMatching(/^crisis\.yaml:2: "source" is missing/),
    ]));
  });

  it('requires the history word list that tells the past from now', () => {
    const problems = problemsOf(write({ lists: 'wordLists:\n  - name: relative\n    description: who\n    words: [mum]\n' }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/word-lists\.yaml:1: the word list "history" is missing/)]));
  });

  it('reports invalid YAML with its line', () => {
    const problems = problemsOf(write({ medical: 'rules:\n  - id: a\n   bad: [\n' }));
    expect(problems[0]).toMatch(/^medical-advice\.yaml:\d+: this is not valid YAML/);
  });
});

describe('loading the classifier\'s examples and settings', () => {
  const crisisExamples = `writtenBy: the tests
guidance: Samaritans
examples:
  - { text: i want it all to end tonight, label: crisis }
  - { text: i cant go on and want it all to end, label: crisis }
  - { text: everyone would be better off if it all ended, label: crisis }
  - { text: how do i ask for a second opinion, label: none }
  - { text: can my son ask for a second opinion for me, label: none }
  - { text: my dad has chest pain, label: emergency }
`;

  it('refuses an unknown label at its line, naming the labels it knows', () => {
    const problems = problemsOf(write({ examples: `${EXAMPLES}  - { text: my chest hurts, label: urgent }\n` }));
    expect(problems).toEqual([expect.stringMatching(/^tests\.yaml:5: label "urgent" should be one of: emergency, possible-emergency, crisis, medical-advice, near-miss, none$/)]);
  });

  it('refuses one phrasing given two different labels, naming both places', () => {
    const problems = problemsOf(write({ examples: `${EXAMPLES}  - { text: "What is a second opinion?", label: crisis }\n` }));
    expect(problems).toEqual([expect.stringMatching(/^tests\.yaml:5: this phrasing is labelled "crisis" here but "none" at .*tests\.yaml:4$/)]);
  });

  it('requires the header that says who wrote the examples and from which guidance', () => {
    const problems = problemsOf(write({ examples: 'examples:\n  - { text: what is a second opinion, label: none }\n' }));
    expect(problems).toEqual([expect.stringMatching(/^tests\.yaml:1: "writtenBy" is missing$/), expect.stringMatching(/^tests\.yaml:1: "guidance" is missing$/)]);
  });

  it('refuses a threshold that is not a probability, at its line', () => {
    const problems = problemsOf(write({ classifier: CLASSIFIER.replace('crisis: 0.7', 'crisis: 7') }));
    expect(problems).toEqual([expect.stringMatching(/^classifier\.yaml:3: "crisis" should be a probability above 0 and at most 1$/)]);
  });

  it('refuses a possible-crisis threshold above the crisis threshold, at its line', () => {
    const problems = problemsOf(write({ classifier: CLASSIFIER.replace('possibleCrisis: 0.3', 'possibleCrisis: 0.9') }));
    expect(problems).toEqual([expect.stringMatching(/^classifier\.yaml:3: "possibleCrisis" should not be above "crisis"/)]);
  });

  it('raises a message the rules leave alone when the classifier is sure, and names the classifier', () => {
    const rules = loadSafetyRules(write({ classifier: CLASSIFIER.replace('crisis: 0.7', 'crisis: 0.4'), examples: crisisExamples }));
    expect(rules.assessByRules('i want it all to end')).toBeUndefined();
    expect(rules.assess('i want it all to end')).toEqual({ kind: 'crisis', rule: 'classifier:crisis' });
    // The rules still decide first, and what they find is kept.
    expect(rules.assess('my dad has chest pain')).toEqual({ kind: 'emergency', rule: 'chest-pain' });
  });

  it('reads the content\'s ordinary messages live as "none" examples, from the named fields only', () => {
    const dir = write({ classifier: CLASSIFIER.replace('ordinaryMessages: []', 'ordinaryMessages:\n  - { from: qa, fields: [question, alternates] }') });
    mkdirSync(join(dir, 'qa'));
    writeFileSync(join(dir, 'qa', 'one.yaml'), 'entries:\n  - id: a\n    question: i want it all to end\n    answer: i want it all to end\n    alternates: [why do i want it to end]\n');
    const crisis = `${EXAMPLES}  - { text: i want it all to end, label: crisis }\n`;
    writeFileSync(join(dir, 'examples', 'tests.yaml'), crisis);
    // The question is read (and clashes with the crisis label), the answer is not a field it reads.
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^one\.yaml:3: this phrasing is labelled "none" here but "crisis" at .*tests\.yaml:5$/)]);
  });

  it('reports a source of ordinary messages that is missing', () => {
    const problems = problemsOf(write({ classifier: CLASSIFIER.replace('ordinaryMessages: []', 'ordinaryMessages:\n  - { from: ../nowhere, fields: [question] }') }));
    expect(problems).toEqual([expect.stringMatching(/^classifier\.yaml:1: the ordinary messages "\.\.\/nowhere" are missing/)]);
  });

  it('in a guided flow, reads a message without the flow\'s own words for leaving it; elsewhere as it is', () => {
    const dir = write({ classifier: CLASSIFIER.replace('crisis: 0.7', 'crisis: 0.4').replace('from: examples', 'from: exits.yaml'), examples: crisisExamples });
    writeFileSync(join(dir, 'exits.yaml'), 'leaving: [want it all to end]\n');
    const rules = loadSafetyRules(dir);
    expect(rules.assess('i want it all to end')?.kind).toBe('crisis');
    expect(rules.assess('i want it all to end', { inFlow: true })).toBeUndefined();
    // What is said beside the words for leaving is still read.
    expect(rules.assess('i want it all to end, i cant go on', { inFlow: true })?.kind).toBe('crisis');
  });

  it('leaves messages shorter than minWords to the rules', () => {
    const rules = loadSafetyRules(write({ classifier: CLASSIFIER.replace('crisis: 0.7', 'crisis: 0.4').replace('minWords: 3', 'minWords: 7'), examples: crisisExamples }));
    expect(rules.assess('i want it all to end')).toBeUndefined();
  });
});
