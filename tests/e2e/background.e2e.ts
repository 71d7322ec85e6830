// Web pages are matched in the extension's background (components/scan-service.ts). A browser stops an idle
// background (Chrome's service worker after ~30 s): what a page's run kept there is gone, and the page gives its
// blocks again at its next change, so a live edit made after the stop is still marked and nothing already marked
// is lost or doubled.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { markedTerms } from './page-helpers';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

const termCount = (page: Page) =>
  page.evaluate(() => Number(document.documentElement.dataset.glossaryTerms ?? '-1'));

type Running = 'unknown' | 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * The extension's service worker as DevTools sees it: `stop()` stops it as the browser does when it is idle
 * (resolving once it has stopped), `status()` is its last reported state.
 */
async function background(page: Page) {
  const cdp = await suite.browser.context.newCDPSession(page);
  let status: Running = 'unknown';
  let versionId = '';
  const changed: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${suite.browser.extensionId}/`)) continue;
      versionId = version.versionId;
      status = version.runningStatus as Running;
      for (const call of changed.splice(0)) call();
    }
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (wanted: Running) => {
    while (status !== wanted) await new Promise<void>((resolve) => changed.push(resolve));
  };
  return {
    status: () => status,
    until,
    async stop() {
      await until('running');
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await until('stopped');
    },
  };
}

test('after the background is stopped, a live edit is marked and the earlier marks stay, counted once', async () => {
  const page = await suite.open('/remain-in-mexico-en.html');
  const before = await markedTerms(page);
  const count = await termCount(page);
  expect(before).toContain('Remain in Mexico');
  expect(count).toBe(before.length);

  const worker = await background(page);
  await worker.stop();
  // Nothing wakes it while the page is quiet.
  await page.waitForTimeout(300);
  expect(worker.status()).toBe('stopped');

  await page.evaluate(() => {
    // An ambiguous form alone in its block: marked only by the page's evidence, which the background has again
    // only if the page gave it every block again.
    const p = document.createElement('p');
    p.textContent = 'Families waited in Matamoros. A spokesperson for ICE declined to comment on Tuesday.';
    document.querySelector('article, main, body')!.append(p);
  });
  await worker.until('running');
  const added = (terms: string[]) => terms.filter((t) => t === 'Matamoros' || t === 'ICE').length;
  await expect.poll(async () => added(await markedTerms(page))).toBe(added(before) + 2);
  const after = await markedTerms(page);
  // Every earlier mark is still there, once, beside the new ones.
  for (const term of new Set(before)) {
    expect(after.filter((t) => t === term).length, term).toBeGreaterThanOrEqual(
      before.filter((t) => t === term).length,
    );
  }
  await expect.poll(() => termCount(page)).toBe(after.length);
  expect(after.length).toBeGreaterThan(before.length);
  await page.close();
});

test('a page opened while the background is stopped wakes it and is marked', async () => {
  const first = await suite.open('/remain-in-mexico-en.html');
  await (await background(first)).stop();
  const page = await suite.open('/quedate-en-mexico-es.html');
  expect(await markedTerms(page)).toContain('Quédate en México');
  await first.close();
  await page.close();
});
