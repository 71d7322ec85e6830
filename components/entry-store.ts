// The compiled entries, indexed by id, for the extension's own pages (popup, options, glossary, handout). Never
// imported by the content script or the background: a card on a page reads its entry's file (packaged.ts).
import { type EntryCard, entryCard } from '@/glossary/cards';
import { compileMatcher, type Vocabulary } from '@/glossary/compile';
import compiledEntries from '@/glossary/compiled/entries.json';
import vocabulary from '@/glossary/compiled/vocabulary.json';
import type { Entry } from '@/glossary/entry';
import { createMatcher, type Matcher } from '@/glossary/match';

export const entries = compiledEntries as unknown as Entry[];
export const entriesById = new Map(entries.map((entry) => [entry.id, entry]));

/** A card's data, as a page's card loads it. */
export function loadCard(id: string): Promise<EntryCard> {
  return Promise.resolve(entryCard(entriesById.get(id), entriesById));
}

// Built on first use: only the pages that match text themselves pay for it.
let matcherCache: Matcher | undefined;
/** The bundled glossary's matcher, for extension pages that match text themselves (the handout). */
export function bundledMatcher(): Matcher {
  matcherCache ??= createMatcher(compileMatcher(entries, vocabulary as unknown as Vocabulary));
  return matcherCache;
}
