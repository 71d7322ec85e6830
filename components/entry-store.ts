// The compiled entries, indexed by id. Imported by the background and the extension pages, never by the
// content script (which asks the background, see messaging.ts).

import { compileMatcher, type Vocabulary } from '@/glossary/compile';
import compiledEntries from '@/glossary/compiled/entries.json';
import vocabulary from '@/glossary/compiled/vocabulary.json';
import type { Entry } from '@/glossary/entry';
import { createMatcher, findMatches, type Matcher } from '@/glossary/match';
import { createSearch, type GlossarySearch } from '@/glossary/search';
import type { EntryReply } from './messaging';

export const entries = compiledEntries as unknown as Entry[];
export const entriesById = new Map(entries.map((entry) => [entry.id, entry]));

export function entryReply(id: string, extra: Entry[] = []): EntryReply {
  const entry = entriesById.get(id) ?? extra.find((e) => e.id === id) ?? null;
  const related: EntryReply['related'] = {};
  for (const relatedId of entry?.related ?? []) {
    const other = entriesById.get(relatedId);
    if (other) related[relatedId] = { en: other.en.term, es: other.es.term };
  }
  return { entry, related };
}

/**
 * Best entries for any text a reader selected: terms the matcher finds in it first (exact forms, in order),
 * then fuzzy search over both languages. At most `limit` ids.
 */
export function lookupIds(text: string, limit = 5): string[] {
  const cleaned = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!cleaned) return [];
  const ids: string[] = [];
  for (const match of findMatches(matcher(), cleaned)) {
    const id = match.entry >= 0 ? matcher().data.ids[match.entry] : undefined;
    if (id && !ids.includes(id)) ids.push(id);
  }
  for (const hit of search().search(cleaned, limit)) if (!ids.includes(hit.entry.id)) ids.push(hit.entry.id);
  return ids.slice(0, limit);
}

// Built on first use: the background and popup only pay for them when a lookup happens.
let matcherCache: Matcher | undefined;
let searchCache: GlossarySearch | undefined;
function matcher(): Matcher {
  matcherCache ??= createMatcher(compileMatcher(entries, vocabulary as Vocabulary));
  return matcherCache;
}
/** The bundled glossary's matcher, for extension pages that match text themselves (the handout). */
export const bundledMatcher = matcher;
function search(): GlossarySearch {
  searchCache ??= createSearch(entries);
  return searchCache;
}

/** Lookup results with their display terms, for the card's "other matches". */
export function lookupReply(text: string): { id: string; en: string; es: string }[] {
  return lookupIds(text).flatMap((id) => {
    const entry = entriesById.get(id);
    return entry ? [{ id, en: entry.en.term, es: entry.es.term }] : [];
  });
}
