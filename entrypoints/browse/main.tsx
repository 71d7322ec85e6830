import { render } from 'preact';
import { setUpPage } from '@/components/page-setup';
import { Browse } from './Browse';
import './browse.css';

await setUpPage('browseTitle');
render(<Browse />, document.getElementById('app')!);
