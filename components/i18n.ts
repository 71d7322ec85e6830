// UI text in English and Spanish. The strings live in public/_locales (the browser's i18n format, also used by the
// manifest); we read them directly so the interface language can follow the reader's choice, not only the browser's.
import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';

export type UiLang = 'en' | 'es';
export type MessageKey = keyof typeof en;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogs: Record<UiLang, Record<string, Message>> = { en, es };

let current: UiLang = detectLang(typeof navigator === 'undefined' ? 'en' : navigator.language);

export function detectLang(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function setUiLang(lang: UiLang): void {
  current = lang;
}

export function uiLang(): UiLang {
  return current;
}

/** The message for `key` in the interface language, with $PLACEHOLDER$s filled from `subs` in order. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const entry = catalogs[current][key] ?? catalogs.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(content.replace('$', '')) - 1;
    return String(subs[index] ?? '');
  });
}
