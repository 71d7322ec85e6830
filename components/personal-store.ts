// The personal glossary layer in storage.local (it can be large, and it belongs to this browser), read, watched
// and saved with the storage API directly (the content script reads and watches it on every page).
import { browser } from 'wxt/browser';
import type { Entry } from '@/glossary/entry';
import { type PersonalTerm, personalEntries } from '@/glossary/personal-entries';

export interface PersonalGlossary {
  name: string;
  importedOn: string;
  terms: PersonalTerm[];
}

/** The item in storage.local that holds the personal glossary. */
const PERSONAL_KEY = 'personalGlossary';

/** The stored glossary, or null when there is none or what is stored is not one. */
function asGlossary(value: unknown): PersonalGlossary | null {
  const glossary = value as PersonalGlossary | null | undefined;
  return glossary && Array.isArray(glossary.terms) ? glossary : null;
}

export async function loadPersonal(): Promise<PersonalGlossary | null> {
  try {
    return asGlossary((await browser.storage.local.get(PERSONAL_KEY))[PERSONAL_KEY]);
  } catch {
    return null;
  }
}

/** Saves the personal glossary (null removes it); storage refusing the write (quota) rejects. */
export async function savePersonal(glossary: PersonalGlossary | null): Promise<void> {
  if (glossary) await browser.storage.local.set({ [PERSONAL_KEY]: glossary });
  else await browser.storage.local.remove(PERSONAL_KEY);
}

/**
 * Calls back with the personal glossary each time it is imported or removed (in any page). Returns the stop. The
 * storage API's own event, as for the settings (settings.ts): a page that never reads the personal glossary
 * (one matched in the background, until a card opens) never makes the local area's objects.
 */
export function watchPersonal(callback: (glossary: PersonalGlossary | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[PERSONAL_KEY] : undefined;
    if (change) callback(asGlossary(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function personalEntriesOf(glossary: PersonalGlossary | null): Entry[] {
  return glossary ? personalEntries(glossary.terms, glossary.importedOn) : [];
}
