// Paints terms with the CSS Custom Highlight API: no element is wrapped, the page's DOM stays as it was.
// The only node added to a document is one <style> holding the ::highlight() rules (they must live in the
// document's styles; CSS inside our shadow root does not reach page text).
//
// Painting is windowed: each time a highlight's ranges change, the browser's next rendering re-validates every
// range in it, so a highlight holding every mark of a dense page makes each change cost as much as the page is
// long. The highlight holds only the marks of blocks near the viewport (an IntersectionObserver per document, a
// screen above and below); a block's marks are painted when it comes near and taken out when it leaves. The
// observer reports at most once per rendering update, so the highlight changes at most once a frame.

import { pageTheme } from './page-theme';
import { blockOf } from './tags';

export const TERM_HIGHLIGHT = 'glossary-term';
export const ACTIVE_HIGHLIGHT = 'glossary-active';

const STYLE_ID = 'glossary-highlight-style';
/** How far beyond the viewport marks are painted, above and below (a percentage of the viewport's height). */
const WINDOW_MARGIN = '100% 0px';
/**
 * How long blocks that come after the first task of new ones wait before they are observed (in batches). Every
 * rendering update computes every observed block's intersection (~1.4 ms for 2,750 blocks here), and a block newly
 * observed makes the browser render to report it: a long page's first scan observing its blocks slice by slice
 * rendered once a slice, each time for all the blocks observed so far.
 */
const OBSERVE_BATCH_MS = 100;

export type HighlightStyle = 'underline' | 'tint' | 'none';

/**
 * What a document's rules are attached to. Chromium carries a highlight's style from an element to the text below
 * it (highlight inheritance), so there the rules sit on the root alone: inserting rules that apply to every element
 * (`::highlight()`) made Chromium restyle the whole document, ~10 ms more on the ~1.1 MB benchmark page (and
 * later full restyles ~30% longer). Firefox has no highlight inheritance and needs them on every element. Shadow
 * trees' copies (styleShadowRoot) stay on every element: `:root` is no element of theirs.
 */
export const DOCUMENT_SCOPE = import.meta.env.FIREFOX ? '' : ':root';

/**
 * The ::highlight() rules for a style on a light or dark page (its own background, see page-theme.ts), on the
 * elements `scope` selects (every one when empty). "none" paints nothing, but marks still open the card on hover.
 */
export function highlightRules(
  style: HighlightStyle,
  theme: 'light' | 'dark' = 'light',
  scope = DOCUMENT_SCOPE,
): string {
  const term = {
    underline: [
      'text-decoration: underline dotted 2px; text-decoration-color: #c2410c; text-underline-offset: 3px;',
      'text-decoration-color: #fdba74;',
    ],
    tint: ['background-color: rgba(251, 191, 36, 0.22);', 'background-color: rgba(251, 191, 36, 0.2);'],
    none: ['', ''],
  }[style];
  const dark = theme === 'dark';
  return `
${scope}::highlight(${TERM_HIGHLIGHT}) { ${term[dark ? 1 : 0]} }
${scope}::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(251, 191, 36, ${dark ? 0.3 : 0.4}); }
`;
}

export function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** What the painter paints: a mark whose range it reads only while the mark's block is near the viewport. */
export interface Paintable {
  readonly range: AbstractRange;
}

export interface Painter {
  /**
   * Adds a mark of the block `element` (the element its text was read in); it is painted while the block is near
   * the viewport, and its range is not read before.
   */
  add(element: Element, mark: Paintable): void;
  /** Takes a mark away, with the block element it was added with. */
  delete(element: Element, mark: Paintable): void;
  /** Paints one range on top of the others (the term whose card is open), wherever it is. */
  setActive(range: AbstractRange | null): void;
  /** Highlight rules do not cross into shadow trees: each open shadow root adopts a copy of them. */
  styleShadowRoot(root: ShadowRoot): void;
  /** Changes the look of every mark in place. */
  setStyle(style: HighlightStyle): void;
  /** Resolves once every block added so far has been placed in or out of the window (one rendering update). */
  settled(): Promise<void>;
  /** Removes everything this painter added, and nothing else. */
  clear(): void;
}

/** One document's part: its highlights, style element and window observer (a same-origin frame has its own). */
interface Layer {
  theme: 'light' | 'dark';
  terms: Highlight;
  active: Highlight;
  style: HTMLStyleElement;
  observer: IntersectionObserver;
  registry: HighlightRegistry;
}

/** The element whose position decides when a range is painted: the block holding its start. */
const anchorOf = (range: AbstractRange): Element | null => blockOf(range.startContainer);

export function createPainter(initialStyle: HighlightStyle = 'underline'): Painter {
  let style = initialStyle;
  const layers = new Map<Document, Layer>();
  /** Block element → its layer, its marks, and whether it is near the viewport now. */
  const blocks = new Map<Element, { layer: Layer; marks: Paintable[]; near: boolean }>();
  let shadowSheet: CSSStyleSheet | null = null;
  const styledRoots = new Set<ShadowRoot>();
  let activeLayer: Layer | null = null;
  // Blocks observed whose first report has not come yet, and who waits for them (settled()).
  const unseen = new Set<Element>();
  let waiting: (() => void)[] = [];
  // Blocks waiting to be observed (OBSERVE_BATCH_MS): those of the task that found the first new block after a
  // quiet spell are observed at once (a page's first slice, which holds the viewport; a live edit), later ones in
  // one batch a moment later, or as soon as someone waits for them (settled()).
  const unobserved = new Set<Element>();
  let observeAtOnce = false;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let lastBatch = Number.NEGATIVE_INFINITY;
  const observeBatch = () => {
    clearTimeout(batchTimer);
    batchTimer = undefined;
    lastBatch = performance.now();
    for (const anchor of unobserved) blocks.get(anchor)?.layer.observer.observe(anchor);
    unobserved.clear();
  };
  const observe = (layer: Layer, anchor: Element) => {
    if (!observeAtOnce && !batchTimer && performance.now() - lastBatch >= OBSERVE_BATCH_MS) {
      observeAtOnce = true;
      lastBatch = performance.now();
      queueMicrotask(() => {
        observeAtOnce = false;
      });
    }
    if (observeAtOnce) {
      layer.observer.observe(anchor);
      return;
    }
    unobserved.add(anchor);
    batchTimer ??= setTimeout(observeBatch, Math.max(0, lastBatch + OBSERVE_BATCH_MS - performance.now()));
  };
  const checkSettled = () => {
    for (const element of unseen) if (!element.isConnected) unseen.delete(element);
    if (unseen.size) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  // Shadow roots share one sheet, in the theme of the first page styled (the top one).
  const shadowRules = () => highlightRules(style, layers.values().next().value?.theme ?? 'light', '');

  const layerFor = (doc: Document): Layer | null => {
    let layer = layers.get(doc);
    if (layer) return layer;
    // A frame's highlights are made by the frame's own window (each document has its own registry); the page's
    // own by this script's globals, as a content script sees them (in Firefox, doc.defaultView is a wrapper).
    const win = (doc === globalThis.document ? globalThis : doc.defaultView) as
      | (Window & typeof globalThis)
      | null;
    if (!win) return null;
    // Filled before it goes into the page, so the page sees one node added and nothing else.
    const theme = pageTheme(doc);
    const element = doc.createElement('style');
    element.id = STYLE_ID;
    element.textContent = highlightRules(style, theme);
    (doc.head ?? doc.documentElement).append(element);
    const terms = new win.Highlight();
    const active = new win.Highlight();
    active.priority = 1;
    win.CSS.highlights.set(TERM_HIGHLIGHT, terms);
    win.CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
    const observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          unseen.delete(entry.target);
          const block = blocks.get(entry.target);
          if (!block || block.near === entry.isIntersecting) continue;
          block.near = entry.isIntersecting;
          for (const mark of block.marks) {
            if (block.near) terms.add(mark.range);
            else terms.delete(mark.range);
          }
        }
        checkSettled();
      },
      // The document as root: its own viewport (a frame's, in a frame), which the margin then widens.
      { root: doc, rootMargin: WINDOW_MARGIN },
    );
    layer = { theme, terms, active, style: element, observer, registry: win.CSS.highlights };
    layers.set(doc, layer);
    return layer;
  };

  // A block left without marks is forgotten a moment later, not at once: a rescan deletes a changed block's
  // marks and adds its new ones in the same task, and keeping the block (observed, its place in the window known)
  // paints them in that task, with no wait for the observer's first report and no second change of the highlight.
  const emptied = new Set<Element>();
  const forgetEmptied = () => {
    for (const anchor of emptied) {
      const block = blocks.get(anchor);
      if (!block || block.marks.length) continue;
      blocks.delete(anchor);
      block.layer.observer.unobserve(anchor);
      unobserved.delete(anchor);
      unseen.delete(anchor);
    }
    emptied.clear();
    checkSettled();
  };

  const painter: Painter = {
    add(anchor, mark) {
      let block = blocks.get(anchor);
      if (!block) {
        const layer = layerFor(anchor.ownerDocument);
        if (!layer) return;
        block = { layer, marks: [], near: false };
        blocks.set(anchor, block);
        observe(layer, anchor);
        unseen.add(anchor);
      }
      block.marks.push(mark);
      if (block.near) block.layer.terms.add(mark.range);
    },
    delete(anchor, mark) {
      const block = blocks.get(anchor);
      const at = block ? block.marks.indexOf(mark) : -1;
      if (!block || at < 0) return;
      block.marks.splice(at, 1);
      if (block.near) block.layer.terms.delete(mark.range);
      if (block.marks.length) return;
      if (!emptied.size) queueMicrotask(forgetEmptied);
      emptied.add(anchor);
    },
    setActive(range) {
      activeLayer?.active.clear();
      activeLayer = null;
      const anchor = range && anchorOf(range);
      const layer = anchor && layerFor(anchor.ownerDocument);
      if (!range || !layer) return;
      layer.active.add(range);
      activeLayer = layer;
    },
    styleShadowRoot(root) {
      if (styledRoots.has(root)) return;
      if (!shadowSheet) {
        shadowSheet = new CSSStyleSheet();
        shadowSheet.replaceSync(shadowRules());
      }
      // adoptedStyleSheets adds no node to the page's shadow tree.
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
      styledRoots.add(root);
    },
    settled() {
      if (unobserved.size) observeBatch();
      return new Promise((resolve) => {
        waiting.push(resolve);
        checkSettled();
      });
    },
    setStyle(next) {
      style = next;
      for (const layer of layers.values()) layer.style.textContent = highlightRules(style, layer.theme);
      shadowSheet?.replaceSync(shadowRules());
    },
    clear() {
      for (const layer of layers.values()) {
        layer.observer.disconnect();
        layer.terms.clear();
        layer.active.clear();
        // Another copy of Glosa (a newer one, after an update) may have registered its own by now: keep those.
        if (layer.registry.get(TERM_HIGHLIGHT) === layer.terms) layer.registry.delete(TERM_HIGHLIGHT);
        if (layer.registry.get(ACTIVE_HIGHLIGHT) === layer.active) layer.registry.delete(ACTIVE_HIGHLIGHT);
        layer.style.remove();
      }
      layers.clear();
      blocks.clear();
      clearTimeout(batchTimer);
      batchTimer = undefined;
      unobserved.clear();
      emptied.clear();
      unseen.clear();
      checkSettled();
      activeLayer = null;
      for (const root of styledRoots)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== shadowSheet);
      styledRoots.clear();
    },
  };
  return painter;
}
