/** Something wrong in a content file, said so that an editor can find and fix it. */
export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when content cannot be used; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The bot's content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Collects problems across files so an editor sees all of them at once, not one per run. */
export class ProblemList {
  private readonly found: ContentProblem[] = [];

  add(file: string, line: number, message: string): void {
    this.found.push({ file, line, message });
  }

  get all(): readonly ContentProblem[] {
    return this.found;
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw new ContentError(this.found);
  }
}
