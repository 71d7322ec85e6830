// Faults: the service worker stopped when a card opens, and storage.sync refusing a save
// (quota) — the reader is told and nothing is lost — the extension reloaded or updated under an open page, and a
// damaged file in the extension's package.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGE_ENGINE_TEXT } from '../../entrypoints/content/engine-choice';
import { EXTENSION_DIR, launchWithExtension } from './browser';
import { hoverTerm, markedTerms, waitForReady } from './page-helpers';
import { type FixtureServer, longDocument, serveFixtures } from './server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({ '/long.html': longDocument(PAGE_ENGINE_TEXT + 10_000) });
});
afterAll(() => server?.close());

// A card reads its text from the extension's package, not from the service worker: a stopped worker changes nothing.
test('the service worker asleep when a card opens: the card shows its entry', async () => {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await hoverTerm(page, 'Title 42');
    const card = page.locator('glossary-card .card[data-entry]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Título 42');
  } finally {
    await browser.close();
  }
});

test('storage.sync refuses a save (quota): the options say so and keep the previous settings', async () => {
  const browser = await launchWithExtension();
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Background tint').check();
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');
    // A settings file with thousands of long site names: valid, but beyond storage.sync's per-item quota.
    const sites = Array.from({ length: 4000 }, (_, i) => `site-${i}-${'x'.repeat(40)}.example`);
    await options.getByLabel('Import settings…').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ glosaSettings: 1, settings: { disabledSites: sites } })),
    });
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toMatch(/Import failed|Could not save/);
    await options.reload();
    expect(await options.getByLabel('Background tint').isChecked()).toBe(true);
    expect(await options.locator('.sites li').count()).toBe(0);
  } finally {
    await browser.close();
  }
});

test('the extension unloaded (switched off, reloaded, updated) under an open page: the old copy leaves the page as it was', async () => {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(page);
    const textBefore = await page.evaluate(() => document.body.innerText);
    await hoverTerm(page, 'Title 42');
    await page.locator('glossary-card .card[data-entry]').waitFor();

    // The switch on chrome://extensions: the old version is unloaded with the page still open, as a reload or
    // an update does (in this automated Chromium, the Reload button leaves the extension switched off).
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions/');
    const setEnabled = (on: boolean) =>
      extensions.evaluate(`chrome.management.setEnabled(${JSON.stringify(browser.extensionId)}, ${on})`);
    await setEnabled(false);

    // No reader action needed: the orphaned copy notices within seconds and removes all it added.
    await page.waitForFunction(() => document.documentElement.dataset.glossaryState === 'off', null, {
      timeout: 15_000,
    });
    expect(
      await page.evaluate(() => ({
        highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('glossary-')),
        style: document.getElementById('glossary-highlight-style') !== null,
        card: document.querySelector('glossary-card') !== null,
      })),
    ).toEqual({ highlights: [], style: false, card: false });
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    // Hovering a term now does nothing (no card, no error), and a reload of the page gets the new version.
    await page.getByText('Title 42').first().hover();
    await page.waitForTimeout(600);
    expect(await page.locator('glossary-card').count()).toBe(0);
    await setEnabled(true);
    await extensions.close();
    await page.reload();
    await waitForReady(page);
    expect(await markedTerms(page)).toContain('Title 42');
  } finally {
    await browser.close();
  }
});

// A short page is matched in the background, a long one in the page (entrypoints/content/engine-choice.ts): both
// read the damaged file.
test.each(['/remain-in-mexico-en.html', '/long.html'])(
  'a damaged matcher file in the package (%s): Glosa says why on the console, switches off and leaves the page alone',
  async (path) => {
    const copy = mkdtempSync(join(tmpdir(), 'glosa-damaged-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    // Cut short, as an interrupted update or a disk error would leave them: the background's matcher file and the
    // page engine's script of the same text.
    for (const name of ['matcher.packed', 'matcher.js']) {
      const file = join(copy, name);
      writeFileSync(file, readFileSync(file, 'utf8').slice(0, 50_000));
    }
    const browser = await launchWithExtension({ extensionDir: copy });
    try {
      const page = await browser.context.newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(server.url(path));
      await page.waitForFunction(() => document.documentElement.dataset.glossaryState === 'off');
      const before = await page.evaluate(() => document.body.innerHTML);
      expect(await markedTerms(page)).toEqual([]);
      await expect
        .poll(() => messages.join('\n'))
        .toMatch(/Glosa is off on this page: packed matcher: .*damaged/);
      expect(pageErrors).toEqual([]);
      expect(
        await page.evaluate(() => ({
          added: document.querySelectorAll('glossary-card, #glossary-highlight-style').length,
          highlights: CSS.highlights.size,
        })),
      ).toEqual({ added: 0, highlights: 0 });
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    } finally {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    }
  },
);
