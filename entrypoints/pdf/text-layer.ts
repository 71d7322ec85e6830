// A page's text layer: PDF.js lays out one transparent span per text item over the page's image (so selection,
// the caret and marks sit on the printed words); then the spans are put in reading order (layout.ts), one line
// after another with a line break between them, as one block of text for the page engine. The line breaks let the
// matcher read "asy-⏎lum" as "asylum" and "Remain in⏎Mexico" as one term (glossary/normalize.ts), and the running
// headers, footers and page numbers are hidden, so they neither count as terms nor split a sentence.
import { type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { furniture, groupLines, type LayoutItem, type Line, readingOrder } from './layout';

export interface PageText {
  items: LayoutItem[];
  lines: Line[];
  content: TextContent;
  width: number;
  height: number;
}

/** A page's text content and its lines (the layout's input), without rendering anything. */
export async function readPageText(page: PDFPageProxy): Promise<PageText> {
  const content = await page.getTextContent();
  const [, , width, height] = page.view as [number, number, number, number];
  const items = content.items
    .filter((item): item is TextItem => 'str' in item)
    .map((item) => ({
      str: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      width: item.width,
      height: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
      hasEOL: item.hasEOL,
    }));
  return { items, lines: groupLines(items), content, width, height };
}

/**
 * Renders the text of a page into `container` (sized to the page; its --total-scale-factor CSS property sets the
 * zoom) and orders it for reading. `neighbours` are nearby pages' text, to recognise running headers.
 */
export async function renderTextLayer(
  page: PDFPageProxy,
  text: PageText,
  neighbours: PageText[],
  container: HTMLElement,
): Promise<void> {
  const layer = new TextLayer({
    textContentSource: text.content,
    container,
    viewport: page.getViewport({ scale: 1 }),
  });
  await layer.render();
  const spans = layer.textDivs;
  const hidden = furniture(text.lines, text.height, neighbours);
  const ordered = readingOrder(text.lines, text.width);
  const fragment = document.createDocumentFragment();
  for (const line of ordered) {
    if (hidden.has(line)) continue;
    for (const index of line.items) if (spans[index]) fragment.append(spans[index]);
    const end = document.createElement('span');
    end.className = 'eol';
    end.textContent = '\n';
    fragment.append(end);
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
}
