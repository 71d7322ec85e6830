// Loads the card's interface (components/card-ui.ts, shipped as card-ui.js) the first time it is needed.
import { browser } from 'wxt/browser';
import type { CardUi } from '@/components/card-ui';

// Written out rather than imported: importing it from card-ui.ts would bring that module into the content script.
export const CARD_UI_GLOBAL = '__glosaCardUi';

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  loading ??= (async () => {
    // An extension page that bundles the interface itself (the PDF reader) has left it here already: its own
    // policy would not load a script from the package's dynamic address.
    const bundled = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
    if (bundled) return bundled;
    const start = performance.now();
    const url = (browser.runtime.getURL as (path: string) => string)('/card-ui.js');
    await import(/* @vite-ignore */ url);
    const ui = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
    if (!ui) throw new Error(`Glosa: ${url} loaded but left no card interface`);
    // What the first card waited for, on the page's performance timeline (read by `npm run bench`).
    performance.measure('glossary-card-ui', { start });
    return ui;
  })();
  // A failed load (the extension went away meanwhile) is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
