// A card's text: a bundled entry's file of the package (cards/<id>.json, see wxt.config.ts), or a personal entry
// from the reader's imported glossary.
import { type EntryCard, NO_CARD } from '@/glossary/cards';
import { ENTRY_ID } from '@/glossary/entry';
import { packagedUrl } from './packaged';
import { type PersonalGlossary, personalEntriesOf } from './personal-store';

/**
 * A card's entry: a personal one from the reader's imported glossary, a bundled one from its file. No entry (an
 * unknown id) is `NO_CARD`; a package that cannot be read (the extension went away) rejects.
 */
export async function loadEntryCard(id: string, personal: PersonalGlossary | null): Promise<EntryCard> {
  if (id.startsWith('personal-')) {
    return { entry: personalEntriesOf(personal).find((entry) => entry.id === id) ?? null, related: {} };
  }
  if (!ENTRY_ID.test(id)) return NO_CARD;
  const response = await fetch(packagedUrl(`/cards/${id}.json`));
  if (response.status === 404) return NO_CARD;
  if (!response.ok) throw new Error(`Glosa: cards/${id}.json: ${response.status}`);
  return (await response.json()) as EntryCard;
}
