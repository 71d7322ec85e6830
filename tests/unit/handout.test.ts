import { describe, expect, test } from 'vitest';
import {
  csvCell,
  exerciseLetter,
  handoutCsv,
  handoutHtml,
  handoutMarkdown,
  handoutRows,
  matchingExercise,
  termsInOrder,
} from '@/glossary/handout';
import { found, makeEntry, matcherFor } from './helpers';

const mpp = makeEntry({
  id: 'mpp',
  en: { term: 'Migrant Protection Protocols', aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes' },
  definition: {
    en: 'Sends asylum seekers back to Mexico. More detail.',
    es: 'Devuelve a México. Más detalle.',
  },
});
const ice = makeEntry({
  id: 'ice',
  en: { term: 'Immigration and Customs Enforcement', acronyms: ['ICE'] },
  es: { term: 'Servicio de Inmigración y Control de Aduanas' },
  definition: { en: 'The US interior enforcement agency.', es: 'La agencia de control migratorio.' },
  ambiguous: ['ICE'],
});
const hostile = makeEntry({
  id: 'hostile',
  en: { term: 'Title 42' },
  es: { term: 'Título 42' },
  definition: { en: '=HYPERLINK("http://x") <script>alert(1)</script> | pipe', es: 'Texto.' },
});
const matcher = matcherFor([mpp, ice, hostile]);
const byId = new Map([mpp, ice, hostile].map((e) => [e.id, e]));
const text = {
  title: 'Vocabulary',
  nameLine: 'Name: ____ Date: ____',
  credit: 'Definitions: Glosa.',
  headers: {
    number: '#',
    en: 'English',
    es: 'Spanish',
    definition: { en: 'Definition (English)', es: 'Definition (Spanish)' },
  },
  exerciseTitle: 'Exercise',
  exerciseHint: 'Match.',
  answerKeyTitle: 'Answers',
};

describe('handouts', () => {
  test('terms come in order of first appearance, each once, with senses decided as on pages', () => {
    expect(found(matcher, 'x')).toEqual([]);
    const order = termsInOrder(
      ['Title 42 ended.', 'Remain in Mexico returned; ICE and MPP.', 'Title 42 again.'],
      matcher,
    );
    expect(order).toEqual([
      { id: 'hostile', surface: 'Title 42' },
      { id: 'mpp', surface: 'Remain in Mexico' },
      { id: 'ice', surface: 'ICE' },
    ]);
    expect(termsInOrder(['Put ICE in the drink.'], matcher)).toEqual([]);
  });

  test('rows carry short definitions in the chosen languages', () => {
    const rows = handoutRows([{ id: 'mpp', surface: 'Remain in Mexico' }], byId, 'both');
    expect(rows[0]!.definitions).toEqual({
      en: 'Sends asylum seekers back to Mexico.',
      es: 'Devuelve a México.',
    });
    expect(handoutRows([{ id: 'mpp', surface: '' }], byId, 'es')[0]!.definitions).toEqual({
      es: 'Devuelve a México.',
    });
  });

  test('the exercise is a permutation with a consistent answer key', () => {
    const rows = handoutRows(
      ['mpp', 'ice', 'hostile'].map((id) => ({ id, surface: id })),
      byId,
      'en',
    );
    const { items, answers } = matchingExercise(rows, 'en', 7);
    expect([...items].sort()).toEqual(rows.map((r) => r.definitions.en).sort());
    for (const [i, row] of rows.entries())
      expect(items[answers[i]!.charCodeAt(0) - 65]).toBe(row.definitions.en);
  });

  test('exercise letters go on as an ordered list draws them: Z, AA, AB … AZ, BA', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(exerciseLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  test('Markdown: name line, two definition columns, and exercise lines that stay apart', () => {
    const rows = handoutRows(
      ['mpp', 'ice', 'hostile'].map((id) => ({ id, surface: id })),
      byId,
      'both',
    );
    const md = handoutMarkdown(
      rows,
      { ...text, source: 'Reading: a page' },
      {
        langs: 'both',
        withExercise: true,
        exerciseLang: 'es',
      },
    );
    expect(md).toContain('\nName: ____ Date: ____\n');
    expect(md).toContain('| # | English | Spanish | Definition (English) | Definition (Spanish) |');
    expect(md).toContain('| Sends asylum seekers back to Mexico. | Devuelve a México. |');
    expect(md).toMatch(/\n- \*\*A\.\*\* .+\n- \*\*B\.\*\* .+\n- \*\*C\.\*\* /);
    expect(md).toMatch(/## Answers\n\n1–[A-C], 2–[A-C], 3–[A-C]\n/);
  });

  test('exports never let text become markup or a spreadsheet formula', () => {
    const rows = handoutRows([{ id: 'hostile', surface: 'Title 42' }], byId, 'en');
    const html = handoutHtml(rows, text, { langs: 'en', withExercise: true, exerciseLang: 'en' }, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const csv = handoutCsv(rows, text.headers, 'en');
    expect(csv.split('\r\n')[1]).toBe(
      '"Title 42","Título 42","\'=HYPERLINK(""http://x"") <script>alert(1)</script> | pipe"',
    );
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('plain')).toBe('"plain"');
    expect(handoutMarkdown(rows, text, { langs: 'en', withExercise: false, exerciseLang: 'en' })).toContain(
      '\\| pipe',
    );
  });
});
