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

/** A parsed content file that can say which line any value in it came from. */
export class YamlFile {
  readonly data: unknown;
  readonly name: string;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(path: string, private readonly problems: ProblemList, text = readFileSync(path, 'utf8')) {
    this.name = displayPath(path);
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    for (const error of this.doc.errors) {
      const line = error.linePos?.[0].line ?? 1;
      problems.add(this.name, line, `this is not valid YAML (${(error.message.split('\n')[0] ?? error.code).replace(/:$/, '')})`);
    }
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
}
