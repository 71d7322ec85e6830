// The lookup's fuzzy search as a file of the package (search.js), loaded by the content script the first time a
// looked-up selection needs suggestions (components/packaged.ts): fuse.js and the entries' names stay out of the
// content script and out of the service worker.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PackagedSearch, SEARCH_GLOBAL } from '@/components/package-globals';
import type { EntryNames } from '@/glossary/cards';
import names from '@/glossary/compiled/names.json';
import { createSearch } from '@/glossary/search';

export default defineUnlistedScript(() => {
  const index = createSearch(names as EntryNames[]);
  const search: PackagedSearch = {
    search: (text, limit) =>
      index.search(text, limit).map(({ entry }) => ({ id: entry.id, en: entry.en.term, es: entry.es.term })),
  };
  (globalThis as Record<string, unknown>)[SEARCH_GLOBAL] = search;
});
