// Every glossary entry, one test row per file: schema, both languages, sources, links, and forms.
import { describe, expect, test } from 'vitest';
import { entryFiles, loadEntries, loadEntryFile, loadEvents } from '@/glossary/build/load-entries';
import { allForms } from '@/glossary/entry';
import { checkEntry, checkSharedEvents, formatProblem } from '@/glossary/entry-checks';
import { foldForm } from '@/glossary/normalize';
import { crossCheck } from '@/glossary/validate';

const files = entryFiles();

/** Sentences: a stop followed by a capital, with abbreviations (U.S., EE. UU., art., No.) not counted. */
function sentenceCount(text: string): number {
  const plain = text.replace(
    /\b(?:[A-Z]{1,3}\.){1,3}|\bEE\. ?UU\.|\b(?:art|arts|fr|No|núm|Gen|St|e\.g|i\.e|etc|vs)\./g,
    'X',
  );
  return plain.split(/[.!?]["”»)]?\s+(?=[A-ZÁÉÍÓÚÑ¿¡"“«])/).filter((s) => s.trim()).length;
}

describe.each(files.map((file) => [file.replace(/^.*entries\//, ''), file]))('%s', (_name, file) => {
  const entry = loadEntryFile(file);

  test('has both languages complete', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(entry[lang].term.trim()).not.toBe('');
      expect(entry.definition[lang].length).toBeGreaterThan(30);
      expect(entry.context[lang].trim()).not.toBe('');
    }
  });

  test('definitions are plain: at most four sentences', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(sentenceCount(entry.definition[lang]), lang).toBeLessThanOrEqual(4);
    }
  });

  test('cites https sources with access dates no later than its verification', () => {
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.accessed <= entry.last_verified || source.accessed === entry.last_verified).toBe(true);
    }
  });

  test('programs and policies carry a dated status', () => {
    if (entry.category !== 'programs-policies') return;
    expect(entry.status, 'status').toBeDefined();
    expect(entry.status_as_of, 'status_as_of').toBeDefined();
    expect(entry.timeline.length, 'timeline').toBeGreaterThan(0);
  });

  test('meets the source policy and the content rules (glossary/README.md)', () => {
    const errors = checkEntry(entry).filter((p) => p.level === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  test('no form is empty after folding', () => {
    for (const form of allForms(entry)) expect(foldForm(form), form).not.toBe('');
  });
});

test('ids are unique, related ids exist, shared forms are ambiguous in every entry that uses them', () => {
  expect(crossCheck(loadEntries())).toEqual([]);
});

test('shared events are told once: no timeline names a registered event in its own words', () => {
  const errors = checkSharedEvents(loadEntries(), loadEvents()).filter((p) => p.level === 'error');
  expect(errors.map(formatProblem)).toEqual([]);
});

test('the glossary is not empty', () => {
  expect(files.length).toBeGreaterThanOrEqual(40);
});
