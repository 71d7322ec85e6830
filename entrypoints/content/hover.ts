// Pointer and keyboard behaviour of the card: a short intent delay before opening, a grace period so the pointer
// can travel from the term into the card, Escape and clicks outside to close.
import type { CardHost } from './card-host';
import type { Painter } from './highlight';
import { markAtPoint, rangeOf } from './hit-test';
import type { Mark, Marks } from './marks';

export interface HoverOptions {
  intentDelayMs: number;
  graceMs: number;
}

export const DEFAULT_HOVER: HoverOptions = { intentDelayMs: 120, graceMs: 350 };

/** Opening and closing the card for a mark, shared by pointer and keyboard. */
export interface CardControl {
  open(mark: Mark): void;
  close(): void;
  current(): Mark | null;
}

export function pageLanguage(doc: Document): 'en' | 'es' | null {
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith('es')) return 'es';
  if (lang.startsWith('en')) return 'en';
  return null;
}

export function attachHover(
  doc: Document,
  marks: Marks,
  card: CardHost,
  painter: Painter,
  signal: AbortSignal,
  shadowRoots: ShadowRoot[],
  options: HoverOptions = DEFAULT_HOVER,
): CardControl {
  let shown: Mark | null = null;
  let candidate: Mark | null = null;
  let intentTimer = 0;
  let graceTimer = 0;
  let frame = 0;
  let lastPoint = { x: 0, y: 0 };

  const clearTimers = () => {
    clearTimeout(intentTimer);
    clearTimeout(graceTimer);
    intentTimer = 0;
    graceTimer = 0;
  };

  const close = () => {
    clearTimers();
    candidate = null;
    shown = null;
    painter.setActive(null);
    card.hide();
  };

  const open = (mark: Mark) => {
    shown = mark;
    painter.setActive(mark.range);
    const range = rangeOf(mark);
    card.show({
      id: mark.entryId,
      surface: mark.surface,
      senseInferred: mark.reason === 'page',
      firstLang: pageLanguage(doc) ?? mark.lang,
      anchorRect: () => {
        // Anchor to the line of the term under the pointer when it wraps over two lines.
        const rects = [...range.getClientRects()];
        return (
          rects.find((r) => lastPoint.y >= r.top && lastPoint.y <= r.bottom) ?? range.getBoundingClientRect()
        );
      },
      contextElement: (mark.range.startContainer as Text).parentElement ?? doc.documentElement,
    });
  };

  const inCard = (event: Event) => event.composedPath().includes(card.host);

  const check = () => {
    frame = 0;
    const hit = markAtPoint(doc, lastPoint.x, lastPoint.y, marks.marksAt, shadowRoots);
    if (hit && hit.mark === shown) {
      clearTimers();
      return;
    }
    if (hit) {
      if (hit.mark === candidate) return;
      clearTimers();
      candidate = hit.mark;
      intentTimer = window.setTimeout(() => open(hit.mark), options.intentDelayMs);
      return;
    }
    clearTimeout(intentTimer);
    intentTimer = 0;
    candidate = null;
    if (shown && !graceTimer) graceTimer = window.setTimeout(close, options.graceMs);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (inCard(event)) {
        clearTimeout(graceTimer);
        graceTimer = 0;
        return;
      }
      lastPoint = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown) close();
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (shown && !inCard(event)) close();
    },
    { signal },
  );
  return { open, close, current: () => shown };
}
