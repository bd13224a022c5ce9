import type { ContentProblem } from '../../content/contentProblems';
import type { FieldReader } from '../../content/fields';

/** Something that looks like a phone number: six or more digits in groups. */
const PHONE_NUMBER = /\d{3}[ -]?\d{3}/;

/**
 * Phone numbers change and differ by nation, so they live only in knowledge/services.yaml;
 * text that shows one names its service instead.
 */
export function checkNoPhoneNumber(reader: FieldReader, key: string, text: string): void {
  if (PHONE_NUMBER.test(text)) reader.problem(key, `"${key}" has a phone number in it; put numbers in knowledge/services.yaml and name the service instead`);
}

/** Sentences compared in one shape: lowercase words and apostrophes only. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Sentences of the leaflet long enough that copying one is copying, not a common phrase. */
const MIN_COPIED_WORDS = 9;

export function leafletSentences(leafletText: string): string[] {
  return leafletText.split(/[.\n•?!]+/).map(comparable).filter((s) => s.split(' ').length >= MIN_COPIED_WORDS);
}

/**
 * Our answers are in our own words: every leaflet sentence copied word for word into a content
 * file, with the line where it starts.
 */
export function copiedSentences(leafletText: string, files: readonly { readonly name: string; readonly text: string }[]): ContentProblem[] {
  const sentences = leafletSentences(leafletText);
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const whole = comparable(file.text);
    const lines = file.text.split('\n').map(comparable);
    for (const sentence of sentences) {
      if (!whole.includes(sentence)) continue;
      const opening = sentence.split(' ').slice(0, 4).join(' ');
      const index = lines.findIndex((line) => line.includes(opening));
      problems.push({
        file: file.name,
        line: index >= 0 ? index + 1 : 1,
        message: `this copies a leaflet sentence word for word ("${sentence.slice(0, 60)}..."); say it in our own words`,
      });
    }
  }
  return problems;
}
