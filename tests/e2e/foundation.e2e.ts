// The extension end to end on our own news-style articles: terms marked, card on hover, page DOM untouched,
// no network, popup search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, markedTerms, marksInside, waitForReady } from './page-helpers';
import { FIXTURES_DIR, type FixtureServer, serveFixtures } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: string[] = [];

beforeAll(async () => {
  // The Spanish article as a page that does not say its language.
  const spanish = readFileSync(join(FIXTURES_DIR, 'quedate-en-mexico-es.html'), 'utf8');
  server = await serveFixtures({
    '/es-no-lang.html': spanish.replace('<html lang="es">', '<html>'),
    // Mostly place names written alike in both languages, and one Spanish term: Spanish all the same.
    '/es-places-no-lang.html':
      '<!doctype html><html><head><meta charset="utf-8"><title>Albergues</title></head><body>' +
      '<p>En Tijuana, Tapachula y Ciudad Juárez, y también en San Ysidro y en Nogales, Sonora, las personas ' +
      'solicitantes de asilo esperan semanas.</p></body></html>',
    // An English story quoting a Spanish sentence, marked as Spanish.
    '/en-quoting-es.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote</title></head><body>' +
      '<p>Lawyers said the Migrant Protection Protocols left asylum seekers waiting in Tijuana.</p>' +
      '<blockquote lang="es"><p>Con Quédate en México, las personas solicitantes de asilo esperan en Tijuana.</p></blockquote>' +
      '</body></html>',
  });
  browser = await launchWithExtension();
  browser.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(path: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.context.newPage();
  await beforeLoad?.(page);
  await page.goto(server.url(path));
  await waitForReady(page);
  return page;
}

// The loaded card (a placeholder .card shows while the entry is fetched).
const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

describe('English article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openArticle('/remain-in-mexico-en.html');
  });

  test('marks agencies, programs and legal terms, including a term split across elements', async () => {
    const terms = await markedTerms(page);
    for (const expected of [
      'Migrant Protection Protocols',
      'Remain in Mexico',
      'MPP',
      'San Ysidro port of entry',
      'asylum seekers',
      'immigration judge',
      'U.S. Customs and Border Protection',
      'CBP',
      'Notice to Appear',
      'Border Patrol',
      'CBP One',
      'Department of Homeland Security',
      'SRE',
      'Secretaría de Gobernación',
      'National Migration Institute',
      'INM',
      'humanitarian visa',
      'COMAR',
      'credible fear interview',
      'expedited removal',
      'Immigration and Customs Enforcement',
      'ICE',
      'Temporary Protected Status',
      'TPS',
      'Title 42',
      'metering',
      'Northern Triangle',
      'Unaccompanied minors',
      'coyotes',
      'Guardia Nacional',
      'non-refoulement',
    ]) {
      expect(terms, `"${expected}" should be marked`).toContain(expected);
    }
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe(String(terms.length));
  });

  test('leaves form fields and editable regions alone', async () => {
    expect(await marksInside(page, 'textarea, [contenteditable]')).toBe(0);
  });

  test('hovering a term opens the bilingual card; Escape closes it', async () => {
    await hoverTerm(page, 'Remain in Mexico');
    await expect.poll(() => card(page).count()).toBe(1);
    const text = await card(page).innerText();
    expect(text).toContain('Migrant Protection Protocols');
    expect(text).toContain('Protocolos de Protección a Migrantes');
    expect(text).toContain('MPP');
    expect(text).toMatch(/asylum seekers/i); // English definition
    expect(text).toMatch(/solicitantes de asilo/i); // Spanish definition
    expect(text).toContain('Remain in Mexico'); // the term as written on the page
    expect(await card(page).getAttribute('role')).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  test('the card stays open while the pointer moves into it, and closes after the pointer leaves both', async () => {
    await hoverTerm(page, 'CBP One');
    await expect.poll(() => card(page).count()).toBe(1);
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await card(page).count()).toBe(1);
    // Its text can be selected.
    await page.mouse.dblclick(box.x + 60, box.y + 14);
    expect(await card(page).count()).toBe(1);
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(0);
  });

  test('the card is inside the viewport, in a shadow root', async () => {
    await hoverTerm(page, 'non-refoulement');
    await expect.poll(() => card(page).count()).toBe(1);
    const box = (await card(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(await page.evaluate(() => document.querySelector('glossary-card')?.shadowRoot?.mode)).toBe('open');
    await page.keyboard.press('Escape');
  });
});

describe('Spanish article', () => {
  test('marks Spanish forms and opens the card Spanish first', async () => {
    const page = await openArticle('/quedate-en-mexico-es.html');
    const terms = await markedTerms(page);
    for (const expected of [
      'Protocolos de Protección a Migrantes',
      'Quédate en México',
      'solicitantes de asilo',
      'tribunal de inmigración',
      'Secretaría de Relaciones Exteriores',
      'SRE',
      'Secretaría de Gobernación',
      'Segob',
      'Instituto Nacional de Migración',
      'INM',
      'tarjeta de visitante por razones humanitarias',
      'visa humanitaria',
      'Comisión Mexicana de Ayuda a Refugiados',
      'Comar',
      'condición de refugiado',
      'Patrulla Fronteriza',
      'cita de CBP One',
      'estación migratoria',
      'principio de no devolución',
      'ACNUR',
      'OIM',
      'Guardia Nacional',
      'polleros',
    ]) {
      expect(terms, `"${expected}" should be marked`).toContain(expected);
    }
    expect(await marksInside(page, 'textarea')).toBe(0);
    await hoverTerm(page, 'Quédate en México');
    await expect.poll(() => card(page).count()).toBe(1);
    const text = await card(page).innerText();
    expect(text.indexOf('Protocolos de Protección a Migrantes')).toBeLessThan(
      text.indexOf('Migrant Protection Protocols'),
    );
    await page.close();
  });

  test('a page that does not say its language: a name written alike in both opens Spanish first on Spanish text', async () => {
    const page = await openArticle('/es-no-lang.html');
    await hoverTerm(page, 'Ciudad Juárez');
    await expect.poll(() => card(page).count()).toBe(1);
    const text = await card(page).innerText();
    expect(text).toMatch(/^ES/);
    await page.close();
  });

  test("a Spanish quotation on an English page: its terms open Spanish first, the story's English first", async () => {
    const page = await openArticle('/en-quoting-es.html');
    await hoverTerm(page, 'Quédate en México');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).innerText()).toMatch(/^ES/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await hoverTerm(page, 'Migrant Protection Protocols');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).innerText()).toMatch(/^EN/);
    await page.close();
  });

  test('a page that does not say its language, of place names written alike and one Spanish term: Spanish first', async () => {
    const page = await openArticle('/es-places-no-lang.html');
    expect(await markedTerms(page)).toEqual(
      expect.arrayContaining([
        'Tijuana',
        'Tapachula',
        'Ciudad Juárez',
        'San Ysidro',
        'personas solicitantes de asilo',
      ]),
    );
    await hoverTerm(page, 'Tapachula');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).innerText()).toMatch(/^ES/);
    await page.close();
  });
});

describe('the page is left as it was', () => {
  test('a MutationObserver sees only our <style> and card host, and our two state attributes', async () => {
    const page = await openArticle('/remain-in-mexico-en.html', async (p) => {
      await p.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __mutations: string[] }).__mutations = seen;
        const describe = (n: Node) =>
          n.nodeType === 1
            ? `${(n as Element).tagName}${(n as Element).id ? `#${(n as Element).id}` : ''}`
            : n.nodeName;
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes') seen.push(`attr ${describe(r.target)} ${r.attributeName}`);
            else if (r.type === 'characterData') seen.push(`text ${describe(r.target)}`);
            else {
              for (const n of r.addedNodes) seen.push(`add ${describe(n)}`);
              for (const n of r.removedNodes) seen.push(`remove ${describe(n)}`);
            }
          }
        });
        // Start after parsing: from then on, every change to the page is Glosa's (this page has no script).
        document.addEventListener('DOMContentLoaded', () =>
          observer.observe(document, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          }),
        );
      });
    });
    const before = await page.evaluate(() => document.body.innerHTML);
    await hoverTerm(page, 'Remain in Mexico');
    await expect.poll(() => card(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) {
      expect(mutation).toMatch(
        /^(add GLOSSARY-CARD|remove GLOSSARY-CARD|attr HTML data-glossary-(state|terms))$/,
      );
    }
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  test('no request leaves the machine', () => {
    const outside = requests.filter(
      (url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('chrome-extension://'),
    );
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});

describe('popup', () => {
  test('fuzzy search in both languages finds entries and opens their card', async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const box = page.getByRole('searchbox');
    for (const [query, id] of [
      ['quedate en mexico', 'mpp'],
      ['nothern triangle', 'northern-triangle'],
      ['secretaria relaciones exteriores', 'sre'],
      ['ICE', 'ice'],
      ['visa humanitaria', 'tvrh'],
    ] as const) {
      await box.fill(query);
      await expect
        .poll(() => page.locator('.result').first().getAttribute('data-entry'), { message: query })
        .toBe(id);
    }
    await box.fill('remain in mexico');
    await page.locator('.result').first().click();
    // The card shows "Loading…" until the entry's text is read from the package, then the entry.
    const card = page.locator('.card[data-entry="mpp"]');
    await card.waitFor();
    expect(await page.locator('.card').count()).toBe(1);
    expect(await card.innerText()).toContain('Protocolos de Protección a Migrantes');
    await page.close();
  });
});
