import words from 'an-array-of-english-words';

/**
 * Ordinary English words (about 275,000, from the an-array-of-english-words package), so that
 * typo correction leaves real words alone.
 */
const ENGLISH: ReadonlySet<string> = new Set(words);

export function isEnglishWord(word: string): boolean {
  return ENGLISH.has(word);
}
