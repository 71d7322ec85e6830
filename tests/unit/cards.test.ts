import { describe, expect, it } from 'vitest';
import { entryCard, NO_CARD, namesOf } from '@/glossary/cards';
import { createSearch } from '@/glossary/search';
import { makeEntry } from './helpers';

const mpp = makeEntry({
  id: 'mpp',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes', aliases: ['Quédate en México'] },
  related: ['title-42', 'not-written'],
});
const title42 = makeEntry({ id: 'title-42', en: { term: 'Title 42' }, es: { term: 'Título 42' } });
const byId = new Map([mpp, title42].map((entry) => [entry.id, entry]));

describe('what a card reads', () => {
  it('an entry with the display terms of the related entries that exist', () => {
    expect(entryCard(mpp, byId)).toEqual({
      entry: mpp,
      related: { 'title-42': { en: 'Title 42', es: 'Título 42' } },
    });
  });

  it('no entry is NO_CARD', () => {
    expect(entryCard(undefined, byId)).toBe(NO_CARD);
    expect(NO_CARD).toEqual({ entry: null, related: {} });
  });

  it("the lookup's names are enough for the search to find an entry by any of its names", () => {
    const names = namesOf(mpp);
    expect(names).toEqual({
      id: 'mpp',
      en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
      es: { term: 'Protocolos de Protección a Migrantes', acronyms: [], aliases: ['Quédate en México'] },
    });
    const search = createSearch([names, namesOf(title42)]);
    expect(search.search('quedate en mexico')[0]?.entry.id).toBe('mpp');
    expect(search.search('Remain in Mexcio')[0]?.entry.id).toBe('mpp');
  });
});
