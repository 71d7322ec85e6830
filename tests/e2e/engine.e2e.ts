// The engine on real pages: trap pages stay unmarked, web components and frames are read, live pages are
// followed (added, changed and removed text; SPA route changes).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { trapPages } from '../eval/annotation';
import { isHeldOut } from '../eval/held-out';
import { hoverTerm, markedTerms } from './page-helpers';
import { EVAL_PAGES_DIR } from './server';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

// The evaluation's trap pages (pages of other domains), but for the held-out sets, which measure and are not tuned
// on: the same pages `npm run eval` reads, here in the browser with the DOM's regions and boundaries.
const traps = trapPages(EVAL_PAGES_DIR).filter((f) => !isHeldOut(f));

describe('trap pages: the same strings with other meanings are not marked', () => {
  test.each(traps)('%s', async (file) => {
    const page = await suite.open(`/eval/${file}`);
    expect(await markedTerms(page)).toEqual([]);
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe('0');
    await page.close();
  });
});

describe('text on both sides of a line break or a nested block', () => {
  test('every run of text in one container keeps its marks, also after part of it changes', async () => {
    const page = await suite.open('/loose-text.html');
    const expected = [
      'Migrant Protection Protocols',
      'Remain in Mexico',
      'Title 42',
      'Asylum seekers',
      'Tijuana',
      'CBP One',
      'COMAR',
      'Tapachula',
      'Border Patrol',
      'San Ysidro',
      'INM',
    ];
    const terms = await markedTerms(page);
    for (const term of expected) expect(terms).toContain(term);
    // The text after the <br> changes: the container is read again, and the text before the <br> stays marked.
    await page.evaluate(() => {
      document.getElementById('dateline')!.lastChild!.textContent =
        'The Northern Triangle was mentioned too.';
    });
    await expect.poll(() => markedTerms(page)).toContain('Northern Triangle');
    const after = await markedTerms(page);
    expect(after).toContain('Migrant Protection Protocols');
    expect(after).toContain('Remain in Mexico');
    expect(after).not.toContain('Title 42');
    expect(after.filter((t) => t === 'Remain in Mexico')).toHaveLength(1);
    await page.close();
  });
});

describe('web components and frames', () => {
  let page: Page;
  beforeAll(async () => {
    page = await suite.open('/live/components.html');
  });
  afterAll(() => page.close());

  test('terms inside an open shadow root are marked and open the card', async () => {
    const terms = await markedTerms(page);
    expect(terms).toContain('Title 42');
    expect(terms).toContain('Northern Triangle');
    await hoverTerm(page, 'Title 42');
    await expect.poll(() => page.locator('glossary-card .card[data-entry]').count()).toBe(1);
    expect(await page.locator('glossary-card .card[data-entry]').innerText()).toContain('Título 42');
    await page.keyboard.press('Escape');
  });

  test('a same-origin frame is scanned', async () => {
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    await frame.waitForFunction(() => document.documentElement.dataset.glossaryState === 'ready');
    const terms = await frame.evaluate(() =>
      [...([...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1] ?? [])].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
    expect(terms).toEqual(expect.arrayContaining(['Border Patrol', 'CBP One']));
  });
});

describe('live pages', () => {
  test('added text is marked, changed text re-marked, removed text unmarked', async () => {
    const page = await suite.open('/live/components.html');
    await page.evaluate(() => {
      const li = document.createElement('li');
      li.id = 'added';
      li.textContent = 'Update: ICE detained a family that had asked for credible fear screening.';
      document.getElementById('feed')!.append(li);
    });
    await expect
      .poll(() => markedTerms(page))
      .toEqual(expect.arrayContaining(['ICE', 'credible fear screening']));
    await page.evaluate(() => {
      document.getElementById('added')!.firstChild!.textContent = 'Update: the family received TPS.';
    });
    await expect.poll(() => markedTerms(page)).toContain('TPS');
    expect(await markedTerms(page)).not.toContain('credible fear screening');
    await page.evaluate(() => document.getElementById('added')!.remove());
    await expect.poll(() => markedTerms(page)).not.toContain('TPS');
    // The removed text's marks leave the highlight as soon as it leaves the screen, and the count when the
    // change is rescanned.
    const painted = (await markedTerms(page)).length;
    await expect.poll(() => page.getAttribute('html', 'data-glossary-terms')).toBe(String(painted));
    await page.close();
  });

  test('an SPA route change (history.pushState + new content) is followed', async () => {
    const page = await suite.open('/remain-in-mexico-en.html');
    await page.evaluate(() => {
      history.pushState({}, '', '/story-2');
      document.querySelector('article')!.innerHTML =
        '<h1>Second story</h1><p>The Darién Gap crossing and the Safe Mobility Offices.</p>';
    });
    await expect.poll(() => markedTerms(page)).toEqual(['Darién Gap', 'Safe Mobility Offices']);
    await page.close();
  });

  test('a page whose text changes every 50 ms stays marked and responsive', async () => {
    const page = await suite.open('/live/components.html');
    await page.evaluate(() => {
      const ticker = document.createElement('p');
      ticker.id = 'ticker';
      document.body.append(ticker);
      let n = 0;
      setInterval(() => {
        ticker.textContent = `Tick ${n++}: CBP reports encounters at the border.`;
      }, 50);
    });
    await page.waitForTimeout(1500);
    expect(await markedTerms(page)).toContain('CBP');
    const ticks = await page.evaluate(() => document.getElementById('ticker')!.textContent);
    expect(ticks).toMatch(/^Tick \d+/);
    await page.close();
  });
});
