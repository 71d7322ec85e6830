import { describe, expect, test } from 'vitest';
import { citation, termPair, tsvRow } from '@/glossary/export';
import { makeEntry } from './helpers';

const entry = makeEntry({
  id: 'mpp',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'] },
  es: { term: 'Protocolos de Protección a Migrantes', acronyms: ['PPM'] },
  definition: { en: 'Sends asylum seekers\tback\nto Mexico.', es: 'Devuelve a México.' },
  translator_note: { en: 'Mexico never signed it.', es: 'México no lo firmó.' },
  sources: [{ title: 'MPP', publisher: 'DHS', url: 'https://www.dhs.gov/mpp', accessed: '2026-11-28' }],
});

describe('export formats', () => {
  test('term pair, in either order', () => {
    expect(termPair(entry)).toBe(
      'Migrant Protection Protocols (MPP) — Protocolos de Protección a Migrantes (PPM)',
    );
    expect(termPair(entry, 'es')).toBe(
      'Protocolos de Protección a Migrantes (PPM) — Migrant Protection Protocols (MPP)',
    );
  });

  test('TSV row has exactly three columns and no stray tabs or newlines', () => {
    const row = tsvRow(entry);
    expect(row.split('\t')).toEqual([
      'Migrant Protection Protocols',
      'Protocolos de Protección a Migrantes',
      'Mexico never signed it.',
    ]);
    const noNote = tsvRow({ ...entry, translator_note: undefined });
    expect(noNote.split('\t')).toHaveLength(3);
    expect(noNote).not.toMatch(/\n/);
  });

  test('citation names the source and access date', () => {
    expect(citation(entry)).toBe(
      'Migrant Protection Protocols (MPP): Sends asylum seekers back to Mexico. — MPP, DHS, https://www.dhs.gov/mpp (accessed 2026-11-28).',
    );
    expect(citation(entry, 'es')).toContain('consultado el 2026-11-28');
  });
});
