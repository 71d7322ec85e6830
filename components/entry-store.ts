// The compiled entries, indexed by id. Imported by the background and the extension pages, never by the
// content script (which asks the background, see messaging.ts).
import compiledEntries from '@/glossary/compiled/entries.json';
import type { Entry } from '@/glossary/schema';
import type { EntryReply } from './messaging';

export const entries = compiledEntries as unknown as Entry[];
export const entriesById = new Map(entries.map((entry) => [entry.id, entry]));

export function entryReply(id: string): EntryReply {
  const entry = entriesById.get(id) ?? null;
  const related: EntryReply['related'] = {};
  for (const relatedId of entry?.related ?? []) {
    const other = entriesById.get(relatedId);
    if (other) related[relatedId] = { en: other.en.term, es: other.es.term };
  }
  return { entry, related };
}
