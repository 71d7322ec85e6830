import { render } from 'preact';
import { detectLang, setUiLang, t, uiLang } from '@/components/i18n';
import { loadSettings } from '@/components/settings';
import { Handout } from './Handout';
import './handout.css';

const { settings } = await loadSettings();
setUiLang(settings.uiLanguage === 'auto' ? detectLang(navigator.language) : settings.uiLanguage);
document.documentElement.lang = uiLang();
document.title = t('handoutPageTitle');
render(<Handout />, document.getElementById('app')!);
