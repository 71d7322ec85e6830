// Keyboard navigation of the marked terms, started by the extension's shortcut (manifest `commands`, relayed by
// the background): next / previous move the card from term to term, Enter puts focus in the card, Escape leaves.
// Each move is announced in a live region so screen-reader users hear where they are.
import type { MessageKey } from '@/components/i18n';
import type { CardHost } from './card-host';
import { firstInView, inReadingOrder } from './dom/reading-order';
import type { CardControl } from './hover';
import type { Mark, Marks } from './marks';

export const NEXT_KEYS = new Set(['j', 'ArrowDown', 'ArrowRight', 'n']);
export const PREVIOUS_KEYS = new Set(['k', 'ArrowUp', 'ArrowLeft', 'p']);

/** Whether a key event is typing: its target (inside shadow trees too) is a text field or editable content. */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(
      target.type,
    );
  return (target as HTMLElement).isContentEditable;
}

export interface KeyboardNavigation {
  start(): void;
  stop(): void;
  active(): boolean;
}

export function createKeyboardNavigation(
  doc: Document,
  marks: Marks,
  control: CardControl,
  card: CardHost,
  announce: (key: MessageKey, ...subs: (string | number)[]) => void,
  /** Says something visibly as well as to screen readers. */
  tell: (key: MessageKey, ...subs: (string | number)[]) => void,
  signal: AbortSignal,
): KeyboardNavigation {
  let order: Mark[] = [];
  let index = -1;
  let active = false;

  const show = (next: number) => {
    if (!order.length) return;
    index = (next + order.length) % order.length;
    const mark = order[index]!;
    (mark.range.startContainer.parentElement as Element | null)?.scrollIntoView({ block: 'center' });
    control.open(mark);
    announce('navPosition', index + 1, order.length, mark.surface);
  };

  const stop = () => {
    if (!active) return;
    active = false;
    control.close();
    announce('navStopped');
  };

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!active || event.altKey || event.ctrlKey || event.metaKey) return;
      const inCard = card.holds(event);
      // Keys typed into the page's text fields are the reader's text, not commands.
      if (!inCard && isTyping(event)) return;
      if (event.key === 'Escape') {
        stop();
      } else if (event.key === 'Enter' && !inCard) {
        card.focus();
      } else if (!inCard && NEXT_KEYS.has(event.key)) {
        show(index + 1);
      } else if (!inCard && PREVIOUS_KEYS.has(event.key)) {
        show(index - 1);
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

  return {
    start() {
      order = inReadingOrder(marks.all(), doc);
      if (!order.length) {
        tell('navNoTerms');
        return;
      }
      active = true;
      // Start at the first term in view, or the first on the page.
      const firstVisible = firstInView(order, doc);
      announce('navStarted');
      show(Math.max(firstVisible, 0));
    },
    stop,
    active: () => active,
  };
}
