// The reading order of a PDF page's text, from the positions of its text items (PDF.js's text content): items
// grouped into lines, lines put in the order a reader takes them (two columns: the left one, then the right one),
// and the running headers, footers and page numbers set apart. Pure: no DOM, so it is tested on made-up pages.

/** One text item, in PDF units: (x, y) is the start of its baseline, y measured up from the page's bottom. */
export interface LayoutItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's size (the text's height). */
  height: number;
  /** The item ends a line (PDF.js's hasEOL). */
  hasEOL: boolean;
}

export interface Line {
  /** Indexes of the line's items, left to right. */
  items: number[];
  x: number;
  right: number;
  y: number;
  height: number;
  text: string;
}

/**
 * Groups items into lines: a line ends where PDF.js saw one end, where the baseline moves, where the text jumps back
 * left, or where it jumps right by more than a wide space (the gutter to the next column, whose line PDF.js may
 * have put next in the content).
 */
export function groupLines(items: readonly LayoutItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let ended = true;
  items.forEach((item, index) => {
    const empty = item.str === '';
    // A space item can span a whole gutter (PDF.js fills the gap between two runs with one): it measures nothing.
    const blank = !empty && item.str.trim() === '';
    if (blank) {
      if (line && !ended) {
        (line as Line).items.push(index);
        (line as Line).text += item.str;
      }
      if (item.hasEOL) ended = true;
      return;
    }
    if (line && !ended && !empty) {
      const sameBaseline = Math.abs(item.y - line.y) <= Math.max(line.height, item.height) * 0.5;
      const size = Math.max(line.height, item.height);
      const goesOn = item.x >= line.right - size && item.x - line.right <= size * 1.5;
      if (!sameBaseline || !goesOn) ended = true;
    }
    if (!empty) {
      if (ended || !line) {
        line = { items: [], x: item.x, right: item.x, y: item.y, height: item.height, text: '' };
        lines.push(line);
        ended = false;
      }
      line.items.push(index);
      line.right = Math.max(line.right, item.x + item.width);
      line.height = Math.max(line.height, item.height);
      line.text += item.str;
    }
    if (item.hasEOL) ended = true;
  });
  return lines;
}

/**
 * Lines in reading order. Where the page has two columns (lines that stay on either side of the middle, beside
 * each other), each stretch of columns is read left column first, top to bottom, then the right one; lines that
 * cross the middle (a title, a full-width paragraph) end a stretch. Otherwise top to bottom.
 */
export function readingOrder(lines: readonly Line[], pageWidth: number): Line[] {
  const middle = pageWidth / 2;
  const side = (line: Line): 'left' | 'right' | 'full' =>
    line.right <= middle + 1 ? 'left' : line.x >= middle - 1 ? 'right' : 'full';
  const byTop = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const lefts = byTop.filter((line) => side(line) === 'left');
  const rights = byTop.filter((line) => side(line) === 'right');
  // Two columns only when both sides hold text at the same heights; a short line ending left of the middle (the
  // last line of a paragraph) is not a column.
  const overlaps = rights.filter((r) =>
    lefts.some((l) => Math.abs(l.y - r.y) < Math.max(l.height, r.height)),
  );
  if (overlaps.length < 2) return byTop;
  const ordered: Line[] = [];
  let stretch: Line[] = [];
  const flush = () => {
    ordered.push(...stretch.filter((line) => side(line) === 'left'));
    ordered.push(...stretch.filter((line) => side(line) === 'right'));
    stretch = [];
  };
  for (const line of byTop) {
    if (side(line) === 'full') {
      flush();
      ordered.push(line);
    } else stretch.push(line);
  }
  flush();
  return ordered;
}

/** The share of the page's height, at its top and at its bottom, where running headers and footers sit. */
export const MARGIN_BAND = 0.1;

const ROMAN = 'm{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
const PAGE_NUMBER = new RegExp(
  `^\\s*[-–—]?\\s*(?:(?:page|p[aá]gina|p[aá]g\\.|p\\.)\\s*)?(?:\\d+|(?=[ivxlcdm])${ROMAN})(?:\\s*(?:of|de|/)\\s*\\d+)?\\s*[-–—]?\\s*$`,
  'i',
);

/** A line's text as it repeats from page to page: numbers dropped, spaces and case folded. */
function runningKey(text: string): string {
  return text.replace(/\d+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function inBand(line: Line, pageHeight: number): 'top' | 'bottom' | null {
  if (line.y >= pageHeight * (1 - MARGIN_BAND)) return 'top';
  if (line.y <= pageHeight * MARGIN_BAND) return 'bottom';
  return null;
}

/**
 * The page's furniture: lines in the top or bottom band that are a page number, or that another page (a
 * neighbour) repeats in the same band, numbers aside (a running header "Remain in Mexico — 12").
 */
export function furniture(
  lines: readonly Line[],
  pageHeight: number,
  neighbours: readonly { lines: readonly Line[]; height: number }[],
): Set<Line> {
  const repeated = new Set<string>();
  for (const other of neighbours) {
    for (const line of other.lines) {
      const band = inBand(line, other.height);
      if (band) repeated.add(`${band}:${runningKey(line.text)}`);
    }
  }
  const found = new Set<Line>();
  for (const line of lines) {
    const band = inBand(line, pageHeight);
    if (!band) continue;
    const key = runningKey(line.text);
    if (PAGE_NUMBER.test(line.text) || (key !== '' && repeated.has(`${band}:${key}`))) found.add(line);
  }
  return found;
}

/** Text that ends a sentence (or a quotation, a list item): a paragraph may end after it. */
const SENTENCE_END = /[.!?…:;»"”’)\]]\s*$/;
/** The most lines a paragraph carried over to the next page is followed for. */
const MAX_CARRIED = 12;

/**
 * How many of the next page's first lines (its body, in reading order) finish the paragraph this page's body ends
 * in: none when the page ends a sentence; else up to the first paragraph break (a wider gap between lines).
 * Those lines are read with this page, so a term running over the page break is found.
 */
export function carriedOver(body: readonly Line[], nextBody: readonly Line[]): number {
  const last = body[body.length - 1];
  if (!last || SENTENCE_END.test(last.text)) return 0;
  let count = 0;
  while (count < nextBody.length && count < MAX_CARRIED) {
    const line = nextBody[count]!;
    count++;
    const following = nextBody[count];
    if (!following || line.y - following.y > line.height * 1.6 || following.y > line.y) break;
  }
  return count;
}
