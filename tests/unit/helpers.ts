// Builders for unit tests: small entries written inline, so each test shows the data it depends on.
import { loadVocabulary } from '@/glossary/build/load-vocabulary';
import { scanBlocks } from '@/glossary/build/scan';
import { compileMatcher } from '@/glossary/compile';
import { createMatcher, findMatches, type Matcher } from '@/glossary/match';
import { scanTexts } from '@/glossary/page-scan';
import { type Entry, type EntryInput, entrySchema } from '@/glossary/schema';

const base: EntryInput = {
  id: 'x',
  category: 'us-institutions',
  jurisdiction: ['US'],
  en: { term: 'x' },
  es: { term: 'x' },
  definition: { en: 'A definition.', es: 'Una definición.' },
  context: { en: 'Context.', es: 'Contexto.' },
  sources: [{ title: 'T', publisher: 'P', url: 'https://example.gov/', accessed: '2026-11-28' }],
  last_verified: '2026-11-28',
};

export function makeEntry(overrides: Partial<EntryInput> & Pick<EntryInput, 'id' | 'en' | 'es'>): Entry {
  return entrySchema.parse({ ...base, ...overrides });
}

/** An entry named alike in both languages whose one form is ambiguous ("coyote", "Huixtla"). */
export function ambiguousEntry(id: string, form: string, category: EntryInput['category'] = 'people'): Entry {
  return makeEntry({
    id,
    category,
    ...(category === 'geography' ? { jurisdiction: ['MX'] } : {}),
    en: { term: form },
    es: { term: form },
    ambiguous: [form],
  });
}

let vocabulary: ReturnType<typeof loadVocabulary> | undefined;
/** The vocabulary files, read once per test file: each read parses every list again (~0.2–0.4 s). */
export function testVocabulary(): ReturnType<typeof loadVocabulary> {
  vocabulary ??= loadVocabulary();
  return vocabulary;
}

export function matcherFor(entries: Entry[]): Matcher {
  return createMatcher(compileMatcher(entries, testVocabulary()));
}

/** Each mark of the blocks scanned as one page (the scan CLI's code path), as `surface:entry id`. */
export function marksOf(matcher: Matcher, blocks: Parameters<typeof scanBlocks>[0]): string[] {
  return scanBlocks(blocks, matcher).flatMap((t) => t.surfaces.map((surface) => `${surface}:${t.id}`));
}

/** Matches as [surface, entry id] pairs, for readable assertions. */
export function found(matcher: Matcher, text: string): [string, string][] {
  return findMatches(matcher, text)
    .filter((m) => !m.cue)
    .map((m) => [text.slice(m.start, m.end), matcher.data.ids[m.entry]!]);
}

/** ICE as the tests of senses use it: its acronym ambiguous on its own (ice, the frozen water). */
export const iceEntry = (): Entry =>
  makeEntry({
    id: 'ice',
    en: { term: 'U.S. Immigration and Customs Enforcement', acronyms: ['ICE'] },
    es: { term: 'Servicio de Inmigración y Control de Aduanas' },
    ambiguous: ['ICE'],
  });

/** Two countries' entries that share a Spanish form, "deportación": the US removal and Mexico's deportation. */
export const sharedDeportation = (): [Entry, Entry] => [
  makeEntry({ id: 'us-removal', en: { term: 'removal' }, es: { term: 'deportación' } }),
  makeEntry({
    id: 'mx-deportation',
    jurisdiction: ['MX'],
    en: { term: 'deportation (Mexico)' },
    es: { term: 'deportación' },
  }),
];

/** CBP, unambiguous in both languages. */
export const cbpEntry = (): Entry =>
  makeEntry({
    id: 'cbp',
    en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
    es: { term: 'CBP' },
  });

/**
 * The marks of `blocks` scanned after the blocks of `page` (the page's evidence is in place, only the new blocks'
 * marks are returned), as `surface:entry id:reason`.
 */
export const marksAfter = (matcher: Matcher, page: readonly string[], blocks: readonly string[]): string[] =>
  scanTexts(matcher, [...page, ...blocks])
    .filter((m) => m.block >= page.length)
    .map((m) => `${m.surface}:${m.entryId}:${m.reason}`);
