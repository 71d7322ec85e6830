// The card's place on the page: a <glossary-card> element with an open shadow root, so page CSS cannot restyle
// the card and the card's CSS cannot leak into the page. Positioned next to the term with floating-ui, kept
// inside the viewport (flip to the other side, shift along it).
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import { CardView } from '@/components/CardView';
import cardCss from '@/components/card.css?inline';
import { type EntryReply, openGlossary } from '@/components/messaging';

export const HOST_TAG = 'glossary-card';

export interface OpenCard {
  id: string;
  surface: string;
  senseInferred: boolean;
  firstLang: 'en' | 'es';
  /** Definitions shown, in order. */
  definitionLangs: ('en' | 'es')[];
  /** The term's current rectangle (re-read on scroll and resize). */
  anchorRect: () => DOMRect;
  /** An element near the term, so scrolling containers are followed. */
  contextElement: Element;
  /** Other entries that matched a looked-up selection. */
  alternatives?: { id: string; en: string; es: string }[];
}

export interface CardHost {
  /** Whether an event passed through the card (a click or key inside it). */
  holds(event: Event): boolean;
  show(card: OpenCard): void;
  hide(): void;
  /** Moves keyboard focus into the open card. */
  focus(): void;
  /** Says something to screen readers (a polite live region in our shadow root). */
  announce(text: string): void;
  isOpen(): boolean;
  destroy(): void;
}

// The host sits in the page's DOM, so page rules like `* { all: unset !important }` could reach it; inline
// !important declarations win over any page stylesheet.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
  display: 'block',
  overflow: 'visible',
};

export function createCardHost(
  doc: Document,
  load: (id: string) => Promise<EntryReply>,
  onClose: () => void,
): CardHost {
  // The card's elements are made when it first opens or speaks: most pages are read without either, and they
  // then pay neither for the shadow root nor for parsing the card's stylesheet.
  let parts: { host: HTMLElement; frame: HTMLDivElement; live: HTMLDivElement } | null = null;
  const build = () => {
    const host = doc.createElement(HOST_TAG);
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    const frame = doc.createElement('div');
    frame.className = 'frame';
    frame.style.cssText = 'position:fixed;top:0;left:0;';
    const live = doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);';
    shadow.append(style, frame, live);
    return { host, frame, live };
  };
  /** The card's elements, made if need be, with the host in the page. */
  const attached = () => {
    parts ??= build();
    if (!parts.host.isConnected) doc.documentElement.append(parts.host);
    return parts;
  };

  let open: OpenCard | null = null;
  let stopTracking: (() => void) | null = null;

  const place = () => {
    if (!open || !parts) return;
    const { frame } = parts;
    const current = open;
    const reference = { getBoundingClientRect: current.anchorRect, contextElement: current.contextElement };
    computePosition(reference, frame, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        // Never taller than the room on the chosen side: the card scrolls inside instead of leaving the viewport.
        size({
          padding: 8,
          apply({ availableHeight }) {
            frame.style.setProperty('--glosa-max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
          },
        }),
        shift({ padding: 8 }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      if (open !== current) return;
      // The term scrolled out of view: the card goes with it.
      if (middlewareData.hide?.referenceHidden) {
        onClose();
        return;
      }
      frame.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  return {
    holds: (event) => parts !== null && event.composedPath().includes(parts.host),
    show(card) {
      const { host, frame } = attached();
      const theme = pageTheme(doc);
      host.classList.toggle('dark', theme === 'dark');
      host.classList.toggle('light', theme === 'light');
      open = card;
      stopTracking?.();
      render(
        h(CardView, {
          id: card.id,
          load,
          firstLang: card.firstLang,
          definitionLangs: card.definitionLangs,
          surface: card.surface,
          senseInferred: card.senseInferred,
          onClose,
          onContentChange: place,
          alternatives: card.alternatives,
          onOpenGlossary: openGlossary,
        }),
        frame,
      );
      stopTracking = autoUpdate(
        { getBoundingClientRect: card.anchorRect, contextElement: card.contextElement },
        frame,
        place,
      );
    },
    hide() {
      open = null;
      stopTracking?.();
      stopTracking = null;
      if (parts) render(null, parts.frame);
    },
    focus() {
      parts?.frame.querySelector<HTMLElement>('.card')?.focus();
    },
    announce(text) {
      attached().live.textContent = text;
    },
    isOpen: () => open !== null,
    destroy() {
      this.hide();
      parts?.host.remove();
    },
  };
}

/** The page's own theme from its background colour: a dark page gets a dark card whatever the OS says. */
export function pageTheme(doc: Document): 'dark' | 'light' | null {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const [r = 0, g = 0, b = 0, a = 1] = (
      getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []
    ).map(Number);
    if (a === 0) continue;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return luminance < 0.4 ? 'dark' : 'light';
  }
  return null;
}
