// `npm start` (after the build): opens Chromium with Glosa on a demo article. With a display, the browser stays
// open for you to hover terms; without one (a server, CI), it runs headless and writes screenshots of the
// marked article, an open card (English and Spanish pages), the card with the interface in Spanish, the popup and a
// teacher's handout to .output/demo/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { hoverTerm, waitForReady } from './page-helpers';
import { serveFixtures } from './server';

const OUT = resolve(import.meta.dirname, '..', '..', '.output', 'demo');
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

const server = await serveFixtures();
const browser = await launchWithExtension({ headless });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('/remain-in-mexico-en.html'));
  await waitForReady(page);
  const terms = await page.getAttribute('html', 'data-glossary-terms');
  console.log(`Glosa marked ${terms} terms on ${page.url()}`);

  if (!headless) {
    console.log('Hover a dotted term to see its card. Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: resolve(OUT, 'article.png'), fullPage: true });
    await hoverTerm(page, 'Remain in Mexico');
    await page.locator('glossary-card .card[data-entry]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(OUT, 'card.png') });

    const spanish = await browser.context.newPage();
    await spanish.goto(server.url('/quedate-en-mexico-es.html'));
    await waitForReady(spanish);
    await hoverTerm(spanish, 'visa humanitaria');
    await spanish.locator('glossary-card .card[data-entry]').waitFor();
    await spanish.waitForTimeout(300);
    await spanish.screenshot({ path: resolve(OUT, 'card-es.png') });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 460, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('searchbox').fill('quedate en mexico');
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: resolve(OUT, 'popup.png') });

    const handout = await browser.context.newPage();
    await handout.setViewportSize({ width: 1000, height: 1300 });
    await handout.goto(`chrome-extension://${browser.extensionId}/handout.html`);
    await handout
      .getByLabel('…or a file (HTML or text)')
      .setInputFiles(resolve(import.meta.dirname, '..', 'fixtures', 'remain-in-mexico-en.html'));
    await handout.locator('.printed tbody tr').first().waitFor();
    await handout.getByLabel('Handout title').fill('Week 3: waiting at the border');
    await handout.getByLabel('Add a matching exercise and its answer key').check();
    await handout.emulateMedia({ media: 'print' });
    await handout.screenshot({ path: resolve(OUT, 'handout.png'), fullPage: true });

    // The interface in Spanish: the card on an English page speaks Spanish too.
    await browser.worker.evaluate(
      `chrome.storage.sync.get('settings').then(({ settings }) =>
        chrome.storage.sync.set({ settings: { ...settings, uiLanguage: 'es' } }))`,
    );
    const ui = await browser.context.newPage();
    await ui.goto(server.url('/remain-in-mexico-en.html'));
    await waitForReady(ui);
    await hoverTerm(ui, 'Remain in Mexico');
    await ui.locator('glossary-card .card[data-entry]').waitFor();
    await ui.waitForTimeout(300);
    await ui.screenshot({ path: resolve(OUT, 'card-ui-es.png') });
    console.log(
      `Screenshots written to ${OUT}: article.png, card.png, card-es.png, popup.png, handout.png, card-ui-es.png`,
    );
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
