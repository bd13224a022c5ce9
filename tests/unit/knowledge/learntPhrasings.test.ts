import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { OverlapMatcher } from '../../../src/knowledge/matching/overlapMatcher';
import { OffTopicExamples, similarity } from '../../../src/knowledge/matching/offTopicExamples';
import type { KnowledgeEntry } from '../../../src/knowledge/types';

const entry = (id: string, question: string, alternates: string[]): KnowledgeEntry => ({ id, question, alternates, answer: question, source: 's', followUps: [], tags: [] });
const entries = [
  entry('what-gets-sent', 'What information goes to the new doctor?', ['will my records be sent', 'do they send my medical records', 'will my notes go to the new doctor', 'does the second doctor get my test results', 'what gets sent over', 'will they see my records']),
  entry('paying', 'Do I have to pay for a second opinion?', ['how much does it cost', 'is it free', 'can i go private', 'do i pay', 'what does a second opinion cost', 'is a second opinion free']),
];

describe('questions about other things as negative evidence', () => {
  it('scores two term sets 1 when they say the same and 0 when they share nothing', () => {
    const a = new Map([['records', 2], ['copy', 3]]);
    expect(similarity(a, a)).toBeCloseTo(1);
    expect(similarity(a, new Map([['park', 1]]))).toBe(0);
    expect(new OffTopicExamples([a]).closest(new Map([['records', 2]]))).toBeGreaterThan(0);
  });

  it('does not answer a message closer to a known off-topic question than to any way of asking the entry', () => {
    const without = new OverlapMatcher({ entries, synonyms: [] }, DEFAULTS.matching);
    // In a two-entry fixture every word of one entry is a word of "our subject" ("records"), which would let strong
    // evidence overrule the likeness (decisionPolicy tests that rule): here the likeness alone is tested.
    const likenessAlone = { ...DEFAULTS.matching, ownSubjectScore: Infinity, nearestExampleOwnSubjectScore: Infinity };
    const withExamples = new OverlapMatcher({ entries, synonyms: [], notAboutUs: ['is it free to see my medical records'] }, likenessAlone);
    expect(without.match('are my medical records free to see').kind).toBe('answer');
    expect(withExamples.match('are my medical records free to see').kind).not.toBe('answer');
  });

  it('leaves a message asked with a word of our subject, nothing unknown and real evidence to the learned class, not the line-by-line comparison', () => {
    // Without the learned ranker (it learns the one example too): the comparison alone is tested.
    const learned = { ...DEFAULTS.matching.learned, weight: 0, notOursProbability: Infinity };
    const compared = { ...DEFAULTS.matching, learned, ownSubjectScore: Infinity, nearestExampleOwnSubjectScore: Infinity };
    const waived = { ...compared, nearestExampleOwnSubjectScore: DEFAULTS.matching.nearestExampleOwnSubjectScore };
    const notAboutUs = ['is it free to see my medical records'];
    expect(new OverlapMatcher({ entries, synonyms: [], notAboutUs }, compared).match('are my medical records free to see').kind).not.toBe('answer');
    expect(new OverlapMatcher({ entries, synonyms: [], notAboutUs }, waived).match('are my medical records free to see').kind).toBe('answer');
    // A word we do not know ("dentist") keeps the comparison.
    expect(new OverlapMatcher({ entries, synonyms: [], notAboutUs }, waived).match('are my dentist records free to see').kind).not.toBe('answer');
  });

  it('still answers the questions the examples share words with', () => {
    const matcher = new OverlapMatcher({ entries, synonyms: [], notAboutUs: ['is parking free at the hospital', 'how do i get a copy of my records from my surgery'] }, DEFAULTS.matching);
    for (const [text, id] of [['is a second opinion free', 'paying'], ['will my medical records be sent to the new doctor', 'what-gets-sent']] as const) {
      const result = matcher.match(text);
      expect(result.kind === 'answer' && result.entry.id).toBe(id);
    }
  });
});

describe('questions about other things learnt by the learned ranker alone (notOursLearnt)', () => {
  const aboutRecords = [
    'how do i get a copy of my medical records',
    'can i see my gp records online',
    'who do i ask for my hospital records',
    'copy of my records for my solicitor',
    'how long does it take to get my records',
    'my records have a mistake in them',
    'can i get my childs records',
    'records for my insurance company',
  ];
  const message = 'how do i get my records for my solicitor';

  it('are not answered once learnt as "not ours", while the questions sharing their words still are', () => {
    const without = new OverlapMatcher({ entries, synonyms: [] }, DEFAULTS.matching);
    const learnt = new OverlapMatcher({ entries, synonyms: [], notOursLearnt: aboutRecords }, DEFAULTS.matching);
    expect(without.match(message).kind).toBe('answer');
    expect(learnt.match(message).kind).not.toBe('answer');
    const ours = learnt.match('will my medical records be sent to the new doctor');
    expect(ours.kind === 'answer' && ours.entry.id).toBe('what-gets-sent');
  });

  it('are never compared one by one: without the learned ranker they change nothing', () => {
    const lexical = { ...DEFAULTS.matching, learned: { ...DEFAULTS.matching.learned, weight: 0, notOursProbability: 1 } };
    const result = new OverlapMatcher({ entries, synonyms: [], notOursLearnt: aboutRecords }, lexical).match(message);
    expect(result).toEqual(new OverlapMatcher({ entries, synonyms: [] }, lexical).match(message));
  });
});

describe('stories around the question', () => {
  const relatives = entry('relatives', 'Can a relative ask for me?', ['can my son ask for me', 'can family ask', 'can my daughter ask for a second opinion for me']);
  const learnt = { ...relatives, alternates: [...relatives.alternates, 'My mum is on tamoxifen and keeps getting hot flushes. Can I ask for a second opinion for her?'] };

  it('learn a story told before the question only as weakly as a word of the answer, so a drug in it does not pull a question about the drug', () => {
    const matcher = new OverlapMatcher({ entries: [learnt, ...entries], synonyms: [] }, DEFAULTS.matching);
    expect(matcher.match('hot flushes on tamoxifen, what helps').kind).not.toBe('answer');
    expect(matcher.match('how do I get tamoxifen').kind).not.toBe('answer');
    const asked = matcher.match('can my daughter ask for me');
    expect(asked.kind === 'answer' && asked.entry.id).toBe('relatives');
  });

  it('count less than the asking part when a message is compared with questions about other things', () => {
    const matcher = new OverlapMatcher({ entries: [relatives, ...entries], synonyms: [], notAboutUs: ['best train to glasgow from leeds on a sunday morning'] }, DEFAULTS.matching);
    const result = matcher.match('We get the train to Glasgow from Leeds every Sunday morning to see my mum. Can my daughter ask for a second opinion for me?');
    expect(result.kind === 'answer' && result.entry.id).toBe('relatives');
  });
});

describe('ways of asking that are the message exactly', () => {
  it('count as votes, so an entry asked that way by many people wins a tie with an entry asked that way once', () => {
    const what = entry('what-is', 'What is a second opinion?', ['second opinion', 'second opinion?', '2nd opinion', 'what does it mean', 'define it', 'explain it']);
    const how = entry('how-to-ask', 'How do I ask for a second opinion?', ['second opinion', 'how do i ask', 'who do i ask', 'how to get one', 'where do i start', 'what do i say']);
    const result = new OverlapMatcher({ entries: [how, what], synonyms: [['second opinion', '2nd opinion']] }, DEFAULTS.matching).match('second opinion??');
    expect(result.kind === 'answer' && result.entry.id).toBe('what-is');
  });
});
