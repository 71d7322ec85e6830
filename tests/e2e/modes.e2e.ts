// How the card opens and where it goes: hover-with-modifier and click modes, taps on touch screens (links keep
// working), and placement near the viewport's edges and in a narrow window.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { termPoint, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

async function setSettings(browser: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(
    `chrome.storage.sync.set({ settings: ${JSON.stringify(settings)}, settings$: { v: 1 } })`,
  );
}

async function article(browser: ExtensionBrowser, path = '/remain-in-mexico-en.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForReady(page);
  return page;
}

describe('trigger modes', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  test('modifier mode: hovering alone does nothing; hovering with Alt held opens the card', async () => {
    await setSettings(browser, { trigger: 'modifier', modifierKey: 'Alt' });
    const page = await article(browser);
    const { x, y } = await termPoint(page, 'CBP One');
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    await page.keyboard.down('Alt');
    await page.mouse.move(x + 2, y, { steps: 2 });
    await card(page).waitFor();
    await page.keyboard.up('Alt');
    await page.close();
  });

  test('click mode: hovering does nothing, a click opens it and it stays until Escape; links still work', async () => {
    await setSettings(browser, { trigger: 'click' });
    const page = await article(browser);
    const { x, y } = await termPoint(page, 'Title 42');
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    await page.mouse.click(x, y);
    await card(page).waitFor();
    await page.mouse.move(5, 5, { steps: 3 });
    await page.waitForTimeout(700);
    expect(await card(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    // In the Spanish article "Quédate en" is inside a link: clicking it follows the link.
    const spanish = await article(browser, '/quedate-en-mexico-es.html');
    const link = await termPoint(spanish, 'Quédate en México', 1);
    await spanish.mouse.click(link.x, link.y);
    await expect.poll(() => spanish.evaluate(() => location.hash)).toBe('#mpp');
    expect(await card(spanish).count()).toBe(0);
    await setSettings(browser, {});
    await page.close();
    await spanish.close();
  });
});

describe('touch', () => {
  test('a tap on a term opens the card; a tap on a term inside a link follows the link', async () => {
    const browser = await launchWithExtension({ hasTouch: true });
    try {
      const page = await article(browser);
      const { x, y } = await termPoint(page, 'Border Patrol');
      await page.touchscreen.tap(x, y);
      await card(page).waitFor();
      expect(await card(page).getAttribute('data-entry')).toBe('usbp');
      const spanish = await article(browser, '/quedate-en-mexico-es.html');
      const link = await termPoint(spanish, 'Quédate en México', 1);
      await spanish.touchscreen.tap(link.x, link.y);
      await expect.poll(() => spanish.evaluate(() => location.hash)).toBe('#mpp');
      expect(await card(spanish).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('placement', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  test('near the bottom edge the card flips above the term and stays inside the viewport', async () => {
    const page = await article(browser);
    // Scroll so that "Title 42" sits just above the bottom of the viewport, and point at it there.
    const { x, y } = (await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('Title 42');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 8);
        window.scrollBy(0, range.getBoundingClientRect().bottom - (window.innerHeight - 30));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 10, y: rect.top + rect.height / 2 };
      }
      return null;
    }))!;
    await page.mouse.move(x, y, { steps: 2 });
    await card(page).waitFor();
    await page.waitForTimeout(200);
    const box = (await card(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y + box.height).toBeLessThanOrEqual(y);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.close();
  });

  test('in a narrow window (360 px) the card fits the width', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(page);
    const { x, y } = await termPoint(page, 'Remain in Mexico', 1);
    await page.mouse.move(x, y, { steps: 2 });
    await card(page).waitFor();
    await page.waitForTimeout(200);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.close();
  });
});
