import { describe, expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { createSearch } from '@/glossary/search';

const search = createSearch(loadEntries());
const first = (query: string) => search.search(query)[0]?.entry.id;

describe('popup search over the real glossary', () => {
  test.each([
    ['quedate en mexico', 'mpp'],
    ['Remain in Mexico', 'mpp'],
    ['nothern triangle', 'northern-triangle'],
    ['secretaria relaciones exteriores', 'sre'],
    ['ICE', 'ice'],
    ['visa humanitaria', 'tvrh'],
    ['tercer pais seguro', 'safe-third-country'],
    ['COMAR', 'comar'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  test('nothing for an empty query, and no crash on odd input', () => {
    expect(search.search('   ')).toEqual([]);
    expect(() => search.search('((([[*'.repeat(20))).not.toThrow();
  });
});
