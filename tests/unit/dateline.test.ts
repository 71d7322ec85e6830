import { expect, test } from 'vitest';
import { placeWithRegion } from '@/glossary/compile';
import { found, makeEntry, matcherFor } from './helpers';

const tijuana = makeEntry({
  id: 'tijuana',
  category: 'geography',
  jurisdiction: ['MX'],
  en: { term: 'Tijuana', aliases: ['Tijuana, Mexico', 'Tijuana, Baja California'] },
  es: { term: 'Tijuana', aliases: ['Tijuana, B.C.'] },
});
const casa = makeEntry({
  id: 'trump-v-casa',
  category: 'us-law',
  en: { term: 'Trump v. CASA', aliases: ['Trump v. CASA, Inc'] },
  es: { term: 'Trump v. CASA' },
});

test('a dateline marks the place, not the region or country after it', () => {
  expect([...placeWithRegion(tijuana)]).toEqual([
    'Tijuana, Mexico',
    'Tijuana, Baja California',
    'Tijuana, B.C.',
  ]);
  const matcher = matcherFor([tijuana, casa]);
  expect(found(matcher, 'TIJUANA, Mexico — Families waited.')).toEqual([['TIJUANA', 'tijuana']]);
  expect(found(matcher, 'in Tijuana, B.C., on Monday')).toEqual([['Tijuana', 'tijuana']]);
  // Only places: a case name keeps its full form.
  expect(placeWithRegion(casa).size).toBe(0);
  expect(found(matcher, 'Trump v. CASA, Inc was decided')).toEqual([['Trump v. CASA, Inc', 'trump-v-casa']]);
});

test('a name written as a capitalized phrase ("El Paso", matched as written) counts as the place\'s name', () => {
  const elPaso = makeEntry({
    id: 'juarez-el-paso',
    category: 'geography',
    jurisdiction: ['MX', 'US'],
    en: { term: 'Ciudad Juárez–El Paso', acronyms: ['El Paso'], aliases: ['El Paso, Texas'] },
    es: { term: 'Ciudad Juárez–El Paso' },
  });
  expect([...placeWithRegion(elPaso)]).toEqual(['El Paso, Texas']);
  expect(found(matcherFor([elPaso]), 'In El Paso, Texas, shelters filled.')).toEqual([
    ['El Paso', 'juarez-el-paso'],
  ]);
});
