import { describe, expect, test } from 'vitest';
import { EntryError, parseEntry } from '@/glossary/schema';
import { crossCheck } from '@/glossary/validate';
import { makeEntry } from './helpers';

const valid = {
  id: 'cbp',
  category: 'us-institutions',
  jurisdiction: ['US'],
  en: { term: 'U.S. Customs and Border Protection', acronyms: ['CBP'] },
  es: { term: 'Oficina de Aduanas y Protección Fronteriza' },
  definition: { en: 'The agency at the border.', es: 'La agencia en la frontera.' },
  context: { en: 'Counts encounters.', es: 'Cuenta encuentros.' },
  sources: [
    { title: 'About CBP', publisher: 'CBP', url: 'https://www.cbp.gov/about', accessed: '2026-11-28' },
  ],
  last_verified: '2026-11-28',
};

const problems = (raw: unknown, file = 'glossary/entries/us-institutions/cbp.yaml') => {
  try {
    parseEntry(raw, file);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EntryError);
    return (error as EntryError).problems;
  }
};

describe('entry validation', () => {
  test('a valid entry passes and gets defaults', () => {
    const entry = parseEntry(valid, 'x/cbp.yaml');
    expect(entry.related).toEqual([]);
    expect(entry.es.acronyms).toEqual([]);
  });

  test('errors name the file and the field', () => {
    const { es: _es, ...withoutSpanish } = valid;
    try {
      parseEntry(withoutSpanish, 'glossary/entries/us-institutions/cbp.yaml');
      throw new Error('should have failed');
    } catch (error) {
      expect((error as Error).message).toContain('glossary/entries/us-institutions/cbp.yaml');
      expect((error as Error).message).toContain('es:');
    }
  });

  test.each([
    ['empty Spanish definition', { ...valid, definition: { en: 'x', es: '  ' } }, 'definition.es'],
    [
      'http source',
      { ...valid, sources: [{ ...valid.sources[0], url: 'http://www.cbp.gov/' }] },
      'sources.0.url',
    ],
    ['impossible date', { ...valid, last_verified: '2026-02-30' }, 'last_verified'],
    ['unknown field', { ...valid, colour: 'red' }, '(entry)'],
    ['unknown category', { ...valid, category: 'sports' }, 'category'],
    ['no sources', { ...valid, sources: [] }, 'sources'],
    ['ambiguous form not in the entry', { ...valid, ambiguous: ['ICE'] }, 'ambiguous.0'],
    [
      'timeline out of order',
      {
        ...valid,
        timeline: [
          { date: '2020-01-02', en: 'b', es: 'b' },
          { date: '2020-01-01', en: 'a', es: 'a' },
        ],
      },
      'timeline.1.date',
    ],
    ['status without date', { ...valid, status: 'active' }, 'status_as_of'],
    [
      'status without its source',
      { ...valid, status: 'active', status_as_of: '2026-11-28' },
      'status_source',
    ],
    [
      'status source not among the sources',
      { ...valid, status: 'active', status_as_of: '2026-11-28', status_source: 'https://www.cbp.gov/other' },
      'status_source',
    ],
    [
      'timeline source not among the sources',
      { ...valid, timeline: [{ date: '2020-01-01', en: 'a', es: 'a', source: 'https://www.cbp.gov/other' }] },
      'timeline.0.source',
    ],
    ['deprecated without alternative', { ...valid, usage: { label: 'deprecated' } }, 'usage.alternative'],
    ['markup in a form', { ...valid, en: { term: '<b>CBP</b>' } }, 'en.term'],
    ['broader concept the card does not link', { ...valid, broader: 'ice' }, 'broader'],
    ['broader concept itself', { ...valid, related: ['cbp'], broader: 'cbp' }, 'broader'],
  ])('%s is refused', (_name, raw, field) => {
    expect(problems(raw).some((p) => p.startsWith(`${field}:`))).toBe(true);
  });

  test('a broader concept among the related entries passes', () => {
    expect(parseEntry({ ...valid, related: ['dhs'], broader: 'dhs' }, 'x/cbp.yaml').broader).toBe('dhs');
  });

  test('a status with its source among the sources passes', () => {
    const entry = parseEntry(
      { ...valid, status: 'active', status_as_of: '2026-11-28', status_source: 'https://www.cbp.gov/about' },
      'x/cbp.yaml',
    );
    expect(entry.status_source).toBe('https://www.cbp.gov/about');
  });

  test('the id must match the file name', () => {
    expect(problems(valid, 'glossary/entries/us-institutions/ice.yaml')[0]).toMatch(/^id:/);
  });

  test('YAML dates (parsed as Date objects) are accepted', () => {
    expect(parseEntry({ ...valid, last_verified: new Date('2026-11-28') }, 'cbp.yaml').last_verified).toBe(
      '2026-11-28',
    );
  });
});

describe('cross-entry checks', () => {
  const a = makeEntry({ id: 'a', en: { term: 'caravan' }, es: { term: 'caravana' }, related: ['b'] });
  const b = makeEntry({ id: 'b', en: { term: 'Caravan' }, es: { term: 'otra' } });
  test('missing related ids and unshared forms are reported', () => {
    expect(crossCheck([a])).toEqual(['a: related id "b" does not exist']);
    expect(crossCheck([a, b])[0]).toMatch(/form "caravan" is claimed by a, b/);
  });
  test('a form both entries mark ambiguous is allowed', () => {
    const a2 = makeEntry({
      id: 'a',
      en: { term: 'caravan' },
      es: { term: 'caravana' },
      ambiguous: ['caravan'],
    });
    const b2 = makeEntry({ id: 'b', en: { term: 'Caravan' }, es: { term: 'otra' }, ambiguous: ['Caravan'] });
    expect(crossCheck([a2, b2])).toEqual([]);
  });
});
