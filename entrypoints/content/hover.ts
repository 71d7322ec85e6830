// Pointer behaviour of the card. Trigger modes: hover (after a short intent delay), hover while a modifier key is
// held, or click. A grace period lets the pointer travel from the term into the card; Escape, a click outside and
// (via card-host) scrolling the term away close it. On touch screens a tap on a term opens the card, except in a
// link, which keeps working as a link.
import type { Settings } from '@/components/settings';
import type { FormLanguage } from '@/glossary/match';
import type { CardHost } from './card-host';
import type { Painter } from './dom/highlight';
import { markAtPoint, rangeOf } from './dom/hit-test';
import type { Mark, Marks } from './marks';

export type PointerSettings = Pick<
  Settings,
  'hoverDelayMs' | 'trigger' | 'modifierKey' | 'languageOrder' | 'definitions' | 'uiLanguage'
>;

const GRACE_MS = 350;

/** Opening and closing the card for a mark, shared by pointer and keyboard. */
export interface CardControl {
  open(mark: Mark): void;
  close(): void;
  current(): Mark | null;
}

/** A document's pointer handling: a card control whose pointer listeners wait for `arm()`. */
export interface Hover extends CardControl {
  /**
   * Starts listening to the pointer. Until then the page pays nothing for it: a pointer listener added to a
   * document makes the browser's next rendering update its hit-test data, a rendering update of its own when
   * nothing else changed in that task. Armed in the task that paints the first mark (or opens a card).
   */
  arm(): void;
}

/**
 * The language of the text around an element: the nearest lang attribute (a Spanish quotation on an English page
 * is Spanish), else the language most of the page's marks are written in. Names written alike in both ("Ciudad
 * Juárez") do not count either way.
 */
export function textLanguage(
  element: Element | null,
  marks: readonly { lang: FormLanguage }[] = [],
): 'en' | 'es' | null {
  // closest() stays inside a shadow tree: the document's own attribute is the fallback.
  const declaring = element?.closest('[lang]') ?? element?.ownerDocument.documentElement;
  const lang = declaring?.getAttribute('lang')?.toLowerCase() ?? '';
  if (lang.startsWith('es')) return 'es';
  if (lang.startsWith('en')) return 'en';
  let balance = 0; // Spanish marks minus English ones
  for (const mark of marks) balance += mark.lang === 'es' ? 1 : mark.lang === 'en' ? -1 : 0;
  return balance > 0 ? 'es' : balance < 0 ? 'en' : null;
}

/** The card's first language and the definitions it shows, from the settings and the page. */
export function cardLanguages(
  settings: Pick<Settings, 'languageOrder' | 'definitions'>,
  pageLang: 'en' | 'es' | null,
  markLang: FormLanguage,
  /** The reader's interface language: the choice left when neither the page nor the term says. */
  readerLang: 'en' | 'es' = 'en',
): { firstLang: 'en' | 'es'; definitionLangs: ('en' | 'es')[] } {
  const textLang = pageLang ?? (markLang === 'both' ? readerLang : markLang);
  const firstLang =
    settings.languageOrder === 'en-first' ? 'en' : settings.languageOrder === 'es-first' ? 'es' : textLang;
  const other = textLang === 'en' ? 'es' : 'en';
  const both: ('en' | 'es')[] = firstLang === 'en' ? ['en', 'es'] : ['es', 'en'];
  return { firstLang, definitionLangs: settings.definitions === 'other' ? [other] : both };
}

/** The reader's interface language: chosen in the options, else the browser's. */
export const readerLanguage = (settings: Pick<Settings, 'uiLanguage'>): 'en' | 'es' =>
  settings.uiLanguage !== 'auto'
    ? settings.uiLanguage
    : navigator.language.toLowerCase().startsWith('es')
      ? 'es'
      : 'en';

const isInLink = (node: Node) => Boolean((node.parentElement ?? (node as Element)).closest?.('a[href]'));

export function attachHover(
  doc: Document,
  marks: Marks,
  card: CardHost,
  painter: Painter,
  signal: AbortSignal,
  shadowRoots: ShadowRoot[],
  settings: PointerSettings,
): Hover {
  let shown: Mark | null = null;
  let candidate: Mark | null = null;
  let intentTimer = 0;
  let graceTimer = 0;
  let frame = 0;
  let lastPoint = { x: 0, y: 0 };
  let modifierHeld = false;
  let lastPointerType = 'mouse';

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
    arm();
    clearTimers();
    shown = mark;
    painter.setActive(mark.range);
    const range = rangeOf(mark);
    card.show({
      id: mark.entryId,
      surface: mark.surface,
      sense: mark.reason === 'page' || mark.reason === 'nearby' ? mark.reason : undefined,
      sameWords: mark.alternatives.length ? mark.alternatives : undefined,
      ...cardLanguages(
        settings,
        textLanguage((mark.range.startContainer as Text).parentElement, marks.all()),
        mark.lang,
        readerLanguage(settings),
      ),
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

  const inCard = (event: Event) => card.holds(event);
  const hitAt = (x: number, y: number) => markAtPoint(doc, x, y, marks.marksAt, shadowRoots);

  const check = () => {
    frame = 0;
    const hit = settings.trigger === 'modifier' && !modifierHeld ? null : hitAt(lastPoint.x, lastPoint.y);
    if (hit && hit.mark === shown) {
      clearTimers();
      return;
    }
    if (hit) {
      if (hit.mark === candidate) return;
      clearTimers();
      candidate = hit.mark;
      // The card's code loads during the intent delay, so the first card is not later than the others.
      card.prepare();
      intentTimer = window.setTimeout(() => open(hit.mark), settings.hoverDelayMs);
      return;
    }
    clearTimeout(intentTimer);
    intentTimer = 0;
    candidate = null;
    // In click mode the card stays until a click outside or Escape.
    if (shown && !graceTimer && settings.trigger !== 'click') graceTimer = window.setTimeout(close, GRACE_MS);
  };

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => doc.addEventListener(type, handler, { ...options, signal });

  listen('keydown', (event) => {
    if (event.key === 'Escape' && shown) close();
    else if (event.key === settings.modifierKey && settings.trigger === 'modifier') {
      modifierHeld = true;
      if (!frame) frame = requestAnimationFrame(check);
    }
  });
  listen('keyup', (event) => {
    if (event.key === settings.modifierKey) modifierHeld = false;
  });

  let armed = false;
  function arm() {
    if (armed) return;
    armed = true;
    listen(
      'pointermove',
      (event) => {
        lastPointerType = event.pointerType;
        if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
        modifierHeld = event.getModifierState(settings.modifierKey);
        if (inCard(event)) {
          clearTimeout(graceTimer);
          graceTimer = 0;
          return;
        }
        lastPoint = { x: event.clientX, y: event.clientY };
        if (settings.trigger !== 'click' && !frame) frame = requestAnimationFrame(check);
      },
      { passive: true },
    );
    listen('pointerdown', (event) => {
      lastPointerType = event.pointerType;
      if (shown && !inCard(event)) close();
    });
    // Click mode, and taps on touch screens in every mode. Links keep working: a term inside a link is left alone.
    listen('click', (event) => {
      if (inCard(event)) return;
      const touch = lastPointerType === 'touch';
      if (settings.trigger !== 'click' && !touch) return;
      const hit = hitAt(event.clientX, event.clientY);
      if (!hit || isInLink(hit.mark.range.startContainer)) return;
      lastPoint = { x: event.clientX, y: event.clientY };
      open(hit.mark);
    });
  }

  return { open, close, current: () => shown, arm };
}
