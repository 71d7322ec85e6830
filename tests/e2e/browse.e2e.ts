// The full-page glossary: permalinks, search and filters, related links, print view, and "open in the glossary"
// from a card on a page.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { hoverTerm } from './page-helpers';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();
const browseUrl = (hash = '') => `chrome-extension://${suite.browser.extensionId}/browse.html${hash}`;

test('a permalink opens its entry; related terms link to theirs', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(browseUrl('#mpp'));
  const card = page.locator('main .card[data-entry="mpp"]');
  await card.waitFor();
  expect(await card.innerText()).toContain('Protocolos de Protección a Migrantes');
  const relatedButton = card.locator('.related button').first();
  const label = await relatedButton.innerText();
  await relatedButton.click();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#mpp');
  expect(await page.locator('main .card .term').first().innerText()).toContain(label);
  await page.close();
});

test('search and filters narrow the index', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(browseUrl());
  const count = () => page.locator('.entries li').count();
  const all = await count();
  expect(all).toBeGreaterThan(100);
  await page.getByLabel('Search the glossary').fill('tercer pais seguro');
  await expect
    .poll(async () => page.locator('.entries a').first().getAttribute('href'))
    .toBe('#safe-third-country');
  await page.getByLabel('Search the glossary').fill('');
  await page.getByLabel('Category').selectOption('mx-institutions');
  await expect.poll(count).toBeLessThan(all);
  expect(await page.locator('.entries').innerText()).toContain('National Migration Institute');
  await page.getByLabel('Status').selectOption('ended');
  await expect.poll(count).toBe(0);
  await page.getByLabel('Category').selectOption('');
  await expect.poll(count).toBeGreaterThan(0);
  await page.close();
});

test('the print view shows the entry alone, with its timeline open', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(browseUrl('#title-42'));
  await page.locator('main .card').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.index').isVisible()).toBe(false);
  expect(await page.locator('.actions').isVisible()).toBe(false);
  expect(await page.locator('details.timeline').getAttribute('open')).not.toBeNull();
  await page.close();
});

test('"Open in the glossary" on a page card opens the entry in a new tab', async () => {
  const page = await suite.open('/remain-in-mexico-en.html');
  await hoverTerm(page, 'Title 42');
  const card = page.locator('glossary-card .card[data-entry]');
  await card.waitFor();
  const opened = suite.browser.context.waitForEvent('page');
  await card.getByRole('button', { name: 'Open in the glossary' }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(browseUrl('#title-42'));
  await tab.locator('main .card[data-entry="title-42"]').waitFor();
});

test('the listed entries export as TSV (three columns) and well-formed TBX', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(browseUrl());
  await page.getByLabel('Category').selectOption('mx-institutions');
  const listed = await page.locator('.entries li').count();
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TSV (OmegaT)' }).click();
  const tsv = readFileSync(await (await downloading).path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(tsv).toHaveLength(listed);
  expect(tsv.every((line) => line.split('\t').length === 3)).toBe(true);
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TBX' }).click();
  const tbx = readFileSync(await (await downloading).path(), 'utf8');
  const concepts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror').length
      ? -1
      : doc.getElementsByTagName('conceptEntry').length;
  }, tbx);
  expect(concepts).toBe(listed);
  await page.close();
});
