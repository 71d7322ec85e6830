import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alternatives, loadVocabulary, vocabularyProblems } from '@/glossary/build/load-vocabulary';
import { compileMatcher, NO_VOCABULARY, type Vocabulary } from '@/glossary/compile';
import { EXCEPT_DOMAIN } from '@/glossary/forms';
import { createMatcher, findMatches } from '@/glossary/match';
import { scanTexts } from '@/glossary/page-scan';
import { makeEntry, matcherFor } from './helpers';

function vocabularyDir(cues: string, shields = 'en: []\nes: []\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-vocabulary-'));
  writeFileSync(join(dir, 'cues.yaml'), cues);
  writeFileSync(join(dir, 'shields.yaml'), shields);
  return dir;
}

describe('vocabulary data (glossary/vocabulary/)', () => {
  test('"{a|b|} c" stands for each phrase, an empty choice dropping its word', () => {
    expect(alternatives('{exigir|pedir} {un|} rescate')).toEqual([
      'exigir un rescate',
      'exigir rescate',
      'pedir un rescate',
      'pedir rescate',
    ]);
    expect(alternatives('rescate millonario')).toEqual(['rescate millonario']);
    const shields = loadVocabulary().shields.es;
    expect(shields).toContain('exigieron otro rescate');
    expect(shields).toContain('pidieron rescate');
  });

  test("a word of two domains named per form speaks against both entries' forms; of a domain of all forms, against all", () => {
    const entries = ['x', 'y'].map((id) =>
      makeEntry({ id, en: { term: `${id}-term` }, es: { term: `${id}-termino` }, ambiguous: [`${id}-term`] }),
    );
    const domains = (otherSenses: Vocabulary['otherSenses'], text: string) => {
      const matcher = createMatcher(compileMatcher(entries, { ...NO_VOCABULARY, otherSenses }));
      return findMatches(matcher, text).map((m) => m.domains);
    };
    const perForm = {
      a: { against: ['x'], en: ['goat'], es: [] },
      b: { against: ['y'], en: ['goat', 'hog'], es: [] },
    };
    expect(domains(perForm, 'x-term y-term goat hog')).toEqual([0b01, 0b10, 0b11, 0b10]);
    expect(domains({ ...perForm, all: { en: ['goat'], es: [] } }, 'goat')).toEqual([0]);
  });

  test('domains that speak against the same entries share one bit, so more than 15 domains fit', () => {
    const entries = ['x', 'y'].map((id) =>
      makeEntry({ id, en: { term: `${id}-term` }, es: { term: `${id}-termino` }, ambiguous: [`${id}-term`] }),
    );
    const otherSenses: Vocabulary['otherSenses'] = {
      a: { against: ['x', 'y'], en: ['goat'], es: [] },
      b: { against: ['y'], en: ['hog'], es: [] },
      c: { against: ['y', 'x'], en: ['phone'], es: [] },
    };
    const matcher = createMatcher(compileMatcher(entries, { ...NO_VOCABULARY, otherSenses }));
    expect(findMatches(matcher, 'x-term y-term goat hog phone').map((m) => m.domains)).toEqual([
      0b01, 0b11, 0b01, 0b10, 0b01,
    ]);
    // 16 domains against 15 lists of entries load, with one list excepted (the 16th bit); 16 lists do not, nor
    // two excepted lists.
    const dir = mkdtempSync(join(tmpdir(), 'glosa-vocabulary-'));
    cpSync(join(import.meta.dirname, '../../glossary/vocabulary'), dir, { recursive: true });
    const domain = (against: string) => `  against: [${against}]\n  en: [w${against}]\n  es: []\n`;
    const write = (n: number, excepted = ['x']) =>
      writeFileSync(
        join(dir, 'other-senses.yaml'),
        Array.from({ length: n }, (_, i) => `d${i}:\n${domain(`e${i}`)}`).join('') +
          `shared:\n  against: [e0]\n  en: [shared]\n  es: []\n` +
          excepted.map((id) => `but-${id}:\n  except: [${id}]\n  en: [but${id}]\n  es: []\n`).join(''),
      );
    write(15);
    expect(() => loadVocabulary(dir)).not.toThrow();
    write(16);
    expect(() => loadVocabulary(dir)).toThrow(/at most 15 lists of entries/);
    write(15, ['x', 'y']);
    expect(() => loadVocabulary(dir)).toThrow(/at most one list of entries may be excepted/);
  });

  test("an `except` domain speaks against every ambiguous form but its entries': travel words, not the tourist card", () => {
    const entries = ['card', 'caravan'].map((id) =>
      makeEntry({ id, en: { term: `${id}-term` }, es: { term: `${id}-termino` }, ambiguous: [`${id}-term`] }),
    );
    const otherSenses: Vocabulary['otherSenses'] = {
      travel: { except: ['card'], en: ['tourist'], es: [] },
    };
    const matcher = createMatcher(compileMatcher(entries, { ...NO_VOCABULARY, otherSenses }));
    const [card, caravan, tourist] = findMatches(matcher, 'card-term caravan-term tourist');
    expect(card!.domains).toBe(0);
    expect(caravan!.domains).toBe(1 << EXCEPT_DOMAIN);
    expect(tourist!.domains).toBe(1 << EXCEPT_DOMAIN);
  });

  test('a domain of other senses names only entries that exist, and says which forms it speaks against', () => {
    const vocabulary = loadVocabulary();
    expect(vocabulary.otherSenses['ranching-and-livestock']?.against).toEqual(['coyote']);
    expect(vocabulary.otherSenses.wildlife?.against).toBeUndefined();
    expect(vocabularyProblems(vocabulary, new Set(['title-42']))).toContainEqual(
      'glossary/vocabulary/other-senses.yaml: ranching-and-livestock: no entry "coyote"',
    );
  });

  test('the project files load, with cues and shields in both languages', () => {
    const vocabulary = loadVocabulary();
    for (const list of [vocabulary.cues, vocabulary.shields]) {
      expect(list.en.length).toBeGreaterThan(0);
      expect(list.es.length).toBeGreaterThan(0);
    }
  });

  test('a broken file names itself, the list and the item', () => {
    expect(() => loadVocabulary(vocabularyDir('en: [migrant, "", Migrant]\nes: []\n'))).toThrow(
      /cues\.yaml:\n {2}en\.1: must not be empty\n {2}en\.2: "Migrant" is listed twice/,
    );
    expect(() => loadVocabulary(vocabularyDir('en: [migrant]\n'))).toThrow(/cues\.yaml:\n {2}es: /);
    expect(() => loadVocabulary(vocabularyDir('en: [migrant]\nes: []\nfr: []\n'))).toThrow(/cues\.yaml/);
    expect(() => loadVocabulary(vocabularyDir('en: [migrant]\nes: []\n', 'en: ["x."]\nes: []\n'))).toThrow(
      /shields\.yaml:\n {2}en\.0: must start and end with a letter or digit/,
    );
    expect(() => loadVocabulary(vocabularyDir('en: [migrant\n'))).toThrow(/cues\.yaml: not valid YAML/);
  });

  test('cues are written with accents and inflected; shields hold the form inside them', () => {
    const matcher = matcherFor([
      makeEntry({
        id: 'caravan',
        en: { term: 'migrant caravan', aliases: ['caravan'] },
        es: { term: 'caravana migrante', aliases: ['caravana'] },
        ambiguous: ['caravan', 'caravana'],
      }),
      makeEntry({
        id: 'parole',
        en: { term: 'parole' },
        es: { term: 'permiso humanitario' },
        ambiguous: ['parole'],
      }),
    ]);
    const surfaces = (text: string) => scanTexts(matcher, [text]).map((m) => m.surface);
    // "inmigración" is written with its accent in cues.yaml; "deportaciones" is a generated plural.
    expect(surfaces('La inmigración y la caravana.')).toEqual(['caravana']);
    expect(surfaces('Las deportaciones y la caravana.')).toEqual(['caravana']);
    // "parole board" holds the form in its other sense (other-senses.yaml): not the migration parole, even beside a cue.
    expect(surfaces('Immigrants and the parole board.')).toEqual([]);
  });
});
