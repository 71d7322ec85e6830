import { describe, expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { bareTerm, citation, termPair, tsvCell, tsvRow } from '@/glossary/export';
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

  test('bare terms: qualifiers and wrapping quotes come off, parentheses that belong to a name stay', () => {
    expect(bareTerm('"securing" (immigration detention, Mexico)')).toEqual({
      term: 'securing',
      qualifier: 'immigration detention, Mexico',
    });
    expect(bareTerm('extranjero (alien)')).toEqual({ term: 'extranjero', qualifier: 'alien' });
    expect(bareTerm('287(g) agreement')).toEqual({ term: '287(g) agreement' });
    expect(bareTerm('Resolución 3449 (XXX) de la Asamblea General de la ONU').term).toBe(
      'Resolución 3449 (XXX) de la Asamblea General de la ONU',
    );
    expect(bareTerm('UN General Assembly resolution 3449 (XXX)')).toEqual({
      term: 'UN General Assembly resolution 3449 (XXX)',
    });
  });

  test('pair and row give what a translator should write, and no cell starts with a quote', () => {
    const coyote = makeEntry({
      id: 'coyote',
      en: { term: 'coyote', equivalent: 'smuggler' },
      es: { term: 'coyote' },
      translator_note: { en: '"Coyote" is slang: translate as "smuggler".', es: 'Jerga.' },
    });
    expect(termPair(coyote, 'es')).toBe('coyote — smuggler');
    const gn = makeEntry({
      id: 'gn',
      en: { term: 'Mexican National Guard', acronyms: ['GN'], equivalent: 'Mexican National Guard' },
      es: { term: 'Guardia Nacional', acronyms: ['GN'] },
    });
    expect(termPair(gn, 'es')).toBe('Guardia Nacional (GN) — Mexican National Guard');
    const cells = tsvRow(coyote).split('\t');
    expect(cells[0]).toBe('coyote');
    expect(cells[2]).toMatch(/^In English write: smuggler\. “Coyote” is slang/);
    const securing = makeEntry({
      id: 'aseguramiento',
      en: { term: '"securing" (immigration detention, Mexico)' },
      es: { term: 'aseguramiento (detención migratoria)' },
    });
    const row = tsvRow(securing).split('\t');
    expect(row.slice(0, 2)).toEqual(['securing', 'aseguramiento']);
    expect(row[2]).toContain('securing (EN): immigration detention, Mexico.');
    expect(row.every((cell) => !cell.startsWith('"'))).toBe(true);
  });

  test('in the whole glossary, every equivalent is what the pair and the TSV row give', () => {
    const withEquivalent = loadEntries().flatMap((e) =>
      (['en', 'es'] as const).flatMap((lang) => {
        const equivalent = e[lang].equivalent;
        return equivalent ? [{ entry: e, lang, equivalent }] : [];
      }),
    );
    expect(withEquivalent.length).toBeGreaterThanOrEqual(15);
    for (const { entry, lang, equivalent } of withEquivalent) {
      const from = lang === 'en' ? 'es' : 'en';
      expect(
        termPair(entry, from).endsWith(` — ${equivalent}`),
        `${entry.id}: ${termPair(entry, from)}`,
      ).toBe(true);
      expect(tsvRow(entry), entry.id).toContain(tsvCell(equivalent));
      if (lang === 'es') expect(tsvRow(entry).split('\t')[1], entry.id).toBe(tsvCell(equivalent));
    }
  });
});
