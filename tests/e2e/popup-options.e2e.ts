// The popup and options as a reader uses them: the terms on this page (a click jumps to the term and opens its
// card), the site switch and global pause applied without a reload, options that survive a browser restart,
// corrupted settings that fall back visibly, and both interface languages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, markedTerms, markLook, waitForReady } from './page-helpers';
import { FIXTURES_DIR, type FixtureServer, serveFixtures } from './server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

const state = (page: Page) => page.getAttribute('html', 'data-glossary-state');

/** Opens the popup in a tab while the article stays the active tab, as when the toolbar button is clicked. */
async function openPopup(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  popup.setDefaultTimeout(5000);
  await article.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

describe('popup on an article', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  test('lists the terms on this page; a click scrolls to the term and opens its card', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(article);
    const popup = await openPopup(browser, article);
    const item = popup.locator('.page-term[data-entry="non-refoulement"]');
    await item.waitFor();
    expect(await popup.locator('.page-term').count()).toBeGreaterThan(20);
    expect(await popup.locator('.page-term[data-entry="mpp"]').innerText()).toMatch(
      /Migrant Protection Protocols\s*×4/,
    );
    await item.click();
    const card = article.locator('glossary-card .card[data-entry="non-refoulement"]');
    await card.waitFor();
    expect(await card.isVisible()).toBe(true);
    await article.close();
  });

  test('an open popup follows the page: a term the page gains is listed without reopening it', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(article);
    const popup = await openPopup(browser, article);
    await popup.locator('.page-term').first().waitFor();
    const gained = popup.locator('.page-term[data-entry="daca"]');
    expect(await gained.count()).toBe(0);
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Deferred Action for Childhood Arrivals was not part of the program.';
      document.body.append(p);
    });
    await gained.waitFor();
    await popup.close();
    await article.close();
  });

  test('the site switch and the global pause remove and restore marks without a reload', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(article);
    const before = (await markedTerms(article)).length;
    const popup = await openPopup(browser, article);
    const siteSwitch = popup.getByLabel('Mark terms on 127.0.0.1');
    await siteSwitch.waitFor();
    const listed = () => popup.locator('.page-term').count();
    expect(await listed()).toBeGreaterThan(20);
    await siteSwitch.uncheck();
    await expect.poll(() => state(article)).toBe('off');
    expect(await markedTerms(article)).toEqual([]);
    // The page tells the popup when it has stopped or rescanned, and the popup's list follows.
    await expect.poll(listed).toBe(0);
    await siteSwitch.check();
    await expect.poll(() => state(article)).toBe('ready');
    expect((await markedTerms(article)).length).toBe(before);
    await expect.poll(listed).toBeGreaterThan(20);

    await popup.getByLabel('Pause Glosa everywhere').check();
    await expect.poll(() => state(article)).toBe('off');
    await popup.getByLabel('Pause Glosa everywhere').uncheck();
    await expect.poll(() => state(article)).toBe('ready');
    await article.close();
  });

  test('a click on Pause as soon as it shows pauses Glosa, even while the popup is still reading the page', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(article);
    for (let run = 0; run < 3; run++) {
      const popup = await browser.context.newPage();
      popup.setDefaultTimeout(5000);
      await article.bringToFront();
      // The page is busy for a moment (its content script answers the popup late), as a heavy page can be.
      const busy = article.evaluate(() => {
        const end = performance.now() + 1000;
        while (performance.now() < end);
      });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`, {
        waitUntil: 'domcontentloaded',
      });
      const pause = popup.getByLabel('Pause Glosa everywhere');
      const box = await (await pause.elementHandle())!.boundingBox();
      // The reader aims where Pause first showed; the popup meanwhile hears from the page.
      await popup.locator('.page-term').first().waitFor();
      await popup.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await expect
        .poll(() => browser.worker.evaluate(`chrome.storage.sync.get('settings')`))
        .toEqual({ settings: { paused: true } });
      expect(await pause.isChecked()).toBe(true);
      expect(await popup.getByLabel('Mark terms on 127.0.0.1').isChecked()).toBe(true);
      await pause.uncheck();
      await expect
        .poll(() => browser.worker.evaluate(`chrome.storage.sync.get('settings')`))
        .toEqual({ settings: {} });
      await busy;
      await popup.close();
    }
    await article.close();
  });
});

describe('options', () => {
  test('with the options open, a pause from the popup survives a change made in the options', async () => {
    const browser = await launchWithExtension();
    try {
      const article = await browser.context.newPage();
      await article.goto(server.url('/remain-in-mexico-en.html'));
      await waitForReady(article);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Background tint').waitFor();
      const popup = await openPopup(browser, article);
      await popup.getByLabel('Pause Glosa everywhere').check();
      await expect.poll(() => state(article)).toBe('off');

      await options.bringToFront();
      await options.getByLabel('Background tint').check();
      await expect.poll(() => options.getByRole('status').first().innerText()).toContain('Saved');
      // Still paused: the options page saved only the style, not its stale copy of every setting.
      const stored = await browser.worker.evaluate(`chrome.storage.sync.get('settings')`);
      expect(stored).toEqual({ settings: { paused: true, highlightStyle: 'tint' } });
      await article.reload();
      await expect.poll(() => state(article)).toBe('off');
      await popup.getByLabel('Pause Glosa everywhere').uncheck();
      await expect.poll(() => state(article)).toBe('ready');
      // The open options page follows a change made in the popup, without a reload.
      await popup.getByLabel('Mark terms on 127.0.0.1').uncheck();
      await expect
        .poll(() => options.locator('.sites li').allTextContents())
        .toEqual([expect.stringContaining('127.0.0.1')]);
      expect(await options.getByLabel('Background tint').isChecked()).toBe(true);
    } finally {
      await browser.close();
    }
  });

  test('choices persist across a browser restart and apply to pages', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'glosa-profile-'));
    try {
      let browser = await launchWithExtension({ userDataDir: profile });
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Background tint').check();
      await options.getByLabel('On click').check();
      await expect.poll(() => options.getByRole('status').first().innerText()).toContain('Saved');
      await browser.close();

      browser = await launchWithExtension({ userDataDir: profile });
      const again = await browser.context.newPage();
      await again.goto(`chrome-extension://${browser.extensionId}/options.html`);
      expect(await again.getByLabel('Background tint').isChecked()).toBe(true);
      expect(await again.getByLabel('On click').isChecked()).toBe(true);

      const article = await browser.context.newPage();
      await article.goto(server.url('/remain-in-mexico-en.html'));
      await waitForReady(article);
      await expect
        .poll(() => markLook(article))
        .toMatchObject({
          name: 'glossary-term-tint-light',
          background: 'rgba(251, 191, 36, 0.22)',
          underline: 'none',
        });
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('a corrupted setting falls back to its default with a visible note; the others are kept', async () => {
    const browser = await launchWithExtension();
    try {
      await browser.worker.evaluate(
        `chrome.storage.sync.set({ settings: { hoverDelayMs: 'fast', highlightStyle: 'tint' }, settings$: { v: 1 } })`,
      );
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      expect(await options.getByRole('alert').innerText()).toContain('hoverDelayMs');
      expect(await options.getByLabel('Background tint').isChecked()).toBe(true);
      expect(await options.getByLabel('Hover delay (milliseconds)').inputValue()).toBe('120');
    } finally {
      await browser.close();
    }
  });
});

describe('interface language', () => {
  test('a Spanish browser gets the Spanish interface', async () => {
    const browser = await launchWithExtension({ locale: 'es-MX' });
    try {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      expect(await popup.locator('label[for="glosa-search"]').innerText()).toBe('Buscar en el glosario');
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      expect(await options.locator('h1').innerText()).toBe('Opciones de Glosa');
    } finally {
      await browser.close();
    }
  });
});

describe('selection lookup', () => {
  test('the context-menu handler opens the entry the selected text names', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('/eval/trap-en-rv-caravan.html'));
      await waitForReady(page);
      // Select an unmarked phrase, then do what the menu item's handler does: message the tab with the text.
      await page.evaluate(() => {
        const p = document.querySelector('p')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await browser.worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab.id, { type: 'glosa:lookup', text: 'the northern triangle' });
      })()`);
      const card = page.locator('glossary-card .card[data-entry]');
      await card.waitFor();
      expect(await card.getAttribute('data-entry')).toBe('northern-triangle');
      expect(await card.innerText()).toContain('Triángulo Norte');
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('personal glossary', () => {
  test('import with preview and conflicts; imported terms are marked on pages; removal in one step', async () => {
    const browser = await launchWithExtension();
    try {
      const article = await browser.context.newPage();
      await article.goto(server.url('/personal-article.html'));
      await waitForReady(article);
      expect(await markedTerms(article)).not.toContain('liquid border');

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options
        .getByLabel('Choose a file to preview…')
        .setInputFiles(join(FIXTURES_DIR, 'personal-glossary.tsv'));
      await expect.poll(() => options.locator('.preview h3').textContent()).toContain('2 entries');
      expect(await options.locator('.preview .note').textContent()).toContain('Migrant Protection Protocols');
      await options.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => options.getByText(/In use: personal-glossary.tsv, 2 entries/).count()).toBe(1);

      await expect.poll(() => markedTerms(article)).toContain('liquid border');
      await hoverTerm(article, 'liquid border');
      const card = article.locator('glossary-card .card[data-entry]');
      await card.waitFor();
      expect(await card.textContent()).toContain('frontera líquida');

      // A broken file shows errors and cannot be applied; the current layer stays.
      await options.getByLabel('Choose a file to preview…').setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('a,b\n1,2\n'),
      });
      await expect.poll(() => options.getByRole('alert').last().textContent()).toContain('line 1');
      expect(await options.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
      await options.getByRole('button', { name: 'Cancel' }).click();

      await options.getByRole('button', { name: 'Remove the personal glossary' }).click();
      await expect.poll(() => markedTerms(article)).not.toContain('liquid border');
    } finally {
      await browser.close();
    }
  });
});

describe('toolbar badge', () => {
  test('shows the number of marked terms when turned on in the options', async () => {
    const browser = await launchWithExtension();
    try {
      await browser.worker.evaluate(
        `chrome.storage.sync.set({ settings: { badge: true }, settings$: { v: 1 } })`,
      );
      const article = await browser.context.newPage();
      await article.goto(server.url('/remain-in-mexico-en.html'));
      await waitForReady(article);
      const count = await article.getAttribute('html', 'data-glossary-terms');
      const badge = () =>
        browser.worker.evaluate(
          `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => chrome.action.getBadgeText({ tabId: tab.id }))`,
        );
      await expect.poll(badge).toBe(count);
      // Turned off again: the number goes.
      await browser.worker.evaluate(
        `chrome.storage.sync.set({ settings: { badge: false }, settings$: { v: 1 } })`,
      );
      await expect.poll(badge).toBe('');
    } finally {
      await browser.close();
    }
  });
});
