import { describe, expect, test } from 'vitest';
import { detectLang, setUiLang, t } from '@/components/i18n';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';

describe('interface text', () => {
  test('every message exists in English and Spanish, non-empty, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en) as [string, { message: string }][]) {
      const spanish = (es as Record<string, { message: string }>)[key]!;
      expect(value.message.trim(), key).not.toBe('');
      expect(spanish.message.trim(), key).not.toBe('');
      const placeholders = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();
      expect(placeholders(spanish.message), key).toEqual(placeholders(value.message));
    }
  });

  test('t() fills placeholders in the chosen language', () => {
    setUiLang('es');
    expect(t('popupResults', 3)).toBe('3 resultados');
    setUiLang('en');
    expect(t('popupResults', 3)).toBe('3 results');
  });

  test('the browser language picks the interface language', () => {
    expect(detectLang('es-MX')).toBe('es');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('fr')).toBe('en');
  });
});
