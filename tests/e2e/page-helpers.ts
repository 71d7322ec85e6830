// What a test reads off a page: the marked terms (from CSS.highlights, shared by all worlds of a document),
// Glosa's state attributes, and how to hover a term.
import type { Frame, Page } from 'playwright-core';

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.glossaryState === 'ready', null, {
    timeout: 15_000,
  });
}

/** The text of every marked term on the page, in document order. */
export async function markedTerms(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1];
    if (!highlight) return [];
    const ranges = [...highlight] as AbstractRange[];
    const toRange = (r: AbstractRange) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    // Reading order by position: ranges inside shadow trees cannot be compared with compareBoundaryPoints.
    const positioned = ranges.map(toRange).map((range) => ({ range, rect: range.getBoundingClientRect() }));
    positioned.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
    return positioned.map(({ range }) => range.toString().replace(/\s+/g, ' '));
  });
}

/** Whether any mark lies inside an element matching `selector`. */
export async function marksInside(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const highlight = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1];
    if (!highlight) return 0;
    const containers = [...document.querySelectorAll(sel)];
    return ([...highlight] as AbstractRange[]).filter((r) =>
      containers.some((c) => c.contains(r.startContainer)),
    ).length;
  }, selector);
}

/** Centre of the first marked range whose text is `term` (viewport coordinates), scrolled into view. */
export async function termPoint(page: Page, term: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ term, nth }) => {
      const highlight = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-'))?.[1];
      const ranges = ([...(highlight ?? [])] as AbstractRange[])
        .map((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range;
        })
        .filter((range) => range.toString().replace(/\s+/g, ' ') === term)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const range = ranges[nth];
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
    },
    { term, nth },
  );
  if (!point) throw new Error(`No mark with text "${term}" on the page`);
  return point;
}

export async function hoverTerm(page: Page, term: string, nth = 0): Promise<void> {
  await page.mouse.move(1, 1);
  const { x, y } = await termPoint(page, term, nth);
  await page.mouse.move(x, y, { steps: 2 });
}

/**
 * How the page's marks look to the reader (Chromium): the name the terms' highlight is registered under, and the
 * style the browser computes for that highlight on the first marked text's element.
 */
export async function markLook(
  page: Page | Frame,
): Promise<{ name: string; background: string; underline: string; underlineColour: string } | null> {
  return page.evaluate(() => {
    const [name, highlight] = [...CSS.highlights].find(([name]) => name.startsWith('glossary-term-')) ?? [];
    const range = highlight && ([...highlight] as AbstractRange[])[0];
    const element = range?.startContainer.parentElement;
    if (!name || !element) return null;
    const look = getComputedStyle(element, `::highlight(${name})`);
    return {
      name,
      background: look.backgroundColor,
      underline: look.textDecorationLine,
      underlineColour: look.textDecorationColor,
    };
  });
}
