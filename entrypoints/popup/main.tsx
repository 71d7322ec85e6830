import { render } from 'preact';
import { detectLang, setUiLang, uiLang } from '@/components/i18n';
import { loadSettings } from '@/components/settings';
import { Popup } from './Popup';
import './popup.css';

const { settings } = await loadSettings();
setUiLang(settings.uiLanguage === 'auto' ? detectLang(navigator.language) : settings.uiLanguage);
document.documentElement.lang = uiLang();
render(<Popup />, document.getElementById('app')!);
