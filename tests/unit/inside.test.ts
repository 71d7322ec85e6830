import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryCard } from '@/glossary/cards';
import { compileEntries, compileMatcher } from '@/glossary/compile';
import type { Entry } from '@/glossary/entry';
import { insideSurface, insideTerms } from '@/glossary/inside';
import { iceEntry, makeEntry, testVocabulary } from './helpers';

const repatriacion = makeEntry({
  id: 'repatriacion',
  jurisdiction: ['MX'],
  en: { term: 'repatriation' },
  es: { term: 'repatriación' },
});
const constancia = makeEntry({
  id: 'constancia-repatriacion',
  jurisdiction: ['MX'],
  en: { term: 'certificate of repatriation' },
  es: { term: 'constancia de repatriación' },
});
const detainer = makeEntry({
  id: 'detainer',
  en: { term: 'immigration detainer', aliases: ['ICE detainer'] },
  es: { term: 'orden de retención', aliases: ['detainer de ICE'] },
});
const usBorder = makeEntry({
  id: 'us-mexico-border',
  category: 'geography',
  jurisdiction: ['US', 'MX'],
  en: { term: 'US–Mexico border', aliases: ['southern border'] },
  es: { term: 'frontera México–Estados Unidos' },
  ambiguous: ['southern border'],
});
const mexicanOffice = makeEntry({
  id: 'southern-office',
  jurisdiction: ['MX'],
  en: { term: 'Office for Migration on the Southern Border' },
  es: { term: 'Oficina de Migración en la Frontera Sur' },
});
const scotus = makeEntry({ id: 'scotus', en: { term: 'Supreme Court' }, es: { term: 'Corte Suprema' } });
const scjn = makeEntry({
  id: 'scjn',
  jurisdiction: ['MX'],
  en: { term: 'Supreme Court of Mexico' },
  es: { term: 'Suprema Corte de Justicia de la Nación' },
});

const insideOf = (entries: Entry[]) => {
  const sorted = compileEntries(entries);
  return insideTerms(compileMatcher(sorted, testVocabulary()), sorted);
};

describe('terms inside other terms', () => {
  const inside = insideOf([
    repatriacion,
    constancia,
    iceEntry(),
    detainer,
    usBorder,
    mexicanOffice,
    scotus,
    scjn,
  ]);

  test('a phrase lists the entries named inside its forms, in both languages, with their words folded', () => {
    const terms = inside.get('constancia-repatriacion');
    expect(terms?.map((term) => term.id)).toEqual(['repatriacion']);
    // Its words as each form of the phrase writes them, inflections included.
    expect(terms?.[0]?.words).toEqual(
      expect.arrayContaining(['repatriacion', 'repatriation', 'repatriations']),
    );
    expect(inside.get('repatriacion')).toBeUndefined();
  });

  test("an acronym is found as its entry's names write it", () => {
    expect(inside.get('detainer')).toEqual([{ id: 'ice', words: ['ice'] }]);
  });

  test("another country's institution or an ambiguous place of another jurisdiction is not inside", () => {
    // Mexico's Supreme Court holds "Supreme Court", which is the US one's name.
    expect(inside.get('scjn')).toBeUndefined();
    // A Mexican office's "Southern Border" is Mexico's, not the US–Mexico border (an ambiguous form).
    expect(inside.get('southern-office')).toBeUndefined();
  });

  test("a card shows only the terms its mark's words hold, whole words, case and accents aside", () => {
    const terms = inside.get('constancia-repatriacion')!;
    expect(insideSurface(terms, 'Constancia de Repatriación')).toEqual(['repatriacion']);
    expect(insideSurface(terms, 'certificate of repatriation')).toEqual(['repatriacion']);
    expect(insideSurface(terms, 'constancia')).toEqual([]);
    expect(insideSurface(terms, 'certificate of expatriation')).toEqual([]);
    const detainerTerms = inside.get('detainer')!;
    expect(insideSurface(detainerTerms, 'ICE detainer')).toEqual(['ice']);
    expect(insideSurface(detainerTerms, 'immigration detainer')).toEqual([]);
  });

  test("a form two countries' entries share is inside a phrase as the entry of the phrase's country", () => {
    // Mexico's deportation comes first in load order; the US removal shares its Spanish word.
    const mexican = makeEntry({
      id: 'deportacion-mx',
      jurisdiction: ['MX'],
      en: { term: 'deportation (Mexico)' },
      es: { term: 'deportación' },
    });
    const removal = makeEntry({
      id: 'removal',
      jurisdiction: ['US'],
      en: { term: 'removal' },
      es: { term: 'deportación' },
    });
    const expedited = makeEntry({
      id: 'expedited-removal',
      jurisdiction: ['US'],
      en: { term: 'expedited removal' },
      es: { term: 'deportación expedita' },
    });
    const shared = insideOf([mexican, removal, expedited]);
    expect(shared.get('expedited-removal')?.map((term) => term.id)).toEqual(['removal']);
    expect(insideSurface(shared.get('expedited-removal')!, 'deportación expedita')).toEqual(['removal']);
  });

  test("an ambiguous word that is no place is inside a phrase of one of its countries; a place only of the phrase's own", () => {
    const guestWorker = makeEntry({
      id: 'guest-worker',
      jurisdiction: ['US', 'MX', 'CA'],
      en: { term: 'guest worker' },
      es: { term: 'trabajador huésped' },
      ambiguous: ['guest worker'],
    });
    const h2 = makeEntry({
      id: 'h2-visas',
      jurisdiction: ['US'],
      en: { term: 'H-2A guest worker' },
      es: { term: 'trabajador con visa H-2A' },
    });
    const shared = insideOf([guestWorker, h2, usBorder, mexicanOffice]);
    expect(shared.get('h2-visas')?.map((term) => term.id)).toEqual(['guest-worker']);
    // "southern border" (the US–Mexico border, of both countries) is no term of a Mexican office's name.
    expect(shared.get('southern-office')).toBeUndefined();
  });

  test("the card's file carries them with their labels", () => {
    const byId = new Map([repatriacion, constancia].map((entry) => [entry.id, entry]));
    const card = entryCard(constancia, byId, inside.get('constancia-repatriacion'));
    expect(card.inside?.map((term) => term.id)).toEqual(['repatriacion']);
    expect(card.related).toEqual({ repatriacion: { en: 'repatriation', es: 'repatriación' } });
    expect(entryCard(repatriacion, byId)).not.toHaveProperty('inside');
  });
});

describe("the glossary's own cards", () => {
  const card = (id: string) =>
    JSON.parse(readFileSync(`glossary/compiled/cards/${id}.json`, 'utf8')) as ReturnType<typeof entryCard>;

  test('phrases that hide another term on a page lead to it', () => {
    expect(insideSurface(card('constancia-repatriacion').inside!, 'constancia de repatriación')).toEqual([
      'repatriacion',
    ]);
    expect(insideSurface(card('constancia-comar').inside!, 'constancia de la COMAR')).toEqual(['comar']);
    expect(insideSurface(card('falfurrias-checkpoint').inside!, 'Border Patrol checkpoint')).toContain(
      'border-checkpoints',
    );
    // "deportación" is Mexico's deportation first, and the US removal too: inside a US phrase, the US one.
    expect(insideSurface(card('expedited-removal').inside!, 'deportación expedita')).toEqual([
      'removal-deportation',
    ]);
  });

  test("no card leads into another country's namesake", () => {
    expect(card('scjn').inside ?? []).not.toContainEqual(expect.objectContaining({ id: 'scotus' }));
    expect(card('fgr').inside ?? []).not.toContainEqual(expect.objectContaining({ id: 'doj' }));
    expect(card('caimfs').inside ?? []).not.toContainEqual(
      expect.objectContaining({ id: 'us-mexico-border' }),
    );
    expect(card('tarjeta-residente').inside ?? []).not.toContainEqual(
      expect.objectContaining({ id: 'green-card' }),
    );
  });
});
