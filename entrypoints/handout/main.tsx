import { render } from 'preact';
import { setUpPage } from '@/components/page-setup';
import { Handout } from './Handout';
import './handout.css';

await setUpPage('handoutPageTitle');
render(<Handout />, document.getElementById('app')!);
