// Messages that are true: the popup tells a site switched off from a pause, a bad hover delay is refused with a
// message, a personal import takes the good lines and lists the bad ones, a personal entry's card shows only what
// the reader imported, the interface-language choices are named as languages, and the card puts the definition and
// the actions first with the details one click away.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hoverTerm, markedTerms } from './page-helpers';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();
const extensionPage = (path: string) => `chrome-extension://${suite.browser.extensionId}/${path}`;
const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

const article = (path = '/remain-in-mexico-en.html') => suite.open(path);

test('the popup says the site is switched off, and says "paused" only for the pause', async () => {
  const page = await article();
  const popup = await suite.browser.context.newPage();
  const reopen = async () => {
    await page.bringToFront();
    await popup.goto(extensionPage('popup.html'));
  };
  const summaries = () => popup.locator('.on-page .summary').allInnerTexts();
  try {
    await reopen();
    await popup.getByLabel('Mark terms on 127.0.0.1').uncheck();
    await expect.poll(() => page.getAttribute('html', 'data-glossary-state')).toBe('off');
    await reopen();
    await expect.poll(summaries).toContain('Glosa is off on 127.0.0.1 (switch above).');
    expect(await summaries()).not.toContain('Glosa is paused.');
    await popup.getByLabel('Mark terms on 127.0.0.1').check();
    await expect.poll(() => page.getAttribute('html', 'data-glossary-state')).toBe('ready');
    await popup.getByLabel('Pause Glosa everywhere').check();
    await expect.poll(() => page.getAttribute('html', 'data-glossary-state')).toBe('off');
    await reopen();
    await expect.poll(summaries).toContain('Glosa is paused.');
  } finally {
    await suite.browser.worker.evaluate('chrome.storage.sync.set({ settings: {}, settings$: { v: 1 } })');
  }
  await popup.close();
  await page.close();
});

describe('options', () => {
  test('a hover delay of -5 is refused with a message; the stored delay stays', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    const delay = options.getByLabel('Hover delay', { exact: false });
    await delay.fill('-5');
    await delay.press('Tab');
    const message = options.locator('#hover-delay-error');
    await message.waitFor();
    expect(await message.innerText()).toContain('“-5” is not a delay Glosa can use');
    expect(await delay.getAttribute('aria-invalid')).toBe('true');
    const stored = (await suite.browser.worker.evaluate(
      'chrome.storage.sync.get("settings").then((r) => r.settings?.hoverDelayMs ?? null)',
    )) as number | null;
    expect(stored === null || stored === 120).toBe(true);
    await delay.fill('200');
    await delay.press('Tab');
    await expect.poll(() => message.count()).toBe(0);
    await options.close();
  });

  test('the interface-language choices are languages, not countries', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    const group = options.getByRole('group', { name: 'Interface language' });
    const labels = await group.locator('label').allInnerTexts();
    expect(labels.map((label) => label.trim())).toEqual([
      'Follow the browser',
      'English',
      'Español (Spanish)',
    ]);
    expect(labels.join(' ')).not.toMatch(/United States|Mexico/);
    await options.close();
  });
});

test('a personal import takes the good lines and lists the bad; its entries show only what they have', async () => {
  const options = await suite.browser.context.newPage();
  await options.goto(extensionPage('options.html'));
  await options.getByLabel('Choose a file to preview…').setInputFiles({
    name: 'mine.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(
      'liquid border\tfrontera líquida\tA border formed by a river.\nno tab on this line\n\tsolo español\n',
    ),
  });
  const errors = options.locator('.preview .errors li');
  await errors.first().waitFor();
  expect(await errors.allInnerTexts()).toEqual([
    'line 2: expected English<TAB>Spanish<TAB>note',
    'line 3: English term is empty',
  ]);
  const importGood = options.getByRole('button', { name: 'Import the 1 good entries' });
  expect(await importGood.isEnabled()).toBe(true);
  await importGood.click();
  await expect
    .poll(() => options.getByText('Imported 1 entries; 2 lines with errors were left out.').count())
    .toBe(1);

  const page = await article('/personal-article.html');
  await expect.poll(() => markedTerms(page)).toContain('liquid border');
  await hoverTerm(page, 'liquid border');
  await card(page).waitFor();
  const text = await card(page).innerText();
  expect(text).toMatch(/Your note/i);
  expect(text.split('A border formed by a river.')).toHaveLength(2);
  expect(text).toMatch(
    /From your personal glossary, imported \d{4}-\d{2}-\d{2}\. Glosa has not checked it\./,
  );
  expect(text).not.toMatch(/In the news|Sources|Last verified/i);
  expect(await card(page).getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
  await options.getByRole('button', { name: 'Remove the personal glossary' }).click();
  await page.close();
  await options.close();
});

test('the card fits: definition and copy buttons in view without scrolling, sources one click away', async () => {
  const page = await article();
  await hoverTerm(page, 'Remain in Mexico');
  await card(page).waitFor();
  const copy = card(page).getByRole('button', { name: 'Copy pair' });
  const [cardBox, copyBox] = [await card(page).boundingBox(), await copy.boundingBox()];
  expect(copyBox!.y + copyBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
  expect(await card(page).evaluate((el) => el.scrollTop)).toBe(0);
  const sources = card(page).locator('details.sources');
  expect(await sources.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  expect(await sources.locator('a').first().isVisible()).toBe(false);
  await sources.locator('summary').click();
  expect(await sources.locator('a').first().isVisible()).toBe(true);
  await page.close();
});
