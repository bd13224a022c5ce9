import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Which of a cache folder's files a cache owns, and how many of the newest it keeps. */
export interface KeptFiles {
  readonly prefix: string;
  readonly suffix: string;
  readonly keep: number;
}

/**
 * Writes a cache file aside, then renames it (another process never sees a half-written file), and
 * removes the kind's oldest beyond the number kept. A file that cannot be written only costs the
 * next start-up the work it would have saved, so failures are swallowed.
 */
export function keepFile(folder: string, file: string, text: string, kind: KeptFiles): void {
  try {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, file);
    const newestFirst = readdirSync(folder)
      .filter((name) => name.startsWith(kind.prefix) && name.endsWith(kind.suffix))
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of newestFirst.slice(kind.keep)) unlinkSync(path);
  } catch {
    // Nothing kept: the next start-up does the work again.
  }
}

/** A package's version, for a cache key: found from its entry point, as package exports may hide package.json. */
export function packageVersion(name: string): string {
  try {
    let folder = dirname(require.resolve(name));
    while (!folder.endsWith(name) && dirname(folder) !== folder) folder = dirname(folder);
    return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
