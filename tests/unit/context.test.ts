import { describe, expect, test } from 'vitest';
import { scanTexts } from '@/glossary/page-scan';
import { makeEntry, matcherFor } from './helpers';

const matcher = matcherFor([
  makeEntry({
    id: 'ice',
    en: { term: 'U.S. Immigration and Customs Enforcement', acronyms: ['ICE'] },
    es: { term: 'Servicio de Inmigración y Control de Aduanas' },
    ambiguous: ['ICE'],
  }),
  makeEntry({
    id: 'caravan',
    en: { term: 'migrant caravan', aliases: ['caravan'] },
    es: { term: 'caravana migrante', aliases: ['caravana'] },
    ambiguous: ['caravan', 'caravana'],
  }),
  makeEntry({
    id: 'cbp',
    en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
    es: { term: 'Oficina de Aduanas y Protección Fronteriza' },
  }),
  makeEntry({ id: 'title-42', en: { term: 'Title 42' }, es: { term: 'Título 42' } }),
  makeEntry({ id: 'asylum-seeker', en: { term: 'asylum seeker' }, es: { term: 'solicitante de asilo' } }),
]);

const decide = (...paragraphs: string[]) => {
  const marks = scanTexts(matcher, paragraphs);
  return paragraphs.map((_, i) => marks.filter((m) => m.block === i).map((m) => `${m.surface}:${m.reason}`));
};

describe('sense decisions', () => {
  test('ambiguous forms with no migration evidence are not marked', () => {
    expect(decide('Add an ICE contact to your phone.', 'The caravan stopped at the campsite.')).toEqual([
      [],
      [],
    ]);
  });

  test('evidence in the same block is enough', () => {
    expect(decide('CBP handed the family to ICE.')).toEqual([['CBP:unambiguous', 'ICE:block']]);
    expect(decide('The caravan of migrants reached the river.')).toEqual([['caravan:block']]);
  });

  test('page evidence carries over to blocks without their own', () => {
    expect(decide('CBP and Title 42.', 'An asylum seeker waited.', 'ICE detained him later.')).toEqual([
      ['CBP:unambiguous', 'Title 42:unambiguous'],
      ['asylum seeker:unambiguous'],
      ['ICE:page'],
    ]);
  });

  test('one stray piece of evidence on a page is not enough for other blocks', () => {
    expect(
      decide('A story about hockey.', 'Title 42 came up once.', 'The ICE was thin.', 'ICE time matters.'),
    ).toEqual([[], ['Title 42:unambiguous'], [], []]);
  });

  test('cues are evidence, not marks', () => {
    expect(decide('Migrants told ICE they feared return.')).toEqual([['ICE:block']]);
  });

  test('cues are inflected in their own language: Spanish plurals count, English endings on Spanish words do not exist', () => {
    expect(decide('Las políticas migratorias cambiaron y la caravana llegó a Tapachula.')).toEqual([
      ['caravana:block'],
    ]);
    expect(decide('Las deportaciones y la caravana.')).toEqual([['caravana:block']]);
    expect(decide("The migracions and the caravan's route.")).toEqual([[]]);
  });

  test('birds, butterflies and data migrate too: a bare "migration" or "migratoria" is no evidence', () => {
    expect(decide('La migración de la mariposa monarca atrajo una caravana de turistas.')).toEqual([[]]);
    expect(decide('Las aves migratorias y un coyote cerca del refugio.')).toEqual([[]]);
    expect(decide('The migration of the herd drew a caravan of tourists and a coyote.')).toEqual([[]]);
    expect(decide('After the data migration, ICE cooled the servers.')).toEqual([[]]);
  });
});
