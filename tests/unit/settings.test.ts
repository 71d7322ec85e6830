import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  isActiveOn,
  loadSettings,
  parseSettings,
  watchSettings,
} from '@/components/settings';
import { saveSettings, settingsItem } from '@/components/settings-store';

describe('parseSettings', () => {
  test('nothing stored: defaults, nothing reported', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  test('a corrupted field falls back alone; the others are kept', () => {
    const { settings, reset } = parseSettings({
      highlightStyle: 'tint',
      hoverDelayMs: 'fast',
      trigger: 'click',
      categories: ['people', 'nonsense'],
      disabledSites: ['Example.com', 'example.com'],
    });
    expect(settings.highlightStyle).toBe('tint');
    expect(settings.trigger).toBe('click');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(reset.sort()).toEqual(['categories', 'hoverDelayMs']);
  });

  test('unknown fields are ignored; a non-object resets everything, reported', () => {
    expect(parseSettings({ colour: 'red' })).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
    expect(parseSettings('garbage').reset).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
    expect(parseSettings([1, 2]).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a save stores only what differs from the defaults, with a version', async () => {
    await saveSettings({ trigger: 'modifier', disabledSites: ['news.example'], badge: false });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      trigger: 'modifier',
      disabledSites: ['news.example'],
    });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      trigger: 'modifier',
      disabledSites: ['news.example'],
    });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 2 });
  });

  test('a save is merged into what another page stored meanwhile', async () => {
    await saveSettings({ highlightStyle: 'tint' });
    // The popup pauses Glosa while the options page is open…
    await saveSettings({ paused: true });
    // …and the options page, loaded before the pause, changes another setting: the pause stays.
    await saveSettings({ hoverDelayMs: 300 });
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({ paused: true, highlightStyle: 'tint', hoverDelayMs: 300 });
    // Setting a field back to its default removes it from storage, so a later default reaches the reader.
    await saveSettings({ highlightStyle: 'underline' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      paused: true,
      hoverDelayMs: 300,
    });
  });

  test('an unusable value is refused, naming the field, and nothing is saved', async () => {
    await saveSettings({ badge: true });
    await expect(
      saveSettings({ hoverDelayMs: -1, trigger: 'wink' as 'click', paused: true }),
    ).rejects.toThrow('hoverDelayMs, trigger');
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, badge: true });
  });

  test('a save drops stored fields that were unusable and keeps fields this version does not know', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: -5, futureField: 1, badge: true } });
    await saveSettings({ paused: true });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      futureField: 1,
      badge: true,
      paused: true,
    });
  });

  test('settings stored by version 1 (every field) lose the ones that held their default', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories].reverse(), badge: true },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ badge: true });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 2 });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, badge: true });
  });

  test('a save in any page is heard, parsed, by the pages watching; other items are not', async () => {
    const heard: unknown[] = [];
    const stop = watchSettings(({ settings }) => heard.push(settings.highlightStyle));
    await saveSettings({ highlightStyle: 'tint' });
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    stop();
    await saveSettings({ highlightStyle: 'none' });
    expect(heard).toEqual(['tint']);
  });

  test('a corrupted stored value never throws', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: -5, paused: 'yes', badge: true } });
    const loaded = await loadSettings();
    expect(loaded.settings.badge).toBe(true);
    expect(loaded.reset.sort()).toEqual(['hoverDelayMs', 'paused']);
  });
});

describe('site switch and files', () => {
  test('paused or disabled sites are off', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'NEWS.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.example')).toBe(false);
  });

  test('export then import gives the same settings; bad files are refused clearly', () => {
    const custom = { ...DEFAULT_SETTINGS, languageOrder: 'es-first' as const, badge: true };
    expect(importSettings(exportSettings(custom)).settings).toEqual(custom);
    expect(() => importSettings('{oops')).toThrow('not a JSON file');
    expect(() => importSettings('{"a":1}')).toThrow('not a Glosa settings file');
  });
});
