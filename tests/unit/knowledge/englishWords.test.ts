import words from 'an-array-of-english-words';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/knowledge/englishWords';

describe('English words', () => {
  it('knows every word of the list', () => {
    expect(words.filter((word) => !isEnglishWord(word))).toEqual([]);
  });

  it('knows no word the list does not have, however close to one of its words', () => {
    const listed = new Set(words);
    const near = words.flatMap((word) => [`${word}x`, word.slice(1), word.slice(0, -1), word.toUpperCase(), `${word}é`]);
    expect(near.filter((word) => isEnglishWord(word) !== listed.has(word))).toEqual([]);
    expect(['', 'nhs', 'qwertyuiop', 'referal'].filter(isEnglishWord)).toEqual([]);
  });
});
