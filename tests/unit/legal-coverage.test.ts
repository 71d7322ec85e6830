// The check that lists laws and cases named in legal_basis lines but covered by no entry.
import { describe, expect, test } from 'vitest';
import { lawsNamed, uncoveredLaws } from '@/glossary/build/legal-coverage';
import { makeEntry, matcherFor } from './helpers';

describe('lawsNamed', () => {
  test('reads INA sections in lists, and drops the 8 U.S.C. twin of an INA section', () => {
    expect(lawsNamed('INA §§212(f) and 215(a), 8 U.S.C. §§1182(f) and 1185(a)')).toEqual([
      { kind: 'section', name: 'INA §212(f)' },
      { kind: 'section', name: 'INA §215(a)' },
      { kind: 'law', name: 'INA' },
    ]);
  });

  test('reads cases, acts, executive orders and Mexican laws', () => {
    const names = (line: string) => lawsNamed(line).map((l) => l.name);
    expect(names('Arizona v. United States, 567 U.S. 387 (2012) (federal preemption)')).toEqual([
      'Arizona v. United States',
    ]);
    expect(names('Homeland Security Act of 2002, §471 (6 U.S.C. §291)')).toEqual([
      '6 U.S.C. §291',
      'Homeland Security Act of 2002',
    ]);
    expect(names('Executive Order 14159 (20 January 2025) and EO 14287')).toEqual([
      'Executive Order 14159',
      'Executive Order 14287',
    ]);
    expect(names('Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 13 (DOF)')).toEqual([
      'Ley sobre Refugiados, Protección Complementaria y Asilo Político',
    ]);
    expect(names('Ley del Servicio Exterior Mexicano')).toEqual(['Ley del Servicio Exterior Mexicano']);
    expect(names('SCJN, Primera Sala, amparo en revisión 388/2022 (15 March 2023)')).toEqual([
      'amparo en revisión 388/2022',
    ]);
  });
});

describe('uncoveredLaws', () => {
  test('a law is covered only when an entry marks its whole name', () => {
    const citing = makeEntry({
      id: 'citing',
      en: { term: 'citing' },
      es: { term: 'citante' },
      legal_basis: ['Plyler v. Doe, 457 U.S. 202 (1982); INA §240, 8 U.S.C. §1229a'],
    });
    const plyler = makeEntry({
      id: 'plyler',
      en: { term: 'Plyler v. Doe' },
      es: { term: 'Plyler contra Doe' },
    });
    const ina = makeEntry({ id: 'ina', en: { term: 'INA' }, es: { term: 'Ley de Inmigración' } });
    const missing = uncoveredLaws([citing, plyler, ina], matcherFor([citing, plyler, ina]));
    // "INA" alone is covered; its section 240 is not, since no entry names "INA §240".
    expect(missing).toEqual([{ kind: 'section', name: 'INA §240', citedBy: ['citing'] }]);
  });

  test('an act is covered by its name with or without the year, a case without its final period', () => {
    const citing = makeEntry({
      id: 'citing',
      en: { term: 'citing' },
      es: { term: 'citante' },
      legal_basis: ['Immigration Act of 1990, Pub. L. 101-649; Homeland Security Act of 2002; DHS v. D.V.D.'],
    });
    const act1990 = makeEntry({
      id: 'a',
      en: { term: 'Immigration Act of 1990', aliases: ['Public Law 101-649'] },
      es: { term: 'Ley de 1990' },
    });
    const hsa = makeEntry({ id: 'h', en: { term: 'Homeland Security Act' }, es: { term: 'Ley HSA' } });
    const dvd = makeEntry({ id: 'd', en: { term: 'DHS v. D.V.D' }, es: { term: 'caso D.V.D' } });
    const entries = [citing, act1990, hsa, dvd];
    expect(uncoveredLaws(entries, matcherFor(entries))).toEqual([]);
  });
});
