// The page session and windowed painting, in Chromium with the built extension: settings changed during a long
// scan; only marks near the viewport painted, far ones painted when scrolled or navigated to, while counts, the
// popup's list and keyboard navigation cover the whole page; ad frames left alone, an article in a same-origin
// frame marked, listed and reachable.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { markedTerms, markLook, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

const FILLER = 'The council discussed parks, libraries, buses and the budget for road repairs. ';
const STORY =
  'Asylum seekers waited in Tijuana under Remain in Mexico while Title 42 expulsions went on at the border.';

/** A page many screens long: a story paragraph every fifth one, and one term found only at the very end. */
const longPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body>${Array.from(
  { length: 300 },
  (_, i) => `<p>Part ${i}. ${FILLER.repeat(4)}${i % 5 === 0 ? STORY : ''}</p>`,
).join('')}<p>Last of all: the principle of non-refoulement.</p></body></html>`;

/**
 * ~1 MB of text with thousands of marks, and a page that keeps its main thread busy (as heavy sites do): the first
 * scan, which lets the page run between slices, takes long enough to change settings during it.
 */
const bigPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body>${Array.from(
  { length: 2500 },
  (_, i) => `<p>Part ${i}. ${FILLER.repeat(4)}${STORY}</p>`,
).join('')}<script>
  const busy = () => { const t = performance.now(); while (performance.now() - t < 15); if (t < 8000) setTimeout(busy, 0); };
  busy();
</script></body></html>`;

const story = (n: number) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body>${Array.from(
    { length: n },
    () => `<p>${FILLER}${STORY}</p>`,
  ).join('')}<p>The court also spoke of non-refoulement.</p></body></html>`;

const ad =
  '<!doctype html><html><body style="margin:0"><a href="#">Border Patrol jobs! Title 42 deals</a></body></html>';
const AD_FRAMES = 20;
const adsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ads</title></head><body><p>${STORY}</p>${Array.from(
  { length: AD_FRAMES },
  () => `<iframe class="ad" width="300" height="60" src="/ad.html"></iframe>`,
).join('')}</body></html>`;

const framedPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title></head><body><h1>Reader</h1><iframe id="story" width="900" height="600" src="/story.html"></iframe></body></html>`;

/** Terms before and after a framed story taller than its frame: reading order puts the whole story between them. */
const framedBetween = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed between</title></head><body><h1>Reader</h1><p>Before the story: the CBP One app.</p><iframe width="900" height="600" src="/long-story.html"></iframe><p>After the story: an asylum officer.</p></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({
    '/long.html': longPage,
    '/big.html': bigPage,
    '/ad.html': ad,
    '/ads.html': adsPage,
    '/story.html': story(12),
    '/framed.html': framedPage,
    '/long-story.html': story(20),
    '/framed-between.html': framedBetween,
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForReady(page);
  return page;
}

const terms = async (page: Page) => Number(await page.getAttribute('html', 'data-glossary-terms'));
const painted = (page: Page | Frame) =>
  page.evaluate(
    () => [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1]?.size ?? 0,
  );
const card = (page: Page | Frame) => page.locator('glossary-card .card[data-entry]');

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(
    `chrome.storage.sync.set({ settings: ${JSON.stringify(settings)}, settings$: { v: 1 } })`,
  );
}

/** Does what the background does when the navigation shortcut fires: message the active tab. */
async function pressShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  await browser.worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.tabs.sendMessage(tab.id, { type: 'glosa:navigate' });
  })()`);
}

async function popupTerms(page: Page): Promise<Record<string, string>> {
  const popup = await browser.context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('.page-term').first().waitFor();
  const items = await popup
    .locator('.page-term')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-entry'), (el as HTMLElement).innerText]));
  await popup.close();
  return Object.fromEntries(items);
}

describe('settings changed while a long page is still being scanned', () => {
  test.each([
    ['the highlight style', { highlightStyle: 'tint' }],
    ['the categories', { categories: ['programs-policies', 'international'] }],
  ])('%s: the page ends ready, with its marks painted', async (_name, change) => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/big.html'), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.documentElement.dataset.glossaryState === 'scanning', null, {
      polling: 10,
    });
    await setSettings(change);
    await waitForReady(page);
    expect(await terms(page)).toBeGreaterThan(1000);
    // Painted: the marks near the viewport, in the highlight the page's stylesheet styles.
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    if ('highlightStyle' in change)
      expect(await markLook(page)).toMatchObject({
        name: 'glossary-term-tint-light',
        background: 'rgba(251, 191, 36, 0.22)',
      });
    await setSettings({});
    await page.close();
  });

  test('a style change applies in place: no rescan, the same marks', async () => {
    const page = await open('/long.html');
    const before = await terms(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(document.documentElement.dataset.glossaryState ?? '')).observe(
        document.documentElement,
        { attributeFilter: ['data-glossary-state'] },
      );
    });
    expect(await markLook(page)).toMatchObject({
      name: 'glossary-term-underline-light',
      underline: 'underline',
    });
    await setSettings({ highlightStyle: 'tint' });
    await expect
      .poll(() => markLook(page))
      .toMatchObject({
        name: 'glossary-term-tint-light',
        background: 'rgba(251, 191, 36, 0.22)',
        underline: 'none',
      });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await terms(page)).toBe(before);
    await setSettings({});
    await page.close();
  });
});

describe('windowed painting on a long page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/long.html');
  });
  afterAll(() => page.close());

  test('only marks near the viewport are painted; a far one is painted once scrolled to', async () => {
    expect(await terms(page)).toBe(60 * 4 + 1);
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    expect(await painted(page)).toBeLessThan(60);
    expect(await markedTerms(page)).not.toContain('principle of non-refoulement');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => markedTerms(page)).toContain('principle of non-refoulement');
    expect(await painted(page)).toBeLessThan(60);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => markedTerms(page)).not.toContain('principle of non-refoulement');
  });

  test('keyboard navigation reaches a far term, paints it and opens its card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await pressShortcut(page);
    await card(page).waitFor();
    // Back from the first term goes round to the last one, at the very end of the page.
    await page.keyboard.press('k');
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('non-refoulement');
    await expect.poll(() => markedTerms(page)).toContain('principle of non-refoulement');
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  test("the popup's list and counts cover the whole page", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const listed = await popupTerms(page);
    expect(listed['non-refoulement']).toBeDefined();
    expect(listed.mpp).toMatch(/×60/);
    expect(listed['title-42']).toMatch(/×60/);
  });

  test('"scroll to term" from the popup paints the far term and opens its card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await browser.context.newPage();
    await page.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('.page-term[data-entry="non-refoulement"]').click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('non-refoulement');
    await expect.poll(() => markedTerms(page)).toContain('principle of non-refoulement');
    await popup.close();
  });
});

describe('frames', () => {
  test('ad frames pay nothing: no marks, no state, no style in them', async () => {
    const page = await open('/ads.html');
    expect(await terms(page)).toBeGreaterThan(0);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(AD_FRAMES);
    for (const frame of frames) {
      const seen = await frame.evaluate(() => ({
        highlights: CSS.highlights.size,
        state: document.documentElement.dataset.glossaryState ?? null,
        style: document.getElementById('glossary-highlight-style') !== null,
      }));
      expect(seen).toEqual({ highlights: 0, state: null, style: false });
    }
    await page.close();
  });

  test('an article in a same-origin frame is marked, listed in the popup and reached by the keyboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/framed.html'));
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    await frame.waitForFunction(() => document.documentElement.dataset.glossaryState === 'ready');
    expect(Number(await frame.getAttribute('html', 'data-glossary-terms'))).toBe(12 * 4 + 1);
    await expect.poll(() => painted(frame)).toBeGreaterThan(0);
    const listed = await popupTerms(page);
    expect(listed['non-refoulement']).toBeDefined();
    expect(listed.mpp).toMatch(/×12/);
    await pressShortcut(page);
    await card(frame).waitFor();
    await page.keyboard.press('k');
    await expect.poll(() => card(frame).getAttribute('data-entry')).toBe('non-refoulement');
    await page.close();
  });

  test('keyboard navigation reads a same-origin frame at its place in the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/framed-between.html'));
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    await frame.waitForFunction(() => document.documentElement.dataset.glossaryState === 'ready');
    const total = 2 + Number(await frame.getAttribute('html', 'data-glossary-terms'));
    await expect.poll(() => terms(page)).toBe(2);
    const announced = () => page.locator('glossary-card [role="status"][aria-live]').last().innerText();
    await pressShortcut(page);
    const heard: string[] = [];
    for (let i = 1; i <= total; i++) {
      if (i > 1) await page.keyboard.press('j');
      await expect.poll(announced).toMatch(new RegExp(`^Term ${i} of ${total}: `));
      heard.push((await announced()).replace(/^Term \d+ of \d+: /, ''));
    }
    // The page's term above the frame, then every term of the story in the frame, then the page's term below it.
    expect(heard[0]).toBe('CBP One app');
    expect(heard.at(-1)).toBe('asylum officer');
    expect(heard.at(-2)).toBe('non-refoulement');
    await page.close();
  });
});

test("the release build leaves no timings on the page's timeline (a page could read them)", async () => {
  const page = await open('/long.html');
  await page.evaluate(() => {
    document.querySelector('p')!.append(' Asylum seekers again.');
  });
  await expect.poll(() => terms(page)).toBe(60 * 4 + 2);
  const measures = await page.evaluate(() =>
    performance.getEntriesByType('measure').map((entry) => entry.name),
  );
  expect(measures.filter((name) => name.startsWith('glossary'))).toEqual([]);
  await page.close();
});
