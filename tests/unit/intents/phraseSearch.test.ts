import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPhrase, phrase, PhraseLists, sameWord, wordsOf, type Phrase } from '../../../src/knowledge/intents/words';

/** The rule as editors read it: word by word, each next word the first that fits within the gap. */
function hasPhraseWordByWord(words: readonly string[], p: Phrase, gap: number): boolean {
  if (p.words.length === 0) return false;
  const fits = (at: number, i: number): boolean => sameWord(words[at] ?? '', p.words[i] ?? '', p.prefix[i]);
  for (let start = 0; start < words.length; start++) {
    if (!fits(start, 0)) continue;
    let at = start;
    let found = true;
    for (let i = 1; i < p.words.length && found; i++) {
      found = false;
      for (let next = at + 1; next <= Math.min(words.length - 1, at + 1 + gap); next++) {
        if (fits(next, i)) {
          at = next;
          found = true;
          break;
        }
      }
    }
    if (found) return true;
  }
  return false;
}

// Real words, their other endings, slips and non-words, so that every way of fitting is tried.
const VOCABULARY = ['complain', 'complaint', 'complaining', 'complant', 'compliment', 'rude', 'rudely', 'treated', 'treat', 'badly', 'lost', 'my', 'referral', 'referal', 'i', 'a', 'was', 'to', 'the', 'wales', 'scotland', 'scotlnad', 'nurse', 'nurses'];
const PHRASES = ['complain*', 'complaint', 'was rude', 'treated badly', 'lost referral', 'i was treated', 'referral', 'scotland', 'a', 'nurse*', 'rude to the nurse'].map(phrase);

describe('looking for a phrase in a message', () => {
  it('finds a phrase exactly where the word-by-word rule does, whatever the words, their order and the gap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 14 }), fc.constantFrom(...PHRASES), fc.integer({ min: 0, max: 3 }), (words, p, gap) => {
        // A new array each time: the message is read afresh, as a new message would be.
        const message = [...words];
        expect(hasPhrase(message, p, gap)).toBe(hasPhraseWordByWord(message, p, gap));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a phrase of a list exactly when one of its phrases is found on its own, whatever the words and gaps', () => {
    const lists = [PHRASES.slice(0, 3), PHRASES.slice(3, 7), [], PHRASES.slice(7), ['nurses', 'the referal', 'treat*'].map(phrase)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 14 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: lists.length, maxLength: lists.length }), (words, gaps) => {
        const message = [...words];
        expect(new PhraseLists(lists, gaps).found(message)).toEqual(lists.map((list, i) => list.some((p) => hasPhraseWordByWord(message, p, gaps[i] ?? 0))));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same message once for many phrases and still answers each on its own', () => {
    const words = wordsOf('the nurse was really rude and they lost my referal');
    expect(PHRASES.map((p) => hasPhrase(words, p))).toEqual(PHRASES.map((p) => hasPhraseWordByWord(words, p, 2)));
    expect(hasPhrase(words, phrase('lost referral'))).toBe(true);
    expect(hasPhrase(words, phrase('was rude'), 0)).toBe(false);
  });

  it('gives the words of a text that was just read without reading it again, and the words of a new text afresh', () => {
    const first = wordsOf("I'd like to complain");
    expect(wordsOf("I'd like to complain")).toBe(first);
    expect(wordsOf('Wales?')).toEqual(['wales']);
    expect(wordsOf("I'd like to complain")).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('reads an -ing word with its g dropped as that word, never as a slip of another ("livin" is not "livid")', () => {
    expect(sameWord('livin', 'livid')).toBe(false);
    expect(sameWord('livin', 'living')).toBe(true);
    expect(sameWord('referal', 'referral')).toBe(true);
  });
});
