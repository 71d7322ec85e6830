// The reader's settings, in storage.sync (so they follow the browser profile), versioned through WXT's storage.
// Every field is validated on its own: a corrupted or unknown value falls back to its default and is reported,
// the other fields keep their values. Nothing here throws on bad data.
import { storage } from 'wxt/utils/storage';
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

export const SETTINGS_KEY = 'sync:settings' as const;

/** Whether a field's value is its default (lists compared as sets: the order of categories means nothing). */
function isDefault<K extends keyof Settings>(key: K, value: unknown): boolean {
  const fallback = DEFAULT_SETTINGS[key];
  if (!Array.isArray(fallback)) return value === fallback;
  return (
    Array.isArray(value) &&
    value.length === fallback.length &&
    (fallback as unknown[]).every((item) => value.includes(item))
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored object without the fields that hold their default, so a default changed later reaches everyone. */
function withoutDefaults(stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(stored).filter(
      ([key, value]) => !(key in FIELDS && isDefault(key as keyof Settings, value)),
    ),
  );
}

/**
 * The stored item: only the fields the reader changed from their defaults (missing ones take their default).
 * Version 1 stored every field; version 2 drops the ones that held their default. A change of shape adds a
 * version and a migration here (WXT runs them in order on first use), and parseSettings still guards every field.
 */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, {
  version: 2,
  migrations: {
    2: (stored: unknown) => (isRecord(stored) ? withoutDefaults(stored) : stored),
  },
});

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    // Storage itself failed (corrupted profile, quota, extension reloading): defaults, reported.
    return { settings: structuredClone(DEFAULT_SETTINGS), reset: [] };
  }
}

/**
 * Saves what the reader changed, merged into the stored settings: fields another page changed meanwhile (a pause
 * from the popup while the options are open) are kept. A field with an unusable value is refused with an error
 * naming it, and nothing is saved; storage refusing the write (quota) rejects too, leaving the stored settings as
 * they were.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const bad = (Object.keys(patch) as (keyof Settings)[]).filter(
    (key) => !(key in FIELDS) || FIELDS[key](patch[key]) === undefined,
  );
  if (bad.length) throw new Error(`unusable value for ${bad.join(', ')}`);
  const clean = parseSettings(patch).settings;
  const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, clean[key as keyof Settings]]));
  const stored = await settingsItem.getValue();
  // A stored field that was unusable has already fallen back to its default (and been reported): it goes. Fields
  // this version does not know stay (a newer version's, synced from another browser).
  const kept = Object.entries(isRecord(stored) ? stored : {}).filter(
    ([key, value]) => !(key in FIELDS) || FIELDS[key as keyof Settings](value) !== undefined,
  );
  await settingsItem.setValue(withoutDefaults({ ...Object.fromEntries(kept), ...changed }));
}

export function watchSettings(callback: (parsed: ParsedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
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
