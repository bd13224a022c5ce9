import Fuse from 'fuse.js';
import { tokenise } from '../knowledge/text/tokenise';

const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'sure', 'please', 'y', 'go on', 'yes please', 'ok then']);
const NO = new Set(['no', 'nope', 'nah', 'n', 'no thanks', 'no thank you', 'not now']);
const MAX_WORDS_FOR_FUZZY = 6;

/**
 * Which button someone meant when they typed instead of tapping: the label itself, its number,
 * yes/no for yes/no choices, or a close spelling. Longer messages are not forced onto a
 * button: they are more likely a question of their own.
 */
export function recogniseChoice(text: string, labels: readonly string[]): number | undefined {
  const words = tokenise(text);
  const typed = words.join(' ');
  if (typed === '') return undefined;
  const exact = labels.findIndex((label) => tokenise(label).join(' ') === typed);
  if (exact >= 0) return exact;

  const number = /^\d$/.test(typed) ? Number(typed) : undefined;
  if (number !== undefined && number >= 1 && number <= labels.length) return number - 1;

  const startsWith = (word: string): number => labels.findIndex((label) => tokenise(label)[0] === word);
  if (YES.has(typed) && startsWith('yes') >= 0) return startsWith('yes');
  if (NO.has(typed) && startsWith('no') >= 0) return startsWith('no');

  if (words.length > MAX_WORDS_FOR_FUZZY) return undefined;
  const [best] = new Fuse(labels.map((label) => tokenise(label).join(' ')), { includeScore: true, threshold: 0.3, ignoreLocation: true }).search(typed);
  // Fuse finds the typed text inside a longer label ("gp" in "ask my gp"): accept only when
  // what was typed is a good part of the label.
  if (best && typed.length >= 3 && typed.length >= 0.4 * best.item.length) return best.refIndex;
  return undefined;
}
