// Where search.js (entrypoints/search.ts) leaves the lookup's fuzzy search: a property of the content script's own
// global, which the page cannot see. A module of its own so both sides share it without importing each other.
export const SEARCH_GLOBAL = '__glosaSearch';

export interface PackagedSearch {
  /** Bundled entries whose names best resemble `text` (fuzzy), best first, with their display terms. */
  search(text: string, limit: number): { id: string; en: string; es: string }[];
}
