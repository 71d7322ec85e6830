// axe-core, in the real browser, on every page Glosa shows (popup, options, the whole glossary, the handout) and on
// the card as it sits in a clean host page: zero violations, and the card adds no landmarks to the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// A host page with no accessibility faults of its own, so whatever axe finds comes from Glosa.
const CLEAN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Asylum news</title></head>
<body><header><p>The Daily Border</p></header><main><h1>Asylum at the border</h1>
<p>Under the Migrant Protection Protocols, asylum seekers waited in Tijuana while Customs and Border Protection
processed appointments made through CBP One; the National Migration Institute (INM) issued humanitarian visas.</p>
</main><footer><p>Fictional page for Glosa's tests.</p></footer></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({ '/clean.html': CLEAN_PAGE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(page: Page): Promise<string[]> {
  // The card fades in: contrast is measured once it has.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Evaluated over the DevTools protocol: extension pages' Content-Security-Policy refuses an injected <script>.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`axe
    .run(document, { resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

describe('axe-core finds nothing', () => {
  test('on the popup, with an article in the active tab', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/clean.html'));
    await waitForReady(article);
    const popup = await browser.context.newPage();
    await article.bringToFront();
    await popup.goto(extensionPage('popup.html'));
    await popup.locator('.page-term').first().waitFor();
    expect(await violations(popup)).toEqual([]);
    // A search result opens its card in the popup.
    await popup.getByRole('searchbox').fill('remain in mexico');
    await popup.locator('.result').first().click();
    await popup.locator('.card[data-entry]').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await article.close();
  });

  test('on the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('options.html'));
    await page.locator('main h1').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('on the whole glossary, listed and on one entry', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('browse.html'));
    await page.locator('.entries li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(extensionPage('browse.html#mpp'));
    await page.locator('main .card[data-entry="mpp"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('on the handout page, with a handout and its exercise', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('handout.html'));
    await page.getByLabel('Reading').fill('Families waited under Title 42. Then came "Remain in Mexico".');
    await page.getByRole('button', { name: 'Make the handout' }).click();
    await page.getByLabel('Add a matching exercise and its answer key').check();
    await page.locator('.answer-key').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('on a page with the card open; the card adds no banner or contentinfo landmark', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/clean.html'));
    await waitForReady(page);
    const landmarks = () =>
      page.evaluate(() => {
        const all: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const element of root.querySelectorAll('*')) {
            all.push(element);
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        // header/footer are banner/contentinfo unless inside article, aside, main, nav or section.
        const sectioning =
          'article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]';
        return all.filter((element) => {
          const role = element.getAttribute('role');
          if (role === 'banner' || role === 'contentinfo') return true;
          if (!/^(HEADER|FOOTER)$/.test(element.tagName) || role) return false;
          return !element.parentElement?.closest(sectioning);
        }).length;
      });
    const before = await landmarks();
    await hoverTerm(page, 'Migrant Protection Protocols');
    await page.locator('glossary-card .card[data-entry]').waitFor();
    expect(await landmarks()).toBe(before);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
