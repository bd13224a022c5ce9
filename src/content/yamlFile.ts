import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ProblemList } from './contentProblems';

export type YamlPath = readonly (string | number)[];

/** Editors run checks from the project folder, so paths are shown from there; elsewhere in full. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}

// Errors that come from the spaces at the start of a line not lining up.
const INDENTATION_ERRORS = new Set(['BAD_INDENT', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'TAB_AS_INDENT', 'BAD_DIRECTIVE']);

/** The parser's error in words an editor can act on: one sentence, after "this is not valid YAML:". */
export function plainYamlError(code: string, message: string): string {
  const unclosed = /end with an? ([\]}])/.exec(message)?.[1];
  const plain =
    unclosed !== undefined
      ? `a "${unclosed === ']' ? '[' : '{'}" above is not closed with "${unclosed}"`
      : code === 'DUPLICATE_KEY'
        ? 'this field appears twice in the same block; keep one'
        : code === 'TAB_AS_INDENT'
          ? 'this line is indented with a tab; use spaces'
          : INDENTATION_ERRORS.has(code)
            ? "the spaces at the start of this line don't line up with the lines around it: a field must start in the same column as the other fields of its block"
            : (message.split('\n')[0] ?? code).replace(/:$/, '').replace(/ at line \d+, column \d+$/, '');
  return `this is not valid YAML: ${plain}`;
}

/** A parsed content file that can say which line any value in it came from. */
export class YamlFile {
  readonly data: unknown;
  readonly name: string;
  private readonly doc: Document;
  private readonly lines = new LineCounter();
  private readonly textLines: readonly string[];

  constructor(path: string, private readonly problems: ProblemList, text = readFileSync(path, 'utf8')) {
    this.name = displayPath(path);
    this.textLines = text.split('\n');
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    // One mistake often makes the parser report several errors; the first is the one to fix.
    const [first] = this.doc.errors;
    if (first) problems.add(this.name, first.linePos?.[0].line ?? 1, plainYamlError(first.code, first.message));
    this.data = this.doc.errors.length > 0 ? undefined : this.doc.toJS();
  }

  /** The line of the value at path, or of its nearest parent that exists. */
  lineOf(path: YamlPath): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  problem(path: YamlPath, message: string): void {
    this.problems.add(this.name, this.lineOf(path), message);
  }

  /** The first line at or after the value at path that starts (after spaces) with `start`. */
  lineStartingWith(path: YamlPath, start: string): number {
    const from = this.lineOf(path);
    const index = this.textLines.findIndex((line, i) => i + 1 >= from && line.trimStart().startsWith(start));
    return index >= 0 ? index + 1 : from;
  }

  problemAtLine(line: number, message: string): void {
    this.problems.add(this.name, line, message);
  }
}
