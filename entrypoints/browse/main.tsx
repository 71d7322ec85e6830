import { render } from 'preact';
import { detectLang, setUiLang, t, uiLang } from '@/components/i18n';
import { loadSettings } from '@/components/settings';
import { Browse } from './Browse';
import './browse.css';

const { settings } = await loadSettings();
setUiLang(settings.uiLanguage === 'auto' ? detectLang(navigator.language) : settings.uiLanguage);
document.documentElement.lang = uiLang();
document.title = t('browseTitle');
render(<Browse />, document.getElementById('app')!);
