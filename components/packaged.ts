// Files of the extension's own package that the content script reads when it needs them (web-accessible, see
// wxt.config.ts): a card's text (cards/<id>.json) and the lookup's search (search.js). Reading the package
// needs no service worker, so a card never waits for one to wake.
import { browser } from 'wxt/browser';
import { type EntryCard, NO_CARD } from '@/glossary/cards';
import { ENTRY_ID } from '@/glossary/entry';
import type { PersonalGlossary } from './personal-store';
import { personalEntriesOf } from './personal-store';
import { type PackagedSearch, SEARCH_GLOBAL } from './search-global';

/** A file added to the package at build time (WXT's typed list of public paths does not know it). */
export function packagedUrl(path: string): string {
  return (browser.runtime.getURL as (path: string) => string)(path);
}

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

let searchLoading: Promise<PackagedSearch> | null = null;

/** Loads search.js (fuse.js and the entries' names) the first time a lookup needs it. */
function loadSearch(): Promise<PackagedSearch> {
  searchLoading ??= (async () => {
    await import(/* @vite-ignore */ packagedUrl('/search.js'));
    const search = (globalThis as Record<string, unknown>)[SEARCH_GLOBAL] as PackagedSearch | undefined;
    if (!search) throw new Error('Glosa: search.js loaded but left no search');
    return search;
  })();
  // A failed load (the extension went away meanwhile) is tried again next time.
  searchLoading.catch(() => {
    searchLoading = null;
  });
  return searchLoading;
}

/** Bundled entries whose names resemble a selected text (fuzzy, at most five): the lookup's suggestions. */
export async function searchEntries(text: string): Promise<{ id: string; en: string; es: string }[]> {
  const cleaned = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!cleaned) return [];
  return (await loadSearch()).search(cleaned, 5);
}
