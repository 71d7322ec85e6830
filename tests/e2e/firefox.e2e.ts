// The Firefox build in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core):
// terms are highlighted, hovering opens the card in its shadow root, Escape closes it, and keyboard navigation
// (started as the shortcut starts it) moves the card from term to term; the card's code loads on a strict-CSP page.
// Skipped, with a message, where no Firefox is installed (.ci/run installs firefox-esr).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_ENGINE_TEXT } from '../../entrypoints/content/engine-choice';
import { type FixtureServer, longDocument, serveFixtures } from './server';

const FIREFOX =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const EXTENSION = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
const GECKO_ID = 'glosa@glosa.invalid';
// Firefox gives each extension a random origin; fixing it through this pref lets the test open an extension page.
const EXTENSION_UUID = randomUUID();

describe.skipIf(!FIREFOX)('Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(resolve(EXTENSION, 'manifest.json')))
      throw new Error('Run `npm run build:firefox` first.');
    server = await serveFixtures({ '/long.html': longDocument(PAGE_ENGINE_TEXT + 10_000) });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets the test open an extension page (WebDriver BiDi refuses moz-extension: navigations otherwise).
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    await browser.installExtension(EXTENSION);
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url('/remain-in-mexico-en.html'));
    await page.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
      timeout: 20_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Messages the article's tab from an extension page, as the background does for the shortcut and the menu. */
  async function messageTabs(message: object): Promise<void> {
    const extensionPage = await browser.newPage();
    // The extension page loads, but puppeteer never sees its load event: do not wait for one.
    extensionPage.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 0 }).catch(() => {});
    await expect
      .poll(
        () => extensionPage.evaluate(`location.protocol === 'moz-extension:' && !!globalThis.browser?.tabs`),
        { timeout: 10_000 },
      )
      .toBe(true);
    // Without the tabs permission an extension cannot read tab URLs: message every other tab; only the
    // article's has the content script listening.
    const sent = await extensionPage.evaluate(`(async () => {
      const self = await browser.tabs.getCurrent();
      const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id);
      const replies = await Promise.all(tabs.map((tab) =>
        browser.tabs.sendMessage(tab.id, ${JSON.stringify(message)}).then(() => 1, () => 0)));
      return replies.reduce((a, b) => a + b, 0);
    })()`);
    expect(sent).toBeGreaterThan(0);
    await extensionPage.close();
    await page.bringToFront();
  }

  test('terms are highlighted with the Custom Highlight API', async () => {
    const terms =
      (await page.evaluate(`[...[...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1]].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    })`)) as string[];
    for (const term of ['Migrant Protection Protocols', 'Remain in Mexico', 'CBP One', 'COMAR', 'Title 42']) {
      expect(terms).toContain(term);
    }
  });

  // Firefox has no highlight inheritance: the manifest's stylesheet must put its rules on every element, or the
  // marks are registered but never drawn.
  test("the marks are drawn: the underline's orange under a term, none once its highlight is gone", async () => {
    const rect = (await page.evaluate(`(() => {
      const [, highlight] = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'));
      const r = [...highlight].find((r) => r.startContainer.data.slice(r.startOffset, r.endOffset) === 'COMAR');
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = range.getBoundingClientRect();
      // In the document's coordinates, as the screenshot's clip takes them.
      return { x: x + scrollX, y: y + scrollY, width, height: height + 6 };
    })()`)) as { x: number; y: number; width: number; height: number };
    /** Pixels of the term's box (and just below it) in the underline's orange, not the page's grey text. */
    const orange = async () => {
      const png = await page.screenshot({ clip: rect, encoding: 'base64' });
      return (await page.evaluate(`(async () => {
        const image = new Image();
        image.src = 'data:image/png;base64,${png}';
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] - data[i + 2] > 60) count++;
        return count;
      })()`)) as number;
    };
    expect(await orange()).toBeGreaterThan(10);
    const name = (await page.evaluate(
      `[...CSS.highlights.keys()].find((name) => name.startsWith('glossary-term-'))`,
    )) as string;
    expect(name).toBe('glossary-term-underline-light');
    await page.evaluate(`window.taken = CSS.highlights.get('${name}'); CSS.highlights.delete('${name}')`);
    try {
      expect(await orange()).toBe(0);
    } finally {
      await page.evaluate(`CSS.highlights.set('${name}', window.taken)`);
    }
  });

  // A short page is matched in the background, a long one in the page (entrypoints/content/engine-choice.ts).
  test.each(['/remain-in-mexico-en.html', '/long.html'])('%s: marked, and a live edit too', async (path) => {
    const tab = await browser.newPage();
    await tab.goto(server.url(path));
    await tab.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
      timeout: 20_000,
    });
    const marked = async () =>
      (await tab.evaluate(`[...([...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1] ?? [])].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })`)) as string[];
    expect(await marked()).toContain('Remain in Mexico');
    expect(await marked()).not.toContain('Matamoros');
    await tab.evaluate(
      `document.querySelectorAll('p')[3].textContent = 'Families waited in Matamoros under the Migrant Protection Protocols.'`,
    );
    await expect.poll(marked).toContain('Matamoros');
    await tab.close();
    await page.bringToFront();
  });

  test('hovering a term opens the bilingual card; Escape closes it', async () => {
    const point = (await page.evaluate(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf('Title 42');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 8);
        n.parentElement.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 10, y: rect.top + rect.height / 2 };
      }
    })()`)) as { x: number; y: number };
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const cardText = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')?.textContent ?? ''`;
    await page.waitForFunction(`(${cardText}).includes('Título 42')`, { timeout: 10_000 });
    expect(await page.evaluate(cardText)).toContain('Title 42');
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!(${cardText})`, { timeout: 5_000 });
  });

  test("a phrase's card leads to the term inside it; a shared form's card offers the other country's entry", async () => {
    const tab = await browser.newPage();
    const cardText = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card-view')?.textContent ?? ''`;
    const hover = async (path: string, term: string) => {
      await tab.goto(server.url(path));
      await tab.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
        timeout: 20_000,
      });
      const point = (await tab.evaluate(`(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf(${JSON.stringify(term)});
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + ${term.length});
          n.parentElement.scrollIntoView({ block: 'center' });
          const rect = range.getBoundingClientRect();
          return { x: rect.left + 10, y: rect.top + rect.height / 2 };
        }
      })()`)) as { x: number; y: number };
      await tab.mouse.move(1, 1);
      await tab.mouse.move(point.x, point.y, { steps: 3 });
    };
    await hover('/repatriados-es.html', 'constancia de repatriación');
    await tab.waitForFunction(`(${cardText}).includes('In this term: repatriación')`, { timeout: 10_000 });
    await hover('/senses/jurisdiction-mx.html', 'deportación');
    await tab.waitForFunction(
      `(${cardText}).includes('The same words also name: deportación (United States)')`,
      { timeout: 10_000 },
    );
    await tab.close();
    await page.bringToFront();
  });

  test("a page with the strictest Content-Security-Policy: the card's code still loads, the card opens, and the site hears nothing", async () => {
    const strict = await browser.newPage();
    await strict.setViewport({ width: 1100, height: 800 });
    await strict.goto(server.url('/hostile/csp.html'));
    await strict.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
      timeout: 20_000,
    });
    const point = (await strict.evaluate(`(() => {
      const text = document.querySelector('p').firstChild;
      const at = text.data.indexOf('Border Patrol');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 13);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    })()`)) as { x: number; y: number };
    await strict.mouse.move(1, 1);
    await strict.mouse.move(point.x, point.y, { steps: 3 });
    await strict.waitForFunction(
      `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')?.textContent.includes('Patrulla Fronteriza')`,
      { timeout: 10_000 },
    );
    // The page asks for violation reports: Glosa must set off none (one would tell the site it is there). A
    // violation of the page's own goes last; once its report has arrived, any of ours would have too.
    await strict.evaluate(`new Image().src = ${JSON.stringify(server.url('/sentinel.png'))}`);
    await expect.poll(() => server.cspReports.some((report) => report.includes('sentinel'))).toBe(true);
    expect(server.cspReports.filter((report) => !report.includes('sentinel'))).toEqual([]);
    await strict.close();
  });

  test('a page listening for messages and events from its start hears nothing from Glosa', async () => {
    const listening = await browser.newPage();
    await listening.evaluateOnNewDocument(`(() => {
      const heard = [];
      window.__heard = heard;
      window.addEventListener('message', (event) => heard.push('message ' + JSON.stringify(event.data)));
      for (const name of ['wxt:content-script-started', ${JSON.stringify(`${GECKO_ID}:content:wxt:content-script-started`)}]) {
        for (const target of [window, document]) target.addEventListener(name, () => heard.push('event ' + name));
      }
    })()`);
    await listening.goto(server.url('/remain-in-mexico-en.html'));
    await listening.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
      timeout: 20_000,
    });
    expect(await listening.evaluate('window.__heard')).toEqual([]);
    await listening.close();
  });

  test('"Look up … in Glosa" on a misspelt term: the suggestions load from the package, and one opens its card', async () => {
    await page.keyboard.press('Escape');
    await messageTabs({ type: 'glosa:lookup', text: 'nothern triangle' });
    // The lookup's card has a host of its own, beside the one hovering opened.
    const inCards = (selector: string) =>
      `[...document.querySelectorAll('glossary-card')].map((host) => host.shadowRoot?.querySelector('${selector}')).find(Boolean)`;
    const suggestion = inCards('.card.not-found button[data-entry="northern-triangle"]');
    await page.waitForFunction(`!!${suggestion}`, { timeout: 10_000 });
    await page.evaluate(`${suggestion}.click()`);
    const card = inCards('.card[data-entry="northern-triangle"]');
    await page.waitForFunction(`!!${card}`, { timeout: 10_000 });
    expect(await page.evaluate(`${card}.textContent`)).toContain('Triángulo Norte');
    await page.keyboard.press('Escape');
  });

  test('keyboard navigation: the shortcut starts it, J/K move the card, Enter focuses it, Escape leaves', async () => {
    const card = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')`;
    const announcement = `[...(document.querySelector('glossary-card')?.shadowRoot?.querySelectorAll('[role="status"][aria-live]') ?? [])].at(-1)?.textContent ?? ''`;
    await page.evaluate('window.scrollTo(0, 0)'); // navigation starts at the first term in view
    // Do what the background does when the shortcut fires (a browser shortcut cannot be pressed from a test).
    await messageTabs({ type: 'glosa:navigate' });

    await page.waitForFunction(`!!${card}`, { timeout: 10_000 });
    expect(await page.evaluate(announcement)).toMatch(/^Term 1 of \d+: /);
    // Which term comes second depends on Firefox's layout; J then K must come back to it.
    await page.keyboard.press('j');
    await page.waitForFunction(`/^Term 2 of \\d+: /.test(${announcement})`, { timeout: 5_000 });
    const second = {
      text: await page.evaluate(announcement),
      entry: await page.evaluate(`${card}.dataset.entry`),
    };
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(`/^Term 3 of \\d+: /.test(${announcement})`, { timeout: 5_000 });
    await page.keyboard.press('k');
    await page.waitForFunction(`/^Term 2 of \\d+: /.test(${announcement})`, { timeout: 5_000 });
    expect(await page.evaluate(announcement)).toBe(second.text);
    expect(await page.evaluate(`${card}.dataset.entry`)).toBe(second.entry);

    await page.keyboard.press('Enter');
    const focused = (await page.evaluate(`(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return { host: host?.tagName, role: inner?.getAttribute('role') };
    })()`)) as { host: string; role: string };
    expect(focused).toEqual({ host: 'GLOSSARY-CARD', role: 'dialog' });

    await page.keyboard.press('Escape');
    await page.waitForFunction(`!${card}`, { timeout: 5_000 });
  });

  test('while navigation is on, letters typed into a text field stay there', async () => {
    const card = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')`;
    await page.evaluate('window.scrollTo(0, 0)');
    await messageTabs({ type: 'glosa:navigate' });
    await page.waitForFunction(`!!${card}`, { timeout: 10_000 });
    await page.evaluate(`(() => { const field = document.querySelector('#comment'); field.value = ''; })()`);
    await page.click('#comment');
    await page.keyboard.type('Kind people in Japan');
    expect(await page.evaluate(`document.querySelector('#comment').value`)).toBe('Kind people in Japan');
    await page.keyboard.press('Escape');
  });

  test('with the interface in Spanish, the card on an English page speaks Spanish', async () => {
    const setUiLanguage = async (value: string) => {
      const extensionPage = await browser.newPage();
      extensionPage.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 0 }).catch(() => {});
      await expect
        .poll(() => extensionPage.evaluate(`!!globalThis.browser?.storage`), { timeout: 10_000 })
        .toBe(true);
      await extensionPage.evaluate(`browser.storage.sync.get('settings').then(({ settings }) =>
        browser.storage.sync.set({ settings: { ...settings, uiLanguage: ${JSON.stringify(value)} } }))`);
      await extensionPage.close();
      await page.bringToFront();
    };
    await setUiLanguage('es');
    try {
      await page.reload();
      await page.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', {
        timeout: 20_000,
      });
      await messageTabs({ type: 'glosa:navigate' });
      const cardText = `document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]')?.textContent ?? ''`;
      await page.waitForFunction(`(${cardText}).includes('En esta página')`, { timeout: 10_000 });
      expect(await page.evaluate(cardText)).not.toContain('On this page');
      await page.keyboard.press('Escape');
    } finally {
      await setUiLanguage('auto');
    }
  });
});
