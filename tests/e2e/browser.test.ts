import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser } from '../support/browser';
import { startBot, type RunningBot } from '../support/startBot';

/**
 * A real browser (Debian's chromium) on the page at / and on the widget embedded in another
 * website, talking to the real server. Waits are for things to appear, never for a time.
 */
const WAIT = { timeout: 45_000 };
const SLOW = 120_000;

let bot: RunningBot;
let host: { url: string; close(): Promise<void> };
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  host = await startHostSite(() => bot.url);
  bot = await startBot({ WIDGET_ALLOWED_ORIGINS: host.url });
  ({ browser, close: closeBrowser } = await launchBrowser());
}, SLOW);

afterAll(async () => {
  await closeBrowser?.();
  await bot?.close();
  await host?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  return page;
}

const botMessages = (scope: Page | Locator): Locator => scope.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');

/** Sends a message and waits for the bot's next message. */
async function ask(scope: Page | Locator, page: Page, text: string): Promise<string> {
  const before = await botMessages(scope).count();
  await scope.locator('.webchat__send-box-text-box__input').fill(text);
  await page.keyboard.press('Enter');
  await botMessages(scope).nth(before).waitFor(WAIT);
  return botMessages(scope).nth(before).innerText();
}

async function seriousAccessibilityProblems(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the web chat page at /', () => {
  it('says what the bot is before the first message, then answers and guides through a flow', async () => {
    const page = await openPage(`${bot.url}/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/second opinion/i);
    const notice = await page.locator('main').innerText();
    expect(notice).toMatch(/not a doctor/i);
    expect(notice).toMatch(/999/);

    await botMessages(page).first().waitFor(WAIT);
    expect(await botMessages(page).first().innerText()).toMatch(/second opinion[\s\S]*999/i);

    expect(await ask(page, page, 'what is a second opinion')).toMatch(/another (GP|doctor|specialist)/i);

    const answer = await ask(page, page, 'how do I get a second opinion');
    expect(answer).toMatch(/GP|specialist/i);
    const stepByStep = page.locator('.webchat__suggested-action', { hasText: /step by step/i });
    await stepByStep.first().click();
    await botMessages(page).filter({ hasText: /why you want a second opinion/i }).first().waitFor(WAIT);
    expect(await page.locator('.webchat__suggested-action').count()).toBeGreaterThan(0);

    // The bot's answers can be rated; the thumbs are real buttons with names.
    expect(await page.locator('.webchat__thumb-button[aria-label]').count()).toBeGreaterThan(0);

    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'web-chat-page.png'), fullPage: true });
    await page.close();
  }, SLOW);
});

describe('the widget on another website', () => {
  it('opens from its launcher, keeps focus inside, talks to the bot, and closes with Esc back to the launcher', async () => {
    const page = await openPage(`${host.url}/`);
    const launcher = page.getByRole('button', { name: 'Ask about second opinions' });
    await launcher.waitFor(WAIT);
    await launcher.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Ask about second opinions' });
    await dialog.waitFor(WAIT);
    const text = await dialog.innerText();
    expect(text).toMatch(/not a doctor/i);
    expect(text).toMatch(/999/);
    await botMessages(dialog).first().waitFor(WAIT);

    // Run in the page (strings: the tests are compiled without the DOM's types).
    const focusInside = (): Promise<boolean> => page.evaluate(`Boolean(document.activeElement?.closest('#advice-line-chat-panel'))`);
    expect(await focusInside()).toBe(true);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(), `after Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(), `after Shift+Tab ${i + 1}`).toBe(true);
    }

    expect(await ask(dialog, page, 'can my wife ask for a second opinion for me')).toMatch(/consent|agree|permission|say yes|ok with/i);

    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'widget-open.png') });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Ask about second opinions');
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  }, SLOW);

  it('fits a phone screen, and does not animate for people who ask for reduced motion', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${host.url}/`);
    await page.getByRole('button', { name: 'Ask about second opinions' }).click();
    const box = await page.getByRole('dialog', { name: 'Ask about second opinions' }).boundingBox();
    expect(box).toMatchObject({ x: 0, width: 375 });
    expect(await page.evaluate(`getComputedStyle(document.getElementById('advice-line-chat-panel')).animationName`)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.evaluate(`getComputedStyle(document.getElementById('advice-line-chat-panel')).animationName`)).not.toBe('none');
    await page.close();
  }, SLOW);

  it('says plainly that the chat cannot be reached when the website is not allowed to use it', async () => {
    // localhost and 127.0.0.1 are different origins: only the second is allowed.
    const page = await openPage(`${host.url.replace('127.0.0.1', 'localhost')}/`);
    await page.getByRole('button', { name: 'Ask about second opinions' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toMatch(/can't be reached[\s\S]*111[\s\S]*999/);
    await page.close();
  }, SLOW);
});

/** A charity's website on another origin, with the one-line embed. */
async function startHostSite(botUrl: () => string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A health charity</title><link rel="icon" href="data:,"></head>
<body><header><a href="#main">Skip to content</a></header>
<main id="main"><h1>A health charity</h1><p>Information and support for patients and carers.</p><p><a href="#more">More about us</a></p></main>
<script src="${botUrl()}/widget.js" data-title="Ask about second opinions" data-accent="#005eb8"></script>
</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
