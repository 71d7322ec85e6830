import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ambiguousForm, pagePassages } from '@/glossary/build/learn-topic';
import { loadEntries } from '@/glossary/build/load-entries';
import { loadTopic, loadVocabulary, VOCABULARY_DIR } from '@/glossary/build/load-vocabulary';
import { compileMatcher } from '@/glossary/compile';
import { createMatcher, findMatches, topicLexicon } from '@/glossary/match';
import { packMatcher, unpackMatcher } from '@/glossary/pack';
import { scanTexts } from '@/glossary/page-scan';
import {
  learnTopic,
  lexiconOfHashed,
  passageTopic,
  TOPIC_AGAINST,
  TOPIC_FOR,
  type TopicWord,
  topicLexiconOf,
  topicScore,
  topicWords,
  unfamiliar,
} from '@/glossary/topic';
import { ambiguousEntry, makeEntry, testVocabulary } from './helpers';

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
    const lexicon = topicLexiconOf([
      ['asylum', 3, 1],
      ['croissants', -2.5, 0],
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
    const lexicon = new Map(
      learnTopic(passages).map(([word, weight, familiar]) => [word, { weight, familiar }]),
    );
    expect(lexicon.get('asylum')).toEqual({ weight: 3, familiar: 1 }); // capped; held by migration passages
    expect(lexicon.get('sourdough')).toEqual({ weight: -3, familiar: 0 });
    // As common on both sides: no weight; but familiar, as migration passages hold it.
    expect(lexicon.get('waited')).toEqual({ weight: 3, familiar: 1 });
    expect(lexicon.get('the')).toBeUndefined(); // no weight, and too short to be familiar
    expect(lexicon.has('zeppelin')).toBe(false); // two passages: too rare
    expect(learnTopic(passages, (word) => word === 'asylum').some(([word]) => word === 'asylum')).toBe(false);
    const words = learnTopic(passages).map(([word]) => word);
    expect(words).toEqual([...words].sort()); // the same file from the same pages
    expect(learnTopic(passages)).toEqual(learnTopic(passages));
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
    ambiguousEntry('coyote', 'coyote'),
    ambiguousEntry('pollero', 'pollero'),
    ambiguousEntry('huixtla', 'Huixtla', 'geography'),
    makeEntry({
      id: 'cbp',
      en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
      es: { term: 'CBP' },
    }),
    makeEntry({ id: 'title-42', en: { term: 'Title 42' }, es: { term: 'Título 42' } }),
  ];
  const lexicon: TopicWord[] = [
    ['bakery', -2, 0],
    ['croissants', -2, 0],
    ['sourdough', -2, 0],
    ['families', 1, 1],
    ['walking', 1, 1],
    ['guide', -1, 0],
    ['tour', -1, 0],
  ];
  const withLexicon = createMatcher(compileMatcher(entries, { ...testVocabulary(), topic: lexicon }));
  const without = createMatcher(compileMatcher(entries, { ...testVocabulary(), topic: [] }));
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

  test("a comment whose own words lean clearly to migration takes the page's sense", () => {
    const comment = (text: string) => ({ text, region: 'comments' as const });
    const waiting = 'The caravan of families kept walking, families walking for days.';
    const strong = createMatcher(
      compileMatcher(entries, {
        ...testVocabulary(),
        topic: [...lexicon, ['days', 3, 1], ['kept', 3, 1]],
      }),
    );
    expect(topicScore(waiting, topicLexicon(strong))).toBeGreaterThanOrEqual(TOPIC_FOR);
    const scanned = (matcher: typeof strong) =>
      scanTexts(matcher, [news, comment(waiting)]).map((m) => `${m.block}:${m.surface}:${m.reason}`);
    expect(scanned(strong)).toContain('1:caravan:page');
    expect(scanned(withLexicon).filter((m) => m.startsWith('1:'))).toEqual([]); // score 2: not enough
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
    const data = compileMatcher(entries, { ...testVocabulary(), topic: lexicon });
    const packed = packMatcher(data);
    const unpacked = unpackMatcher(packed);
    expect(unpacked.topic).toBeUndefined();
    expect(topicLexicon(unpacked)).toEqual(topicLexiconOf(lexicon));
    // The words travel as their hashes (no word is hashed on the page).
    expect(packed).not.toContain('sourdough');
    const damaged = unpackMatcher(`${packed.slice(0, -2)}#]`);
    expect(topicLexicon(damaged).weights.size).toBe(0);
    expect(lexiconOfHashed([1, 20])).toEqual({ weights: new Map(), familiar: new Set() });
    expect(lexiconOfHashed([1, 'x', 0]).weights.size).toBe(0);
    expect(lexiconOfHashed([7, 25, 1]).weights.get(7)).toBe(2.5);
    expect(findMatches(damaged, 'CBP').length).toBe(1);
    expect(() => unpackMatcher(packed.slice(0, -5))).toThrow(/damaged/);
  });

  test('a damaged line of the lexicon file is refused, naming the file and the line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glosa-topic-')), 'topic-words.tsv');
    writeFileSync(file, '# comment\nasylum\t3\t1\ncroissant -2 0\n');
    expect(() => loadTopic(file)).toThrow(
      /topic-words\.tsv:3: expected a lower-case word, a weight and 1 or 0, separated by tabs/,
    );
    writeFileSync(file, '# comment\nasylum\t3\t1\nbakery\t-2.5\t2\n');
    expect(() => loadTopic(file)).toThrow(/topic-words\.tsv:3/);
    writeFileSync(file, '# comment\nasylum\t3\t1\nbakery\t-2.5\t0\n');
    expect(loadTopic(file)).toEqual([
      ['asylum', 3, 1],
      ['bakery', -2.5, 0],
    ]);
  });
});

describe('familiar words', () => {
  const known = Array.from(
    { length: 40 },
    (_, i) => `known${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'x'}`,
  );
  const strange = known.map((word) => word.replace('known', 'strange'));
  const lexicon: TopicWord[] = [['families', 1, 1], ...known.map((word): TopicWord => [word, 0, 1])];

  test("a passage's distinct words of four letters or more are counted, and those the lexicon knows", () => {
    const topic = passageTopic(
      'Families, families: knowna knownb strangea 2026 and the ICE.',
      topicLexiconOf(lexicon),
    );
    expect(topic).toEqual({ score: 1, words: 4, familiar: 3 });
    // A lexicon with no familiar word says nothing of familiarity.
    expect(passageTopic('knowna knownb strangea', topicLexiconOf([['families', 1, 0]])).words).toBe(0);
  });

  test('words are unfamiliar when fewer than 55% are known, counting thirty at least', () => {
    expect(unfamiliar(40, 21)).toBe(true);
    expect(unfamiliar(40, 22)).toBe(false);
    expect(unfamiliar(29, 0)).toBe(false); // too few words to tell
  });

  test('a page of words writing about migration does not use takes no sense from its ambiguous terms', () => {
    const entries = [
      ambiguousEntry('coyote', 'coyote'),
      ambiguousEntry('pollero', 'pollero'),
      ambiguousEntry('huixtla', 'Huixtla', 'geography'),
    ];
    const matcher = createMatcher(compileMatcher(entries, { ...testVocabulary(), topic: lexicon }));
    const page = (words: string[]) => [`A coyote and a pollero went to Huixtla. ${words.join(' ')}.`];
    const marks = (blocks: string[]) => scanTexts(matcher, blocks).map((m) => m.surface);
    expect(marks(page(known))).toEqual(['coyote', 'pollero', 'Huixtla']);
    expect(marks(page(strange))).toEqual([]);
    // Familiarity is the page's: one passage of strange words among familiar ones does not make it unfamiliar.
    expect(marks([...page(strange), ...page(known), ...page(known)])).toHaveLength(9);
  });
});

describe('the committed lexicon', () => {
  test('is the one the evaluation pages not held out teach now (run `npm run learn-topic` after adding pages)', () => {
    const matcher = createMatcher(compileMatcher(loadEntries(), loadVocabulary(VOCABULARY_DIR, false)));
    const learned = learnTopic([...pagePassages().values()].flat(), ambiguousForm(matcher));
    expect(learned).toEqual(loadTopic(join(VOCABULARY_DIR, 'topic-words.tsv')));
  }, 120_000);
});
