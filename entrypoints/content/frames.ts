// Which frames hold reading. An ad or widget frame must not pay for Glosa's start: a frame is read only when it is
// big enough to read in and holds some text. Same-origin frames are read by the top frame's session (so their
// terms are in the popup's list and keyboard navigation reaches them); a cross-origin frame that holds reading
// runs its own copy, since the top frame cannot see into it.
import { isSkippedTag } from './dom/tags';

const MIN_WIDTH = 200;
const MIN_HEIGHT = 80;
/** Visible characters (not counting spaces) a frame needs before it counts as reading matter. */
const MIN_TEXT = 200;
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;

/** Whether a frame's document is worth reading: size first, then text, counted only up to what decides. */
export function holdsReading(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win || win.innerWidth < MIN_WIDTH || win.innerHeight < MIN_HEIGHT) return false;
  return hasVisibleText(doc, MIN_TEXT);
}

/**
 * Whether `doc`'s body holds at least `enough` visible characters (not counting spaces, nor the text of scripts
 * and styles): counted only up to `enough`, so a long page costs no more than a short one.
 */
export function hasVisibleText(doc: Document, enough: number): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && isSkippedTag(parent)) continue;
    seen += (node as Text).data.replace(/\s+/g, '').length;
    if (seen >= enough) return true;
  }
  return false;
}

/**
 * Whether the text under `doc`'s body (every text node's, spaces, scripts and styles included: what `textContent`
 * holds) reaches `enough` characters. Counted only up to `enough`: `textContent` on a long page copies all of its
 * text (~5–9 ms for the ~1.1 MB benchmark document) to answer the same question.
 */
export function hasRawText(doc: Document, enough: number): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT | SHOW_CDATA_SECTION);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    seen += (node as CharacterData).length;
    if (seen >= enough) return true;
  }
  return false;
}

/** The top frame's document when this frame shares its origin (its session reads this frame), else null. */
export function sameOriginTop(): Document | null {
  if (window === window.top) return null;
  try {
    return window.top?.document ?? null;
  } catch {
    return null;
  }
}

/** The documents of same-origin frames in `doc` that hold reading now. */
export function readingFrames(doc: Document): Document[] {
  const found: Document[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inner = frameDocument(frame);
    if (inner && holdsReading(inner)) found.push(inner);
  }
  return found;
}

export function frameDocument(element: Element): Document | null {
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}
