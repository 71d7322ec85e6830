import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadVocabulary } from '@/glossary/build/load-vocabulary';
import { scanTexts } from '@/glossary/page-scan';
import { makeEntry, matcherFor } from './helpers';

function vocabularyDir(cues: string, shields = 'en: []\nes: []\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-vocabulary-'));
  writeFileSync(join(dir, 'cues.yaml'), cues);
  writeFileSync(join(dir, 'shields.yaml'), shields);
  return dir;
}

describe('vocabulary data (glossary/vocabulary/)', () => {
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
    // "parole board" is a shield: the parole inside it is not the migration parole, even beside a cue.
    expect(surfaces('Immigrants and the parole board.')).toEqual([]);
  });
});
