// Sense decisions on real pages (glossary/context.ts, dom/regions.ts): page regions, touching links, terms that
// support each other, the right country's entry for a shared form, and the card saying why a sense was chosen.
// Code citations and other senses' passages are trap pages (tests/fixtures/traps), checked in engine.e2e.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, markedTerms, marksInside, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fixture page once Glosa is ready; marks near the viewport are painted on the next frames (windowed painting). */
async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForReady(page);
  return page;
}

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

async function cardFor(page: Page, term: string): Promise<{ entry: string | null; text: string }> {
  await hoverTerm(page, term);
  await expect.poll(() => card(page).count()).toBe(1);
  const result = { entry: await card(page).getAttribute('data-entry'), text: await card(page).innerText() };
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
  return result;
}

describe('page regions', () => {
  test("the article's ambiguous terms take the page's sense; the sidebar's and the comments' do not", async () => {
    const page = await open('/senses/regions.html');
    const terms = await markedTerms(page);
    expect(terms).toContain('coyote'); // in the article: the page is about migration
    await expect.poll(() => marksInside(page, 'article')).toBeGreaterThan(5);
    await expect.poll(() => marksInside(page, 'aside')).toBe(0); // "Coyote spotted near…", "Caravan of classic cars…"
    await expect.poll(() => marksInside(page, '#comments')).toBe(0); // "the coyote in my backyard"
    const coyote = await cardFor(page, 'coyote');
    expect(coyote.entry).toBe('coyote');
    expect(coyote.text).toMatch(/other meanings.*the page is about migration/);
    await page.close();
  });

  test('elements laid out as separate boxes are separate words: touching links, flex items, inline blocks', async () => {
    const page = await open('/senses/regions.html');
    await expect.poll(() => marksInside(page, '.trending')).toBe(3);
    const terms = await markedTerms(page);
    for (const term of ['Title 42', 'DACA', 'Remain in Mexico']) expect(terms).toContain(term);
    // The page's text itself is unchanged: the space exists only in what Glosa reads.
    expect(await page.locator('.trending').textContent()).toBe(
      'Title 42 anniversaryDACA rulingRemain in Mexico returns',
    );
    // Flex items and inline blocks are boxes too, whatever their tag.
    await expect.poll(() => marksInside(page, '.chips')).toBe(2); // CBP One, TPS
    await expect.poll(() => marksInside(page, '.badges')).toBe(2); // Dreamers, DACA
    await page.close();
  });
});

describe('terms that support each other', () => {
  test('three ambiguous terms of the domain in one passage are marked, and the card says why', async () => {
    const page = await open('/senses/nearby.html');
    expect(await markedTerms(page)).toEqual(['Ciudad Juárez', 'coyote', 'Rio Grande']);
    const coyote = await cardFor(page, 'coyote');
    expect(coyote.entry).toBe('coyote');
    expect(coyote.text).toMatch(/other meanings.*other migration terms are right beside it/);
    await page.close();
  });
});

describe('the right country for a shared form', () => {
  test('on a story about Mexico, "deportación" and "tarjeta de residente permanente" are Mexico’s', async () => {
    const page = await open('/senses/jurisdiction-mx.html');
    expect((await cardFor(page, 'deportación')).entry).toBe('deportacion-mx');
    expect((await cardFor(page, 'tarjeta de residente permanente')).entry).toBe('tarjeta-residente');
    await page.close();
  });

  test('on a story about US immigration, the same forms are the US removal and green card', async () => {
    const page = await open('/senses/jurisdiction-us.html');
    expect((await cardFor(page, 'deportación')).entry).toBe('removal-deportation');
    expect((await cardFor(page, 'tarjeta de residente permanente')).entry).toBe('green-card');
    await page.close();
  });
});
