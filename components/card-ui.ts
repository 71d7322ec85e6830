// The card's interface: Preact rendering, placement with floating-ui, the card's stylesheet and its UI text.
// It ships as a file of its own (entrypoints/card-ui.ts) that the content script loads the first time a card
// opens or speaks: most pages are read without either, and then never pay for parsing this code.
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import { CardView, type CardViewProps } from './CardView';
import cardCss from './card.css?inline';
import { type MessageKey, setUiLang, t, type UiLang } from './i18n';

export interface Anchor {
  getBoundingClientRect: () => DOMRect;
  /** An element near the anchor, so scrolling containers are followed. */
  contextElement: Element;
}

export interface CardUi {
  css: string;
  /** Renders the card into `frame`, or empties it (null). */
  render(frame: HTMLElement, props: CardViewProps | null): void;
  /**
   * Keeps `frame` next to `anchor` and inside the viewport (flip to the other side, shift along it, never taller
   * than the room) as the page scrolls and resizes; `onHidden` when the anchor scrolls out of view. `place()`
   * places the card again (after its content changed); `stop()` stops following.
   */
  follow(anchor: Anchor, frame: HTMLElement, onHidden: () => void): { place(): void; stop(): void };
  text(key: MessageKey, ...subs: (string | number)[]): string;
  /** The interface language of the card's text (the reader's choice, not the page's language). */
  setLang(lang: UiLang): void;
}

export const cardUi: CardUi = {
  css: cardCss,
  render(frame, props) {
    render(props && h(CardView, props), frame);
  },
  follow(anchor, frame, onHidden) {
    let stopped = false;
    const place = () => {
      if (stopped) return;
      computePosition(anchor, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8, fallbackStrategy: 'bestFit' }),
          // Never taller than the room on the chosen side: the card scrolls inside instead of leaving the viewport.
          size({
            padding: 8,
            apply({ availableHeight }) {
              frame.style.setProperty(
                '--glosa-max-height',
                `${Math.max(120, Math.floor(availableHeight))}px`,
              );
            },
          }),
          shift({ padding: 8 }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (stopped) return;
        if (middlewareData.hide?.referenceHidden) {
          onHidden();
          return;
        }
        frame.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    const stopAuto = autoUpdate(anchor, frame, place);
    return {
      place,
      stop() {
        stopped = true;
        stopAuto();
      },
    };
  },
  text: t,
  setLang: setUiLang,
};
