// How long a reader waits for the first marks: from navigation to Glosa's 'ready' (the marks near the viewport
// painted), on the article, with the extension's service worker running and stopped (as Chrome stops it after
// ~30 s idle; a page matched in the background then wakes it, which loads its script and the matcher first).
//
//   tsx tests/bench/first-marks.ts [--rounds n] [dir...]
//
// Each folder is a Chromium build of Glosa (default: the bench build); rounds alternate between the folders and
// between a running and a stopped worker. Prints medians, and the page's `load` event for scale.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { median } from './shared';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
if (!dirs.length) dirs.push(join(EXTENSION_DIR, '..', 'chrome-mv3-bench'));

/** Stops every service worker of the browser and waits until the extension's one reports it has stopped. */
async function stopWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.includes(browser.extensionId)) stopped = v.runningStatus === 'stopped';
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  while (!stopped) await new Promise((resolve) => setTimeout(resolve, 20));
  await cdp.detach();
}

/** Milliseconds from navigation to 'ready', and to the load event, on a new tab. */
async function load(browser: ExtensionBrowser, url: string): Promise<{ ready: number; loaded: number }> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.glossaryState !== 'ready') return;
      (window as unknown as { readyAt: number }).readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-glossary-state'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, null, {
    timeout: 20_000,
  });
  const times = await page.evaluate(() => ({
    ready: (window as unknown as { readyAt: number }).readyAt,
    loaded: performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number,
  }));
  await page.close();
  return times;
}

const server = await serveFixtures();
const url = server.url('/remain-in-mexico-en.html');
const browsers = await Promise.all(dirs.map((extensionDir) => launchWithExtension({ extensionDir })));
const runs = browsers.map(() => ({ awake: [] as number[], asleep: [] as number[], loaded: [] as number[] }));
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, browser] of browsers.entries()) {
      const blank = await browser.context.newPage();
      // Awake: a page was just marked, so the worker runs (and has its matcher loaded, if it matches).
      await load(browser, url);
      const awake = await load(browser, url);
      await stopWorker(browser, blank);
      const asleep = await load(browser, url);
      await blank.close();
      runs[i]!.awake.push(awake.ready);
      runs[i]!.asleep.push(asleep.ready);
      runs[i]!.loaded.push(awake.loaded, asleep.loaded);
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}

console.log(`\n== The article's first marks, from navigation (medians of ${rounds} rounds) ==`);
console.log('| build | worker running | worker stopped | page load event |');
console.log('|---|---|---|---|');
for (const [i, dir] of dirs.entries()) {
  const r = runs[i]!;
  const fmt = (values: number[]) => `${median(values).toFixed(0)} ms`;
  console.log(`| ${dir} | ${fmt(r.awake)} | ${fmt(r.asleep)} | ${fmt(r.loaded)} |`);
}
