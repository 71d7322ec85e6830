// Files of the extension's own package that the content script reads when it needs them (web-accessible, see
// wxt.config.ts): its own start (content-start.js), the page engine and its matcher on long pages
// (content-engine.js, matcher.js), the card's interface (card-ui.js) and the lookup's search (search.js); a card's
// text is read in entry-card.ts. Reading the package needs no service worker, so a card
// never waits for one to wake.
import { extensionApi } from './extension-api';
import { type PackagedSearch, SEARCH_GLOBAL } from './package-globals';

/** A file added to the package at build time (WXT's typed list of public paths does not know it). */
export function packagedUrl(path: string): string {
  return (extensionApi().runtime.getURL as (path: string) => string)(path);
}

/**
 * The compiled matcher, a file of the package (see wxt.config.ts), for the background; null if it cannot be read.
 * (The page's own engine reads the same text as a script, matcher.js: package-globals.ts MATCHER_GLOBAL.)
 */
export async function loadPackedMatcher(): Promise<string | null> {
  try {
    const response = await fetch(packagedUrl('/matcher.packed'));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
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
