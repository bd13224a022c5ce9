import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/contentProblems';
import { loadKnowledge } from '../../src/knowledge/loading/loadKnowledge';
import { copiedSentences } from '../../src/knowledge/loading/ownWords';
import { knowledgeWith } from '../support/fixtureKnowledge';

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadKnowledge(knowledgeWith(files));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

const entry = (answerLines: string, extra = '    source: asking\n'): string =>
  `entries:\n  - id: how-to-ask\n    question: How do I ask?\n    alternates: [a one, a two, a three, a four, a five, a six]\n    answer: >-\n${answerLines}${extra}`;

describe('content checks an editor runs', () => {
  it('reports a line indented wrongly once, in plain words, with its line', () => {
    const found = problemsOf({ 'qa/entries.yaml': `${entry('      Ask your GP.\n')}   followUps: [paying]\n` });
    expect(found).toEqual([expect.stringMatching(/^8: this is not valid YAML: the spaces at the start of this line don't line up/)]);
  });

  it('says when a field was swallowed into the answer by its indentation', () => {
    const found = problemsOf({ 'qa/entries.yaml': entry('      Ask your GP.\n      source: asking\n', '') });
    expect(found).toContain('7: "source:" is indented too far, so it became part of the text of "answer"; move it left to line up with "answer:"');
  });

  it('flags a phone number in an answer: numbers belong in services.yaml', () => {
    const found = problemsOf({ 'qa/entries.yaml': entry('      Call 0800 123 4567 to ask.\n') });
    expect(found).toEqual([expect.stringMatching(/^5: "answer" has a phone number in it/)]);
  });

  it('finds a leaflet sentence copied word for word, with the line it starts on', () => {
    const leaflet = 'A second opinion means seeing another GP or specialist doctor about your care. Short one.';
    const files = [
      { name: 'qa/ours.yaml', text: 'answer: >-\n  In our words, you see another doctor.\n' },
      { name: 'qa/copied.yaml', text: 'id: x\nanswer: >-\n  A second opinion means seeing another GP\n  or specialist doctor about your care.\n' },
    ];
    expect(copiedSentences(leaflet, files)).toEqual([{ file: 'qa/copied.yaml', line: 3, message: expect.stringMatching(/copies a leaflet sentence word for word/) }]);
  });
});
