import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A SHA-256 of named pieces of content, for the safety caches (the rule examples' verdict in
 * exampleCheckCache.ts, the classifier's inputs in classifier/inputsKey.ts): each piece goes in
 * with its name and length, so no two different sets of pieces can give the same bytes to hash,
 * and files go in as their bytes, parsing nothing. A missing file or folder is a piece too.
 */
export class ContentDigest {
  private readonly hash: Hash;

  /** What the digest is for, so two caches never share a key by accident. */
  constructor(purpose: string) {
    this.hash = createHash('sha256');
    this.add('purpose', purpose);
  }

  add(name: string, content: string | Uint8Array): this {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.hash.update(`${name}\0${bytes.length}\0`);
    this.hash.update(bytes);
    return this;
  }

  /**
   * A file, or everything under a folder in a fixed order, by names relative to `name`; `include`
   * chooses the entries of a folder that go in (by default all of them, at any depth).
   */
  addPath(name: string, path: string, include: (entry: string, isFolder: boolean) => boolean = () => true): this {
    if (!existsSync(path)) return this.add(`missing\0${name}`, '');
    if (!statSync(path).isDirectory()) return this.add(`file\0${name}`, readFileSync(path));
    this.add(`folder\0${name}`, '');
    for (const entry of readdirSync(path).sort()) {
      const inside = join(path, entry);
      if (include(entry, statSync(inside).isDirectory())) this.addPath(`${name}/${entry}`, inside, include);
    }
    return this;
  }

  digest(): Buffer {
    return this.hash.digest();
  }
}

/** The digest of every file under each path (or the file itself), named by its place in the list. */
export function pathsDigest(purpose: string, paths: readonly string[]): Buffer {
  const digest = new ContentDigest(purpose);
  paths.forEach((path, i) => digest.addPath(String(i), path));
  return digest.digest();
}
