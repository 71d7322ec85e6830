// The card as a reader, translator and screen-reader user meet it: copy formats, dark pages, closing when the
// term scrolls away or on a click outside, and an automated accessibility check (axe-core).
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hoverTerm } from './page-helpers';
import { useExtensionSuite } from './suite';

const require = createRequire(import.meta.url);
const suite = useExtensionSuite();

beforeAll(async () => {
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

async function openCard(path: string, term: string): Promise<Page> {
  const page = await suite.open(path);
  await hoverTerm(page, term);
  await card(page).waitFor();
  return page;
}

describe('card actions', () => {
  test('copy a TSV row (English, Spanish, note) and a term pair', async () => {
    const page = await openCard('/remain-in-mexico-en.html', 'Remain in Mexico');
    await card(page).getByRole('button', { name: 'Copy row (TSV)' }).click();
    await expect.poll(() => card(page).getByRole('status').last().innerText()).toContain('Copied');
    const row = await page.evaluate(() => navigator.clipboard.readText());
    const columns = row.split('\t');
    expect(columns).toHaveLength(3);
    expect(columns[0]).toBe('Migrant Protection Protocols');
    expect(columns[1]).toBe('Protocolos de Protección a Migrantes');
    await card(page).getByRole('button', { name: 'Copy pair' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('Migrant Protection Protocols (MPP) — Protocolos de Protección a Migrantes (PPM)');
    await page.close();
  });
});

describe('terms inside a marked phrase', () => {
  test("a phrase's card leads to the glossary terms inside its words, and back", async () => {
    // The page marks the longest term only: "repatriación" inside "constancia de repatriación" has no mark.
    const page = await openCard('/repatriados-es.html', 'constancia de repatriación');
    expect(await card(page).getAttribute('data-entry')).toBe('constancia-repatriacion');
    const inside = card(page).locator('.inside');
    // The interface speaks English; the terms come in the page's language first.
    expect(await inside.innerText()).toBe('In this term: repatriación');
    await inside.getByRole('button', { name: 'repatriación' }).click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('repatriacion');
    expect(await card(page).locator('.inside').count()).toBe(0);
    await card(page).getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('constancia-repatriacion');

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await hoverTerm(page, 'constancia de la COMAR');
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('constancia-comar');
    expect(await card(page).locator('.inside').innerText()).toBe(
      'In this term: Comisión Mexicana de Ayuda a Refugiados',
    );
    // A term with no other term inside it says nothing of the kind.
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await hoverTerm(page, 'acta de nacimiento');
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('acta-nacimiento');
    expect(await card(page).locator('.inside').count()).toBe(0);
    await page.close();
  });

  test('on an English page the term inside is named in English', async () => {
    const page = await openCard('/dark-article.html', 'San Ysidro port of entry');
    expect(await card(page).locator('.inside').innerText()).toBe('In this term: port of entry');
    await page.close();
  });
});

describe('closing', () => {
  test('a click outside closes the card; so does scrolling the term out of view', async () => {
    const page = await openCard('/dark-article.html', 'San Ysidro port of entry');
    await page.mouse.click(5, 700);
    await expect.poll(() => card(page).count()).toBe(0);
    await hoverTerm(page, 'San Ysidro port of entry');
    await card(page).waitFor();
    await page.mouse.wheel(0, 1400);
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(0);
    await page.close();
  });
});

describe('themes', () => {
  test('on a dark page the card is dark', async () => {
    const page = await openCard('/dark-article.html', 'Migrant Protection Protocols');
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/); // opaque, not a transparent fallback
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    await page.close();
  });

  test('on a light page the card is light', async () => {
    const page = await openCard('/remain-in-mexico-en.html', 'CBP One');
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/); // opaque, not a transparent fallback
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3).toBeGreaterThan(200);
    await page.close();
  });
});

describe('accessibility', () => {
  test('axe-core finds no violations in the open card', async () => {
    const page = await openCard('/remain-in-mexico-en.html', 'Remain in Mexico');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = (await page.evaluate(`axe
      .run({ include: [{ fromShadowDom: ['glossary-card', '.card'] }] }, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
    expect(violations).toEqual([]);
    await page.close();
  });
});
