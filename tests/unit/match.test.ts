import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { compileMatcher, type MatcherData, NO_VOCABULARY } from '@/glossary/compile';
import { ANY_NEXT, firstWordHash } from '@/glossary/forms';
import { createMatcher, extendMatcher, findMatches, type Matcher } from '@/glossary/match';
import { packMatcher, unpackMatcher } from '@/glossary/pack';
import { found, makeEntry, matcherFor, testVocabulary } from './helpers';

const ice = makeEntry({
  id: 'ice',
  en: {
    term: 'U.S. Immigration and Customs Enforcement',
    acronyms: ['ICE'],
    aliases: ['Immigration and Customs Enforcement'],
  },
  es: { term: 'Servicio de Inmigración y Control de Aduanas' },
  ambiguous: ['ICE'],
});
const tps = makeEntry({
  id: 'tps',
  en: { term: 'Temporary Protected Status', acronyms: ['TPS'] },
  es: { term: 'Estatus de Protección Temporal' },
});
const mpp = makeEntry({
  id: 'mpp',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes', aliases: ['Quédate en México'] },
});
const remain = makeEntry({
  id: 'remain-short',
  en: { term: 'Remain' },
  es: { term: 'Permanecer' },
});
const seeker = makeEntry({
  id: 'asylum-seeker',
  en: { term: 'asylum seeker' },
  es: { term: 'solicitante de asilo' },
});
const comar = makeEntry({
  id: 'comar',
  en: { term: 'Mexican Commission for Refugee Assistance', acronyms: ['COMAR'] },
  es: { term: 'Comisión Mexicana de Ayuda a Refugiados', acronyms: ['COMAR', 'Comar'] },
});
const tvrh = makeEntry({
  id: 'tvrh',
  en: { term: 'Humanitarian Visitor Card', aliases: ['humanitarian visa'] },
  es: { term: 'Tarjeta de Visitante por Razones Humanitarias', aliases: ['visa humanitaria'] },
});
const nna = makeEntry({
  id: 'unaccompanied-child',
  en: { term: 'unaccompanied child' },
  es: { term: 'niño no acompañado', aliases: ['niña, niño o adolescente no acompañado'] },
});
const matcher = matcherFor([ice, tps, mpp, remain, seeker, comar, tvrh, nna]);

// The whole glossary compiled once for the file, before its tests: loading and compiling it is setup, not what a
// test checks, and it takes seconds on a busy machine.
let compiled: MatcherData;
beforeAll(() => {
  compiled = compileMatcher(loadEntries(), testVocabulary());
}, 60_000);
const glossaryData = (): MatcherData => compiled;

describe('findMatches', () => {
  test('acronyms are case-sensitive and whole tokens', () => {
    expect(found(matcher, 'ICE agents')).toEqual([['ICE', 'ice']]);
    expect(found(matcher, 'thin ice, Ice cream')).toEqual([]);
    expect(found(matcher, 'HTTPS and ICE1 and xTPS')).toEqual([]);
    expect(found(matcher, 'TPS holders')).toEqual([['TPS', 'tps']]);
  });

  test('in a text written all in capitals, case says nothing: acronyms are not matched, names still are', () => {
    expect(found(matcher, 'ICE AGENTS ARREST 40 IN RAID')).toEqual([]);
    expect(found(matcher, 'MIGRANTS SAY REMAIN IN MEXICO HAS NO END')).toEqual([['REMAIN IN MEXICO', 'mpp']]);
    // A lone acronym, or one beside ordinary text, keeps its case evidence.
    expect(found(matcher, 'ICE')).toEqual([['ICE', 'ice']]);
    expect(found(matcher, 'TPS ENDS for some')).toEqual([['TPS', 'tps']]);
  });

  test('Spanish title-case acronyms where listed', () => {
    expect(found(matcher, 'la Comar y la COMAR, no la comar')).toEqual([
      ['Comar', 'comar'],
      ['COMAR', 'comar'],
    ]);
  });

  test('accent-, case- and typography-insensitive for names', () => {
    expect(found(matcher, 'QUEDATE EN MEXICO')).toEqual([['QUEDATE EN MEXICO', 'mpp']]);
    expect(found(matcher, 'remain\u00a0in  Mexico')).toEqual([['remain\u00a0in  Mexico', 'mpp']]);
    expect(found(matcher, 'asylum-seekers')).toEqual([['asylum-seekers', 'asylum-seeker']]);
    expect(found(matcher, 'asy\u00adlum seeker')).toEqual([['asy\u00adlum seeker', 'asylum-seeker']]);
  });

  test('longest-leftmost and non-overlapping', () => {
    expect(found(matcher, 'Remain in Mexico')).toEqual([['Remain in Mexico', 'mpp']]);
    expect(found(matcher, 'Remain calm')).toEqual([['Remain', 'remain-short']]);
  });

  test('generated inflections: English plural and possessive, Spanish number and gender', () => {
    expect(found(matcher, "asylum seekers and an asylum seeker's claim")).toEqual([
      ['asylum seekers', 'asylum-seeker'],
      ["asylum seeker's", 'asylum-seeker'],
    ]);
    expect(found(matcher, 'ICE’s agents')).toEqual([['ICE’s', 'ice']]);
    expect(found(matcher, 'solicitantes de asilo')).toEqual([['solicitantes de asilo', 'asylum-seeker']]);
    expect(found(matcher, 'visas humanitarias')).toEqual([['visas humanitarias', 'tvrh']]);
    expect(found(matcher, 'niños no acompañados y niña no acompañada')).toEqual([
      ['niños no acompañados', 'unaccompanied-child'],
    ]);
    expect(found(matcher, 'niñas, niños o adolescentes no acompañados')).toEqual([
      ['niñas, niños o adolescentes no acompañados', 'unaccompanied-child'],
    ]);
  });

  test('ambiguous forms are flagged, languages are reported', () => {
    const [match] = findMatches(matcher, 'ICE');
    expect(match).toMatchObject({ ambiguous: true, lang: 'en' });
    const [spanish] = findMatches(matcher, 'visa humanitaria');
    expect(spanish).toMatchObject({ ambiguous: false, lang: 'es' });
  });

  test('evidence: a form containing a cue is evidence even if ambiguous; a general institution is not', () => {
    const shelter = makeEntry({
      id: 'casa-del-migrante',
      en: { term: "Migrant's House shelter" },
      es: { term: 'Casa del Migrante' },
      ambiguous: ['Casa del Migrante'],
    });
    const court = makeEntry({
      id: 'scjn',
      en: { term: 'Supreme Court of Justice of the Nation', acronyms: ['SCJN'] },
      es: { term: 'Suprema Corte de Justicia de la Nación', acronyms: ['SCJN'] },
      evidence: false,
    });
    const both = matcherFor([shelter, court]);
    expect(findMatches(both, 'Casa del Migrante')).toMatchObject([{ ambiguous: true, evidence: true }]);
    expect(findMatches(both, 'la SCJN resolvió')).toMatchObject([{ ambiguous: false, evidence: false }]);
  });

  test('an acronym is ambiguous as written: "COMAR" but not "Comar"', () => {
    const comar = makeEntry({
      id: 'comar',
      en: { term: 'Mexican Commission for Refugee Assistance', acronyms: ['COMAR'] },
      es: { term: 'Comisión Mexicana de Ayuda a Refugiados', acronyms: ['COMAR', 'Comar'] },
      ambiguous: ['COMAR'],
    });
    const matcher = matcherFor([comar]);
    expect(findMatches(matcher, 'COMAR')).toMatchObject([{ ambiguous: true }]);
    expect(findMatches(matcher, 'la Comar')).toMatchObject([{ ambiguous: false }]);
  });

  test('a name the entry also lists as an acronym is matched only as written: RAICES, not "raíces" (roots)', () => {
    const matcher = matcherFor([
      makeEntry({
        id: 'raices',
        en: { term: 'RAICES', acronyms: ['RAICES'] },
        es: { term: 'RAICES', acronyms: ['RAICES'] },
      }),
      makeEntry({
        id: 'al-otro-lado',
        en: { term: 'Al Otro Lado', acronyms: ['Al Otro Lado'] },
        es: { term: 'Al Otro Lado', acronyms: ['Al Otro Lado'] },
      }),
    ]);
    expect(found(matcher, 'Las raíces de la migración. Al otro lado, los esperaban.')).toEqual([]);
    expect(found(matcher, 'RAICES y Al Otro Lado demandaron.')).toEqual([
      ['RAICES', 'raices'],
      ['Al Otro Lado', 'al-otro-lado'],
    ]);
  });

  test('Spanish forms naming the United States also match its press abbreviations', () => {
    const scotus = makeEntry({
      id: 'scotus',
      en: { term: 'Supreme Court of the United States' },
      es: { term: 'Corte Suprema de Estados Unidos' },
    });
    const matcher = matcherFor([scotus]);
    for (const text of [
      'la Corte Suprema de EE. UU. falló',
      'la Corte Suprema de EE.UU. falló',
      'la Corte Suprema de EU falló',
      'la Corte Suprema de EUA',
    ]) {
      expect(found(matcher, text), text).toHaveLength(1);
    }
  });

  test('a name written alike in both languages is of both; one that differs keeps its own', () => {
    const juarez = makeEntry({
      id: 'ciudad-juarez',
      en: { term: 'Ciudad Juárez', aliases: ['Juárez'] },
      es: { term: 'Ciudad Juárez', aliases: ['Juárez', 'Juaritos'] },
    });
    const shared = matcherFor([juarez]);
    expect(findMatches(shared, 'Ciudad Juarez').map((m) => m.lang)).toEqual(['both']);
    expect(findMatches(shared, 'Juárez').map((m) => m.lang)).toEqual(['both']);
    expect(findMatches(shared, 'Juaritos').map((m) => m.lang)).toEqual(['es']);
    // Acronyms too: the same letters on both sides say nothing of the language.
    const comar = makeEntry({
      id: 'comar',
      en: { term: 'Mexican Commission for Refugee Assistance', acronyms: ['COMAR'] },
      es: { term: 'Comisión Mexicana de Ayuda a Refugiados', acronyms: ['COMAR'] },
    });
    expect(findMatches(matcherFor([comar]), 'COMAR').map((m) => m.lang)).toEqual(['both']);
    // And through the package the content script loads.
    const packed = unpackMatcher(packMatcher(compileMatcher([juarez], testVocabulary())));
    expect(findMatches(packed, 'Ciudad Juárez').map((m) => m.lang)).toEqual(['both']);
  });

  test('a section number may end on its closing parenthesis, still on a word boundary', () => {
    const section = makeEntry({
      id: 'ina-212f',
      en: { term: 'Section 212(f)', aliases: ['INA §212(f)'] },
      es: { term: 'sección 212(f)' },
    });
    const matcher = matcherFor([section]);
    expect(found(matcher, 'under Section 212(f) of the INA')).toEqual([['Section 212(f)', 'ina-212f']]);
    expect(found(matcher, 'the INA §212(f) power')).toEqual([['INA §212(f)', 'ina-212f']]);
    expect(found(matcher, 'Section 212(f)x')).toEqual([]);
  });

  test('context cues are found but flagged', () => {
    const matches = findMatches(matcher, 'migrants at the border');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ cue: true, entry: -1 });
  });

  test('property: any input never throws; matches are in bounds, sorted and non-overlapping', () => {
    const words = fc.constantFrom(
      'ICE',
      'ice',
      'Remain in Mexico',
      'asylum-seekers',
      'Comar',
      'TPS',
      ' ',
      '\u00ad',
      '-',
      'é',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          const matches = findMatches(matcher, text);
          let last = 0;
          for (const m of matches) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: the next-word and follow filters never change what is found (full glossary, tricky separators)', () => {
    const data = glossaryData();
    const full = createMatcher(data);
    // The same candidates with both filters off: every candidate of a first word is compared (a follow key of no
    // tokens asks nothing of the page).
    const byFirstWord: Matcher['byFirstWord'] = new Map(
      data.groups.map(([hash, [candidates]]) => [
        hash,
        [
          candidates,
          candidates.map(() => ANY_NEXT),
          {
            byNext: new Map(),
            any: Int32Array.from(candidates.keys()),
            follow: new Int32Array(candidates.length).fill(1 << 29),
          },
        ],
      ]),
    );
    const unfiltered: Matcher = { data: full.data, byFirstWord, firstWords: new Uint8Array(0x10000).fill(1) };
    const words = fc.constantFrom(
      'Remain',
      'in',
      'Mexico',
      'Mex-\nico',
      'U.S.',
      'Border',
      'Patrol',
      'the',
      'Beast',
      'asylum',
      'seekers',
      'Secretaría',
      'de',
      'Relaciones',
      'Exteriores',
      'Straße',
      'ICE',
      'Mexico’s',
      'General',
      'Law',
      'Department',
      'of',
      'State',
      'Title',
      '8',
      'Code',
      'Customs',
      'and',
      'Protection',
    );
    const separators = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '-',
      '\u00ad',
      '\u00ad ',
      ' \u200b',
      '.',
      ', ',
      '’s ',
      '',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(words, separators), { maxLength: 12 }), (pairs) => {
        const text = pairs.flat().join('');
        expect(findMatches(full, text)).toEqual(findMatches(unfiltered, text));
      }),
      { numRuns: 2000 },
    );
  });

  test('a case-sensitive name broken across lines is still found (PDF text layers, HTML sources)', () => {
    const full = createMatcher(glossaryData());
    const ids = (text: string) => findMatches(full, text).map((m) => full.data.ids[m.entry]);
    expect(ids('known as "Remain in Mexico," the')).toContain('mpp');
    expect(ids('known as "Remain in \nMexico," the')).toContain('mpp');
    expect(ids('known as "Remain in Mexi-\nco," the')).toContain('mpp');
    expect(ids('they remain in Mexico for now')).not.toContain('mpp');
  });

  test('the packed matcher the content script loads finds exactly what the compiled one finds', () => {
    const data = glossaryData();
    const packed = unpackMatcher(packMatcher(data));
    const compiled = createMatcher(data);
    for (const file of ['remain-in-mexico-en.html', 'quedate-en-mexico-es.html']) {
      const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', file), 'utf8').replace(
        /<[^>]+>/g,
        '\n',
      );
      const found = findMatches(packed, text);
      expect(found.length).toBeGreaterThan(20);
      expect(found).toEqual(findMatches(compiled, text));
    }
    expect(packed.data.ids).toEqual(data.ids);
  });

  test('a personal layer on the packed matcher finds its own forms and every packed one', () => {
    const packed = unpackMatcher(packMatcher(glossaryData()));
    const personal = makeEntry({
      id: 'my-term',
      en: { term: 'Remain in Mexico program office' },
      es: { term: 'oficina' },
    });
    const extended = extendMatcher(packed, compileMatcher([personal], NO_VOCABULARY));
    const text = 'The Remain in Mexico program office sent people to COMAR under Remain in Mexico.';
    const ids = (m: Matcher) => findMatches(m, text).map((x) => m.data.ids[x.entry]);
    expect(ids(extended)).toEqual(['my-term', 'comar', 'mpp']);
    // The packed matcher itself is unchanged by the layer on top.
    expect(ids(packed)).toEqual(['mpp', 'comar', 'mpp']);
  });

  test('a damaged packed matcher is refused with a clear error; a damaged group loses only its own terms', () => {
    const good = packMatcher(glossaryData());
    const newline = good.indexOf('\n');
    expect(() => unpackMatcher('{}')).toThrow(/no header line/);
    expect(() => unpackMatcher(`{"ids":[}\n${good.slice(newline + 1)}`)).toThrow(/not JSON/);
    // Cut short, as a truncated download or disk error would leave it.
    expect(() => unpackMatcher(good.slice(0, -100))).toThrow(/damaged/);
    expect(() => unpackMatcher(`{"ids":[]}\n`)).toThrow(/damaged/);
    // One group's bytes overwritten (same length, so the header still fits): that group is skipped, the rest match.
    const matcher = unpackMatcher(good);
    const mexico = 'Remain in Mexico';
    const text = `They waited under ${mexico}, then went to COMAR.`;
    const before = findMatches(matcher, text).map((m) => text.slice(m.start, m.end));
    expect(before).toEqual([mexico, 'COMAR']);
    const { body, hashes, offsets } = matcher.packed!;
    const groupOfComar = hashes.indexOf(firstWordHash('comar'));
    const [from, to] = [body + offsets[groupOfComar]!, body + offsets[groupOfComar + 1]!];
    const damaged = unpackMatcher(`${good.slice(0, from)}${'#'.repeat(to - from)}${good.slice(to)}`);
    expect(findMatches(damaged, text).map((m) => text.slice(m.start, m.end))).toEqual([mexico]);
  });
});
