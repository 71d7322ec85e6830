// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Card } from '@/components/Card';
import { cardUi } from '@/components/card-ui';
import { setUiLang } from '@/components/i18n';
import type { EntryCard } from '@/glossary/cards';
import { makeEntry } from './helpers';

const entry = makeEntry({
  id: 'mpp',
  category: 'programs-policies',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes', aliases: ['Quédate en México'] },
  definition: {
    en: 'Sends asylum seekers back to Mexico to wait.',
    es: 'Devuelve a solicitantes de asilo a México.',
  },
  status: 'reinstated',
  status_as_of: '2026-11-28',
  status_source: 'https://www.dhs.gov/archive/migrant-protection-protocols',
  timeline: [{ date: '2019-01-29', en: 'First return.', es: 'Primera devolución.' }],
  translator_note: { en: 'Mexico never signed it.', es: 'México nunca lo firmó.' },
  related: ['title-42'],
  usage: { label: 'deprecated', alternative: { en: 'MPP', es: 'MPP' } },
  sources: [
    {
      title: 'MPP <script>',
      publisher: 'DHS',
      url: 'https://www.dhs.gov/archive/migrant-protection-protocols',
      accessed: '2026-11-28',
    },
  ],
});

afterEach(() => {
  render(null, document.body);
  setUiLang('en');
});

describe('Card', () => {
  test('shows both languages, the page surface, status, note, and sources as links opening a new tab', () => {
    render(<Card entry={entry} surface="Remain in Mexico" firstLang="en" />, document.body);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Migrant Protection Protocols');
    expect(text).toContain('Protocolos de Protección a Migrantes');
    expect(text).toContain('(MPP)');
    expect(text).toContain('«Remain in Mexico»');
    expect(text).toContain('Reinstated');
    expect(text).toContain('Sends asylum seekers back');
    expect(text).toContain('Devuelve a solicitantes');
    expect(text).toContain('Mexico never signed it.');
    const link = document.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // Text from data is text, never markup.
    expect(document.querySelector('script')).toBeNull();
    expect(text).toContain('MPP <script>');
  });

  test('a status says when it was last checked, not that it is current', () => {
    render(<Card entry={entry} firstLang="en" />, document.body);
    expect(document.querySelector('.status')?.textContent).toBe(
      'Reinstated · status last checked 2026-11-28',
    );
    setUiLang('es');
    render(<Card entry={entry} firstLang="es" />, document.body);
    expect(document.querySelector('.status')?.textContent).toContain(
      '· estado verificado por última vez el 2026-11-28',
    );
  });

  test('is a labelled non-modal dialog', () => {
    render(<Card entry={entry} firstLang="en" />, document.body);
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const label = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).toContain('Migrant Protection Protocols');
  });

  test('the page language comes first', () => {
    render(<Card entry={entry} firstLang="es" />, document.body);
    const terms = [...document.querySelectorAll('.term')].map((p) => p.getAttribute('lang'));
    expect(terms).toEqual(['es', 'en']);
  });

  test('says when the sense was inferred, and warns on deprecated terms', () => {
    render(<Card entry={entry} firstLang="en" sense="page" />, document.body);
    expect(document.querySelector('.notice')?.textContent).toMatch(
      /other meanings.*the page is about migration/,
    );
    expect(document.querySelector('.warning')?.textContent).toMatch(/Deprecated term/);
    render(<Card entry={entry} firstLang="en" sense="nearby" />, document.body);
    expect(document.querySelector('.notice')?.textContent).toMatch(/other meanings.*other migration terms/);
    render(<Card entry={entry} firstLang="en" />, document.body);
    expect(document.querySelector('.notice')).toBeNull();
  });

  test('related terms switch the card; close calls back', () => {
    const onOpen = vi.fn();
    const onClose = vi.fn();
    render(
      <Card
        entry={entry}
        firstLang="en"
        onOpenRelated={onOpen}
        onClose={onClose}
        relatedTerms={{ 'title-42': { en: 'Title 42', es: 'Título 42' } }}
      />,
      document.body,
    );
    const related = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Title 42')!;
    related.click();
    expect(onOpen).toHaveBeenCalledWith('title-42');
    (document.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalled();
  });

  test('interface labels follow the interface language', () => {
    setUiLang('es');
    render(<Card entry={entry} firstLang="es" />, document.body);
    expect(document.body.textContent).toContain('Restablecido');
    expect(document.body.textContent).toContain('Fuentes');
  });
});

describe('card interface (card-ui.js, loaded by the content script on first use)', () => {
  test('renders a card from its entry into a frame and empties the frame again', async () => {
    const frame = document.createElement('div');
    document.body.append(frame);
    const load = vi.fn(async (): Promise<EntryCard> => ({ entry, related: {} }));
    cardUi.render(frame, { id: 'mpp', load, firstLang: 'es', surface: 'MPP' });
    await vi.waitFor(() => expect(frame.textContent).toContain('Protocolos de Protección a Migrantes'));
    expect(load).toHaveBeenCalledWith('mpp');
    cardUi.render(frame, null);
    expect(frame.textContent).toBe('');
  });

  test('speaks in the interface language', () => {
    setUiLang('es');
    const spanish = cardUi.text('navPosition', 2, 5, 'COMAR');
    setUiLang('en');
    const english = cardUi.text('navPosition', 2, 5, 'COMAR');
    expect(spanish).toContain('COMAR');
    expect(english).toContain('COMAR');
    expect(spanish).not.toBe(english);
  });
});
