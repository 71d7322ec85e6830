// Where the scripts of the package that the content script loads on first use leave what they export: properties
// of the content script's own global, which the page cannot see. A module of its own, so both sides share the
// names without importing each other (the loader must not pull the loaded code into the content script).
export const CARD_UI_GLOBAL = '__glosaCardUi';
export const SEARCH_GLOBAL = '__glosaSearch';

export interface PackagedSearch {
  /** Bundled entries whose names best resemble `text` (fuzzy), best first, with their display terms. */
  search(text: string, limit: number): { id: string; en: string; es: string }[];
}

/** The content script's start (entrypoints/content/start.ts), shipped as content-start.js. */
export const CONTENT_START_GLOBAL = '__glosaContentStart';

/** The page's own scan engine for pages with much text (entrypoints/content/local-engine.ts), as content-engine.js. */
export const CONTENT_ENGINE_GLOBAL = '__glosaContentEngine';

/**
 * The compiled matcher's text (glossary/compiled/matcher.packed), shipped as matcher.js for the page's own engine:
 * a script the browser reads and parses off the page's main thread, where a fetch of the same ~1.2 MB had the
 * page's thread read and finish the body (~30 ms on the ~1.1 MB document, two tasks).
 */
export const MATCHER_GLOBAL = '__glosaMatcher';
