import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuestion } from '../../../src/knowledge/text/questionFinder';
import { tokenise } from '../../../src/knowledge/text/tokenise';

const asking = (text: string): string[] => findQuestion(text, 0.4).filter((p) => p.weight === 1).map((p) => p.tokens.join(' '));

describe('finding the question in a message', () => {
  it('weighs the sentence that asks above the story around it', () => {
    const text = "My mum was diagnosed with bowel cancer and we're all so upset. Her sister is a nurse. Can we ask for a second opinion for her?";
    expect(asking(text)).toEqual(['can we ask for a second opinion for her']);
    expect(findQuestion(text, 0.4).filter((p) => p.weight < 1)).toHaveLength(2);
  });

  it('takes the clause that announces the question ("my question is", "all I want to know is") as asking', () => {
    expect(asking('My dad has had a stroke and the ward is chaotic. My question is whether his son can ask.')).toEqual(['my question is whether his son can ask']);
    expect(asking('We have been back and forth for months, all I want to know is who decides')).toEqual(['all i want to know is who decides']);
  });

  it('finds a question without a question mark by how it opens', () => {
    expect(asking('I have had two scans. how do I get someone else to look at them')).toEqual(['how do i get someone else to look at them']);
  });

  it('takes the asking clause of a sentence after a comma', () => {
    expect(asking('my mum wants to see someone about her hip, can she just pay?')).toEqual(['can she just pay']);
  });

  it('takes a question with no question word whole when it ends with a question mark', () => {
    expect(asking('second opinion for my dad?')).toEqual(['second opinion for my dad']);
  });

  it('counts what someone heard whole when the question only asks whether it is so ("Is that true?", "is that right?")', () => {
    for (const text of ['I heard you go to the back of the queue if you ask for another opinion. Is that true?', 'my mate says you cant change your gp unless you move. is that right?']) {
      expect(findQuestion(text, 0.4).every((p) => p.weight === 1)).toBe(true);
    }
    // A question that names something still asks by itself.
    expect(asking('I heard about second opinions. Is it my right to get one?')).toEqual(['is it my right to get one']);
  });

  it('counts the story whole when the question points back at it and only adds what to avoid ("a way round it without...")', () => {
    const text = "me and my specialist just don't gel, I clam up every time. is there a way round it without starting over with someone new";
    expect(findQuestion(text, 0.4).every((p) => p.weight === 1)).toBe(true);
    expect(asking('my consultant is lovely. can i ask for another opinion without upsetting her')).toEqual(['can i ask for another opinion without upsetting her']);
  });

  it('counts the story whole when the question only points back at it ("Any tips?", "what do i do now")', () => {
    const story = "I just don't click with my specialist and clam up every time. Any tips?";
    expect(findQuestion(story, 0.4).every((p) => p.weight === 1)).toBe(true);
    expect(asking('my husband has had a stroke, what do i do now')).toEqual(['my husband has had a stroke', 'what do i do now']);
  });

  it('finds the question inside a long message with no punctuation (dictated), after the story', () => {
    expect(asking('my wifes got her second opinion in Edinburgh next week what should we have ready')).toEqual(['what should we have ready']);
    expect(asking('my dad is 80 and very poorly and the consultant wants to operate can he ask for someone else first')).toEqual(['can he ask for someone else first']);
  });

  it('takes a formal request as the question ("I should be grateful if you could advise whether...")', () => {
    expect(asking('My mother is 90. I should be grateful if you could advise whether she may see another consultant.')).toEqual(['i should be grateful if you could advise whether she may see another consultant']);
  });

  it('counts a message that never asks whole', () => {
    expect(findQuestion('cost', 0.4)).toEqual([{ tokens: ['cost'], weight: 1 }]);
    expect(findQuestion('My GP was rude. I am fed up.', 0.4).every((p) => p.weight === 1)).toBe(true);
  });

  it('reads text through the one normaliser (apostrophes, case, text-speak)', () => {
    expect(asking('Wat’s the COST?')).toEqual(['whats the cost']);
  });

  // The matcher reads a message in one part as the whole message (OverlapMatcher.isLikeOffTopic).
  it('splits a message only between its words: the parts end to end are its tokens, and a message in one part weighs 1', () => {
    const pieces = ['my', 'mum', 'can', 'she', 'is', 'it', 'how', 'do', 'what', 'second', 'opinion', 'any', 'tips', 'so', 'hi', 'i', 'want', 'to', 'know',
      'gp', "don't", 'colour', 'organize', '2nd', ',', '.', '?', '!', ';', ':', ' ', '\n', '...', 'Ünïcode', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (chosen, contextWeight) => {
        const text = chosen.join(' ').replace(/ ([,.?!;:])/g, '$1');
        const parts = findQuestion(text, contextWeight);
        expect(parts.flatMap((part) => part.tokens)).toEqual(tokenise(text));
        if (parts.length === 1) expect(parts[0]?.weight).toBe(1);
      }),
    );
  });
});
