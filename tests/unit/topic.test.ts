import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTopic, loadVocabulary } from '@/glossary/build/load-vocabulary';
import { compileMatcher } from '@/glossary/compile';
import { createMatcher, findMatches, topicLexicon } from '@/glossary/match';
import { packMatcher, unpackMatcher } from '@/glossary/pack';
import { scanTexts } from '@/glossary/page-scan';
import { learnTopic, TOPIC_AGAINST, topicScore, topicWeights, topicWords } from '@/glossary/topic';
import { makeEntry } from './helpers';

describe('topic words and scores', () => {
  test('words are folded (case, accents, ñ) and counted once; short words carry no topic', () => {
    expect(topicWords('Migración y MIGRACIÓN: el niño no acompañado de la ONU')).toEqual([
      'migracion',
      'nino',
      'acompanado',
      'onu',
    ]);
  });

  test("a passage's score is the sum of its distinct words' weights; words the lexicon lacks weigh nothing", () => {
    const lexicon = topicWeights([
      ['asylum', 3],
      ['croissants', -2.5],
    ]);
    expect(topicScore('Asylum, asylum and more asylum.', lexicon)).toBe(3);
    expect(topicScore('Croissants for the asylum seekers', lexicon)).toBe(0.5);
    expect(topicScore('Nothing here', lexicon)).toBe(0);
  });

  test('the learner weighs words by the passages that hold them, drops rare and neutral words, and caps the rest', () => {
    const migration = (text: string) => ({ text, migration: true });
    const other = (text: string) => ({ text, migration: false });
    const passages = [
      ...Array.from({ length: 40 }, () => migration('The asylum seekers waited at the port of entry.')),
      ...Array.from({ length: 40 }, () => other('The bakery sold sourdough at the market.')),
      migration('A rare word: zeppelin.'),
      other('Another zeppelin.'),
    ];
    const lexicon = learnTopic(passages);
    expect(lexicon.get('asylum')).toBe(3); // capped
    expect(lexicon.get('sourdough')).toBe(-3);
    expect(lexicon.has('the')).toBe(false); // as common on both sides: no weight
    expect(lexicon.has('zeppelin')).toBe(false); // two passages: too rare
    expect([...lexicon.keys()]).toEqual([...lexicon.keys()].sort()); // the same file from the same pages
    expect(learnTopic(passages)).toEqual(lexicon);
  });
});

describe('the topic in sense decisions', () => {
  const entries = [
    makeEntry({
      id: 'caravan',
      category: 'people',
      en: { term: 'migrant caravan', aliases: ['caravan'] },
      es: { term: 'caravana migrante', aliases: ['caravana'] },
      ambiguous: ['caravan', 'caravana'],
    }),
    makeEntry({
      id: 'coyote',
      category: 'people',
      en: { term: 'coyote' },
      es: { term: 'coyote' },
      ambiguous: ['coyote'],
    }),
    makeEntry({
      id: 'pollero',
      category: 'people',
      en: { term: 'pollero' },
      es: { term: 'pollero' },
      ambiguous: ['pollero'],
    }),
    makeEntry({
      id: 'huixtla',
      category: 'geography',
      jurisdiction: ['MX'],
      en: { term: 'Huixtla' },
      es: { term: 'Huixtla' },
      ambiguous: ['Huixtla'],
    }),
    makeEntry({
      id: 'cbp',
      en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
      es: { term: 'CBP' },
    }),
    makeEntry({ id: 'title-42', en: { term: 'Title 42' }, es: { term: 'Título 42' } }),
  ];
  const lexicon: [string, number][] = [
    ['bakery', -2],
    ['croissants', -2],
    ['sourdough', -2],
    ['families', 1],
    ['walking', 1],
    ['guide', -1],
    ['tour', -1],
  ];
  const withLexicon = createMatcher(compileMatcher(entries, { ...loadVocabulary(), topic: lexicon }));
  const without = createMatcher(compileMatcher(entries, { ...loadVocabulary(), topic: [] }));
  const marks = (matcher: typeof without, ...blocks: string[]) =>
    scanTexts(matcher, blocks).map((m) => `${m.block}:${m.surface}:${m.reason}`);
  const news = 'CBP said Title 42 had ended; CBP expects more crossings under Title 42 rules.';

  test('an ambiguous form in a passage whose words are of another subject takes no sense from the page', () => {
    const bakery = 'The bakery caravan sells sourdough and croissants.';
    expect(topicScore(bakery, topicLexicon(withLexicon))).toBeLessThanOrEqual(TOPIC_AGAINST);
    expect(marks(without, news, bakery)).toContain('1:caravan:page');
    expect(marks(withLexicon, news, bakery).filter((m) => m.startsWith('1:'))).toEqual([]);
    // A passage whose words do not lean away keeps the page's sense.
    expect(marks(withLexicon, news, 'The caravan of families kept walking.')).toContain('1:caravan:page');
  });

  test('ambiguous terms alone make a page about migration only where their passages do not lean away', () => {
    const smuggling = 'A coyote and a pollero led the families walking past Huixtla at night.';
    const tour = 'Our coyote and pollero guide met the tour in Huixtla, then the bakery.';
    expect(marks(withLexicon, smuggling)).toEqual([
      '0:coyote:nearby',
      '0:pollero:nearby',
      '0:Huixtla:nearby',
    ]);
    expect(marks(without, tour)).toEqual(['0:coyote:nearby', '0:pollero:nearby', '0:Huixtla:nearby']);
    expect(marks(withLexicon, tour)).toEqual([]);
    // Two passages: neither decides alone, the page does (PageFacts.topic: their sum).
    const [first, second] = ['Our coyote guide met the tour.', 'The pollero and the bakery in Huixtla.'];
    expect(marks(without, first, second)).toEqual(['0:coyote:page', '1:pollero:page', '1:Huixtla:page']);
    expect(marks(withLexicon, first, second)).toEqual([]);
  });

  test('an unambiguous term alone in a passage of another subject is not marked; beside other evidence it is', () => {
    const bakery = 'Title 42 sourdough and croissants at the bakery.';
    expect(marks(without, news, bakery)).toContain('1:Title 42:unambiguous');
    expect(marks(withLexicon, news, bakery).filter((m) => m.startsWith('1:'))).toEqual([]);
    expect(marks(withLexicon, 'CBP and Title 42 at the bakery, with sourdough and croissants.')).toEqual([
      '0:CBP:unambiguous',
      '0:Title 42:unambiguous',
    ]);
  });

  test('the packed matcher carries the lexicon, read on first use; a damaged lexicon weighs nothing and loses no term', () => {
    const data = compileMatcher(entries, { ...loadVocabulary(), topic: lexicon });
    const packed = packMatcher(data);
    const unpacked = unpackMatcher(packed);
    expect(unpacked.topic).toBeUndefined();
    expect([...topicLexicon(unpacked)]).toEqual([...topicWeights(lexicon)]);
    const at = packed.lastIndexOf('sourdough');
    const damaged = unpackMatcher(`${packed.slice(0, at)}#${packed.slice(at + 1)}`.replace('["#', '[#"'));
    expect(topicLexicon(damaged).size).toBe(0);
    expect(findMatches(damaged, 'CBP').length).toBe(1);
    expect(() => unpackMatcher(packed.slice(0, -5))).toThrow(/damaged/);
  });

  test('a damaged line of the lexicon file is refused, naming the file and the line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glosa-topic-')), 'topic-words.tsv');
    writeFileSync(file, '# comment\nasylum\t3\ncroissant -2\n');
    expect(() => loadTopic(file)).toThrow(
      /topic-words\.tsv:3: expected a lower-case word, a tab and a number/,
    );
    writeFileSync(file, '# comment\nasylum\t3\nbakery\t-2.5\n');
    expect(loadTopic(file)).toEqual([
      ['asylum', 3],
      ['bakery', -2.5],
    ]);
  });
});
