<<<<<<< HEAD
// The compiled entries, indexed by id. Imported by the background and the extension pages, never by the
// content script (which asks the background, see messaging.ts).

import { compileMatcher, type Vocabulary } from '@/glossary/compile';
=======
// The compiled entries, indexed by id, for the extension's own pages (popup, options, glossary, handout). Never
// imported by the content script or the background: a card on a page reads its entry's file (packaged.ts).
import { type EntryCard, entryCard } from '@/glossary/cards';
import { compileMatcher } from '@/glossary/compile';
>>>>>>> main
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
<<<<<<< HEAD
let searchCache: GlossarySearch | undefined;
function matcher(): Matcher {
  matcherCache ??= createMatcher(compileMatcher(entries, vocabulary as Vocabulary));
=======
/** The bundled glossary's matcher, for extension pages that match text themselves (the handout). */
export function bundledMatcher(): Matcher {
  matcherCache ??= createMatcher(compileMatcher(entries, vocabulary));
>>>>>>> main
  return matcherCache;
}
