// @vitest-environment happy-dom
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv, toTbx, toTsv } from '@/glossary/exchange';
import { makeEntry } from './helpers';

const mpp = makeEntry({
  id: 'mpp',
  category: 'programs-policies',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes', aliases: ['Quédate en México'] },
  translator_note: { en: 'Mexico never\tsigned it.', es: 'México nunca lo firmó.' },
});
const hostile = makeEntry({
  id: 'illegal-alien',
  en: { term: '=cmd|calc' },
  es: { term: 'extranjero "ilegal" & co' },
  definition: { en: 'A <script>alert(1)</script> & "quoted" definition.', es: 'Definición.' },
  usage: { label: 'offensive', alternative: { en: 'undocumented immigrant', es: 'persona migrante' } },
});

describe('glossary exports', () => {
  test('TSV: three columns per line (English, Spanish, note), tabs in text flattened', () => {
    const lines = toTsv([mpp, hostile]).trimEnd().split('\n');
    expect(lines[0]!.split('\t')).toEqual([
      'Migrant Protection Protocols',
      'Protocolos de Protección a Migrantes',
      'Mexico never signed it.',
    ]);
    expect(lines.every((line) => line.split('\t').length === 3)).toBe(true);
  });

  test('CSV: language-code header, quoted cells, formula injection neutralised', () => {
    const lines = toCsv([mpp, hostile]).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"en","es","note"');
    expect(lines[2]!.startsWith('"\'=cmd|calc","extranjero ""ilegal"" & co"')).toBe(true);
  });

  test('TSV read by a standard CSV reader (tab-delimited) gives back every cell as written', () => {
    const rows = parse(toTsv([mpp, hostile]), { delimiter: '\t' }) as string[][];
    expect(rows.map((row) => row.length)).toEqual([3, 3]);
    expect(rows[1]!.slice(0, 2)).toEqual(['=cmd|calc', 'extranjero “ilegal” & co']);
  });

  test('TBX names the subject field in words', () => {
    const doc = new DOMParser().parseFromString(toTbx([mpp]), 'application/xml');
    expect(doc.getElementsByTagName('descrip')[0]!.textContent).toBe('Programs and policies');
  });

  test('TBX: well-formed, one conceptEntry per concept, language sections, term types and statuses', () => {
    const doc = new DOMParser().parseFromString(toTbx([mpp, hostile]), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const concepts = [...doc.getElementsByTagName('conceptEntry')];
    expect(concepts.map((c) => c.getAttribute('id'))).toEqual(['mpp', 'illegal-alien']);
    const en = concepts[0]!.getElementsByTagName('langSec')[0]!;
    expect(en.getAttribute('xml:lang')).toBe('en');
    const terms = [...en.getElementsByTagName('term')].map((t) => t.textContent);
    expect(terms).toEqual(['Migrant Protection Protocols', 'MPP', 'Remain in Mexico']);
    expect(en.getElementsByTagName('termNote')[1]!.textContent).toBe('preferredTerm-admn-sts');
    const offensive = concepts[1]!.getElementsByTagName('termNote')[1]!.textContent;
    expect(offensive).toBe('deprecatedTerm-admn-sts');
    expect(concepts[1]!.getElementsByTagName('script')).toHaveLength(0);
    expect(concepts[1]!.getElementsByTagName('descrip')[1]!.textContent).toContain(
      '<script>alert(1)</script>',
    );
  });
});
