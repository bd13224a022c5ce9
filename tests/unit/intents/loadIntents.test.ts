import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ContentError, ProblemList } from '../../../src/content/contentProblems';
import { loadOrdinaryMessages } from '../../../src/safety/classifier/ordinaryMessages';
import { loadContent } from '../../../src/knowledge/loadContent';
import { FIXTURE_DIALOGS, knowledgeWith } from '../../support/fixtureKnowledge';

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadContent(knowledgeWith(files), FIXTURE_DIALOGS);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file.replace(/^.*knowledge-[^/]+\//, '')}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('loading knowledge/intents', () => {
  it('loads the fixture intents, with the complaints flow found by its intent', () => {
    const { intents } = loadContent(knowledgeWith({}), FIXTURE_DIALOGS);
    expect(intents.complaints.flow).toBe('problems');
    expect(intents.nations.nations.map((n) => n.nation)).toEqual(['England', 'Wales']);
    expect(intents.typedAnswers.families.map((f) => f.id)).toContain('nation:Wales');
    // the one-word greetings, once, at loading: "hello hello um how do i..." opens with "how"
    expect([...intents.smallTalk.openers].sort()).toEqual(['hello', 'hi']);
  });

  it('reports a formal route that is not a button of the flow, with its line', () => {
    const found = problemsOf({ 'intents/complaints.yaml': 'formalRoute: Complain now\nformal: [formal complaint]\nsignals:\n  - id: a\n    phrases: [complain*]\nnotComplaints: [is it rude]\n' });
    expect(found).toEqual([expect.stringMatching(/^intents\/complaints\.yaml:1: "Complain now" is not a button of the first step of "problems"/)]);
  });

  it('reports an unknown nation, an unknown service and a phrase with no words, each with its line', () => {
    const found = problemsOf({
      'intents/nations.yaml': 'nations:\n  - nation: Cornwall\n    says: [kernow]\n    services: [nowhere]\nasksIfItApplies: ["?!"]\n',
    });
    expect(found).toEqual([
      'intents/nations.yaml:2: "nation" should be one of: England, Wales, Scotland, Northern Ireland',
      'intents/nations.yaml:4: "nowhere" is not a service id in knowledge/services.yaml',
      'intents/nations.yaml:5: "?!" has no words the bot can match',
    ]);
  });

  it('reports a way out said as the whole message that is not whole words, and a worry pattern whose bracket is not paired, each with its line', () => {
    const found = problemsOf({ 'intents/typed-answers.yaml': 'families:\n  - id: yes\n    forLabelsStartingWith: [yes]\n    says: [yes]\nworryTold: ["(that worries me"]\nwaysOut:\n  stop: [stop*]\n  startAgain: [start again]\n  signOffs: [bye*]\n  leaving: [get me out]\n' });
    expect(found).toEqual([
      'intents/typed-answers.yaml:5: "(that worries me": a "(" is not paired',
      'intents/typed-answers.yaml:7: "stop*" should be whole words (a way out said as the whole message)',
      'intents/typed-answers.yaml:9: "bye*" should be whole words (a way out said as the whole message)',
    ]);
  });

  it('reports a condition word that is two words, and a missing list of what is feared, each with its line', () => {
    const found = problemsOf({
      'intents/typed-answers.yaml':
        'families:\n  - id: yes\n    forLabelsStartingWith: [yes]\n    says: [yes]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n' +
        'conditionAsked:\n  opens: [if, what if]\n  asking: [can]\n  askedAbout: [i]\n  fears: [scared]\n  aroundAFear: [im]\n  fearedOf: [the *]\n  mayHappen: [will]\n',
    });
    expect(found).toEqual(['intents/typed-answers.yaml:11: "what if" in "opens" should be one word', 'intents/typed-answers.yaml:11: "mayHappenJoined" is missing']);
  });

  it('reports a "no" of noInASentence that is two words, with its line', () => {
    const found = problemsOf({
      'intents/typed-answers.yaml':
        'families:\n  - id: yes\n    forLabelsStartingWith: [yes]\n    says: [yes]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n' +
        'noInASentence:\n  words: [no, no way]\n  after: [well]\n',
    });
    expect(found).toEqual(['intents/typed-answers.yaml:11: "no way" should be one word']);
  });

  it('reports a way-out frame that names no word group, and one whose bracket is not paired, each with its line', () => {
    const found = problemsOf({
      'intents/typed-answers.yaml':
        'families:\n  - id: yes\n    forLabelsStartingWith: [yes]\n    says: [yes]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n' +
        '  inOwnWords:\n    groups:\n      endings: [now]\n    frames:\n      - "{wishing} stop $"\n      - "(take me back"\n  leaving: [get me out]\n',
    });
    expect(found).toEqual(['intents/typed-answers.yaml:13: "{wishing} stop $": there is no word group "wishing"', 'intents/typed-answers.yaml:14: "(take me back": a "(" is not paired']);
  });

  it('reports a frame of questions asked otherwise that names no word group, and punctuation said aloud that is not whole words or is no mark, each with its line', () => {
    const found = problemsOf({
      'intents/typed-answers.yaml':
        'families:\n  - id: yes\n    forLabelsStartingWith: [yes]\n    says: [yes]\nworryTold: ["(that) worries me"]\n' +
        'askedOtherwise:\n  groups:\n    asking: [will]\n  withoutItsMark:\n    - "^ {asking} the"\n  tags:\n    - "^ {auxiliary} it $"\n  whatItMeans:\n    - "^ whats a"\n' +
        'spokenMarks:\n  "?": [question mark*]\n  ";": [semicolon]\n' +
        'waysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n',
    });
    expect(found).toEqual([
      'intents/typed-answers.yaml:12: "^ {auxiliary} it $": there is no word group "auxiliary"',
      'intents/typed-answers.yaml:17: unknown field ";" (expected one of: ?, ., ,, !)',
      'intents/typed-answers.yaml:16: "question mark*" should be whole words (what is said for "?")',
    ]);
  });

  it('reports a complaint threshold out of range and an example both a complaint and not one, each with its line', () => {
    const complaints = Array.from({ length: 20 }, (_, i) => `  - they lost my notes ${i}`).join('\n');
    const others = Array.from({ length: 19 }, (_, i) => `  - how do i ask ${i}`).join('\n');
    const found = problemsOf({ 'intents/complaint-examples.yaml': `threshold: 2\ncomplaints:\n${complaints}\nnotComplaints:\n${others}\n  - they lost my notes 3\n` });
    expect(found).toEqual([
      'intents/complaint-examples.yaml:1: "threshold" should be a number between 0 and 1 (the share of "complaint" a message needs)',
      'intents/complaint-examples.yaml:43: "they lost my notes 3" is also under "complaints": an example cannot be both',
    ]);
  });

  it('reports a threshold in a flow lower than the threshold everywhere else', () => {
    const complaints = Array.from({ length: 20 }, (_, i) => `  - they lost my notes ${i}`).join('\n');
    const others = Array.from({ length: 20 }, (_, i) => `  - how do i ask ${i}`).join('\n');
    const found = problemsOf({ 'intents/complaint-examples.yaml': `threshold: 0.8\nthresholdInFlow: 0.7\ncomplaints:\n${complaints}\nnotComplaints:\n${others}\n` });
    expect(found).toEqual(['intents/complaint-examples.yaml:2: "thresholdInFlow" should be a number below 1 and no lower than "threshold" (the share a message needs in a flow)']);
  });

  it('reports a way-out threshold out of range and an example both a way out and not one, each with its line', () => {
    const wayOuts = Array.from({ length: 20 }, (_, i) => `  - let me out ${i}`).join('\n');
    const others = Array.from({ length: 19 }, (_, i) => `  - for my mum ${i}`).join('\n');
    const found = problemsOf({ 'intents/way-out-examples.yaml': `threshold: 0\nthresholdOverAButton: 0.9\nwayOuts:\n${wayOuts}\nnotWayOuts:\n${others}\n  - let me out 3\n` });
    expect(found).toEqual([
      'intents/way-out-examples.yaml:1: "threshold" should be a number between 0 and 1 (the share of "way out" a reply needs)',
      'intents/way-out-examples.yaml:44: "let me out 3" is also under "wayOuts": an example cannot be both',
    ]);
  });

  it("reads a family's alsoSays as its says, and the safety classifier's ordinary messages leave them out", () => {
    const file = 'families:\n  - id: relative\n    forLabels: [relative]\n    says: [mum]\n    alsoSays: [the missus]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n';
    const dir = knowledgeWith({ 'intents/typed-answers.yaml': file });
    const { intents } = loadContent(dir, FIXTURE_DIALOGS);
    expect(intents.typedAnswers.families.find((f) => f.id === 'relative')?.says.map((p) => p.text)).toEqual(['mum', 'the missus']);
    const ordinary = loadOrdinaryMessages(join(dir, 'safety'), [{ from: '../intents/typed-answers.yaml', fields: ['says', 'leaving'] }], new ProblemList());
    expect(ordinary.map((e) => e.text)).toEqual(['mum', 'get me out']);
  });

  it('reads leaving said in crisis words as leaving a flow, and the safety classifier never learns them as ordinary', () => {
    const file = 'families:\n  - id: relative\n    forLabels: [relative]\n    says: [mum]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n  leavingInCrisisWords: [rather not answer any more]\n';
    const dir = knowledgeWith({ 'intents/typed-answers.yaml': file });
    const { intents } = loadContent(dir, FIXTURE_DIALOGS);
    expect(intents.typedAnswers.leaving.map((p) => p.text)).toEqual(['get me out', 'rather not answer any more']);
    const ordinary = loadOrdinaryMessages(join(dir, 'safety'), [{ from: '../intents/typed-answers.yaml', fields: ['says', 'leaving'] }], new ProblemList());
    expect(ordinary.map((e) => e.text)).toEqual(['mum', 'get me out']);
  });

  it('reports a family that says which buttons it is for nowhere', () => {
    const found = problemsOf({ 'intents/typed-answers.yaml': 'families:\n  - id: yes\n    says: [yes]\nworryTold: ["(that) worries me"]\nwaysOut:\n  stop: [stop]\n  startAgain: [start again]\n  leaving: [get me out]\n' });
    expect(found).toEqual(['intents/typed-answers.yaml:2: a family needs "forLabels" or "forLabelsStartingWith": which buttons it is for']);
  });

  it('reports an unknown kind of small talk, a kind with nothing, and a phrase listed twice, each with its line', () => {
    const found = problemsOf({
      'intents/small-talk.yaml':
        'kinds:\n  - kind: hello\n    says: [hi]\n  - kind: unhelpful\n    says: [didnt help]\n  - kind: thanks\n    says: [thanks, hi]\n  - kind: goodbye\n    says: [bye]\n  - kind: ok\n    says: [ok]\n  - kind: no\n    says: [no]\n' +
        'praise: [good bot]\nintroductions: [my name is]\nintroductionsAfterGreeting: [im]\npoliteWords: [so]\nnegations: [not]\naboutWords: [say]\nthanksBeforeAsking: [in advance]\nquestionWords: [how]\n',
    });
    expect(found).toEqual([
      'intents/small-talk.yaml:2: "kind" should be one of: unhelpful, botOrPerson, greeting, thanks, goodbye, ok, no',
      'intents/small-talk.yaml:2: "kinds" has nothing for: botOrPerson, greeting',
      'intents/small-talk.yaml:7: "hi" is listed before in this file',
    ]);
  });
});
