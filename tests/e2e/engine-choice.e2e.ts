// Where a web page's text is matched (entrypoints/content/engine-choice.ts): a page with little text in the
// extension's background, without loading the matching code; a long document in the page itself, so a live edit
// is marked in the frame that shows it. A browser stops an idle background (Chrome's service worker after ~30 s):
// what a short page's run kept there is gone, and the page gives its blocks again at its next change, so a live
// edit made after the stop is still marked and nothing already marked is lost or doubled.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { PAGE_ENGINE_TEXT } from '../../entrypoints/content/engine-choice';
import { markedTerms, marksInside, waitForReady } from './page-helpers';
import { longDocument } from './server';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite({
  '/long.html': longDocument(PAGE_ENGINE_TEXT + 10_000),
  '/no-terms.html':
    '<!doctype html><html lang="en"><body><h1>Garden notes</h1><p>Tomatoes need sun, water and patience. ' +
    'Basil grows well beside them, and marigolds keep some pests away from the beds.</p></body></html>',
});

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

/** Opens `path` once Glosa is ready on it, with the files of the extension's package the page asked for. */
async function openWatchingPackage(path: string): Promise<{ page: Page; fetched: string[] }> {
  const page = await suite.browser.context.newPage();
  const fetched: string[] = [];
  const cdp = await suite.browser.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (request.url.startsWith('chrome-extension://')) fetched.push(new URL(request.url).pathname);
  });
  await cdp.send('Network.enable');
  await page.goto(suite.server.url(path));
  await waitForReady(page);
  return { page, fetched };
}

/**
 * Replaces the text of the `nth` paragraph; resolves with the marked terms in it as the browser's next rendering
 * update paints them: resize observers are told in that update after its animation-frame callbacks and layout,
 * just before it paints.
 */
const editAndRender = (page: Page, nth: number, text: string) =>
  page.evaluate(
    ([nth, text]) =>
      new Promise<string[]>((resolve) => {
        const paragraph = document.querySelectorAll('p')[nth as number]!;
        paragraph.textContent = text as string;
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          const ranges = [
            ...([...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1] ?? []),
          ] as AbstractRange[];
          resolve(
            ranges
              .filter((r) => paragraph.contains(r.startContainer))
              .map((r) => {
                const range = new Range();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                return range.toString();
              }),
          );
        });
        observer.observe(paragraph);
      }),
    [nth, text],
  );

const EDIT = 'Families waited in Matamoros under the Migrant Protection Protocols.';

test('a short page is marked from the background, without the matching code; its live edits are marked', async () => {
  const { page, fetched } = await openWatchingPackage('/remain-in-mexico-en.html');
  expect(await markedTerms(page)).toContain('Remain in Mexico');
  // The page engine and the matcher are the page's start cost: a short page loads neither.
  expect(fetched).toContain('/content-start.js');
  expect(fetched).not.toContain('/content-engine.js');
  expect(fetched).not.toContain('/matcher.js');

  await editAndRender(page, 3, EDIT);
  await expect.poll(() => markedTerms(page)).toContain('Matamoros');
  expect(await markedTerms(page)).toContain('Migrant Protection Protocols');
  await page.close();
});

/** How many marks the page's highlight holds (painted), and how many the page has (data-glossary-terms). */
const paintedAndCounted = (page: Page) =>
  page.evaluate(() => {
    const highlight = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1];
    return [highlight?.size ?? 0, Number(document.documentElement.dataset.glossaryTerms)];
  });

test("a short page's own marks are all painted at once; what it gains later is painted near the viewport", async () => {
  const page = await suite.browser.context.newPage();
  // A small window: most of the article is more than a screen below it (the window of a long page's painting).
  await page.setViewportSize({ width: 400, height: 200 });
  await page.goto(suite.server.url('/remain-in-mexico-en.html'));
  await waitForReady(page);
  const [painted = -1, counted = -1] = await paintedAndCounted(page);
  expect(counted).toBeGreaterThan(20);
  expect(painted).toBe(counted);

  // A paragraph added far below, with one term: counted, but painted only when it comes near.
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const paragraph = document.createElement('p');
    paragraph.id = 'far';
    paragraph.textContent = 'Later, the Migrant Protection Protocols were ended.';
    document.body.append(spacer, paragraph);
  });
  await expect.poll(async () => (await paintedAndCounted(page))[1]).toBe(counted + 1);
  expect((await paintedAndCounted(page))[0]).toBe(counted);
  await page.evaluate(() => document.getElementById('far')!.scrollIntoView());
  await expect.poll(() => marksInside(page, '#far')).toBe(1);
  await page.close();
});

/** The types of the pointer listeners on the page's document, as Glosa's world sees them (DevTools' view). */
async function documentPointerListeners(page: Page): Promise<string[]> {
  const cdp = await suite.browser.context.newCDPSession(page);
  const contexts: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const glosa = contexts.find((c) => c.name.startsWith('Glosa'));
  if (!glosa) throw new Error(`no Glosa world among ${contexts.map((c) => c.name).join(', ')}`);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: glosa.id });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.detach();
  return listeners.map((l) => l.type).filter((type) => type.startsWith('pointer'));
}

test('the pointer is listened to once the page has a mark: a page without terms pays no rendering update for it', async () => {
  const bare = await suite.open('/no-terms.html');
  expect(await bare.getAttribute('html', 'data-glossary-terms')).toBe('0');
  expect(await documentPointerListeners(bare)).toEqual([]);
  await bare.close();

  const marked = await suite.open('/remain-in-mexico-en.html');
  expect(await documentPointerListeners(marked)).toEqual(
    expect.arrayContaining(['pointermove', 'pointerdown']),
  );
  await marked.close();
});

test('a long document is matched in the page: a live edit is marked in the frame that shows it', async () => {
  const { page, fetched } = await openWatchingPackage('/long.html');
  expect(fetched).toContain('/content-engine.js');
  expect(fetched).toContain('/matcher.js');
  expect(await markedTerms(page)).toContain('Remain in Mexico');
  expect(await markedTerms(page)).not.toContain('Matamoros');

  // No frame shows the new text unmarked: its marks are painted in the rendering update that shows it.
  expect(await editAndRender(page, 2, EDIT)).toEqual(['Matamoros', 'Migrant Protection Protocols']);
  await page.close();
});

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
