import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  isActiveOn,
  loadSettings,
  parseSettings,
  saveSettings,
  settingsItem,
} from '@/components/settings';

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

  test('save and load round-trip through storage.sync with a version', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, trigger: 'modifier', disabledSites: ['news.example'] });
    const loaded = await loadSettings();
    expect(loaded.settings.trigger).toBe('modifier');
    expect(loaded.settings.disabledSites).toEqual(['news.example']);
    expect(await settingsItem.getMeta()).toMatchObject({ v: 1 });
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
