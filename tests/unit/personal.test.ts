// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { compileMatcher, NO_VOCABULARY } from '@/glossary/compile';
import { toCsv, toTbx, toTsv } from '@/glossary/exchange';
import { createMatcher, extendMatcher, findMatches } from '@/glossary/match';
import { conflicts, LIMITS, parsePersonal, personalEntries } from '@/glossary/personal';
import { makeEntry, testVocabulary } from './helpers';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const entries = [
  makeEntry({
    id: 'mpp',
    en: { term: 'Migrant Protection Protocols' },
    es: { term: 'Protocolos de Protección a Migrantes' },
    translator_note: { en: 'Mexico never signed it.', es: 'México no lo firmó.' },
  }),
  makeEntry({
    id: 'x',
    en: { term: '=SUM(A1)' },
    es: { term: 'término, con "comillas"' },
    definition: { en: 'Note with\ttab.', es: 'Nota.' },
  }),
];
const expected = [
  {
    en: 'Migrant Protection Protocols',
    es: 'Protocolos de Protección a Migrantes',
    note: 'Mexico never signed it.',
  },
  { en: '=SUM(A1)', es: 'término, con "comillas"', note: 'Note with tab.' },
];

describe('round trips: export then import gives the same entries', () => {
  test.each([
    ['tsv', toTsv],
    ['csv', toCsv],
    ['tbx', toTbx],
  ] as const)('%s', (format, exporter) => {
    const result = parsePersonal(exporter(entries), format, parseXml);
    expect(result.errors).toEqual([]);
    // TSV has no quoting: its straight double quotes are written typographic, so readers never take them for it.
    const quoted = { ...expected[1]!, es: 'término, con “comillas”' };
    expect(result.terms).toEqual(format === 'tsv' ? [expected[0], quoted] : expected);
  });

  test('json', () => {
    expect(parsePersonal(JSON.stringify(expected), 'json').terms).toEqual(expected);
  });
});

describe('bad files: clear errors naming line and field', () => {
  test('TSV lines without tabs or with empty terms', () => {
    const { errors } = parsePersonal('good\tbueno\n\nno tab here\n\tsolo español\n', 'tsv');
    expect(errors).toEqual([
      'line 3: expected English<TAB>Spanish<TAB>note',
      'line 4: English term is empty',
    ]);
  });

  test('CSV without language columns, and an unclosed quote', () => {
    expect(parsePersonal('a,b\n1,2\n', 'csv').errors).toEqual([
      'line 1: the header must name an English and a Spanish column (en, es)',
    ]);
    expect(parsePersonal('en,es\n"open,x\n', 'csv').errors[0]).toMatch(/line 2: a quoted cell is not closed/);
  });

  test('truncated or hostile TBX', () => {
    const tbx = toTbx(entries);
    expect(parsePersonal(tbx.slice(0, tbx.length / 2), 'tbx', parseXml).errors).toEqual([
      'file: not well-formed XML (is it truncated?)',
    ]);
    const entity = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><tbx/>';
    expect(parsePersonal(entity, 'tbx', parseXml).errors[0]).toMatch(/DTDs and entities/);
  });

  test('wrong encoding, markup in terms, huge files', () => {
    expect(parsePersonal('caf\uFFFD\tcafé\n', 'tsv').errors[0]).toMatch(/UTF-8/);
    expect(parsePersonal('<script>x</script>\tx\n', 'tsv').errors[0]).toBe(
      'line 1: terms may not contain < or >',
    );
    expect(parsePersonal('a'.repeat(LIMITS.fileBytes + 1), 'tsv').errors[0]).toMatch(/larger than/);
    const many = Array.from({ length: LIMITS.entries + 1 }, (_, i) => `t${i}\tt${i}`).join('\n');
    expect(parsePersonal(many, 'tsv').errors[0]).toMatch(/more than 5000 entries/);
    expect(parsePersonal('[1', 'json').errors[0]).toMatch(/not valid JSON/);
    expect(parsePersonal('', 'tsv').errors).toEqual(['file: no entries found']);
  });
});

describe('the personal layer on pages', () => {
  const base = createMatcher(compileMatcher(entries, testVocabulary()));
  const personal = personalEntries(
    [
      { en: 'liquid border', es: 'frontera líquida', note: 'A border defined by a river.' },
      { en: 'Migrant Protection Protocols', es: 'PPM personales', note: 'Mine.' },
    ],
    '2026-11-28',
  );
  const layered = extendMatcher(base, compileMatcher(personal, NO_VOCABULARY));

  test('imported terms are found like bundled ones (with inflections)', () => {
    const text = 'Two liquid borders and the frontera líquida.';
    const ids = findMatches(layered, text).map((m) => layered.data.ids[m.entry]);
    expect(ids).toEqual(['personal-1', 'personal-1']);
  });

  test('a bundled entry is never overridden; the clash is reported', () => {
    const [match] = findMatches(layered, 'Migrant Protection Protocols');
    expect(layered.data.ids[match!.entry]).toBe('mpp');
    const bundled = new Set(['migrant protection protocols']);
    expect(conflicts([{ en: 'Migrant Protection Protocols', es: 'x', note: '' }], bundled)).toEqual([
      'Migrant Protection Protocols',
    ]);
  });
});
