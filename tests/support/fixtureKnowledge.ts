import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const FIXTURE_KNOWLEDGE = resolve(__dirname, '../fixtures/knowledge');
export const FIXTURE_DIALOGS = resolve(__dirname, '../fixtures/dialogs');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the small fixture knowledge folder with some files replaced by the given text. */
export function knowledgeWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  made.push(dir);
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
