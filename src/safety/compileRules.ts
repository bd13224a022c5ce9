import type { SafetyRuleSpec, WordList } from './types';

/**
 * Turns the readable pattern text of knowledge/safety/ into regular expressions:
 * `{name}` is the word list of that name, `{up to 4 words}` is a bounded gap of whole
 * words that never crosses punctuation (linear: words and spaces cannot overlap).
 */
const PLACEHOLDER = /\{(?:up to (\d+) words?|([a-z][a-z0-9-]*))\}/g;
/** A placeholder's opening left once every whole placeholder is taken out: one never closed ("{ask-the-team"). */
const UNCLOSED_PLACEHOLDER = /\{[a-z][a-z0-9 -]*/;

export type CompileProblem = (line: number, file: string, message: string) => void;

export class PatternCompiler {
  private readonly expanded = new Map<string, string>();
  /** One expression per distinct pattern, so a message is tested once for a word list many rules require. */
  private readonly compiled = new Map<string, RegExp>();
  private readonly lists: ReadonlyMap<string, WordList>;

  /**
   * `checkedBefore`: these very rule files passed every check with this very code before (see
   * exampleCheckCache.ts), so no pattern can match an empty message and that test is skipped:
   * running an expression once makes V8 compile it, the costliest part of compiling the rules.
   */
  constructor(
    lists: readonly WordList[],
    private readonly problem: CompileProblem,
    private readonly checkedBefore = false,
  ) {
    this.lists = new Map(lists.map((list) => [list.name, list]));
  }

  /** The regex source of a pattern, or undefined after reporting why it cannot be used. */
  source(text: string, file: string, line: number, seen: readonly string[] = []): string | undefined {
    // "{ask-the-team" without its "}" is read by a regex as the literal text: a list that silently never holds.
    const unclosed = UNCLOSED_PLACEHOLDER.exec(text.replace(PLACEHOLDER, ''));
    if (unclosed) {
      this.problem(line, file, `"${unclosed[0]}" opens a word list that is never closed with "}"`);
      return undefined;
    }
    let ok = true;
    const out = text.replace(PLACEHOLDER, (whole, gap: string | undefined, name: string | undefined) => {
      if (gap !== undefined) return `(?: [a-z0-9]+){0,${gap}} `;
      const list = name === undefined ? undefined : this.lists.get(name);
      if (!list || name === undefined) {
        this.problem(line, file, `unknown word list "${whole}" (known: ${[...this.lists.keys()].join(', ')})`);
        ok = false;
        return whole;
      }
      const body = this.listSource(list, seen);
      if (body === undefined) ok = false;
      return body ?? whole;
    });
    return ok ? out : undefined;
  }

  /** One expression for the whole pattern, or undefined after reporting the error with its line. */
  compile(text: string, file: string, line: number, flags = ''): RegExp | undefined {
    const body = this.source(text, file, line);
    if (body === undefined) return undefined;
    const key = `${flags}/${body}`;
    const known = flags.includes('g') ? undefined : this.compiled.get(key);
    if (known) return known;
    try {
      const re = new RegExp(body, flags);
      if (!this.checkedBefore && re.test('')) {
        this.problem(line, file, `the pattern "${text}" matches an empty message`);
        return undefined;
      }
      this.compiled.set(key, re);
      return re;
    } catch (error) {
      this.problem(line, file, `the pattern "${text}" is not a valid regular expression (${(error as Error).message})`);
      return undefined;
    }
  }

  private listSource(list: WordList, seen: readonly string[]): string | undefined {
    const cached = this.expanded.get(list.name);
    if (cached !== undefined) return cached;
    if (seen.includes(list.name)) {
      this.problem(list.origin.line, list.origin.file, `word list "${list.name}" refers to itself through ${seen.join(' -> ')}`);
      return undefined;
    }
    const parts: string[] = [];
    for (const word of list.words) {
      const part = this.source(word, list.origin.file, list.origin.line, [...seen, list.name]);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    const body = `(?:${parts.join('|')})`;
    this.expanded.set(list.name, body);
    return body;
  }
}

export interface CompiledRule {
  readonly spec: SafetyRuleSpec;
  /** All patterns as one global expression: one scan per rule, every occurrence still checked. */
  readonly scanner: RegExp;
  /**
   * The same patterns tried at one place only (sticky), for the places where a match can start: in
   * order, a few patterns to an expression (see stickyGroups); the first that matches there gives
   * the match the whole expression would.
   */
  readonly starters: readonly RegExp[];
  readonly requires: readonly RegExp[];
  readonly unless: readonly RegExp[];
  readonly unlessInClause: readonly RegExp[];
  readonly lowerIf: readonly RegExp[];
}

export function compileRule(spec: SafetyRuleSpec, compiler: PatternCompiler): CompiledRule | undefined {
  const { file } = spec.origin;
  const lineOf = (text: string): number => spec.lines.get(text) ?? spec.origin.line;
  const all = (texts: readonly string[]): RegExp[] | undefined => {
    const out = texts.map((text) => compiler.compile(text, file, lineOf(text)));
    return out.every((re): re is RegExp => re !== undefined) ? out : undefined;
  };
  const patterns = all(spec.patterns);
  const requires = all(spec.requires);
  const unless = all(spec.unless);
  const unlessInClause = all(spec.unlessInClause);
  const lowerIf = all(spec.lowerIf);
  if (!patterns || !requires || !unless || !unlessInClause || !lowerIf) return undefined;
  const parts = patterns.map((re) => `(?:${re.source})`);
  return {
    spec,
    scanner: new RegExp(parts.join('|'), 'g'),
    starters: stickyGroups(parts),
    requires,
    unless,
    unlessInClause,
    lowerIf,
  };
}

/**
 * V8 leaves an expression of more than 20 KB of source unoptimised (kRegExpTooLargeToOptimize):
 * treatment-choice's 11 patterns joined (23,882 characters) took ~30 µs at the ~17 places of a
 * 5,000-character story where its patterns could start, its first 9 joined (20,338) ~1.5 µs.
 */
const MAX_OPTIMISED_SOURCE = 20 * 1024;

/** The patterns, in order, joined into as few sticky expressions as stay within what V8 optimises. */
function stickyGroups(parts: readonly string[]): RegExp[] {
  const groups: string[] = [];
  let group = '';
  for (const part of parts) {
    if (group !== '' && group.length + 1 + part.length > MAX_OPTIMISED_SOURCE) {
      groups.push(group);
      group = '';
    }
    group = group === '' ? part : `${group}|${part}`;
  }
  if (group !== '') groups.push(group);
  return groups.map((source) => new RegExp(source, 'y'));
}
