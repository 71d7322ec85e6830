import { describe, expect, test } from 'vitest';
import { createPageScan, scanTexts, tally } from '@/glossary/page-scan';
import { cbpEntry, iceEntry, makeEntry, matcherFor } from './helpers';

const matcher = matcherFor([
  iceEntry(),
  cbpEntry(),
  makeEntry({
    id: 'title-42',
    category: 'programs-policies',
    en: { term: 'Title 42' },
    es: { term: 'Título 42' },
  }),
]);

const surfaces = (marks: { surface: string; reason: string }[]) =>
  marks.map((m) => `${m.surface}:${m.reason}`);

describe('the streaming page scan', () => {
  test('marks come out at settle(), and only once', () => {
    const scan = createPageScan<string>(matcher);
    expect(scan.add('a', 'CBP and ICE.')).toBe(true);
    expect(scan.add('b', 'Nothing here.')).toBe(false);
    expect(scan.marks()).toEqual([]);
    const first = scan.settle();
    expect(surfaces(first.added)).toEqual(['CBP:unambiguous', 'ICE:block']);
    expect(first.added.every((m) => m.block === 'a')).toBe(true);
    expect(scan.settle()).toEqual({ added: [], removed: [] });
  });

  test('ambiguous forms wait for page evidence, then come out in the blocks read earlier', () => {
    const scan = createPageScan<number>(matcher);
    scan.add(1, 'ICE was detained.');
    expect(scan.settle().added).toEqual([]);
    scan.add(2, 'CBP, Title 42 and CBP again.');
    const { added } = scan.settle();
    expect(added.map((m) => `${m.block}:${m.surface}:${m.reason}`)).toEqual([
      '1:ICE:page',
      '2:CBP:unambiguous',
      '2:Title 42:unambiguous',
      '2:CBP:unambiguous',
    ]);
    expect(surfaces(scan.marks())).toEqual([
      'ICE:page',
      'CBP:unambiguous',
      'Title 42:unambiguous',
      'CBP:unambiguous',
    ]);
  });

  test('a term alone in its block is taken back once the page turns out to be about something else (mayStandAlone)', () => {
    const scan = createPageScan<number>(matcher);
    scan.add(1, 'Warden: the "Title 42" barricade now costs less stone.');
    expect(surfaces(scan.settle().added)).toEqual(['Title 42:unambiguous']);
    // A game's patch notes: its words outnumber the one piece of evidence.
    scan.add(2, 'Patch notes: the Frost Nova cooldown drops to 15s.');
    scan.add(3, 'Fixed the quest giver after the questline.');
    const { added, removed } = scan.settle();
    expect(added).toEqual([]);
    expect(surfaces(removed)).toEqual(['Title 42:unambiguous']);
    // The game words leave: the term is back.
    scan.drop(3);
    scan.drop(2);
    expect(surfaces(scan.settle().added)).toEqual(['Title 42:unambiguous']);
  });

  test("on a page of several stories, each is decided on its own evidence, not the other briefs'", () => {
    const scan = createPageScan<number>(matcher);
    scan.add(1, 'CBP, Title 42 and CBP again.', 'body', 'a');
    scan.add(2, 'ICE was detained.', 'body', 'b'); // a brief with no evidence of its own
    scan.add(3, 'Title 42 ended.', 'body', 'c');
    scan.add(4, 'ICE was detained.', 'body', 'c'); // its story has evidence, and the page is about migration
    scan.add(5, 'ICE was detained.'); // outside any story: the page's verdict
    scan.settle();
    expect(scan.marks().map((m) => `${m.block}:${m.surface}:${m.reason}`)).toEqual([
      '1:CBP:unambiguous',
      '1:Title 42:unambiguous',
      '1:CBP:unambiguous',
      '3:Title 42:unambiguous',
      '4:ICE:page',
      '5:ICE:page',
    ]);
    // A brief that gains evidence of its own gets its marks; one story alone is the page.
    scan.add(6, 'Title 42 and CBP.', 'body', 'b');
    expect(surfaces(scan.settle().added)).toEqual(['ICE:page', 'Title 42:unambiguous', 'CBP:unambiguous']);
    const single = scanTexts(matcher, [
      { text: 'CBP, Title 42 and CBP again.', region: 'body', story: 1 },
      { text: 'ICE was detained.', region: 'body', story: 1 },
    ]);
    expect(surfaces(single)).toContain('ICE:page');
  });

  test('settle(false) decides only new blocks; earlier ones catch up with the page at the next settle()', () => {
    const scan = createPageScan<number>(matcher);
    scan.add(1, 'ICE was detained.');
    expect(scan.settle(false).added).toEqual([]);
    scan.add(2, 'CBP, Title 42 and CBP again.');
    // The page now accepts ambiguous forms; block 1 is not re-decided mid-batch.
    expect(scan.settle(false).added.map((m) => `${m.block}:${m.surface}`)).toEqual([
      '2:CBP',
      '2:Title 42',
      '2:CBP',
    ]);
    scan.add(3, 'ICE again.');
    expect(surfaces(scan.settle(false).added)).toEqual(['ICE:page']);
    expect(scan.settle().added.map((m) => `${m.block}:${m.surface}:${m.reason}`)).toEqual(['1:ICE:page']);
    expect(scan.settle()).toEqual({ added: [], removed: [] });
    expect(scan.marks().map((m) => m.block)).toEqual([1, 2, 2, 2, 3]);
  });

  test('settle() re-decides a block decided mid-batch under another verdict, also when the page is back where it was', () => {
    const scan = createPageScan<number>(matcher);
    scan.add(1, 'ICE was detained.');
    expect(scan.settle().added).toEqual([]);
    scan.add(2, 'CBP, Title 42 and CBP again.');
    scan.settle(false);
    scan.add(3, 'ICE again.');
    // Decided while block 2's evidence made the page accept ambiguous forms.
    expect(surfaces(scan.settle(false).added)).toEqual(['ICE:page']);
    // Block 2 leaves the page: its verdict is the one of the last settle(), but block 3 was decided under another.
    scan.drop(2);
    const { removed } = scan.settle();
    expect(surfaces(removed)).toContain('ICE:page');
    expect(surfaces(scan.marks())).toEqual([]);
  });

  test("a shared form is decided again when the page's votes, one country's so far, come to name both", () => {
    const deportation = (id: string, jurisdiction: ('US' | 'MX')[]) =>
      makeEntry({
        id,
        category: 'enforcement',
        jurisdiction,
        en: { term: `deportation (${id})`, aliases: ['deportation'] },
        es: { term: `deportación (${id})` },
        ambiguous: ['deportation'],
      });
    const shared = matcherFor([
      cbpEntry(),
      makeEntry({ id: 'inm', jurisdiction: ['MX'], en: { term: 'INM' }, es: { term: 'INM' } }),
      deportation('us-removal', ['US']),
      deportation('mx-deportation', ['MX']),
    ]);
    const scan = createPageScan<number>(shared);
    scan.add(1, 'The INM gives each one a certificate.');
    scan.add(2, 'Most faced deportation last night.');
    expect(scan.settle().added.map((m) => m.entryId)).toContain('mx-deportation');
    // The page now names both countries, one vote apart (chooseEntry): the form takes its usual entry (usualEntry: the US's for an English form).
    scan.add(3, 'CBP hands people to the INM at the port.');
    const { added, removed } = scan.settle();
    expect(removed.map((m) => m.entryId)).toEqual(['mx-deportation']);
    expect(added.map((m) => m.entryId)).toContain('us-removal');
  });

  test('a dropped block gives back its own marks; a block read again replaces its marks', () => {
    const scan = createPageScan<string>(matcher);
    scan.add('a', 'CBP and ICE.');
    scan.add('b', 'Title 42.');
    scan.settle();
    scan.drop('a');
    expect(surfaces(scan.settle().removed)).toEqual(['CBP:unambiguous', 'ICE:block']);
    expect(scan.blocks()).toEqual(['b']);
    scan.add('b', 'CBP only.');
    const again = scan.settle();
    expect(surfaces(again.removed)).toEqual(['Title 42:unambiguous']);
    expect(surfaces(again.added)).toEqual(['CBP:unambiguous']);
  });

  test('a block dropped before settle() never comes out', () => {
    const scan = createPageScan<string>(matcher);
    scan.add('a', 'CBP.');
    scan.drop('a');
    expect(scan.settle()).toEqual({ added: [], removed: [] });
  });

  test('category filter and first occurrence only; unwanted entries still count as evidence', () => {
    const filtered = scanTexts(matcher, ['Title 42 and ICE.', 'Title 42 again.'], {
      categories: new Set(['us-institutions']),
    });
    expect(surfaces(filtered)).toEqual(['ICE:block']);
    const first = scanTexts(matcher, ['CBP and CBP.', 'CBP.'], { firstOccurrenceOnly: true });
    expect(first.map((m) => m.block)).toEqual([0]);
  });

  test('tallies count per entry in order of first appearance, with surfaces, languages and reasons', () => {
    const terms = tally(scanTexts(matcher, ['Title 42 and  ICE, CBP.', 'El Título 42 y CBP.']));
    expect(
      terms.map(({ id, count, surfaces, lang, reasons }) => ({ id, count, surfaces, lang, reasons })),
    ).toEqual([
      {
        id: 'title-42',
        count: 2,
        surfaces: ['Title 42', 'Título 42'],
        lang: 'both',
        reasons: ['unambiguous'],
      },
      { id: 'ice', count: 1, surfaces: ['ICE'], lang: 'en', reasons: ['block'] },
      { id: 'cbp', count: 2, surfaces: ['CBP'], lang: 'en', reasons: ['unambiguous'] },
    ]);
  });
});
