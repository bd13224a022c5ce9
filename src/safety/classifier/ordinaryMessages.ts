import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProblemList } from '../../content/contentProblems';
import { isRecord } from '../../content/fields';
import { YamlFile, type YamlPath } from '../../content/yamlFile';
import { normalise } from '../../text/normalise';
import type { SafetyExample } from './types';

/** Where the bot's own content holds ordinary messages: a file or folder, and the fields to read there. */
export interface OrdinarySource {
  /** Relative to the safety folder. */
  readonly from: string;
  readonly fields: readonly string[];
}

/**
 * The ordinary messages the rest of the content already holds (the Q&A questions and their
 * alternates, how people ask, what people type in a guided flow), read live at start-up as
 * "none" examples: they teach the classifier what an ordinary message looks like, and they can
 * never drift from the content they come from. Every text under one of the named fields counts,
 * however deeply nested; a trailing "*" (a typed-answer wildcard) is dropped.
 */
export function loadOrdinaryMessages(safetyFolder: string, sources: readonly OrdinarySource[], problems: ProblemList): SafetyExample[] {
  return sources.flatMap(({ from, fields }) => {
    const path = resolve(safetyFolder, from);
    if (!existsSync(path)) {
      problems.add(join(safetyFolder, 'classifier.yaml'), 1, `the ordinary messages "${from}" are missing (${path})`);
      return [];
    }
    const files = statSync(path).isDirectory()
      ? readdirSync(path).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(path, name))
      : [path];
    return files.flatMap((name) => textsUnder(new YamlFile(name, problems), new Set(fields)));
  });
}

function textsUnder(file: YamlFile, fields: ReadonlySet<string>): SafetyExample[] {
  const out: SafetyExample[] = [];
  const walk = (value: unknown, path: YamlPath, inField: boolean): void => {
    if (typeof value === 'string') {
      const text = value.replace(/\*/g, '').trim();
      if (inField && text) out.push({ text, label: 'none', origin: { file: file.name, line: file.lineOf(path) } });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], inField));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], inField || fields.has(key));
    }
  };
  walk(file.data, [], false);
  return out;
}

/** Any of the phrases as whole words in normalised text, or undefined when there are none. */
export function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const words = [...new Set(phrases.map((phrase) => normalise(phrase).replace(/[.,!?;:]/g, ' ').trim()).filter(Boolean))];
  if (words.length === 0) return undefined;
  // Longest first, so "dont want to do this" is taken whole before a shorter phrase inside it.
  words.sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${words.map((w) => w.replace(/ +/g, ' +')).join('|')})\\b`, 'g');
}
