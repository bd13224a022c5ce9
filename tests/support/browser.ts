import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (`.ci/run` installs it); playwright never downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots for people to look at; git-ignored. */
export const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts');

/** A headless chromium with a fresh profile and nothing talking to the internet. */
export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'advice-line-chromium-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  // A fresh profile each run: playwright's persistent context is how it takes --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
