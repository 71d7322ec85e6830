// Paints terms with the CSS Custom Highlight API: no element is wrapped, the page's DOM stays as it was.
// The only node added is one <style> holding the ::highlight() rules (they must live in the document's styles;
// CSS inside our shadow root does not reach page text).
import { pageTheme } from './page-theme';

export const TERM_HIGHLIGHT = 'glossary-term';
export const ACTIVE_HIGHLIGHT = 'glossary-active';

const STYLE_ID = 'glossary-highlight-style';

export type HighlightStyle = 'underline' | 'tint' | 'none';

/**
 * The ::highlight() rules for a style on a light or dark page (its own background, see page-theme.ts). "none"
 * paints nothing, but marks still open the card on hover.
 */
export function highlightRules(style: HighlightStyle, theme: 'light' | 'dark' = 'light'): string {
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
::highlight(${TERM_HIGHLIGHT}) { ${term[dark ? 1 : 0]} }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(251, 191, 36, ${dark ? 0.3 : 0.4}); }
`;
}

export function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export interface Painter {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  setActive(range: AbstractRange | null): void;
  /** Highlight rules do not cross into shadow trees: each open shadow root adopts a copy of them. */
  styleShadowRoot(root: ShadowRoot): void;
  clear(): void;
}

export function createPainter(doc: Document, style: HighlightStyle = 'underline'): Painter {
  const RULES = highlightRules(style, pageTheme(doc));
  // Filled before it goes into the page, so the page sees one node added and nothing else.
  const styleElement = doc.createElement('style');
  styleElement.id = STYLE_ID;
  styleElement.textContent = RULES;
  doc.getElementById(STYLE_ID)?.remove();
  (doc.head ?? doc.documentElement).append(styleElement);
  const terms = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(TERM_HIGHLIGHT, terms);
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  let shadowSheet: CSSStyleSheet | null = null;
  const styledRoots = new Set<ShadowRoot>();
  return {
    styleShadowRoot(root) {
      if (styledRoots.has(root)) return;
      if (!shadowSheet) {
        shadowSheet = new CSSStyleSheet();
        shadowSheet.replaceSync(RULES);
      }
      // adoptedStyleSheets adds no node to the page's shadow tree.
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
      styledRoots.add(root);
    },
    add: (range) => terms.add(range),
    delete: (range) => terms.delete(range),
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    clear() {
      terms.clear();
      active.clear();
      CSS.highlights.delete(TERM_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      styleElement.remove();
      for (const root of styledRoots)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== shadowSheet);
      styledRoots.clear();
    },
  };
}
