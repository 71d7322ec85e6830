import { render } from 'preact';
import { uiLang } from '@/components/i18n';
import { Popup } from './Popup';
import './popup.css';

document.documentElement.lang = uiLang();
render(<Popup />, document.getElementById('app')!);
