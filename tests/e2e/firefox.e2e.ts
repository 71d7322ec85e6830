// The Firefox build in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core):
// terms are highlighted, hovering opens the card in its shadow root, Escape closes it.
// Skipped, with a message, where no Firefox is installed (.ci/run installs firefox-esr).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from './server';

const FIREFOX =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const EXTENSION = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

describe.skipIf(!FIREFOX)('Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(resolve(EXTENSION, 'manifest.json')))
      throw new Error('Run `npm run build:firefox` first.');
    server = await serveFixtures();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(EXTENSION);
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await page.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
      timeout: 20_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('terms are highlighted with the Custom Highlight API', async () => {
    const terms = (await page.evaluate(`[...CSS.highlights.get('glossary-term')].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    })`)) as string[];
    for (const term of ['Migrant Protection Protocols', 'Remain in Mexico', 'CBP One', 'COMAR', 'Title 42']) {
      expect(terms).toContain(term);
    }
  });

  test('hovering a term opens the bilingual card; Escape closes it', async () => {
    const point = (await page.evaluate(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf('Title 42');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 8);
        n.parentElement.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 10, y: rect.top + rect.height / 2 };
      }
    })()`)) as { x: number; y: number };
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const cardText = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')?.textContent ?? ''`;
    await page.waitForFunction(`(${cardText}).includes('Título 42')`, { timeout: 10_000 });
    expect(await page.evaluate(cardText)).toContain('Title 42');
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!(${cardText})`, { timeout: 5_000 });
  });
});
