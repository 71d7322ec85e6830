// The compiled entries, indexed by id, for the extension's own pages (popup, options, glossary, handout). Never
// imported by the content script or the background: a card on a page reads its entry's file (packaged.ts).
import { type EntryCard, entryCard } from '@/glossary/cards';
import compiledEntries from '@/glossary/compiled/entries.json';
import type { Entry } from '@/glossary/entry';

export const entries = compiledEntries as unknown as Entry[];
export const entriesById = new Map(entries.map((entry) => [entry.id, entry]));

/** A card's data, as a page's card loads it. */
export function loadCard(id: string): Promise<EntryCard> {
  return Promise.resolve(entryCard(entriesById.get(id), entriesById));
}
