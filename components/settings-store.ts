// Saving the reader's settings (the popup and the options page), through WXT's storage item, which keeps the
// stored shape's version: only the fields the reader changed from their defaults are stored (missing ones take
// their default). Reading and watching are in settings.ts.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings, validSetting } from './settings';

const isField = (key: string): key is keyof Settings => Object.hasOwn(DEFAULT_SETTINGS, key);

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
    Object.entries(stored).filter(([key, value]) => !(isField(key) && isDefault(key, value))),
  );
}

/**
 * The stored item. Version 1 stored every field; version 2 drops the ones that held their default. A change of
 * shape adds a version and a migration here (WXT runs them in order when a page that saves settings opens; the
 * content script reads either shape, since parseSettings guards every field and fills in the missing ones).
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: 2,
  migrations: {
    2: (stored: unknown) => (isRecord(stored) ? withoutDefaults(stored) : stored),
  },
});

/**
 * Saves what the reader changed, merged into the stored settings: fields another page changed meanwhile (a pause
 * from the popup while the options are open) are kept. A field with an unusable value is refused with an error
 * naming it, and nothing is saved; storage refusing the write (quota) rejects too, leaving the stored settings as
 * they were.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const bad = (Object.keys(patch) as (keyof Settings)[]).filter(
    (key) => !isField(key) || validSetting(key, patch[key]) === undefined,
  );
  if (bad.length) throw new Error(`unusable value for ${bad.join(', ')}`);
  const clean = parseSettings(patch).settings;
  const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, clean[key as keyof Settings]]));
  const stored = await settingsItem.getValue();
  // A stored field that was unusable has already fallen back to its default (and been reported): it goes. Fields
  // this version does not know stay (a newer version's, synced from another browser).
  const kept = Object.entries(isRecord(stored) ? stored : {}).filter(
    ([key, value]) => !isField(key) || validSetting(key, value) !== undefined,
  );
  await settingsItem.setValue(withoutDefaults({ ...Object.fromEntries(kept), ...changed }));
}
