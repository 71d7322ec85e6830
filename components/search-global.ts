// Where search.js (entrypoints/search.ts) leaves the lookup's fuzzy search: a property of the content script's own
// global, which the page cannot see. A module of its own so both sides share it without importing each other.
export const SEARCH_GLOBAL = '__glosaSearch';

export interface PackagedSearch {
  /**
   * The entries `first` names (the page matcher's exact finds in the text, in order), then bundled entries whose
   * names best resemble `text` (fuzzy), at most `limit`, with their display terms. Ids it does not know (personal
   * entries) are left out.
   */
  lookup(text: string, first: string[], limit: number): { id: string; en: string; es: string }[];
}
