// Reading order of marks over a page and the same-origin frames its session reads: top to bottom, then left to
// right, with a frame's content read where the frame element sits in the page. A frame's own positions are in its
// own viewport (and move with its own scrolling), so they are compared only with positions in the same frame.
import type { Mark } from '../marks';

interface Placed {
  mark: Mark;
  /** From the outermost document in: each frame element's box in its parent, then the mark's own. */
  path: DOMRect[];
  /** The mark's top in the outermost document's viewport. */
  top: number;
}

/** The frame elements holding `doc`, outermost first (a cross-origin parent ends the chain: it is not ours). */
function framesAround(doc: Document): Element[] {
  const frames: Element[] = [];
  for (
    let frame = doc.defaultView?.frameElement;
    frame;
    frame = frame.ownerDocument.defaultView?.frameElement
  )
    frames.unshift(frame);
  return frames;
}

/** Where a frame's viewport starts inside the frame element's box: its border and padding. */
function contentTop(frame: Element): number {
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return frame.clientTop + (style ? Number.parseFloat(style.paddingTop) || 0 : 0);
}

function compare(a: Placed, b: Placed): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const x = a.path[i]!;
    const y = b.path[i]!;
    if (x.top !== y.top) return x.top - y.top;
    if (x.left !== y.left) return x.left - y.left;
  }
  return a.path.length - b.path.length;
}

/** The marks in reading order, each with its top in the outermost viewport (to find the first one in view). */
export function inReadingOrder(marks: readonly Mark[]): { mark: Mark; top: number }[] {
  const framesOf = new Map<Document, { boxes: DOMRect[]; offset: number }>();
  // One live range, moved from mark to mark: a live range per mark would be one more range for the document to
  // keep up to date at every change of the page until the garbage collector finds it.
  const range = new Range();
  const placed = marks.map((mark): Placed => {
    range.setStart(mark.range.startContainer, mark.range.startOffset);
    range.setEnd(mark.range.endContainer, mark.range.endOffset);
    const rect = range.getBoundingClientRect();
    const doc = mark.range.startContainer.ownerDocument;
    let frames = doc && framesOf.get(doc);
    if (doc && !frames) {
      const around = framesAround(doc);
      frames = {
        boxes: around.map((frame) => frame.getBoundingClientRect()),
        offset: around.reduce((sum, frame) => sum + frame.getBoundingClientRect().top + contentTop(frame), 0),
      };
      framesOf.set(doc, frames);
    }
    return { mark, path: [...(frames?.boxes ?? []), rect], top: (frames?.offset ?? 0) + rect.top };
  });
  range.detach();
  return placed.sort(compare).map(({ mark, top }) => ({ mark, top }));
}
