// Shared start of the extension's own pages (popup, options, glossary, handout): the reader's interface language,
// on <html lang> and in every t() call.
import { detectLang, type MessageKey, setUiLang, t, uiLang } from './i18n';
import { loadSettings, type ParsedSettings } from './settings';

export async function setUpPage(title?: MessageKey): Promise<ParsedSettings> {
  const parsed = await loadSettings();
  const { uiLanguage } = parsed.settings;
  setUiLang(uiLanguage === 'auto' ? detectLang(navigator.language) : uiLanguage);
  document.documentElement.lang = uiLang();
  if (title) document.title = t(title);
  return parsed;
}
