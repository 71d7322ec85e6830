// The lookup's fuzzy search as a file of the package (search.js), loaded by the content script the first time a
// looked-up selection needs suggestions (components/packaged.ts): fuse.js and the entries' names stay out of the
// content script and out of the service worker.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PackagedSearch, SEARCH_GLOBAL } from '@/components/search-global';
import type { EntryNames } from '@/glossary/cards';
import names from '@/glossary/compiled/names.json';
import { createSearch } from '@/glossary/search';

export default defineUnlistedScript(() => {
  const all = names as EntryNames[];
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const index = createSearch(all);
  const search: PackagedSearch = {
    lookup(text, first, limit) {
      const found = first.flatMap((id) => byId.get(id) ?? []);
      for (const { entry } of index.search(text, limit)) if (!found.includes(entry)) found.push(entry);
      return found.slice(0, limit).map((entry) => ({ id: entry.id, en: entry.en.term, es: entry.es.term }));
    },
  };
  (globalThis as Record<string, unknown>)[SEARCH_GLOBAL] = search;
});
