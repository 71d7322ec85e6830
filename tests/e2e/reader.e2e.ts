// The reader's workflows around the card: keyboard navigation that leaves typing alone and says when there is
// nothing to visit, a lookup that says "not in the glossary" instead of guessing, the card in the interface
// language, and marks coloured for the page's own background.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, markedTerms, markLook, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recipes</title></head>
<body><h1>Soup</h1><p>Put the kettle on the stove and slice the onions thinly.</p></body></html>`;

const DATELINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dateline</title></head>
<body><p>TIJUANA, Mexico — Asylum seekers returned under the Migrant Protection Protocols waited near the San Ysidro
port of entry for their hearings before a U.S. immigration judge.</p></body></html>`;

// A page with a small widget frame (same origin, too small to hold reading): the frame's content script loads
// nothing at its start, and loads the rest when a "Look up" is asked of it.
const WIDGET = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;font:12px sans-serif"><p>Explained: Remain in Mexico</p></body></html>`;
const WITH_WIDGET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title></head>
<body><h1>Soup</h1><p>Put the kettle on the stove and slice the onions thinly.</p>
<iframe src="/widget.html" width="300" height="60"></iframe></body></html>`;

beforeAll(async () => {
  server = await serveFixtures({
    '/plain.html': PLAIN_PAGE,
    '/dateline.html': DATELINE_PAGE,
    '/widget.html': WIDGET,
    '/with-widget.html': WITH_WIDGET,
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(
    `chrome.storage.sync.set({ settings: ${JSON.stringify(settings)}, settings$: { v: 1 } })`,
  );
}

async function article(path = '/remain-in-mexico-en.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForReady(page);
  await page.bringToFront();
  return page;
}

/** What the background does when a command or menu item fires: message the active tab. */
async function messageTab(message: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab.id, ${JSON.stringify(message)});
  })()`);
}

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

describe('keyboard navigation', () => {
  test('letters typed into text fields reach them while navigation is on', async () => {
    const page = await article();
    await messageTab({ type: 'glosa:navigate' });
    await card(page).waitFor();
    await page.locator('#comment').fill('');
    await page.locator('#comment').click();
    await page.keyboard.type('Kind people in Japan');
    expect(await page.locator('#comment').inputValue()).toBe('Kind people in Japan');
    await page.locator('#notes').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' jump');
    expect(await page.locator('#notes').innerText()).toMatch(/ jump$/);
    // Outside the fields, J still moves to the next term.
    await page.locator('h1').click();
    await messageTab({ type: 'glosa:navigate' });
    const first = await card(page).getAttribute('data-entry');
    await page.keyboard.press('j');
    await expect.poll(() => card(page).getAttribute('data-entry')).not.toBe(first);
    await page.close();
  });

  test('on a page without terms it says so on screen', async () => {
    const page = await article('/plain.html');
    await messageTab({ type: 'glosa:navigate' });
    const toast = page.locator('glossary-card .toast');
    await toast.waitFor();
    expect(await toast.isVisible()).toBe(true);
    expect(await toast.innerText()).toBe('Glosa found no terms on this page.');
    await page.close();
  });
});

describe('look up a selection', () => {
  const select = (page: Page, text: string) =>
    page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not on the page`);
    }, text);

  test('a phrase in no entry says "not in the glossary" and offers suggestions, visibly', async () => {
    const page = await article('/plain.html');
    await select(page, 'the kettle on the stove');
    await messageTab({ type: 'glosa:lookup', text: 'the kettle on the stove' });
    const notFound = page.locator('glossary-card .card.not-found');
    await notFound.waitFor();
    expect(await notFound.innerText()).toContain('“the kettle on the stove” is not in the glossary.');
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  test('a misspelt term is not taken for the entry: the entry is offered as a suggestion', async () => {
    const page = await article();
    await messageTab({ type: 'glosa:lookup', text: 'nothern triangle' });
    const notFound = page.locator('glossary-card .card.not-found');
    await notFound.waitFor();
    const suggestion = notFound.locator('button[data-entry="northern-triangle"]');
    expect(await suggestion.isVisible()).toBe(true);
    const box = (await suggestion.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await suggestion.click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('northern-triangle');
    await page.close();
  });

  test("a looked-up form two countries' entries share offers the one the page did not choose", async () => {
    const page = await article('/senses/jurisdiction-us.html');
    await select(page, 'deportación');
    await messageTab({ type: 'glosa:lookup', text: 'deportación' });
    await card(page).waitFor();
    expect(await card(page).getAttribute('data-entry')).toBe('removal-deportation');
    await expect
      .poll(() => card(page).locator('.same-words').innerText())
      .toBe('The same words also name: deportación (Mexico)');
    await page.close();
  });

  test('a selection naming terms opens the entry, with the other terms listed above the card', async () => {
    const page = await article();
    const text =
      'Under MPP, agents of U.S. Customs and Border Protection (CBP) hand people a Notice to Appear';
    await select(page, text);
    await messageTab({ type: 'glosa:lookup', text });
    await card(page).waitFor();
    const shown = await card(page).getAttribute('data-entry');
    const others = page.locator('glossary-card .alternatives button');
    const labels = await others.allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect([shown, ...labels].join(' ')).toMatch(/MPP|mpp/);
    const box = (await page.locator('glossary-card .alternatives').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.close();
  });
});

test('"Look up" in a widget frame, which loads nothing at its start, opens the card there', async () => {
  const page = await article('/with-widget.html');
  const frame = page.frames().find((f) => f.url().endsWith('/widget.html'))!;
  expect(await frame.locator('html').getAttribute('data-glossary-state')).toBeNull();
  expect(await frame.locator('glossary-card').count()).toBe(0);
  // The reader opens the context menu in the frame (its "Look up" item); the frame listens from then on.
  await frame.locator('p').click({ button: 'right' });
  await page.keyboard.press('Escape');
  await frame.evaluate(() => {
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 11);
    range.setEnd(text, 27);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // The background sends "Look up" to the frame holding the selection; here every frame that listens hears it.
  await messageTab({ type: 'glosa:lookup', text: 'Remain in Mexico' });
  const inFrame = frame.locator('glossary-card .card[data-entry]');
  await inFrame.waitFor();
  expect(await inFrame.getAttribute('data-entry')).toBe('mpp');
  await page.close();
});

describe('interface language', () => {
  test('with the interface in Spanish, the card on an English page speaks Spanish', async () => {
    await setSettings({ uiLanguage: 'es' });
    try {
      const page = await article();
      await messageTab({ type: 'glosa:navigate' });
      await card(page).waitFor();
      const text = await card(page).innerText();
      expect(text).toContain('En esta página');
      expect(text).not.toContain('On this page');
      expect(await card(page).getByRole('button', { name: 'Cerrar' }).count()).toBe(1);
      await page.close();
      // So does the line that leads to the terms inside a marked phrase.
      const spanish = await article('/repatriados-es.html');
      await hoverTerm(spanish, 'constancia de repatriación');
      await card(spanish).waitFor();
      expect(await card(spanish).locator('.inside').innerText()).toBe('En este término: repatriación');
      await spanish.close();
    } finally {
      await setSettings({});
    }
  });
});

describe('mark colours', () => {
  /** The underline colour of the marks, as the browser computes it for their highlight now. */
  const markColour = async (page: Page) => (await markLook(page))?.underlineColour;

  test('a light page in a dark system keeps the dark underline; a dark page gets the light one', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(page);
    expect(await markColour(page)).toBe('rgb(194, 65, 12)');
    await page.goto(server.url('/dark-article.html'));
    await waitForReady(page);
    expect(await markColour(page)).toBe('rgb(253, 186, 116)');
    await page.close();
  });
});

test('a dateline marks the place, not the country after it', async () => {
  const page = await article('/dateline.html');
  const terms = await markedTerms(page);
  expect(terms[0]).toBe('TIJUANA');
  expect(terms.some((term) => /Mexico/.test(term) && term !== 'Migrant Protection Protocols')).toBe(false);
  await page.close();
});

describe('the whole glossary', () => {
  test('has an A–Z index; every term is filed under its first letter, past any quote mark', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/browse.html`);
    const index = page.getByRole('navigation', { name: 'A–Z index' });
    await index.waitFor();
    const letters = await index.getByRole('button').allInnerTexts();
    expect(letters).toContain('S');
    expect(letters.length).toBeGreaterThan(15);
    // The list runs through the letters in the index's order, each letter once.
    const filed = await page
      .locator('.entries li')
      .evaluateAll((items) => items.map((li) => li.dataset.letter));
    const runs = filed.filter((letter, i) => letter !== filed[i - 1]);
    expect(runs).toEqual(letters);
    // Each term is filed under its first letter, whatever punctuation or quote mark comes before it.
    const misfiled = await page.locator('.entries li').evaluateAll(
      (items) =>
        items.filter((li) => {
          const term = li.querySelector('a span')?.textContent ?? '';
          const first = term
            .replace(/^[^\p{L}\p{N}]+/u, '')
            .normalize('NFD')
            .replace(/\p{M}/gu, '')
            .charAt(0)
            .toUpperCase();
          return li.dataset.letter !== (/\p{L}/u.test(first) ? first : '#');
        }).length,
    );
    expect(misfiled).toBe(0);
    await index.getByRole('button', { name: 'T', exact: true }).click();
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.letter);
    expect(focused).toBe('T');
    await page.close();
  });
});
