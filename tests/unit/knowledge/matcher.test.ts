import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/config';
import { loadKnowledge } from '../../../src/knowledge/loading/loadKnowledge';
import { OverlapMatcher } from '../../../src/knowledge/matching/overlapMatcher';
import { FIXTURE_KNOWLEDGE } from '../../support/fixtureKnowledge';

const matcher = new OverlapMatcher(loadKnowledge(FIXTURE_KNOWLEDGE), DEFAULTS.matching);
const answered = (text: string): string | undefined => {
  const result = matcher.match(text);
  return result.kind === 'answer' ? result.entry.id : `(${result.kind})`;
};

describe('matching a message to an entry', () => {
  it('answers an entry asked with its own wording', () => {
    expect(answered('How do I ask for a second opinion?')).toBe('how-to-ask');
  });

  it('answers the question a follow-up button sends back, word for word', () => {
    expect(answered('Do I have to pay?')).toBe('paying');
  });

  it.each([
    ['a synonym from the content', 'is there a fee for a second opinion', 'paying'],
    ['typos', 'how much is a secnd opinon', 'paying'],
    ['a relative named only by a synonym', 'can my mum ask for it for me', 'relatives'],
    ['a multi-word synonym', 'would my family doctor send me to someone else', 'how-to-ask'],
    ['a different word order', 'a second opinion, how do i ask for one', 'how-to-ask'],
    ['US spelling and text-speak', 'can u tell me the price of a 2nd opinion', 'paying'],
  ])('copes with %s', (_kind, text, expected) => {
    expect(answered(text)).toBe(expected);
  });

  it.each([
    ['I would be grateful to know whether there is a fee for a second opinion', 'paying'],
    ['Kindly advise whether my mum may ask for a second opinion for me', 'relatives'],
    ['I wish to enquire how I would obtain a second opinion', 'how-to-ask'],
  ])('reads formal asking words as asking, not as what is asked: "%s"', (text, expected) => {
    expect(answered(text)).toBe(expected);
  });

  it('finds the question inside a long message with personal context', () => {
    const text =
      "My husband was told last month that he needs an operation and honestly we are both a bit lost. " +
      "The consultant seemed very rushed. We were wondering whether my husband can ask for a second opinion for me as well, or do I need to do it?";
    expect(answered(text)).toBe('relatives');
  });

  it('takes words it does not know in the story around a question about our subject as the person\'s situation', () => {
    const story = 'My dad has sarcoidosis, lupus and vasculitis.';
    expect(matcher.rank(`${story} How do I ask for a second opinion?`).unknownWeight).toBe(0);
    // The asking part not naming our subject, the same words still count against a match.
    expect(matcher.rank(`${story} Is there a fee?`).unknownWeight).toBeGreaterThan(0);
  });

  it('keeps the subject when it is inside a longer phrase ("second opinion for him")', () => {
    const knowledge = loadKnowledge(FIXTURE_KNOWLEDGE);
    const withPhrase = new OverlapMatcher({ entries: knowledge.entries, synonyms: [...knowledge.synonyms, ['someone else', 'second opinion for him']] }, DEFAULTS.matching);
    expect(withPhrase.rank('second opinion for him').onTopic).toBe(true);
  });

  it('does not answer an off-topic question that shares a word or two with an entry', () => {
    expect(answered('can my wife get a mortgage')).not.toBe('relatives');
    expect(answered('how much does a private jet cost')).not.toBe('paying');
    // Two bare content words: not answered (at most the two entries are offered).
    expect(matcher.match('pay relative').kind).not.toBe('answer');
  });

  it('answers a short clear question that never names the subject', () => {
    expect(answered('is there a charge for it')).toBe('paying');
  });

  it('falls back on messages with nothing it knows', () => {
    expect(matcher.match('asdfgh qwerty').kind).toBe('none');
    expect(matcher.match('').kind).toBe('none');
    expect(matcher.match('🙂🙂🙂').kind).toBe('none');
  });

  it('answers the best of two close candidates and offers the runner-up under the answer', () => {
    const result = matcher.match('can my family pay for a second opinion');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.entry.id).toBe('relatives');
    expect(result.alsoAbout.map((e) => e.id)).toEqual(['paying']);
  });

  it('tells each candidate the strongest word of the asking part it is asked with, not of the story around it', () => {
    const strongest = (text: string, id: string): number | undefined => matcher.rank(text).ranked.find((r) => r.entry.id === id)?.strongestAsked;
    expect(strongest('is there a fee for a second opinion', 'paying')).toBeGreaterThan(0);
    // "fee" is in the story here; the question asks how to ask.
    expect(strongest('The fee worries me. How do I ask for a second opinion?', 'paying') ?? 0).toBe(0);
  });

  it('never asks "did you mean" with a single option', () => {
    for (const text of ['cost?', 'is there a fee', 'pay relative', 'what about family members and fees', 'who pays when my wife asks']) {
      const result = matcher.match(text);
      if (result.kind === 'clarify') expect(result.candidates.length).toBeGreaterThan(1);
    }
  });

  it('ranks every result best first', () => {
    const { ranked } = matcher.match('how much will it cost me to go private');
    expect(ranked[0]?.entry.id).toBe('paying');
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('does not answer "another opinion" about a person or thing of otherOpinions (a roofer, an estate agent), and still answers one about care', () => {
    const withOthers = new OverlapMatcher({ ...loadKnowledge(FIXTURE_KNOWLEDGE), otherOpinions: [['roofer', 'estate agent']] }, DEFAULTS.matching);
    const kind = (text: string): string => withOthers.match(text).kind;
    expect(kind('the roofer says the whole roof has to go, should i get a second opinion')).not.toBe('answer');
    expect(kind('the estate agent says the house is worth less, should i get a second opinion')).not.toBe('answer');
    expect(kind('how do i ask for a second opinion')).toBe('answer');
    // Without the list the same message is answered: its words of our subject make it ours.
    expect(matcher.match('the roofer says the whole roof has to go, should i get a second opinion').kind).toBe('answer');
  });

  it('does not answer an opinion asked about a thing of otherOpinions even when everyday words of ours explain all of it', () => {
    const withOthers = new OverlapMatcher({ ...loadKnowledge(FIXTURE_KNOWLEDGE), otherOpinions: [['cv', 'roofer']] }, DEFAULTS.matching);
    for (const text of ['can you give me a second opinion on my cv', 'can i get another opinion from a different roofer']) {
      expect(withOthers.match(text).kind, text).not.toBe('answer');
      // Without the list the same message is answered.
      expect(matcher.match(text).kind, text).toBe('answer');
    }
  });

  it('still answers a second opinion about care from someone who is a trade of otherOpinions, or asked about care near one', () => {
    const withOthers = new OverlapMatcher({ ...loadKnowledge(FIXTURE_KNOWLEDGE), otherOpinions: [['roofer', 'estate agent', 'roof']] }, DEFAULTS.matching);
    const kind = (text: string): string => withOthers.match(text).kind;
    // Who the person is ("is a roofer", "works as an estate agent", "a retired roofer") is not what the opinion is about.
    for (const text of ['my husband is a roofer, how do i ask for a second opinion', 'i work as an estate agent, how do i ask for a second opinion', 'my dad is a retired roofer, how do i ask for a second opinion']) {
      expect(kind(text), text).toBe(matcher.match(text).kind);
    }
    // An opinion asked about care in the same clause (the fixture's care concept: a referral) is ours, whoever suggested it.
    const aboutCare = 'my roofer said i should get a second opinion on my referral';
    expect(kind(aboutCare)).toBe(matcher.match(aboutCare).kind);
    // The roof itself, or the roofer's view of it, stays not ours.
    expect(kind('my dad is a roofer, can i get a second opinion on my roof')).not.toBe('answer');
    expect(kind('can i get another opinion from a different roofer')).not.toBe('answer');
  });

  it('reads a thing of otherOpinions named sentences away from the opinion asked about as part of the story', () => {
    const withOthers = new OverlapMatcher({ ...loadKnowledge(FIXTURE_KNOWLEDGE), otherOpinions: [['roofer', 'kitchen']] }, DEFAULTS.matching);
    const story = 'how do i ask for a second opinion. i have been worried for weeks. my sister came round. the letter is still on the kitchen table';
    expect(withOthers.match(story).kind).toBe(matcher.match(story).kind);
    expect(withOthers.match('the roofer says the whole roof has to go. should i get a second opinion').kind).not.toBe('answer');
  });
});
