/**
 * A light suffix stripper. It does not need to produce real words, only the same stem for
 * the forms people use interchangeably ("worried", "worrying", "worries" -> "worri"), and it
 * runs on both the content and every message, so it is kept deliberately simple and fast.
 */
/** Words that end in "s" without being plurals: "news" must not become "new". */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'lens', 'gas', 'bus', 'yes', 'always', 'perhaps', 'towards', 'whereas', 'afterwards', 'diabetes', 'herpes', 'measles', 'mumps', 'rabies', 'scabies', 'shingles', 'physics', 'politics']);

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || NOT_PLURAL.has(word)) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') || w.endsWith('ied')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const verbEnding = /^(.*?[aeiouy].*?)(ing|ed|edly|ingly)$/.exec(w);
  if (verbEnding?.[1] && verbEnding[1].length >= 3) {
    w = verbEnding[1];
    // "stopping" -> "stopp" -> "stop"; "referred" -> "refer"
    if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.length > 5 && w.endsWith('ly')) {
    w = w.slice(0, -2);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}
