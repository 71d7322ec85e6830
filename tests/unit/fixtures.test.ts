// The real glossary on our own fixtures, through the same engine as the extension (scan CLI code path):
// trap pages where the words mean something else get no marks; migration articles keep every term.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanBlocks, textBlocks } from '@/glossary/build/scan';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const scan = (file: string) => scanBlocks(textBlocks(readFileSync(join(FIXTURES, file), 'utf8'), true));

describe('trap pages: nothing is marked', () => {
  const traps = readdirSync(join(FIXTURES, 'traps')).filter((f) => f.endsWith('.html'));
  test('there are trap pages', () => expect(traps.length).toBeGreaterThanOrEqual(10));
  test.each(traps)('%s', (file) => {
    const terms = scan(join('traps', file));
    expect(terms.map((t) => `${t.id}: ${t.surfaces.join(', ')}`)).toEqual([]);
  });
});

describe('migration articles keep their terms', () => {
  test('English article', () => {
    const ids = scan('remain-in-mexico-en.html').map((t) => t.id);
    for (const id of [
      'mpp',
      'cbp',
      'usbp',
      'cbp-one',
      'sre',
      'segob',
      'inm',
      'comar',
      'ice',
      'tps',
      'title-42',
      'metering',
      'coyote',
      'guardia-nacional',
      'non-refoulement',
      'northern-triangle',
      'tvrh',
      'credible-fear',
      'expedited-removal',
      'parole',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
  test('Spanish article', () => {
    const ids = scan('quedate-en-mexico-es.html').map((t) => t.id);
    for (const id of [
      'mpp',
      'sre',
      'segob',
      'inm',
      'tvrh',
      'comar',
      'usbp',
      'cbp-one',
      'estacion-migratoria',
      'non-refoulement',
      'unhcr',
      'iom',
      'guardia-nacional',
      'pollero',
      'asylum-seeker',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
  test('plurals: heads of "of" phrases, and irregular ones, are found whole', () => {
    const terms = scanBlocks([
      'Migrants crossed between ports of entry; officers issued notices to appear and orders of removal.',
    ]);
    expect(terms.map((t) => [t.id, t.surfaces])).toEqual(
      expect.arrayContaining([
        ['port-of-entry', ['ports of entry']],
        ['nta', ['notices to appear']],
        ['removal-deportation', ['orders of removal']],
      ]),
    );
    expect(scanBlocks(['The suspect remains in Mexico, his lawyer said.'])).toEqual([]);
    // "Las pateras" are boats, not smugglers ("patero").
    expect(
      scanBlocks(['Las pateras llegaron a la costa con personas migrantes.']).map((t) => t.id),
    ).not.toContain('patero');
    // Irregular plurals.
    const irregular = scanBlocks([
      'Unaccompanied children and stateless persons were among undocumented people.',
    ]);
    expect(irregular.map((t) => t.id)).toEqual(['unaccompanied-child', 'stateless-person', 'undocumented']);
  });

  test('each term found says its language; place names written alike in both say both', () => {
    const language = (file: string) => Object.fromEntries(scan(file).map((t) => [t.id, t.lang]));
    const spanish = language('quedate-en-mexico-es.html');
    // "SRE" and "Segob" are written alike, but the article also spells them out in Spanish.
    expect(spanish).toMatchObject({
      sre: 'es',
      segob: 'es',
      mpp: 'es',
      tapachula: 'both',
      'juarez-el-paso': 'both',
    });
    expect(Object.values(spanish).filter((lang) => lang === 'en')).toEqual([]);
    const english = language('remain-in-mexico-en.html');
    expect(english).toMatchObject({ mpp: 'en', ice: 'en', tijuana: 'both' });
  });
});
