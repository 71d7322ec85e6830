// Paints terms with the CSS Custom Highlight API: no element is wrapped, the page's DOM stays as it was.
// The ::highlight() rules (highlight-rules.ts) must live in the document's styles (CSS inside our shadow root does
// not reach page text): the content script's own page has them from the manifest's stylesheet, before its first
// style calculation; any other document painted here (a same-origin frame, the PDF reader's page) gets one <style>
// holding them, the only node added to it.
//
// Painting is windowed: each time a highlight's ranges change, the browser's next rendering re-validates every
// range in it, so a highlight holding every mark of a dense page makes each change cost as much as the page is
// long. The highlight holds only the marks of blocks near the viewport (an IntersectionObserver per document, a
// screen above and below); a block's marks are painted when it comes near and taken out when it leaves. The
// observer reports at most once per rendering update, so the highlight changes at most once a frame.

import {
  activeHighlight,
  type HighlightStyle,
  highlightSheet,
  type PageTheme,
  termHighlight,
} from './highlight-rules';
import { pageTheme } from './page-theme';
import { blockOf } from './tags';

export type { HighlightStyle } from './highlight-rules';

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

/** The scope of a document's rules (highlight-rules.ts): the root in Chromium, every element in Firefox. */
export const DOCUMENT_SCOPE = import.meta.env.FIREFOX ? '' : ':root';

/**
 * Whether `doc` lacks the manifest's stylesheet: every document but the content script's own page (a frame's
 * document painted from its parent's script, or an extension page such as the PDF reader, which no content script
 * matches).
 */
const lacksSheet = (doc: Document) =>
  doc !== globalThis.document || /-extension:$/.test(globalThis.location.protocol);

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
  /**
   * Blocks of `doc` added from now on are painted at once and stay painted, with no window observer (null: none).
   * For a short page's first scan: its text is under the engine threshold (engine-choice.ts), so there is little
   * to bound, and its marks are painted in the task that gets them, without the observer's first report and the
   * rendering update it takes.
   */
  paintAtOnce(doc: Document | null): void;
  /** Paints one range on top of the others (the term whose card is open), wherever it is. */
  setActive(range: AbstractRange | null): void;
  /** Highlight rules do not cross into shadow trees: each open shadow root adopts a copy of them. */
  styleShadowRoot(root: ShadowRoot): void;
  /** Changes the look of every mark in place (its highlights move to the style's names; no rule changes). */
  setStyle(style: HighlightStyle): void;
  /** Resolves once every block added so far has been placed in or out of the window (one rendering update). */
  settled(): Promise<void>;
  /** Removes everything this painter added, and nothing else. */
  clear(): void;
}

/** One document's part: its highlights, style element and window observer (a same-origin frame has its own). */
interface Layer {
  theme: PageTheme;
  terms: Highlight;
  active: Highlight;
  /** The name `terms` is registered under (the style's, in the page's theme). */
  termName: string;
  /** The <style> added to a document without the manifest's stylesheet. */
  style: HTMLStyleElement | null;
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
  /** The document whose new blocks are painted at once (paintAtOnce). */
  let atOnce: Document | null = null;
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
  /** Unregisters a layer's highlight from `name` if it is still its own (a newer copy of Glosa may have taken it). */
  const unregister = (layer: Layer, name: string, highlight: Highlight) => {
    if (layer.registry.get(name) === highlight) layer.registry.delete(name);
  };

  const layerFor = (doc: Document): Layer | null => {
    let layer = layers.get(doc);
    if (layer) return layer;
    // A frame's highlights are made by the frame's own window (each document has its own registry); the page's
    // own by this script's globals, as a content script sees them (in Firefox, doc.defaultView is a wrapper).
    const win = (doc === globalThis.document ? globalThis : doc.defaultView) as
      | (Window & typeof globalThis)
      | null;
    if (!win) return null;
    const theme = pageTheme(doc);
    let element: HTMLStyleElement | null = null;
    if (lacksSheet(doc)) {
      // Filled before it goes into the page, so the page sees one node added and nothing else.
      element = doc.createElement('style');
      element.id = STYLE_ID;
      element.textContent = highlightSheet(DOCUMENT_SCOPE);
      (doc.head ?? doc.documentElement).append(element);
    }
    const terms = new win.Highlight();
    const active = new win.Highlight();
    active.priority = 1;
    const termName = termHighlight(style, theme);
    win.CSS.highlights.set(termName, terms);
    win.CSS.highlights.set(activeHighlight(theme), active);
    const observer = new win.IntersectionObserver(
      (entries) => {
        // By index (no iterator object per step): on a dense page a report holds hundreds of blocks.
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[i]!;
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
    layer = { theme, terms, active, termName, style: element, observer, registry: win.CSS.highlights };
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
        const near = anchor.ownerDocument === atOnce;
        block = { layer, marks: [], near };
        blocks.set(anchor, block);
        if (!near) {
          observe(layer, anchor);
          unseen.add(anchor);
        }
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
    paintAtOnce(doc) {
      atOnce = doc;
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
        shadowSheet.replaceSync(highlightSheet(''));
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
      for (const layer of layers.values()) {
        const name = termHighlight(style, layer.theme);
        if (name === layer.termName) continue;
        unregister(layer, layer.termName, layer.terms);
        layer.registry.set(name, layer.terms);
        layer.termName = name;
      }
    },
    clear() {
      for (const layer of layers.values()) {
        layer.observer.disconnect();
        layer.terms.clear();
        layer.active.clear();
        // Another copy of Glosa (a newer one, after an update) may have registered its own by now: keep those.
        unregister(layer, layer.termName, layer.terms);
        unregister(layer, activeHighlight(layer.theme), layer.active);
        layer.style?.remove();
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
