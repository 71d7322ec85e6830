// The reader's settings in an extension page, kept in step with storage: a change made in another page (the
// popup's pause while the options are open) shows here at once, and a save writes only what this page changed.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type ParsedSettings, type Settings, watchSettings } from './settings';
import { saveSettings } from './settings-store';

export interface SettingsState {
  /** Null until the first read. */
  settings: Settings | null;
  /** Fields whose stored value was unusable when this page opened (they fell back to their defaults). */
  reset: (keyof Settings)[];
  /** Saves `patch` (shown at once); on failure the stored settings come back and the error is thrown. */
  save(patch: Partial<Settings>): Promise<void>;
}

export function useSettings(initial?: ParsedSettings): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(initial?.settings ?? null);
  const [reset, setReset] = useState<(keyof Settings)[]>(initial?.reset ?? []);

  useEffect(() => {
    let live = true;
    if (!initial) {
      loadSettings().then((parsed) => {
        if (!live) return;
        setSettings(parsed.settings);
        setReset(parsed.reset);
      });
    }
    const unwatch = watchSettings((parsed) => live && setSettings(parsed.settings));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = async (patch: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...patch });
    try {
      await saveSettings(patch);
    } catch (error) {
      const { settings: stored } = await loadSettings();
      setSettings(stored);
      throw error;
    }
  };

  return { settings, reset, save };
}
