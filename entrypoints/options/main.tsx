import { render } from 'preact';
import { setUpPage } from '@/components/page-setup';
import { Options } from './Options';
import './options.css';

const parsed = await setUpPage('optionsTitle');
render(<Options initial={parsed} />, document.getElementById('app')!);
