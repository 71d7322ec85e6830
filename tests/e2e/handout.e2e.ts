// Teacher handouts in the real extension: from pasted text, from an HTML file, and from the current page via the
// popup; terms in reading order, exercise with answer key, and exports that cannot carry markup or formulas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES_DIR } from './server';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();
const handoutUrl = (hash = '') => `chrome-extension://${suite.browser.extensionId}/handout.html${hash}`;

test('pasted text gives its terms in reading order, with an exercise and a CSV export', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(handoutUrl());
  await page
    .getByLabel('Reading')
    .fill(
      'Families waited under Title 42 expulsions.\n\nThen came "Remain in Mexico", and the SRE protested. Title 42 ended.',
    );
  await page.getByRole('button', { name: 'Make the handout' }).click();
  const rows = page.locator('tbody tr');
  await rows.first().waitFor();
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')))).toEqual([
    'title-42',
    'mpp',
    'sre',
  ]);
  await page.getByLabel('Add a matching exercise and its answer key').check();
  expect(await page.locator('.answers').last().textContent()).toMatch(/^1–[A-C], 2–[A-C], 3–[A-C]$/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const file = await (await downloading).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"English","Spanish","Definition (English)","Definition (Spanish)"');
  expect(csv).toContain('"Title 42 expulsions","Título 42"');
  await page.close();
});

test('an HTML file is read like a page (scripts ignored), and a page in a tab via the popup', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(handoutUrl());
  await page
    .getByLabel('…or a file (HTML or text)')
    .setInputFiles(join(FIXTURES_DIR, 'quedate-en-mexico-es.html'));
  await page.locator('tbody tr').first().waitFor();
  expect(await page.locator('tbody tr').first().getAttribute('data-entry')).toBe('mpp');
  expect(await page.locator('tbody tr').count()).toBeGreaterThan(15);

  await suite.open('/remain-in-mexico-en.html');
  const tabId = (await suite.browser.worker.evaluate(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
  )) as number;
  const fromTab = await suite.browser.context.newPage();
  await fromTab.goto(handoutUrl(`#tab=${tabId}`));
  await fromTab.locator('tbody tr').first().waitFor();
  const ids = await fromTab
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')));
  expect(ids.slice(0, 2)).toEqual(['tijuana', 'mpp']);
  expect(await fromTab.locator('.tools').textContent()).toContain('Waiting in Tijuana');
});
