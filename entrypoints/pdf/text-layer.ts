// A page's text layer: PDF.js lays out one transparent span per text item over the page's image (so selection,
// the caret and marks sit on the printed words); then the spans are put in reading order (layout.ts), one line
// after another with a line break between them, as one block of text for the page engine. The line breaks let the
// matcher read "asy-⏎lum" as "asylum" and "Remain in⏎Mexico" as one term (glossary/normalize.ts), and the running
// headers, footers and page numbers are hidden, so they neither count as terms nor split a sentence.
import { type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { listBlockText } from '@/entrypoints/content/dom/collect-text';
import { furniture, groupLines, type LayoutItem, type Line, readingOrder } from './layout';

export interface PageText {
  items: LayoutItem[];
  lines: Line[];
  content: TextContent;
  /** The content's text items, as `items` are numbered. */
  textItems: TextItem[];
  width: number;
  height: number;
}

/** A page's text content and its lines (the layout's input), without rendering anything. */
export async function readPageText(page: PDFPageProxy): Promise<PageText> {
  // Normalized (PDF.js's compatibility mapping): a ligature glyph that a PDF maps to U+FB01 "ﬁ", U+FB02 "ﬂ" or
  // U+FB03 "ﬃ" reads as the letters, so "ofﬁcer" is the "officer" the glossary knows. The text layer is drawn from
  // this same content, so what is marked and what is read are one text.
  const content = await page.getTextContent({ disableNormalization: false });
  const [, , width, height] = page.view as [number, number, number, number];
  const textItems = content.items.filter((item): item is TextItem => 'str' in item);
  const items = textItems.map((item) => ({
    str: item.str,
    x: item.transform[4] as number,
    y: item.transform[5] as number,
    width: item.width,
    height: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
    hasEOL: item.hasEOL,
  }));
  return { items, lines: groupLines(items), content, textItems, width, height };
}

/** A page's body lines in reading order, and its furniture (running headers, page numbers), hidden. */
export interface PageBody {
  body: Line[];
  hidden: Set<Line>;
}

const bodies = new WeakMap<PageText, PageBody>();

/**
 * The body of a page, with one neighbouring page (the one before, or for the first page the one after) to
 * recognise running headers: always the same neighbour, so a page's body is the same whichever page asks.
 */
export function bodyOf(text: PageText, neighbour: PageText | undefined): PageBody {
  let found = bodies.get(text);
  if (!found) {
    const hidden = furniture(text.lines, text.height, neighbour ? [neighbour] : []);
    const body = readingOrder(text.lines, text.width).filter((line) => !hidden.has(line));
    found = { body, hidden };
    bodies.set(text, found);
  }
  return found;
}

/** The next page's first lines when they finish this page's last paragraph (see carriedOver). */
export interface Carried {
  page: PDFPageProxy;
  text: PageText;
  lines: Line[];
}

/**
 * The spans of a page's text items, laid out by PDF.js, by the items' numbers; only the items `only` names when
 * given (the lines a page carries over from the next: laying out the whole next page cost as much again).
 */
async function layOut(
  page: PDFPageProxy,
  text: PageText,
  container: HTMLElement,
  only?: readonly number[],
): Promise<(HTMLElement | undefined)[]> {
  const layer = new TextLayer({
    textContentSource: only
      ? { ...text.content, items: only.map((index) => text.textItems[index]!) }
      : text.content,
    container,
    viewport: page.getViewport({ scale: 1 }),
  });
  await layer.render();
  // Positioned in their own style attribute too (reader.css places them as well): the page engine then knows the
  // spans are boxes apart without asking for computed styles, which a page skipped by content-visibility would
  // have to compute first.
  for (const span of layer.textDivs) span.style.position = 'absolute';
  if (!only) return layer.textDivs;
  const spans: (HTMLElement | undefined)[] = [];
  only.forEach((index, k) => {
    spans[index] = layer.textDivs[k];
  });
  return spans;
}

/**
 * A page's text layer (a `.textLayer` element sized to the page; the --total-scale-factor CSS property of an
 * ancestor sets the zoom) in reading order: its body less the first `skip` lines (read with the page before), then
 * the lines `carried` from the next page (placed over that page, below this one), then the furniture, hidden.
 * Made apart from the document, for the viewer to put in place in one change (viewer.ts says why that matters).
 */
export async function renderTextLayer(
  page: PDFPageProxy,
  text: PageText,
  { body, hidden }: PageBody,
  skip: number,
  carried: Carried | null,
): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.className = 'textLayer';
  const spans = await layOut(page, text, container);
  const fragment = document.createDocumentFragment();
  // The layer's text in reading order, as it is built (textNodesOf, without reading the layer back).
  const nodes: Text[] = [];
  const add = (span: HTMLElement) => {
    fragment.append(span);
    const node = span.firstChild;
    if (node?.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
  };
  const eol = () => {
    const end = document.createElement('span');
    end.className = 'eol';
    const node = document.createTextNode('\n');
    end.append(node);
    fragment.append(end);
    nodes.push(node);
  };
  for (const line of body.slice(skip)) {
    for (const index of line.items) if (spans[index]) add(spans[index]);
    eol();
  }
  if (carried) {
    const nextSpans = await layOut(
      carried.page,
      carried.text,
      document.createElement('div'),
      carried.lines.flatMap((line) => line.items),
    );
    const { width } = text;
    const next = carried.text;
    // Pages are centred in one column, a gap apart: the next page's origin seen from this page's.
    const shift = (width - next.width) / 2;
    for (const line of carried.lines) {
      for (const index of line.items) {
        const span = nextSpans[index];
        if (!span) continue;
        const left = (Number.parseFloat(span.style.left) / 100) * next.width + shift;
        const top = (Number.parseFloat(span.style.top) / 100) * next.height;
        span.style.left = `calc(${left.toFixed(2)}px * var(--total-scale-factor))`;
        span.style.top = `calc(100% + var(--page-gap) + ${top.toFixed(2)}px * var(--total-scale-factor))`;
        add(span);
      }
      eol();
    }
  }
  // Furniture last, hidden: the page engine skips it and a sentence running past it stays one block.
  for (const line of hidden) {
    for (const index of line.items) {
      const span = spans[index];
      if (!span) continue;
      span.hidden = true;
      fragment.append(span);
    }
  }
  container.replaceChildren(fragment);
  // The page engine reads the layer from this list: a walk of its thousands of spans costs per node.
  listBlockText(container, nodes);
  return container;
}

/** A text layer's text as a reader reads it: the text of each span in order (line ends included), the furniture left out. */
export function textNodesOf(layer: HTMLElement): Text[] {
  const nodes: Text[] = [];
  for (const span of layer.children) {
    if ((span as HTMLElement).hidden) continue;
    const node = span.firstChild;
    if (node?.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
  }
  return nodes;
}
