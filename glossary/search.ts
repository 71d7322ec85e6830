// Fuzzy search over both languages (fuse.js): forgiving of accents, case and small typos. Exact hits on a term,
// alias or acronym rank first, so "ICE" finds the agency before anything that merely resembles it. Names only,
// not definitions: fuzzy-matching long texts on every keystroke costs ~100x more and mostly adds noise.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntryNames } from './cards';
import { allForms } from './entry';
import { foldForm } from './normalize';

export interface SearchHit<E extends EntryNames = EntryNames> {
  entry: E;
  score: number;
}

const OPTIONS: IFuseOptions<EntryNames> = {
  includeScore: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
  keys: [
    { name: 'en.term', weight: 3 },
    { name: 'es.term', weight: 3 },
    { name: 'en.acronyms', weight: 3 },
    { name: 'es.acronyms', weight: 3 },
    { name: 'en.aliases', weight: 2 },
    { name: 'es.aliases', weight: 2 },
  ],
};

export interface GlossarySearch<E extends EntryNames = EntryNames> {
  search(query: string, limit?: number): SearchHit<E>[];
}

/** Search over whole entries (the extension's pages) or only their names (the lookup's suggestions). */
export function createSearch<E extends EntryNames>(entries: E[]): GlossarySearch<E> {
  const fuse = new Fuse(entries, OPTIONS as IFuseOptions<E>);
  const exactForms = new Map<string, E[]>();
  const formList: [form: string, entry: E][] = [];
  for (const entry of entries) {
    for (const form of new Set(allForms(entry).map(foldForm))) {
      exactForms.set(form, [...(exactForms.get(form) ?? []), entry]);
      formList.push([form, entry]);
    }
  }
  /** Forms starting with, then containing, the query: cheap, and enough while the reader is still typing. */
  const substringHits = (folded: string, seen: Set<string>): SearchHit<E>[] => {
    const starts: SearchHit<E>[] = [];
    const contains: SearchHit<E>[] = [];
    for (const [form, entry] of formList) {
      if (seen.has(entry.id)) continue;
      const at = form.indexOf(folded);
      if (at < 0) continue;
      const atWord = at === 0 || form[at - 1] === ' ';
      (atWord ? starts : contains).push({ entry, score: atWord ? 0.05 : 0.15 });
      seen.add(entry.id);
    }
    return [...starts, ...contains];
  };
  return {
    search(query, limit = 20) {
      const folded = foldForm(query);
      if (!folded) return [];
      const exact = exactForms.get(folded) ?? [];
      const hits: SearchHit<E>[] = exact.map((entry) => ({ entry, score: 0 }));
      const seen = new Set(exact.map((e) => e.id));
      hits.push(...substringHits(folded, seen));
      // Fuzzy matching (typos, missing words) only when plain matching found nothing: it costs ~100x more per
      // keystroke, and a reader whose text already matches does not need guesses.
      if (hits.length > 0 || folded.length < 3) return hits.slice(0, limit);
      // Fuse's bitap works on patterns up to 32 characters; longer queries are searched word by word.
      const pattern =
        folded.length > 32 ? { $and: folded.split(' ').map((word) => ({ $or: orKeys(word) })) } : folded;
      for (const result of fuse.search(pattern as string, { limit: limit + exact.length })) {
        if (seen.has(result.item.id)) continue;
        seen.add(result.item.id);
        hits.push({ entry: result.item, score: result.score ?? 1 });
      }
      return hits.slice(0, limit);
    },
  };
}

function orKeys(word: string) {
  return ['en.term', 'es.term', 'en.aliases', 'es.aliases', 'en.acronyms', 'es.acronyms'].map((key) => ({
    [key]: word,
  }));
}
