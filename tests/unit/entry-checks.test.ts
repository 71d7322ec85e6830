// The content checks of glossary/entry-checks.ts on small inline entries: each rule fires, names file and field.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadEntryFile } from '@/glossary/build/load-entries';
import type { EntryInput, SharedEvent } from '@/glossary/entry';
import {
  acronymFits,
  checkEntry,
  checkSharedEvents,
  deadForms,
  staleStatuses,
  WARN_ONLY_CATEGORIES,
} from '@/glossary/entry-checks';
import { excludedReason, isPrimarySource, PRIMARY_SOURCE_GAPS } from '@/glossary/source-policy';
import { makeEntry } from './helpers';

// A category whose problems are errors; skipped (and the test below says so) while every category is warn-only.
const STRICT = (['programs-policies', 'us-law', 'us-institutions'] as const).find(
  (c) => !WARN_ONLY_CATEGORIES.includes(c),
);
const official = {
  title: 'T',
  publisher: 'P',
  url: 'https://www.federalregister.gov/d/1',
  accessed: '2026-11-28',
};

function entry(overrides: Partial<EntryInput> = {}) {
  return makeEntry({
    id: 'x',
    category: STRICT ?? 'us-law',
    en: { term: 'Deferred Action for Childhood Arrivals', acronyms: ['DACA'] },
    es: { term: 'Acción Diferida para los Llegados en la Infancia' },
    sources: [official],
    ...overrides,
  });
}

const messages = (overrides: Partial<EntryInput>) =>
  checkEntry(entry(overrides)).map((p) => `${p.field}: ${p.message}`);

describe('source policy', () => {
  test('excluded and primary hosts, subdomains included', () => {
    expect(excludedReason('https://hannity.com/media-room/x')).toBe('partisan opinion');
    expect(excludedReason('https://www.pdfslide.es/documents/x.html')).toBe('document-copy site');
    expect(excludedReason('https://craft2.vera.org/publications/x')).toBe('staging host');
    expect(excludedReason('https://www.vera.org/publications/x')).toBeUndefined();
    expect(isPrimarySource('https://www.supremecourt.gov/opinions/x.pdf')).toBe(true);
    expect(isPrimarySource('https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf')).toBe(true);
    expect(isPrimarySource('https://www.law.cornell.edu/uscode/text/8/1101')).toBe(true);
    expect(isPrimarySource('https://www.nytimes.com/x')).toBe(false);
    expect(isPrimarySource('https://notgov.com/x')).toBe(false);
  });

  test('an excluded host and a legal claim without an official source are reported with file and field', () => {
    const news = { title: 'N', publisher: 'N', url: 'https://apnews.com/x', accessed: '2026-11-28' };
    const bad = { title: 'H', publisher: 'H', url: 'https://hannity.com/x', accessed: '2026-11-28' };
    const problems = checkEntry(entry({ sources: [news, bad], legal_basis: ['8 U.S.C. §1101'] }));
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: sources.1.url`,
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: sources`,
    ]);
    expect(checkEntry(entry({ sources: [news] }))).toEqual([]);
  });

  test('a known gap (PRIMARY_SOURCE_GAPS) is a warning that says what is missing', () => {
    const news = { title: 'N', publisher: 'N', url: 'https://apnews.com/x', accessed: '2026-11-28' };
    const [gap] = Object.entries(PRIMARY_SOURCE_GAPS)[0]!;
    const problems = checkEntry(entry({ id: gap, sources: [news], legal_basis: ['A law'] }));
    expect(problems.map((p) => [p.level, p.message.includes('known gap')])).toEqual([['warning', true]]);
  });
});

describe('card text', () => {
  test('British spellings in English text, outside quotation marks, are reported', () => {
    const found = messages({
      definition: { en: 'A programme at the centre, with "labour" quoted.', es: 'Un programa del centre.' },
    });
    expect(found.filter((m) => m.includes('British'))).toEqual([
      'definition.en: British spelling "programme" (US English: program)',
      'definition.en: British spelling "centre" (US English: center)',
    ]);
  });

  test('-ise verbs and nouns, but not ordinary words ending in -ise', () => {
    expect(messages({ context: { en: 'Recognised; organisation.', es: 'x' } })).toHaveLength(2);
    expect(
      messages({ context: { en: 'Otherwise they promise to exercise and revise it.', es: 'x' } }),
    ).toEqual([]);
  });

  test('"analyses" (the plural noun) is US English; "analysed" is not', () => {
    expect(messages({ context: { en: 'Two analyses of the data.', es: 'x' } })).toEqual([]);
    expect(messages({ context: { en: 'The data were analysed.', es: 'x' } })).toEqual([
      'context.en: British spelling "analysed" (US English: analyz-)',
    ]);
  });

  test('internal section references are reported in both languages', () => {
    expect(
      messages({ translator_note: { en: 'Not "la migra" (§M12).', es: 'No "la migra" (§M12).' } }),
    ).toEqual([
      'translator_note.en: internal section reference "§M12" shows on cards',
      'translator_note.es: internal section reference "§M12" shows on cards',
    ]);
    expect(messages({ legal_basis: ['INA §235(b)', '8 U.S.C. §1225'] })).toEqual([]);
  });
});

describe('acronyms', () => {
  test('an acronym of the entry, a phrase on its acronym and a form number fit; a stray one does not', () => {
    const e = entry({
      en: { term: 'Department of State', acronyms: ['DOS', 'DOS office', 'DS-160', 'PRM'] },
      es: { term: 'Secretaría de Gobernación', acronyms: ['Segob'] },
    });
    expect(acronymFits('DOS', e)).toBe(true);
    expect(acronymFits('Segob', e)).toBe(true);
    expect(acronymFits('DOS office', e)).toBe(true);
    expect(acronymFits('DS-160', e)).toBe(true);
    expect(acronymFits('PRM', e)).toBe(false);
    expect(checkEntry(e).map((p) => p.field)).toEqual(['en.acronyms.3']);
  });
});

describe('forms the matcher can never find', () => {
  test('a form ending in "." or a quote mark is an error naming file and field; without it, it matches', () => {
    const e = entry({
      en: { term: 'INM "rescue"', aliases: ['Tijuana, B.C', 'INA §212(f)'] },
      es: { term: 'rescate', aliases: ['Tijuana, B.C.', 'Matamoros, Tamps.', '"alojamiento"'] },
    });
    expect(deadForms(e)).toEqual([
      ['en.term', 'INM "rescue"'],
      ['es.aliases.0', 'Tijuana, B.C.'],
      ['es.aliases.1', 'Matamoros, Tamps.'],
      ['es.aliases.2', '"alojamiento"'],
    ]);
    const problems = checkEntry(e);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: en.term`,
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: es.aliases.0`,
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: es.aliases.1`,
      `glossary/entries/${STRICT ?? 'us-law'}/x.yaml: es.aliases.2`,
    ]);
    expect(problems[1]!.message).toMatch(/can never find "Tijuana, B\.C\."/);
  });

  test('acronyms and dotted abbreviations inside a form are found', () => {
    const e = entry({
      en: { term: 'Department of Homeland Security', acronyms: ['DHS'], aliases: ['U.S. DHS'] },
      es: { term: 'Departamento de Seguridad Nacional de Estados Unidos', aliases: ['DSN de EE. UU'] },
    });
    expect(deadForms(e)).toEqual([]);
  });

  test("a place's name-plus-region alias, left out of the matcher on purpose, is not reported", () => {
    const place = entry({
      category: 'geography',
      en: { term: 'Tijuana', aliases: ['Tijuana, Mexico'] },
      es: { term: 'Tijuana', aliases: ['Tijuana, B.C.', 'Altar, Son.'] },
    });
    expect(deadForms(place)).toEqual([['es.aliases.1', 'Altar, Son.']]);
  });
});

describe('statuses', () => {
  const status = { status_source: official.url } as const;

  test('a status older than its own timeline is reported', () => {
    const found = messages({
      ...status,
      status: 'blocked',
      status_as_of: '2025-06-27',
      timeline: [{ date: '2026-06-30', en: 'Struck down.', es: 'Anulada.' }],
    });
    expect(found).toEqual([
      "status_as_of: 2025-06-27 is before the timeline's last event (2026-06-30): re-check the status",
    ]);
  });

  test('live statuses older than six months are listed; ended ones and recent ones are not', () => {
    const old = entry({ ...status, id: 'old', status: 'active', status_as_of: '2026-06-04' });
    const recent = entry({ ...status, id: 'recent', status: 'active', status_as_of: '2026-06-05' });
    const ended = entry({ ...status, id: 'ended', status: 'ended', status_as_of: '2015-01-01' });
    expect(staleStatuses([old, recent, ended], '2026-12-05').map((p) => p.file)).toEqual([
      `glossary/entries/${STRICT ?? 'us-law'}/old.yaml`,
    ]);
  });
});

describe('shared events', () => {
  const ruling: SharedEvent = {
    id: 'ruling',
    date: '2026-06-30',
    en: 'The Supreme Court decides Trump v. Barbara.',
    es: 'La Corte Suprema resuelve Trump v. Barbara.',
    names: ['Trump v. Barbara'],
    source: official,
  };

  test('a timeline item telling a shared event in its own words is reported; a reference is not', () => {
    const own = entry({
      id: 'own',
      timeline: [{ date: '2026-07-01', en: 'In Trump v. Barbara the Court rules.', es: 'x' }],
    });
    const { date, en, es } = ruling;
    const ref = entry({ id: 'ref', timeline: [{ date, en, es, source: official.url, event: 'ruling' }] });
    const problems = checkSharedEvents([own, ref], new Map([['ruling', ruling]]));
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `glossary/entries/${STRICT ?? 'us-law'}/own.yaml: timeline.0`,
    ]);
  });
});

test('problems in categories still being re-verified are warnings, elsewhere errors', () => {
  const level = checkEntry(entry({ definition: { en: 'A programme.', es: 'Un programa.' } }))[0]!.level;
  expect(level).toBe(STRICT ? 'error' : 'warning');
});

test('a timeline item {event: id} takes the shared event date, text and source, and adds the source', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'glosa-')), 'us-law');
  mkdirSync(dir);
  const file = join(dir, 'x.yaml');
  writeFileSync(
    file,
    [
      'id: x',
      'category: us-law',
      'jurisdiction: [US]',
      'en: {term: x}',
      'es: {term: x}',
      'definition: {en: A definition., es: Una definición.}',
      'context: {en: Context., es: Contexto.}',
      'timeline: [{event: ruling}]',
      'sources: [{title: T, publisher: P, url: "https://www.cbp.gov/", accessed: 2026-11-28}]',
      'last_verified: 2026-11-28',
    ].join('\n'),
  );
  const ruling: SharedEvent = {
    id: 'ruling',
    date: '2026-06-30',
    en: 'Ruled.',
    es: 'Resuelto.',
    names: ['Trump v. Barbara'],
    source: official,
  };
  const loaded = loadEntryFile(file, new Map([['ruling', ruling]]));
  expect(loaded.timeline).toEqual([
    { date: '2026-06-30', en: 'Ruled.', es: 'Resuelto.', source: official.url, event: 'ruling' },
  ]);
  expect(loaded.sources.map((s) => s.url)).toEqual(['https://www.cbp.gov/', official.url]);
  expect(() => loadEntryFile(file, new Map())).toThrow(/timeline.0.event: no event "ruling"/);
});
