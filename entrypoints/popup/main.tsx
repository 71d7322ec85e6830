import { render } from 'preact';
import { setUpPage } from '@/components/page-setup';
import { Popup } from './Popup';
import './popup.css';

await setUpPage();
render(<Popup />, document.getElementById('app')!);
