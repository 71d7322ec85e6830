// Files of the extension's own package that the content script reads when it needs them (web-accessible, see
// wxt.config.ts): a card's text (cards/<id>.json) and the lookup's search (search.js). Reading the package
// needs no service worker, so a card never waits for one to wake.
import { browser } from 'wxt/browser';
import { type EntryCard, NO_CARD } from '@/glossary/cards';
import { ENTRY_ID } from '@/glossary/entry';
import { type PackagedSearch, SEARCH_GLOBAL } from './package-globals';
import type { PersonalGlossary } from './personal-store';
import { personalEntriesOf } from './personal-store';

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

const loading = new Map<string, Promise<unknown>>();

/**
 * Runs a script of the package once (`path`, e.g. '/card-ui.js') and returns what it left on the content script's
 * global under `name` (package-globals.ts). A failed load (the extension went away meanwhile) is tried again on
 * the next call.
 */
export function loadPackagedScript<T>(path: string, name: string): Promise<T> {
  // An extension page that bundles the script's module itself (the PDF reader) has left it there already: its
  // own policy would not load a script from the package's dynamic address.
  const bundled = (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (bundled) return Promise.resolve(bundled);
  let pending = loading.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      await import(/* @vite-ignore */ packagedUrl(path));
      const loaded = (globalThis as Record<string, unknown>)[name] as T | undefined;
      if (!loaded) throw new Error(`Glosa: ${path} loaded but left nothing under ${name}`);
      return loaded;
    })();
    loading.set(path, pending);
    pending.catch(() => loading.delete(path));
  }
  return pending;
}

/** Bundled entries whose names resemble a selected text (fuzzy, at most five): the lookup's suggestions. */
export async function searchEntries(text: string): Promise<{ id: string; en: string; es: string }[]> {
  const cleaned = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!cleaned) return [];
  const search = await loadPackagedScript<PackagedSearch>('/search.js', SEARCH_GLOBAL);
  return search.search(cleaned, 5);
}
