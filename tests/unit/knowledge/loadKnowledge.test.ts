import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblems';
import { loadContent } from '../../../src/knowledge/loadContent';
import { loadKnowledge } from '../../../src/knowledge/loading/loadKnowledge';
import { FIXTURE_DIALOGS, FIXTURE_KNOWLEDGE, knowledgeWith } from '../../support/fixtureKnowledge';

function problemsIn(folder: string): string[] {
  try {
    loadKnowledge(folder);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${relative(folder, resolve(p.file))}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

const entry = (fields: string): string => `entries:\n  - id: extra\n${fields}`;
const GOOD_FIELDS = `    question: Is there more?
    alternates: [one, two, three, four, five, six]
    answer: Yes.
    source: asking
`;

describe('loading knowledge', () => {
  it('loads entries, synonyms, services and the leaflet from a valid folder', () => {
    const knowledge = loadKnowledge(FIXTURE_KNOWLEDGE);
    expect(knowledge.entries.map((e) => e.id)).toEqual(['how-to-ask', 'paying', 'relatives']);
    expect(knowledge.synonyms[0]).toEqual(['gp', 'family doctor', 'doctors surgery']);
    expect(knowledge.services.find((s) => s.id === 'samaritans')?.phone).toBe('116 123');
    expect(knowledge.leaflet.sections.map((s) => s.id)).toEqual(['asking', 'costs']);
  });

  it('names the file and line of a YAML syntax error', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': 'entries:\n  - id: extra\n    question: [unclosed\n' }));
    expect(problems.some((p) => /qa\/extra\.yaml:\d+: this is not valid YAML/.test(p))).toBe(true);
  });

  it('reports a missing answer against the line of the entry', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': entry('    question: Is there more?\n    alternates: [a, b, c, d, e, f]\n    source: asking\n') }));
    expect(problems).toEqual(['qa/extra.yaml:2: "answer" is missing']);
  });

  it('reports an id used twice, saying where it was first used', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': `entries:\n  - id: paying\n${GOOD_FIELDS}` }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/qa\/extra\.yaml:2: entry id "paying" is already used \(.*entries\.yaml:\d+\)/);
  });

  it('reports a follow-up that names no entry', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': entry(`${GOOD_FIELDS}    followUps: [nowhere]\n`) }));
    expect(problems).toEqual(['qa/extra.yaml:7: follow-up "nowhere" is not an entry id']);
  });

  it('reports a source that is not a leaflet section', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': entry(GOOD_FIELDS.replace('source: asking', 'source: chapter-9')) }));
    expect(problems).toEqual(['qa/extra.yaml:6: source "chapter-9" is not a section id in leaflet.yaml']);
  });

  it('asks for at least six alternate phrasings', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': entry(GOOD_FIELDS.replace('[one, two, three, four, five, six]', '[one, two]')) }));
    expect(problems).toEqual(['qa/extra.yaml:4: "alternates" has 2 item(s); it needs at least 6']);
  });

  it('reports a misspelt field name instead of ignoring it', () => {
    const problems = problemsIn(knowledgeWith({ 'qa/extra.yaml': entry(`${GOOD_FIELDS}    folowUps: [paying]\n`) }));
    expect(problems).toEqual(['qa/extra.yaml:7: unknown field "folowUps" (expected one of: id, question, alternates, answer, source, followUps, tags)']);
  });

  it('reads phrases that name another subject, each term in one group only, with its line', () => {
    const ok = loadKnowledge(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [test, blood test]\notherSubjects:\n  - [book a blood test]\n' }));
    expect(ok.otherSubjects).toEqual([['book a blood test']]);
    const problems = problemsIn(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [test, blood test]\notherSubjects:\n  - [blood test, book a test]\n' }));
    expect(problems).toEqual(['synonyms.yaml:4: "blood test" is already in group 1 (line 2); a term can mean only one thing']);
  });

  it('reads the people and things whose opinion is not care, in one or two words each, with its line', () => {
    const ok = loadKnowledge(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [test, blood test]\notherOpinions:\n  - [roofer, estate agent]\n' }));
    expect(ok.otherOpinions).toEqual([['roofer', 'estate agent']]);
    const problems = problemsIn(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [test, blood test]\notherOpinions:\n  - [roofer, local estate agent]\n' }));
    expect(problems).toEqual(['synonyms.yaml:4: "local estate agent" has more than two words; name the person or thing in one or two']);
  });

  it('reads the words that name the subject itself, each a term of a synonym group, reporting one that is not with its line', () => {
    const groups = 'groups:\n  - [second opinion, another opinion]\n  - [ask for, request]\n';
    const ok = loadKnowledge(knowledgeWith({ 'synonyms.yaml': `${groups}namesTheSubject: [second opinion]\naskingForOne: [second opinion, ask for]\n` }));
    expect(ok.subjectWords).toEqual({ namesTheSubject: ['second opinion'], askingForOne: ['second opinion', 'ask for'] });
    const problems = problemsIn(knowledgeWith({ 'synonyms.yaml': `${groups}namesTheSubject:\n  - second opinion\n  - another doctor\n` }));
    expect(problems).toEqual(['synonyms.yaml:6: "another doctor" is in no synonym group; name the subject with a term of a group in "groups"']);
  });

  it('rejects a synonym term that appears in two groups', () => {
    const problems = problemsIn(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [cost, price]\n  - [fee, price]\n' }));
    expect(problems).toEqual(['synonyms.yaml:3: "price" is already in group 1 (line 2); a term can mean only one thing']);
  });

  it('rejects a synonym term with punctuation or capitals', () => {
    const problems = problemsIn(knowledgeWith({ 'synonyms.yaml': 'groups:\n  - [GP, "family-doctor"]\n' }));
    expect(problems).toHaveLength(2);
  });

  it('rejects a service without a source, or for a nation that does not exist', () => {
    const problems = problemsIn(knowledgeWith({
      'services.yaml': 'services:\n  - id: helpline\n    name: Helpline\n    appliesTo: [Atlantis]\n    summary: Help.\n',
    }));
    expect(problems).toEqual([
      'services.yaml:4: "Atlantis" is not one of England, Wales, Scotland, Northern Ireland',
      'services.yaml:2: "source" is missing',
    ]);
  });

  it('lists every problem of every file at once', () => {
    const problems = problemsIn(knowledgeWith({
      'synonyms.yaml': 'groups: not-a-list\n',
      'qa/extra.yaml': 'entries:\n  - just text\n',
    }));
    expect(problems).toHaveLength(2);
  });

  it("reports a service the bot's own messages need when services.yaml lacks it", () => {
    const folder = knowledgeWith({
      'services.yaml': 'services:\n  - id: pals\n    name: PALS\n    appliesTo: [England]\n    summary: Help.\n    source: https://www.nhs.uk/\n',
    });
    expect(() => loadContent(folder, FIXTURE_DIALOGS)).toThrow(/services\.yaml:1: the bot's own messages name the service "samaritans", which is missing/);
  });

  it('says which file is missing', () => {
    expect(problemsIn('/nonexistent/knowledge')).toContain('leaflet.yaml:1: this file is missing');
  });

  it('learns more ways of asking from how-people-ask.yaml, each checked as a way of asking with its line', () => {
    const ok = loadKnowledge(knowledgeWith({ 'how-people-ask.yaml': 'entries:\n  paying:\n    - "does it cost owt"\nnotAboutUs:\n  - "is parking free"\n' }));
    expect(ok.asked.byEntry.get('paying')).toEqual(['does it cost owt']);
    expect(ok.asked.notAboutUs).toEqual(['is parking free']);
    const problems = problemsIn(knowledgeWith({ 'how-people-ask.yaml': 'entries:\n  no-such-entry:\n    - "hello there"\n  paying:\n    - "ring 0800 123 456"\n    - "does it cost owt"\n    - "Does it cost OWT?"\n' }));
    expect(problems).toEqual([
      'how-people-ask.yaml:3: "no-such-entry" is not an entry id',
      'how-people-ask.yaml:5: this phrasing has a phone number in it; a way of asking never needs one',
      'how-people-ask.yaml:7: this phrasing is already on line 6; say each once',
    ]);
  });

  it('learns questions about other NHS services from other-nhs-services.yaml beside those of how-people-ask.yaml, and no way of asking an entry there', () => {
    const ok = loadKnowledge(knowledgeWith({ 'how-people-ask.yaml': 'notAboutUs:\n  - "is parking free"\n', 'other-nhs-services.yaml': 'notAboutUs:\n  - "can my gp refer me to physio"\n' }));
    expect(ok.asked.notAboutUs).toEqual(['is parking free', 'can my gp refer me to physio']);
    expect(problemsIn(knowledgeWith({ 'other-nhs-services.yaml': 'entries:\n  paying:\n    - "does it cost owt"\n' }))).toEqual([
      'other-nhs-services.yaml:1: this file holds questions about other things only (notAboutUs); ways of asking an entry go in how-people-ask.yaml',
    ]);
  });

  it('keeps the questions about other things for the learned ranker alone (notOursLearnt) apart from notAboutUs, each said once in the file', () => {
    const ok = loadKnowledge(knowledgeWith({ 'other-nhs-services.yaml': 'notAboutUs:\n  - "can my gp refer me to physio"\nnotOursLearnt:\n  - "records?"\n' }));
    expect(ok.asked.notAboutUs).toEqual(['can my gp refer me to physio']);
    expect(ok.asked.notOursLearnt).toEqual(['records?']);
    expect(problemsIn(knowledgeWith({ 'other-nhs-services.yaml': 'notAboutUs:\n  - "records?"\nnotOursLearnt:\n  - "Records"\n' }))).toEqual([
      'other-nhs-services.yaml:4: this phrasing is already on line 2; say each once',
    ]);
  });
});
