import { describe, expect, test } from 'vitest';
import { lookupHits } from '@/glossary/lookup';
import { iceEntry, makeEntry, matcherFor, sharedDeportation } from './helpers';

const ice = iceEntry();
const mpp = makeEntry({
  id: 'mpp',
  en: { term: 'Migrant Protection Protocols', acronyms: ['MPP'], aliases: ['Remain in Mexico'] },
  es: { term: 'Protocolos de Protección a Migrantes' },
});
const matcher = matcherFor([ice, mpp]);

describe('lookupHits', () => {
  test('a selection that is a term opens it, marked as the whole selection', () => {
    expect(lookupHits(matcher, '  Remain in\nMexico ', false)).toEqual([
      { id: 'mpp', surface: 'Remain in Mexico', whole: true },
    ]);
  });

  test('terms inside a selection are found; a phrase in no entry finds nothing (no fuzzy guess)', () => {
    expect(lookupHits(matcher, 'they were sent back under MPP last year', false).map((h) => h.id)).toEqual([
      'mpp',
    ]);
    expect(lookupHits(matcher, 'the kettle on the stove', false)).toEqual([]);
    expect(lookupHits(matcher, 'Migrant Protection Protocol', false)).toEqual([]);
  });

  test('ambiguous forms follow the page matcher: only with evidence in the selection or on the page', () => {
    expect(lookupHits(matcher, 'ICE on the road', false)).toEqual([]);
    expect(lookupHits(matcher, 'ICE on the road', true).map((h) => h.id)).toEqual(['ice']);
    expect(lookupHits(matcher, 'ICE agents enforced MPP', false).map((h) => h.id)).toEqual(['ice', 'mpp']);
  });

  test('a form two entries share carries the one not chosen, for the card to offer', () => {
    const [hit] = lookupHits(matcherFor(sharedDeportation()), 'deportación', false);
    expect(hit?.whole).toBe(true);
    expect(hit?.sameWords).toEqual([hit?.id === 'us-removal' ? 'mx-deportation' : 'us-removal']);
    expect(lookupHits(matcher, 'Remain in Mexico', false)[0]).not.toHaveProperty('sameWords');
  });
});
