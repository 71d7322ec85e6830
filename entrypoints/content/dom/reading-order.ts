// Reading order of marks over a page, its open shadow trees and the same-origin frames its session reads: the order
// of the text in the document (as screen readers and the Tab key go), with a shadow tree's text at its host's place
// and a frame's text at the frame element's place in the page. It needs no layout: on a long page, asking every
// mark's position forced a layout and cost tens of milliseconds per thousand marks, each time the popup or the
// keyboard asked (and the open popup asks after every change of the page).
import type { Mark } from '../marks';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Each node's place in one tree (a document or a shadow root), numbered once per call. */
function numbering(root: Node): Map<Node, number> {
  const places = new Map<Node, number>();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let place = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) places.set(node, place++);
  return places;
}

/** The frame element holding a document, up to the session's own (`outermost`), whose parent is not ours. */
function frameOf(doc: Document, outermost: Document): Element | null {
  if (doc === outermost) return null;
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

function compare(a: number[], b: number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The marks in reading order; `outermost` is the session's document (the frames it reads are inside it). */
export function inReadingOrder(marks: readonly Mark[], outermost: Document = document): Mark[] {
  const trees = new Map<Node, Map<Node, number>>();
  const placeIn = (root: Node, node: Node) => {
    let places = trees.get(root);
    if (!places) {
      places = numbering(root);
      trees.set(root, places);
    }
    return places.get(node) ?? -1;
  };
  /** From the outermost tree in: the place of each frame element or shadow host on the way, then the node's own. */
  const pathOf = (mark: Mark): number[] => {
    const path = [mark.range.startOffset];
    for (let node: Node | null = mark.range.startContainer; node; ) {
      const root = node.getRootNode();
      path.unshift(placeIn(root, node));
      // A shadow root (checked by kind: a frame's nodes come from another window's classes) or a document.
      if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) node = (root as ShadowRoot).host ?? null;
      else node = root.nodeType === Node.DOCUMENT_NODE ? frameOf(root as Document, outermost) : null;
    }
    return path;
  };
  return marks
    .map((mark) => ({ mark, path: pathOf(mark) }))
    .sort((a, b) => compare(a.path, b.path))
    .map(({ mark }) => mark);
}

/** A mark's top in the outermost viewport: its own in its frame's, moved by where each frame sits. */
export function viewportTop(mark: Mark, outermost: Document = document): number {
  const range = new Range();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  let top = range.getBoundingClientRect().top;
  range.detach();
  for (let doc = mark.range.startContainer.ownerDocument, frame = doc && frameOf(doc, outermost); frame; ) {
    // The frame's viewport starts below its border and padding (clientTop is 0 for an inline frame: read the style).
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const inset =
      (Number.parseFloat(style?.borderTopWidth ?? '') || 0) +
      (Number.parseFloat(style?.paddingTop ?? '') || 0);
    top += frame.getBoundingClientRect().top + inset;
    doc = frame.ownerDocument;
    frame = frameOf(doc, outermost);
  }
  return top;
}

/**
 * The first mark (in reading order) at or below the top of the viewport, found by halving: reading order runs down
 * the page, so only a few marks' positions are read. -1 when all are above.
 */
export function firstInView(order: readonly Mark[], outermost: Document = document): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (viewportTop(order[mid]!, outermost) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < order.length ? lo : -1;
}
