// Candidate extraction, ranking, the decisions file and the coverage figure, on small texts written for the test.
import { describe, expect, test } from 'vitest';
import {
  coverage,
  extractCandidates,
  formatDecisions,
  mergeDecisions,
  type Passage,
  parseDecisions,
  tokenize,
} from '@/glossary/build/candidates';
import { readCachedSource } from '@/glossary/build/coverage';

const en = (source: string, text: string): Passage => ({ source, lang: 'en', text });
const es = (source: string, text: string): Passage => ({ source, lang: 'es', text });
const phrases = (ps: Passage[], min = 1) => extractCandidates(ps, min).map((c) => c.key);

describe('extraction', () => {
  test('phrases have no stopword at either end and never cross punctuation', () => {
    const keys = phrases([
      en('a', 'The asylum backlog grew. Judges said the backlog, again, grew.'),
      en('b', 'Nobody expected the asylum backlog.'),
    ]);
    expect(keys).toContain('asylum backlog');
    expect(keys).not.toContain('the asylum backlog');
    expect(keys).not.toContain('backlog grew judges');
    expect(keys).not.toContain('backlog again');
  });

  test('connectors may sit inside a name; a fragment that never appears alone is dropped', () => {
    const text = 'El Instituto Nacional de Migración informó. Según el Instituto Nacional de Migración, no.';
    const keys = phrases([es('a', text)]);
    expect(keys).toContain('instituto nacional de migración');
    expect(keys).not.toContain('instituto nacional');
    expect(keys).not.toContain('nacional de migración');
  });

  test('acronyms keep their case and collect the long form written before them', () => {
    const [acronym] = extractCandidates([
      es('a', 'La Comisión Mexicana de Ayuda a Refugiados (COMAR) abrió. La COMAR cerró.'),
    ]).filter((c) => c.kind === 'acronym');
    expect(acronym).toMatchObject({
      key: 'COMAR',
      count: 2,
      expansions: ['Comisión Mexicana de Ayuda a Refugiados'],
    });
    expect(phrases([en('a', 'EE. UU. and EE.UU. are not acronyms; US is.')])).not.toContain('EE');
  });

  test('single words count only with a migration stem; possessives fold into the word', () => {
    const keys = phrases([en('a', "The deportees waited. The weather was cold. Trump's order.")]);
    expect(keys).toContain('deportees');
    expect(keys).not.toContain('weather');
    expect(tokenize("Trump's order").map((t) => t.text)).toEqual(['Trump', 'order']);
  });

  test('ranked by number of sources, then occurrences; languages are kept apart', () => {
    const ranked = extractCandidates([
      en('a', 'family reunification. family reunification. return migration.'),
      en('b', 'return migration.'),
      es('c', 'migración de retorno.'),
    ]);
    const order = ranked
      .filter((c) => c.kind === 'phrase')
      .map((c) => `${c.lang}:${c.key}:${c.sources}:${c.count}`);
    expect(order).toEqual([
      'en:return migration:2:2',
      'en:family reunification:1:2',
      'es:migración de retorno:1:1',
    ]);
    expect(extractCandidates([en('a', 'return migration')], 2)).toEqual([]);
  });
});

describe('decisions file', () => {
  const candidates = extractCandidates([
    en('a', 'return migration. asylum backlog.'),
    en('b', 'return migration. asylum backlog.'),
  ]);

  test('round-trips, keeps decisions, drops what the glossary matches, keeps decided rows whose text is gone', () => {
    const previous = parseDecisions(
      [
        'phrase\tlanguage\tcount\tsources\tdecision\tentry_or_reason',
        'return migration\ten\t1\t1\tentry\treturn-migration',
        'old phrase\ten\t5\t3\tnot-term\tgeneric wording',
      ].join('\n'),
    );
    const glossary = ['asylum backlog', 'asylum', 'migration'];
    const rows = mergeDecisions(previous, candidates, (c) => glossary.includes(c.key), 2);
    expect(rows).toEqual([
      {
        phrase: 'return migration',
        lang: 'en',
        count: 2,
        sources: 2,
        decision: 'entry',
        note: 'return-migration',
      },
      {
        phrase: 'old phrase',
        lang: 'en',
        count: 5,
        sources: 3,
        decision: 'not-term',
        note: 'generic wording',
      },
    ]);
    expect(parseDecisions(formatDecisions(rows))).toEqual(rows);
  });

  test('a bad decision or a decision without its id or reason is an error naming the line', () => {
    expect(() => parseDecisions('header\nx\ten\t1\t1\tmaybe\tid')).toThrow(/line 2: decision "maybe"/);
    expect(() => parseDecisions('header\nx\ten\t1\t1\tnot-term\t')).toThrow(/line 2: "not-term" needs/);
    expect(() => parseDecisions('header\nx\tfr\t1\t1\t\t')).toThrow(/line 2/);
  });
});

describe('coverage', () => {
  const text = 'return migration. asylum backlog.';
  const candidates = extractCandidates([en('a', text), en('b', text), es('c', 'migración de retorno')]);
  const at = (phrase: string): [number, number] => [
    text.indexOf(phrase),
    text.indexOf(phrase) + phrase.length,
  ];

  test('an occurrence counts when one mark covers all of it; "not a term" decisions leave the figure', () => {
    const marks = new Map([
      ['a', [at('return migration'), at('asylum')]],
      ['b', [at('return migration')]],
    ]);
    const [enCov, esCov] = coverage(candidates, [], marks, 2);
    // return migration ×2 (both marked), migration ×2 (inside them), asylum backlog ×2, asylum ×2 (one marked)
    expect(enCov).toEqual({ lang: 'en', occurrences: 8, marked: 5 });
    expect(esCov).toEqual({ lang: 'es', occurrences: 0, marked: 0 });
    const notTerm = parseDecisions('h\nasylum backlog\ten\t2\t2\tnot-term\twhy');
    expect(coverage(candidates, notTerm, marks, 2)[0]).toEqual({ lang: 'en', occurrences: 6, marked: 5 });
  });
});

describe('cached source files', () => {
  test('header then paragraphs; a file without its address or language is an error naming it', () => {
    const source = readCachedSource('url: https://x.test/a\nlang: es\n\nUno\ndos.\n\nTres.\n', 'a.txt');
    expect(source.passage).toEqual({ source: 'https://x.test/a', lang: 'es', text: 'Uno dos.\nTres.' });
    expect(source.paragraphs).toEqual(['Uno dos.', 'Tres.']);
    expect(() => readCachedSource('lang: en\n\ntext', 'b.txt')).toThrow(/b\.txt/);
  });
});
