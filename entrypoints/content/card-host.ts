// The card's place on the page: a <glossary-card> element with an open shadow root, so page CSS cannot restyle
// the card and the card's CSS cannot leak into the page. The card's interface itself (rendering, placement,
// text) is loaded on first use: see card-ui-loader.ts.
import type { CardUi } from '@/components/card-ui';
import type { MessageKey, UiLang } from '@/components/i18n';
import { openGlossary } from '@/components/messaging';
import type { EntryCard } from '@/glossary/cards';
import { loadCardUi } from './card-ui-loader';
import { pageTheme } from './dom/page-theme';

export const HOST_TAG = 'glossary-card';

export interface OpenCard {
  /** The entry to show; null for a lookup that found none (then `notFound` says what was looked up). */
  id: string | null;
  surface: string;
  /** Why an ambiguous form's migration sense was chosen, when the card should say so (Card's `sense`). */
  sense?: 'page' | 'nearby';
  firstLang: 'en' | 'es';
  /** Definitions shown, in order. */
  definitionLangs: ('en' | 'es')[];
  /** The term's current rectangle (re-read on scroll and resize). */
  anchorRect: () => DOMRect;
  /** An element near the term, so scrolling containers are followed. */
  contextElement: Element;
  /** Other entries that matched a looked-up selection. */
  alternatives?: { id: string; en: string; es: string }[];
  /** Other entries the marked words name, not chosen here (another country's "deportación"): offered on the card. */
  sameWords?: readonly string[];
  notFound?: { text: string; suggestions: { id: string; en: string; es: string }[] };
}

export interface CardHost {
  /** Whether an event passed through the card (a click or key inside it). */
  holds(event: Event): boolean;
  /** Starts loading the card's interface (the pointer rests on a term: a card may follow). */
  prepare(): void;
  show(card: OpenCard): void;
  hide(): void;
  /** Moves keyboard focus into the open card, at once or as soon as it is rendered with its entry. */
  focus(): void;
  /** Says something to screen readers (a polite live region in our shadow root), in the interface language. */
  announce(key: MessageKey, ...subs: (string | number)[]): void;
  /** Says something visibly (a short note at the top of the window) as well as to screen readers. */
  tell(key: MessageKey, ...subs: (string | number)[]): void;
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
  load: (id: string) => Promise<EntryCard>,
  onClose: () => void,
  /** The reader's interface language, read each time the card speaks (settings can change). */
  uiLang: () => UiLang,
): CardHost {
  // The card's elements are made when it first opens or speaks: most pages are read without either, and they
  // then pay neither for the shadow root nor for the card's code and stylesheet.
  let parts: {
    host: HTMLElement;
    frame: HTMLDivElement;
    live: HTMLDivElement;
    toast: HTMLDivElement;
  } | null = null;
  let toastTimer = 0;
  let ui: CardUi | null = null;
  let destroyed = false;
  const build = (css: string) => {
    const host = doc.createElement(HOST_TAG);
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    const frame = doc.createElement('div');
    frame.className = 'frame';
    frame.style.cssText = 'position:fixed;top:0;left:0;';
    const live = doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);';
    const toast = doc.createElement('div');
    toast.className = 'toast';
    toast.hidden = true;
    shadow.append(style, frame, live, toast);
    return { host, frame, live, toast };
  };
  /** Runs `use` with the interface and the card's elements (made if need be, with the host in the page). */
  const withCard = (use: (loaded: CardUi, elements: NonNullable<typeof parts>) => void) => {
    loadCardUi()
      .then((loaded) => {
        if (destroyed) return;
        ui = loaded;
        loaded.setLang(uiLang());
        parts ??= build(loaded.css);
        if (!parts.host.isConnected) doc.documentElement.append(parts.host);
        // The page's own theme, as classes inside the shadow root: the page never sees our host element change.
        const theme = pageTheme(doc);
        for (const element of [parts.frame, parts.toast]) {
          element.classList.toggle('glosa-dark', theme === 'dark');
          element.classList.toggle('glosa-light', theme === 'light');
        }
        use(loaded, parts);
      })
      // The extension went away while the interface loaded: there is no card to show.
      .catch(() => {});
  };

  let open: OpenCard | null = null;
  let following: { place(): void; stop(): void } | null = null;
  /** The card last rendered: show() renders once the interface has loaded, a task or more after it is called. */
  let rendered: OpenCard | null = null;
  /**
   * Focus asked (Enter during keyboard navigation) and not yet given: it goes to the open card once that card is
   * rendered and its entry has loaded. Given earlier, it would land on a card a pending render then replaces.
   */
  let focusWanted = false;
  const giveFocus = () => {
    if (!focusWanted || !parts || !open || rendered !== open) return;
    // The open entry's own card: until the view has caught up, the card in place may still be the previous one.
    const card = parts.frame.querySelector<HTMLElement>(
      open.id ? `.card[tabindex][data-entry="${CSS.escape(open.id)}"]` : '.card[tabindex]',
    );
    if (!card) return;
    card.focus();
    focusWanted = false;
  };

  return {
    holds: (event) => parts !== null && event.composedPath().includes(parts.host),
    prepare() {
      loadCardUi().catch(() => {});
    },
    show(card) {
      open = card;
      focusWanted = false;
      withCard((loaded, { frame }) => {
        if (open !== card) return;
        following?.stop();
        following = null;
        const place = () => following?.place();
        rendered = card;
        loaded.render(frame, {
          id: card.id,
          load,
          firstLang: card.firstLang,
          definitionLangs: card.definitionLangs,
          surface: card.surface,
          sense: card.sense,
          onClose,
          onContentChange: () => {
            place();
            giveFocus();
          },
          alternatives: card.alternatives,
          sameWords: card.sameWords,
          notFound: card.notFound,
          onOpenGlossary: openGlossary,
        });
        // The term scrolled out of view: the card goes with it.
        following = loaded.follow(
          { getBoundingClientRect: card.anchorRect, contextElement: card.contextElement },
          frame,
          () => open === card && onClose(),
        );
      });
    },
    hide() {
      open = null;
      focusWanted = false;
      following?.stop();
      following = null;
      if (parts && ui) ui.render(parts.frame, null);
    },
    focus() {
      focusWanted = true;
      giveFocus();
    },
    announce(key, ...subs) {
      withCard((loaded, { live }) => {
        live.textContent = loaded.text(key, ...subs);
      });
    },
    tell(key, ...subs) {
      withCard((loaded, { live, toast }) => {
        live.textContent = loaded.text(key, ...subs);
        toast.textContent = live.textContent;
        toast.hidden = false;
        clearTimeout(toastTimer);
        toastTimer = window.setTimeout(() => {
          toast.hidden = true;
        }, 5000);
      });
    },
    isOpen: () => open !== null,
    destroy() {
      this.hide();
      destroyed = true;
      parts?.host.remove();
    },
  };
}
