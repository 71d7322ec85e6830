// Which mark is under the pointer: the caret position at the point gives a text node, and a mark of that node
// whose rectangles contain the point is the one hovered. The rectangle check matters because the caret API
// returns the nearest text even when the pointer is in a margin.
import type { Mark } from '../marks';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Passing the open shadow roots lets the caret land on text inside web components.
    const position = (
      doc.caretPositionFromPoint as (
        x: number,
        y: number,
        options?: { shadowRoots: ShadowRoot[] },
      ) => CaretPosition | null
    )(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function rangeOf(mark: Mark): Range {
  const range = new Range();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return range;
}

export function rectsContain(range: Range, x: number, y: number, slop = 1): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop)
      return rect;
  }
  return null;
}

export function markAtPoint(
  doc: Document,
  x: number,
  y: number,
  marksAt: (node: Text) => readonly Mark[],
  shadowRoots: ShadowRoot[] = [],
): { mark: Mark; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const mark of marksAt(caret.node as Text)) {
    const range = rangeOf(mark);
    const rect = rectsContain(range, x, y);
    if (rect) return { mark, rect };
  }
  return null;
}
