// The PDF reader's basics in real Firefox (the Firefox build, driven over WebDriver BiDi as in firefox.e2e.ts): a
// PDF dropped on the reader is drawn, its text marked with the header left out, a hover opens the card, and a file
// that is not a PDF gets its message. Skipped, with a message, where no Firefox is installed.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageDrawn } from './pdf-drawn';
import { A5, articlePdf, notPdf } from './pdf-fixtures';

const FIREFOX =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const EXTENSION = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
const GECKO_ID = 'glosa@glosa.invalid';
const EXTENSION_UUID = randomUUID();

/** Drops a file on the reader page, as a reader drags one from their files. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], ${JSON.stringify(name)}, { type: 'application/pdf' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  })()`);
}

describe.skipIf(!FIREFOX)('PDF reader in Firefox', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(resolve(EXTENSION, 'manifest.json')))
      throw new Error('Run `npm run build:firefox` first.');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Mozilla's own test switch: permissions.request() grants without its doorhanger (which no test can click).
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(EXTENSION);
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    // The extension page loads, but puppeteer never sees its load event: do not wait for one.
    await openReader();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the reader page at `search` and waits for its toolbar (puppeteer never sees its load event). */
  async function openReader(search = '') {
    page.goto(`moz-extension://${EXTENSION_UUID}/pdf.html${search}`, { timeout: 0 }).catch(() => {});
    for (let tries = 0; ; tries++) {
      const ready = await page
        .evaluate(
          `location.search === ${JSON.stringify(search)} && !!document.querySelector('input[type=file]')`,
        )
        .catch(() => false);
      if (ready) return;
      if (tries > 60) throw new Error('The reader page did not open in Firefox');
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  test('a dropped two-column PDF is marked without its running header, and hovering opens the card', async () => {
    const pdf = await articlePdf({
      file: 'remain-in-mexico-en.html',
      columns: 2,
      header: 'Remain in Mexico returns: Glosa test PDF',
      size: A5,
    });
    await drop(page, 'two-columns.pdf', pdf);
    await page.waitForFunction(
      `document.documentElement.dataset.pdfState === 'read' && document.documentElement.dataset.glossaryState === 'ready'`,
      { timeout: 20_000 },
    );
    await page.waitForFunction(pageDrawn, { timeout: 10_000 }, 1);
    expect(Number(await page.evaluate(`document.documentElement.dataset.glossaryTerms`))).toBeGreaterThan(30);
    expect(
      await page.evaluate(
        `[...document.querySelectorAll('.textLayer span[hidden]')].filter((s) => s.textContent.includes('Remain in Mexico')).length`,
      ),
    ).toBeGreaterThan(1);
    const point = (await page.evaluate(`(() => {
      const span = [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent.includes('Title 42'));
      const text = span.firstChild;
      const range = document.createRange();
      const at = text.data.indexOf('Title 42');
      range.setStart(text, at);
      range.setEnd(text, at + 8);
      span.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 8, y: rect.top + rect.height / 2 };
    })()`)) as { x: number; y: number };
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForFunction(
      `!!document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry="title-42"]')`,
      { timeout: 10_000 },
    );
    // The lines page 1 carries over from page 2 (they finish its last paragraph) lie over page 2, outside page 1's
    // box: the pointer still reaches them.
    const carried = await page.evaluate(`(() => {
      const span = [...document.querySelectorAll('.page[data-page="1"] .textLayer span')].find((s) => s.style.top.includes('100%'));
      span.scrollIntoView({ block: 'center' });
      const rect = span.getBoundingClientRect();
      return document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2) === span;
    })()`);
    expect(carried).toBe(true);
  });

  test('a file that is not a PDF gets a clear message', async () => {
    await drop(page, 'not-a.pdf', notPdf());
    await page.waitForFunction(`document.documentElement.dataset.pdfState === 'damaged'`, {
      timeout: 10_000,
    });
    expect(await page.evaluate(`document.getElementById('notice').innerText`)).toContain('not a PDF');
  });

  test('by address: nothing is downloaded before the click; the click asks for that one site, opens the file marked, and gives the site back', async () => {
    const pdf = await articlePdf({
      file: 'remain-in-mexico-en.html',
      columns: 2,
      header: 'Remain in Mexico returns: Glosa test PDF',
      size: A5,
    });
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end(pdf);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const contains = () =>
        page.evaluate(
          `browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`,
        ) as Promise<boolean>;
      await openReader(`?file=${encodeURIComponent(`${base}/article.pdf`)}`);
      await page.waitForSelector('button.fetch');
      expect(await contains()).toBe(false);
      // Whatever the page would do on its own it has done by the time its offer has been up for a second.
      await new Promise((done) => setTimeout(done, 1000));
      expect(requests).toEqual([]);

      // What the browser grants and takes back, as the extension's own pages hear it.
      await page.evaluate(`(() => {
        window.changes = [];
        browser.permissions.onAdded.addListener(({ origins }) => changes.push(['added', ...origins]));
        browser.permissions.onRemoved.addListener(({ origins }) => changes.push(['removed', ...origins]));
      })()`);
      await page.click('button.fetch');
      await page.waitForFunction(
        `document.documentElement.dataset.pdfState === 'read' && document.documentElement.dataset.glossaryState === 'ready'`,
        { timeout: 20_000 },
      );
      expect(Number(await page.evaluate(`document.documentElement.dataset.glossaryTerms`))).toBeGreaterThan(
        30,
      );
      expect(requests).toEqual(['/article.pdf']);
      expect(await contains()).toBe(false);
      await page.waitForFunction('changes.length === 2');
      expect(await page.evaluate('changes')).toEqual([
        ['added', 'http://127.0.0.1/*'],
        ['removed', 'http://127.0.0.1/*'],
      ]);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
