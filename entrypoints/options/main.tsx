import { render } from 'preact';
import { detectLang, setUiLang, t, uiLang } from '@/components/i18n';
import { loadSettings } from '@/components/settings';
import { Options } from './Options';
import './options.css';

const parsed = await loadSettings();
setUiLang(
  parsed.settings.uiLanguage === 'auto' ? detectLang(navigator.language) : parsed.settings.uiLanguage,
);
document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
render(<Options initial={parsed} />, document.getElementById('app')!);
