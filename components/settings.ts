// The reader's settings, in storage.sync (so they follow the browser profile). Every field is validated on its
// own: a corrupted or unknown value falls back to its default and is reported, the other fields keep their values.
// Nothing here throws on bad data. Reading and watching use the storage API directly (the content script does both
// on every page); saving, with the stored shape's versions, is in settings-store.ts.
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '@/glossary/categories';

export const DEFAULT_SETTINGS = {
  /** Which language comes first on the card: English, Spanish, or the page's language. */
  languageOrder: 'page' as 'page' | 'en-first' | 'es-first',
  /** Definitions shown: both languages, or only the language the page is not in. */
  definitions: 'both' as 'both' | 'other',
  highlightStyle: 'underline' as 'underline' | 'tint' | 'none',
  hoverDelayMs: 120,
  trigger: 'hover' as 'hover' | 'modifier' | 'click',
  modifierKey: 'Alt' as 'Alt' | 'Shift' | 'Control',
  firstOccurrenceOnly: false,
  categories: [...CATEGORIES] as Category[],
  /** Hostnames where Glosa is off. */
  disabledSites: [] as string[],
  /** Global pause: Glosa marks nothing anywhere. */
  paused: false,
  uiLanguage: 'auto' as 'auto' | 'en' | 'es',
  badge: false,
};

export type Settings = typeof DEFAULT_SETTINGS;

// Per-field validators: each returns the cleaned value, or undefined when the stored value is unusable.
// (Hand-written rather than zod: this module runs in the content script on every page, where size counts.)
const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): T | undefined =>
    values.includes(value as T) ? (value as T) : undefined;
const boolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const uniqueStrings = (value: unknown, accept: (item: string) => boolean): string[] | undefined =>
  Array.isArray(value) &&
  value.length <= 5000 &&
  value.every((item) => typeof item === 'string' && accept(item))
    ? [...new Set(value.map((item: string) => item.trim().toLowerCase()))]
    : undefined;

const FIELDS: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  languageOrder: oneOf('page', 'en-first', 'es-first'),
  definitions: oneOf('both', 'other'),
  highlightStyle: oneOf('underline', 'tint', 'none'),
  hoverDelayMs: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2000 ? value : undefined,
  trigger: oneOf('hover', 'modifier', 'click'),
  modifierKey: oneOf('Alt', 'Shift', 'Control'),
  firstOccurrenceOnly: boolean,
  categories: (value) =>
    uniqueStrings(value, (item) => (CATEGORIES as readonly string[]).includes(item)) as
      | Category[]
      | undefined,
  disabledSites: (value) => uniqueStrings(value, (item) => item.trim().length > 0 && item.length <= 253),
  paused: boolean,
  uiLanguage: oneOf('auto', 'en', 'es'),
  badge: boolean,
};

/** One field's value as the settings keep it, or undefined when it is not a valid value for that field. */
export function validSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] | undefined {
  return FIELDS[key](value);
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields whose stored value was unusable and fell back to the default. */
  reset: (keyof Settings)[];
}

/** Validates stored settings field by field. Unknown fields are ignored; missing ones take their default. */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  const reset: (keyof Settings)[] = [];
  if (raw === null || raw === undefined) return { settings, reset };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, reset: Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[] };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const value = FIELDS[key](record[key]);
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
    else reset.push(key);
  }
  return { settings, reset };
}

/** The item in storage.sync that holds the settings. */
export const SETTINGS_STORAGE_KEY = 'settings';

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings((await browser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]);
  } catch {
    // Storage itself failed (corrupted profile, quota, extension reloading): defaults, reported.
    return { settings: structuredClone(DEFAULT_SETTINGS), reset: [] };
  }
}

/**
 * Calls back with the settings each time they are saved (in any page). Returns the stop. It listens to the storage
 * API's own event (as watchPersonal does), not the sync area's: each area's event is one more object the API makes
 * in the content script of every page.
 */
export function watchSettings(callback: (parsed: ParsedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'sync' ? changes[SETTINGS_STORAGE_KEY] : undefined;
    if (change) callback(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether Glosa marks pages on this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname.toLowerCase());
}

/** Settings as a file the reader can keep or move to another browser. */
export function exportSettings(settings: Settings): string {
  return JSON.stringify({ glosaSettings: 1, settings }, null, 2);
}

/** Reads an exported settings file: a clear error for anything that is not one, per-field fallback otherwise. */
export function importSettings(text: string): ParsedSettings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { glosaSettings?: unknown }).glosaSettings !== 1
  ) {
    throw new Error('not a Glosa settings file');
  }
  return parseSettings((data as { settings?: unknown }).settings);
}
