// What a card reads: an entry with the display terms of its related entries (so the card can label its links),
// and the names the lookup's fuzzy search needs. Written by the build (glossary/compiled/cards/<id>.json and
// names.json), read by the extension from its own package: no background involved.
import type { Entry } from './entry';
import type { InsideTerm } from './inside';

export interface EntryCard {
  entry: Entry | null;
  /** Display terms of the entry's related ids, and of the terms inside its forms. */
  related: Record<string, { en: string; es: string }>;
  /** Other entries' terms inside this entry's forms (inside.ts); the card lists those its mark's words hold. */
  inside?: InsideTerm[];
}

export const NO_CARD: EntryCard = { entry: null, related: {} };

export function entryCard(
  entry: Entry | undefined,
  byId: ReadonlyMap<string, Entry>,
  inside: readonly InsideTerm[] = [],
): EntryCard {
  if (!entry) return NO_CARD;
  const related: EntryCard['related'] = {};
  for (const id of [...entry.related, ...inside.map((term) => term.id)]) {
    const other = byId.get(id);
    if (other) related[id] = { en: other.en.term, es: other.es.term };
  }
  return inside.length ? { entry, related, inside: [...inside] } : { entry, related };
}

/** An entry's names in both languages: what fuzzy search looks at (not definitions). */
export type EntryNames = Pick<Entry, 'id'> & {
  en: Pick<Entry['en'], 'term' | 'acronyms' | 'aliases'>;
  es: Pick<Entry['es'], 'term' | 'acronyms' | 'aliases'>;
};

export function namesOf(entry: Entry): EntryNames {
  const side = ({ term, acronyms, aliases }: Entry['en']) => ({ term, acronyms, aliases });
  return { id: entry.id, en: side(entry.en), es: side(entry.es) };
}
