// The painter in a real browser: only ranges near the viewport are in the highlight, a far one comes in when
// scrolled to and goes when scrolled away; the style changes in place; clear() removes only what it owns.
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createPainter, DOCUMENT_SCOPE } from './highlight';
import { highlightSheet, termHighlight } from './highlight-rules';

// The manifest's stylesheet, as the browser adds it to the content script's page (wxt.config.ts).
const manifestSheet = document.createElement('style');
manifestSheet.textContent = highlightSheet(DOCUMENT_SCOPE);
document.head.append(manifestSheet);

const UNDERLINE = termHighlight('underline', 'light');
const TINT = termHighlight('tint', 'light');
/** The names of Glosa's highlights registered in a document. */
const registered = (win: Window & typeof globalThis = window) =>
  [...win.CSS.highlights.keys()].filter((name) => name.startsWith('glossary-'));

afterEach(() => {
  document.body.replaceChildren();
  for (const style of document.querySelectorAll('style#glossary-highlight-style')) style.remove();
  CSS.highlights.clear();
  window.scrollTo(0, 0);
});

/** A mark as the painter takes it: its range, and the block element it was read in. */
interface TestMark {
  element: Element;
  range: StaticRange;
}

/** A mark over the first 9 characters of an element's text. */
function markIn(element: Element): TestMark {
  const text = element.firstChild as Text;
  return {
    element,
    range: new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 9 }),
  };
}

/** A page of `count` paragraphs, each a screen high, and a mark over each one's text. */
function tallPage(count: number): TestMark[] {
  const ranges: TestMark[] = [];
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.style.cssText = `height: ${innerHeight}px; margin: 0;`;
    p.textContent = `Paragraph ${i}`;
    document.body.append(p);
    ranges.push(markIn(p));
  }
  return ranges;
}

const paintedParagraphs = () =>
  [...(CSS.highlights.get(UNDERLINE) ?? [])].map((r) => (r.startContainer as Text).data).sort();

it('paints only the ranges near the viewport, and follows scrolling', async () => {
  const ranges = tallPage(20);
  const painter = createPainter();
  for (const mark of ranges) painter.add(mark.element, mark);
  // The viewport and a screen above and below it: a few paragraphs, never the far ones.
  const near = (i: number) => [i - 1, i, i + 1].filter((n) => n >= 0).map((n) => `Paragraph ${n}`);
  // settled(): once it resolves, the blocks near the viewport are painted (the page says 'ready' after it).
  await painter.settled();
  expect(paintedParagraphs()).toEqual(expect.arrayContaining(near(0)));
  expect(paintedParagraphs().length).toBeLessThanOrEqual(4);
  ranges[15]!.element.scrollIntoView({ block: 'center' });
  await expect.poll(paintedParagraphs).toEqual(expect.arrayContaining(near(15)));
  expect(paintedParagraphs()).not.toContain('Paragraph 0');
  painter.delete(ranges[15]!.element, ranges[15]!);
  await expect.poll(paintedParagraphs).not.toContain('Paragraph 15');
  expect(paintedParagraphs()).toContain('Paragraph 14');
  window.scrollTo(0, 0);
  await expect.poll(paintedParagraphs).not.toContain('Paragraph 14');
  expect(paintedParagraphs()).toContain('Paragraph 0');
  painter.clear();
});

it('paints blocks added in later tasks too, with nobody waiting (observed in a batch a moment later)', async () => {
  const [first, second, third] = tallPage(3);
  const painter = createPainter();
  painter.add(first!.element, first!);
  // Later tasks, as a long page's next slices: their blocks are observed together, after a short wait.
  await new Promise((resolve) => setTimeout(resolve, 0));
  painter.add(second!.element, second!);
  await new Promise((resolve) => setTimeout(resolve, 0));
  painter.add(third!.element, third!);
  await expect.poll(paintedParagraphs).toEqual(expect.arrayContaining(['Paragraph 0', 'Paragraph 1']));
  // Scrolled to, the last one is painted: it is observed like the others.
  third!.element.scrollIntoView({ block: 'center' });
  await expect.poll(paintedParagraphs).toContain('Paragraph 2');
  painter.clear();
});

it("reads a mark's range only when its block comes near the viewport", async () => {
  const page = tallPage(20);
  const reads = new Map<Element, number>();
  // Marks whose range is made on first read, as the content script's are: far blocks never pay for one.
  const marks = page.map(({ element, range }) => ({
    element,
    get range() {
      reads.set(element, (reads.get(element) ?? 0) + 1);
      return range;
    },
  }));
  const painter = createPainter();
  for (const mark of marks) painter.add(mark.element, mark);
  await painter.settled();
  expect(reads.has(marks[0]!.element)).toBe(true);
  expect(reads.has(marks[15]!.element)).toBe(false);
  marks[15]!.element.scrollIntoView({ block: 'center' });
  await expect.poll(() => reads.has(marks[15]!.element)).toBe(true);
  expect(reads.has(marks[10]!.element)).toBe(false);
  painter.clear();
});

it("replaces a painted block's ranges in one step (a rescan of a changed block), with no wait for a frame", async () => {
  const ranges = tallPage(3);
  const painter = createPainter();
  for (const mark of ranges) painter.add(mark.element, mark);
  await painter.settled();
  expect(paintedParagraphs()).toContain('Paragraph 0');
  // The page rewrites the first paragraph; the rescan takes its old range out and puts the new one in.
  const p = ranges[0]!.element;
  p.textContent = 'Rewritten';
  painter.delete(p, ranges[0]!);
  painter.add(p, markIn(p));
  expect(paintedParagraphs()).toEqual(expect.arrayContaining(['Paragraph 1', 'Rewritten']));
  expect(paintedParagraphs()).not.toContain('Paragraph 0');
  // A block left with no ranges is let go: added to again later, it is painted once the observer places it.
  painter.delete(ranges[1]!.element, ranges[1]!);
  await Promise.resolve();
  painter.add(ranges[1]!.element, ranges[1]!);
  await painter.settled();
  expect(paintedParagraphs()).toContain('Paragraph 1');
  painter.clear();
});

it("changes the style in place (the same highlight under the new style's name), in the page and in adopted shadow roots", async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const headBefore = document.head.children.length;
  const painter = createPainter('underline');
  const [mark] = tallPage(1);
  painter.add(mark!.element, mark!);
  painter.styleShadowRoot(shadow);
  await painter.settled();
  const highlight = CSS.highlights.get(UNDERLINE);
  expect(highlight?.size).toBe(1);
  painter.setStyle('tint');
  expect(CSS.highlights.get(TINT)).toBe(highlight);
  expect(registered()).not.toContain(UNDERLINE);
  // What the reader sees: the mark's text on the tint's amber, as the browser computes and paints it.
  expect(getComputedStyle(mark!.element, `::highlight(${TINT})`).backgroundColor).toBe(
    'rgba(251, 191, 36, 0.22)',
  );
  expect(await amberPixels(mark!.element)).toBeGreaterThan(20);
  // The page's document got no node (its rules are the manifest's); the shadow root's sheet holds every name.
  expect(document.head.children.length).toBe(headBefore);
  const adopted = [...shadow.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n');
  expect(adopted).toContain(`::highlight(${TINT}) { background-color: rgba(251, 191, 36, 0.22); }`);
  painter.clear();
  expect(shadow.adoptedStyleSheets).toEqual([]);
  expect(registered()).toEqual([]);
  expect(await amberPixels(mark!.element)).toBeLessThan(20);
});

it('a same-origin frame it paints gets the rules in one <style>, which clear() takes out', async () => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 200px; border: 0;';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  doc.body.innerHTML = '<p>Paragraph in a frame</p>';
  const p = doc.querySelector('p')!;
  const painter = createPainter('underline');
  painter.add(p, markIn(p));
  await painter.settled();
  const style = doc.getElementById('glossary-highlight-style');
  expect(style?.textContent).toBe(highlightSheet(DOCUMENT_SCOPE));
  expect(win.CSS.highlights.get(UNDERLINE)?.size).toBe(1);
  expect(win.getComputedStyle(p, `::highlight(${UNDERLINE})`).textDecorationColor).toBe('rgb(194, 65, 12)');
  painter.setStyle('tint');
  expect(registered(win).sort()).toEqual(['glossary-active-light', TINT]);
  expect(doc.getElementById('glossary-highlight-style')).toBe(style);
  painter.clear();
  expect(doc.getElementById('glossary-highlight-style')).toBeNull();
  expect(registered(win)).toEqual([]);
  frame.remove();
});

it('clear() leaves a highlight registered by someone else (a newer copy) in place', () => {
  const old = createPainter();
  const [first, second] = tallPage(2);
  old.add(first!.element, first!);
  const newer = createPainter();
  newer.add(second!.element, second!);
  const newerHighlight = CSS.highlights.get(UNDERLINE);
  old.clear();
  expect(CSS.highlights.get(UNDERLINE)).toBe(newerHighlight);
  newer.clear();
  expect(registered()).toEqual([]);
});

/** How many pixels of an element's screenshot are the tint's amber (not the page's black text on white). */
async function amberPixels(element: Element): Promise<number> {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let amber = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! - data[i + 2]! > 20) amber++;
  return amber;
}

it('paints text inside inline elements of a block (in Chromium the rules sit on the root alone)', async () => {
  const p = document.createElement('p');
  p.innerHTML = 'Plain <a href="#">linked</a> <em style="text-decoration: none">stressed</em>';
  document.body.append(p);
  const pieces = [...p.querySelectorAll('a, em')];
  const marks = pieces.map((element) => {
    const text = element.firstChild as Text;
    const range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 6 });
    return { element: p, range };
  });
  const before = await Promise.all(pieces.map(amberPixels));
  const painter = createPainter('tint');
  for (const mark of marks) painter.add(p, mark);
  await painter.settled();
  const after = await Promise.all(pieces.map(amberPixels));
  expect(before).toEqual([0, 0]);
  for (const count of after) expect(count).toBeGreaterThan(20);
  expect(manifestSheet.textContent).toContain(`:root::highlight(${termHighlight('tint', 'light')})`);
  painter.clear();
});
