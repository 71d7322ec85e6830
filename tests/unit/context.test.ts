import { describe, expect, test } from 'vitest';
import type { Category } from '@/glossary/categories';
import { compileMatcher } from '@/glossary/compile';
import { type PageFacts, pageAccepts, pageOutweighs } from '@/glossary/context';
import { createMatcher, type Matcher } from '@/glossary/match';
import { packMatcher, unpackMatcher } from '@/glossary/pack';
import { type RegionText, scanTexts } from '@/glossary/page-scan';
import { ambiguousEntry, iceEntry, makeEntry, marksAfter, matcherFor, testVocabulary } from './helpers';

const matcher = matcherFor([
  iceEntry(),
  makeEntry({
    id: 'caravan',
    en: { term: 'migrant caravan', aliases: ['caravan'] },
    es: { term: 'caravana migrante', aliases: ['caravana'] },
    ambiguous: ['caravan', 'caravana'],
  }),
  makeEntry({
    id: 'cbp',
    en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
    es: { term: 'Oficina de Aduanas y Protección Fronteriza' },
  }),
  makeEntry({ id: 'title-42', en: { term: 'Title 42' }, es: { term: 'Título 42' } }),
  makeEntry({ id: 'asylum-seeker', en: { term: 'asylum seeker' }, es: { term: 'solicitante de asilo' } }),
]);

const decide = (...paragraphs: string[]) => {
  const marks = scanTexts(matcher, paragraphs);
  return paragraphs.map((_, i) => marks.filter((m) => m.block === i).map((m) => `${m.surface}:${m.reason}`));
};

describe('sense decisions', () => {
  test('ambiguous forms with no migration evidence are not marked', () => {
    expect(decide('Add an ICE contact to your phone.', 'The caravan stopped at the campsite.')).toEqual([
      [],
      [],
    ]);
  });

  test('evidence in the same block is enough', () => {
    expect(decide('CBP handed the family to ICE.')).toEqual([['CBP:unambiguous', 'ICE:block']]);
    expect(decide('The caravan of migrants reached the river.')).toEqual([['caravan:block']]);
  });

  test('page evidence carries over to blocks without their own', () => {
    expect(decide('CBP and Title 42.', 'An asylum seeker waited.', 'ICE detained him later.')).toEqual([
      ['CBP:unambiguous', 'Title 42:unambiguous'],
      ['asylum seeker:unambiguous'],
      ['ICE:page'],
    ]);
  });

  test('other senses include food and drink, and films: a caravan to a cookout or of films is not the migrant caravan', () => {
    const page = ['CBP and Title 42.', 'An asylum seeker waited.'];
    expect(decide(...page, 'The caravan brought beer and cold drinks to the cookout.')[2]).toEqual([]);
    expect(decide(...page, 'La caravana de cine llega con una película nueva.')[2]).toEqual([]);
    expect(decide(...page, 'The caravan arrived.')[2]).toEqual(['caravan:page']);
  });

  test('one stray piece of evidence on a page is not enough for other blocks', () => {
    expect(
      decide('A story about hockey.', 'Title 42 came up once.', 'The ICE was thin.', 'ICE time matters.'),
    ).toEqual([[], ['Title 42:unambiguous'], [], []]);
  });

  test('cues are evidence, not marks', () => {
    expect(decide('Migrants told ICE they feared return.')).toEqual([['ICE:block']]);
  });

  test('cues are inflected in their own language: Spanish plurals count, English endings on Spanish words do not exist', () => {
    expect(decide('Las políticas migratorias cambiaron y la caravana llegó a Tapachula.')).toEqual([
      ['caravana:block'],
    ]);
    expect(decide('Las deportaciones y la caravana.')).toEqual([['caravana:block']]);
    expect(decide("The migracions and the caravan's route.")).toEqual([[]]);
  });

  test('crossing the border, and people without papers, are evidence in both languages', () => {
    expect(decide('The caravan members crossed the border at dawn.')).toEqual([['caravan:block']]);
    expect(decide('La caravana de personas sin papeles siguió su camino.')).toEqual([['caravana:block']]);
    expect(decide('Una caravana intentó cruzar la frontera.')).toEqual([['caravana:block']]);
  });

  test('birds, butterflies and data migrate too: a bare "migration" or "migratoria" is no evidence', () => {
    expect(decide('La migración de la mariposa monarca atrajo una caravana de turistas.')).toEqual([[]]);
    expect(decide('Las aves migratorias y un coyote cerca del refugio.')).toEqual([[]]);
    expect(decide('The migration of the herd drew a caravan of tourists and a coyote.')).toEqual([[]]);
    expect(decide('After the data migration, ICE cooled the servers.')).toEqual([[]]);
  });
});

describe('the sense model (whole page, regions, other senses, jurisdictions, citations)', () => {
  const model = matcherFor([
    ambiguousEntry('coyote', 'coyote'),
    makeEntry({
      id: 'rio-bravo',
      category: 'geography',
      en: { term: 'Rio Grande' },
      es: { term: 'río Bravo' },
      ambiguous: ['Rio Grande', 'río Bravo'],
    }),
    makeEntry({
      id: 'juarez',
      category: 'geography',
      jurisdiction: ['MX', 'US'],
      en: { term: 'Ciudad Juárez' },
      es: { term: 'Ciudad Juárez' },
      ambiguous: ['Ciudad Juárez'],
    }),
    makeEntry({
      id: 'cbp',
      en: { term: 'Customs and Border Protection', acronyms: ['CBP'] },
      es: { term: 'CBP' },
    }),
    makeEntry({
      id: 'inm',
      category: 'mx-institutions',
      jurisdiction: ['MX'],
      en: { term: 'National Migration Institute', acronyms: ['INM'] },
      es: { term: 'Instituto Nacional de Migración', acronyms: ['INM'] },
    }),
    makeEntry({
      id: 'igm',
      category: 'mx-institutions',
      jurisdiction: ['CA'],
      en: { term: 'Guatemalan Migration Institute', acronyms: ['IGM'] },
      es: { term: 'Instituto Guatemalteco de Migración', acronyms: ['IGM'] },
    }),
    makeEntry({
      id: 'us-removal',
      category: 'enforcement',
      en: { term: 'removal', aliases: ['deportation'] },
      es: { term: 'deportación' },
      ambiguous: ['deportation', 'deportación'],
    }),
    makeEntry({
      id: 'mx-deportation',
      category: 'mx-law',
      jurisdiction: ['MX'],
      en: { term: 'deportation (Mexico)', aliases: ['deportation'] },
      es: { term: 'deportación' },
      ambiguous: ['deportation', 'deportación'],
    }),
    makeEntry({
      id: 'scotus',
      en: { term: 'Supreme Court of the United States', aliases: ['Supreme Court'] },
      es: { term: 'Corte Suprema de Estados Unidos' },
      ambiguous: ['Supreme Court'],
    }),
    makeEntry({
      id: 'cndh',
      category: 'mx-institutions',
      jurisdiction: ['MX'],
      en: { term: 'National Human Rights Commission' },
      es: { term: 'Comisión Nacional de los Derechos Humanos' },
    }),
    makeEntry({
      id: 'guardia-nacional',
      category: 'mx-institutions',
      jurisdiction: ['MX'],
      en: { term: 'Mexican National Guard', aliases: ["Mexico's National Guard"] },
      es: { term: 'Guardia Nacional' },
      ambiguous: ['Guardia Nacional'],
    }),
    makeEntry({
      id: 'title-42',
      category: 'programs-policies',
      en: { term: 'Title 42 expulsions', aliases: ['Title 42'] },
      es: { term: 'Título 42' },
      ambiguous: ['Title 42', 'Título 42'],
    }),
  ]);
  const scan = (...blocks: (string | RegionText)[]) =>
    scanTexts(model, blocks).map((m) => `${m.surface}:${m.entryId}:${m.reason}`);

  test('co-occurring ambiguous terms of distinct entries support each other', () => {
    expect(scan('In Ciudad Juárez a coyote guides groups to the Rio Grande at night.')).toEqual([
      'Ciudad Juárez:juarez:nearby',
      'coyote:coyote:nearby',
      'Rio Grande:rio-bravo:nearby',
    ]);
    // Two are not enough on their own: a coyote by the Rio Grande is a wildlife story as often as not.
    expect(scan('A coyote was seen by the Rio Grande.')).toEqual([]);
    // Places alone do not: a business story names the border cities too.
    const places = matcherFor([
      ...['Tijuana', 'Reynosa', 'Ciudad Juárez'].map((name) =>
        makeEntry({
          id: name.replace('Ciudad Juárez', 'juarez').toLowerCase(),
          category: 'geography',
          jurisdiction: ['MX'],
          en: { term: name },
          es: { term: name },
          ambiguous: [name],
        }),
      ),
      makeEntry({
        id: 'coyote',
        category: 'people',
        en: { term: 'coyote' },
        es: { term: 'coyote' },
        ambiguous: ['coyote'],
      }),
    ]);
    const marked = (...blocks: string[]) => scanTexts(places, blocks).map((m) => `${m.surface}:${m.reason}`);
    expect(marked('Factories in Ciudad Juárez, Tijuana and Reynosa added 4,000 jobs.')).toEqual([]);
    expect(
      marked('Plants in Tijuana grew.', 'Ciudad Juárez lagged.', 'Reynosa held.', 'Tijuana again.'),
    ).toEqual([]);
    // With one piece of evidence on the page ("migrants", a cue), places count again.
    expect(
      marked(
        'Plants in Tijuana grew.',
        'Ciudad Juárez lagged.',
        'Reynosa held.',
        'Migrants waited.',
        'Tijuana again.',
      ),
    ).toContain('Tijuana:page');
    expect(marked('A coyote took them from Reynosa to Ciudad Juárez.')).toEqual([
      'coyote:nearby',
      'Reynosa:nearby',
      'Ciudad Juárez:nearby',
    ]);
    // Acronyms do not support each other: three of them are as often tech jargon.
    const acronyms = matcherFor(
      ['ICE', 'TPS', 'SRE', 'CAT'].map((acronym) =>
        makeEntry({
          id: acronym.toLowerCase(),
          en: { term: `${acronym} long name`, acronyms: [acronym] },
          es: { term: `${acronym} nombre largo` },
          ambiguous: [acronym],
        }),
      ),
    );
    expect(scanTexts(acronyms, ['Our SRE team moved the ICE cluster; the TPS report is late.'])).toEqual([]);
    expect(
      scanTexts(acronyms, ['SRE and ICE.', 'The TPS report and CAT scans.', 'ICE and SRE again.']),
    ).toEqual([]);
    // But once the page has two pieces of evidence, the story's own subject counts, acronym or not.
    expect(
      scanTexts(acronyms, [
        'ICE arrests man outside courthouse',
        'Migrants and immigration lawyers waited.',
      ]).map((m) => `${m.surface}:${m.reason}`),
    ).toEqual(['ICE:page']);
  });

  test("on a page with two pieces of evidence, one ambiguous entry (the story's own subject) is the third", () => {
    // A remittances story: "remesas" throughout, two migration terms elsewhere on the page.
    expect(scan('CBP and the INM.', 'A coyote was paid.', 'The coyote fled.')).toEqual([
      'CBP:cbp:unambiguous',
      'INM:inm:unambiguous',
      'coyote:coyote:page',
      'coyote:coyote:page',
    ]);
    expect(scan('CBP said so.', 'A coyote was paid.', 'The coyote fled.')).toEqual(['CBP:cbp:unambiguous']);
  });

  test('other senses: a passage about wildlife keeps its coyote, even on a migration page', () => {
    const page = ['CBP said migrants crossed the Rio Grande.', 'CBP and the INM met.', 'Migrants waited.'];
    expect(scan(...page, 'Biologists fitted collars on a coyote pack.')).not.toContainEqual(
      expect.stringContaining('coyote'),
    );
    expect(scan(...page, 'A coyote charged them $8,000.')).toContain('coyote:coyote:page');
  });

  test('a passage about another sense gives the page its unambiguous terms, not its cues or ambiguous terms', () => {
    // The wildlife passage names CBP: with the first block's two terms, the page is about migration.
    expect(
      scan(
        'CBP and the INM resumed work on the wall.',
        'Biologists said the wall cuts a wildlife corridor; CBP says groups cross there.',
        'Ciudad Juárez is 300 miles east.',
      ),
    ).toContain('Ciudad Juárez:juarez:page');
    // Three ambiguous entries in a wildlife passage are not three pieces of evidence for the page.
    expect(
      scan(
        'Migrants crossed.',
        'Biologists tracked wildlife from Ciudad Juárez to the Rio Grande, where a coyote hunted.',
        'Ciudad Juárez is near.',
      ),
    ).toEqual([]);
  });

  test('a form that is also a cue ("migrante") is its own evidence in the body, not in the corners', () => {
    const withMigrant = matcherFor([
      makeEntry({
        id: 'migrant',
        category: 'people',
        jurisdiction: ['INTL'],
        en: { term: 'migrant' },
        es: { term: 'persona migrante', aliases: ['migrante'] },
        ambiguous: ['migrant', 'migrante', 'persona migrante'],
      }),
      makeEntry({ id: 'cbp', en: { term: 'CBP' }, es: { term: 'CBP' } }),
    ]);
    const marks = (...blocks: (string | RegionText)[]) =>
      scanTexts(withMigrant, blocks).map((m) => `${m.surface}:${m.reason}`);
    // An organization's name in the footer of a migration page: nothing else there says migration.
    expect(
      marks('CBP and CBP.', 'CBP again.', { text: 'Red de Apoyo Migrante A.C.', region: 'footer' }),
    ).toEqual(['CBP:unambiguous', 'CBP:unambiguous', 'CBP:unambiguous']);
    // On a page that names something specific of migration too (CBP); alone, a general word is none (specific()).
    expect(marks('Los migrantes llegaron.')).toEqual([]);
    expect(marks('Los migrantes llegaron.', 'CBP.')).toEqual(['migrantes:block', 'CBP:unambiguous']);
    expect(marks({ text: 'Los migrantes llegaron.', region: 'nav' }, 'CBP.')).toEqual(['CBP:unambiguous']);
    expect(marks('Los migrantes y la persona migrante.', 'CBP.')).toEqual([
      'migrantes:block',
      'persona migrante:block',
      'CBP:unambiguous',
    ]);
    expect(marks('CBP detuvo a los migrantes.')).toEqual(['CBP:unambiguous', 'migrantes:block']);
  });

  test('a place in a footer line of a page about migration is where the page speaks from (speakerPlace)', () => {
    const places = matcherFor([
      makeEntry({
        id: 'tijuana',
        category: 'geography',
        jurisdiction: ['MX'],
        en: { term: 'Tijuana' },
        es: { term: 'Tijuana' },
        ambiguous: ['Tijuana'],
      }),
      makeEntry({
        id: 'frontera-sur',
        category: 'geography',
        jurisdiction: ['MX'],
        en: { term: 'Southern Border' },
        es: { term: 'Frontera Sur' },
        ambiguous: ['Southern Border', 'Frontera Sur'],
      }),
      makeEntry({ id: 'cbp', en: { term: 'CBP' }, es: { term: 'CBP' } }),
    ]);
    const marks = (...blocks: (string | RegionText)[]) =>
      scanTexts(places, blocks).map((m) => `${m.surface}:${m.reason}`);
    const page = ['CBP and CBP.', 'CBP again.'];
    expect(
      marks(...page, { text: 'Albergue Juventud 2000 · Zona Norte, Tijuana', region: 'footer' }),
    ).toContain('Tijuana:page');
    // Not a place that goes on into a longer name, not a navigation line, not on a page about something else.
    expect(marks(...page, { text: '© 2026 Southern Border Monitor', region: 'footer' })).toEqual(
      expect.not.arrayContaining([expect.stringContaining('Southern Border')]),
    );
    expect(marks(...page, { text: 'Tijuana', region: 'nav' })).not.toContain('Tijuana:page');
    // Alone on its line, it is a footer menu's section link.
    expect(marks(...page, { text: 'Local\nTijuana\nDeportes', region: 'footer' })).not.toContain(
      'Tijuana:page',
    );
    expect(marks('Horarios de misa.', { text: 'Parroquia · Tijuana', region: 'footer' })).toEqual([]);
  });

  test("an organization's own name that is a cue too ('Casa del Migrante') is its own evidence in the corners of a page about migration", () => {
    const withShelter = matcherFor([
      makeEntry({
        id: 'casa-del-migrante',
        category: 'humanitarian',
        jurisdiction: ['MX'],
        en: { term: 'Casa del Migrante' },
        es: { term: 'Casa del Migrante' },
        ambiguous: ['Casa del Migrante'],
      }),
      makeEntry({
        id: 'frontera-sur',
        category: 'geography',
        jurisdiction: ['MX'],
        en: { term: 'southern border' },
        es: { term: 'Frontera Sur' },
        ambiguous: ['Frontera Sur'],
      }),
      makeEntry({ id: 'cbp', en: { term: 'CBP' }, es: { term: 'CBP' } }),
    ]);
    const marks = (...blocks: (string | RegionText)[]) =>
      scanTexts(withShelter, blocks).map((m) => `${m.surface}:${m.reason}`);
    const header = { text: 'Casa del Migrante en Tijuana', region: 'nav' } as const;
    expect(marks(header, 'CBP and CBP.', 'CBP again.')).toEqual([
      'Casa del Migrante:block',
      'CBP:unambiguous',
      'CBP:unambiguous',
      'CBP:unambiguous',
    ]);
    // Not a place's name inside another name in a sidebar ("Observatorio Frontera Sur"), nor a word of the text in
    // lowercase. In a header or a footer, a place is where the page speaks from (speakerPlace), but not a menu's item.
    expect(
      marks({ text: 'Observatorio Frontera Sur', region: 'aside' }, 'CBP and CBP.', 'CBP again.'),
    ).toEqual(['CBP:unambiguous', 'CBP:unambiguous', 'CBP:unambiguous']);
    expect(marks({ text: 'Observatorio Frontera Sur', region: 'nav' }, 'CBP and CBP.', 'CBP again.')).toEqual(
      ['Frontera Sur:page', 'CBP:unambiguous', 'CBP:unambiguous', 'CBP:unambiguous'],
    );
    expect(
      marks({ text: 'Noticias · Frontera Sur · Deportes', region: 'nav' }, 'CBP and CBP.', 'CBP again.'),
    ).toEqual(['CBP:unambiguous', 'CBP:unambiguous', 'CBP:unambiguous']);
    expect(marks({ text: 'la casa del migrante', region: 'nav' }, 'CBP and CBP.', 'CBP again.')).toEqual([
      'CBP:unambiguous',
      'CBP:unambiguous',
      'CBP:unambiguous',
    ]);
  });

  test('regions: page evidence does not reach navigation, sidebars or comments', () => {
    const page = [
      'CBP said migrants crossed the river.',
      'Migrants waited at the bridge.',
      'CBP counted them.',
    ];
    const pageMarks = scan(...page);
    for (const region of ['nav', 'links', 'aside', 'comments', 'ad', 'footer'] as const) {
      expect(scan(...page, { text: 'Coyote spotted near school', region }), region).not.toContainEqual(
        expect.stringContaining('Coyote'),
      );
    }
    expect(scan(...page, { text: 'Coyote spotted near school', region: 'body' })).toContain(
      'Coyote:coyote:page',
    );
    // With evidence of its own, a comment's terms are marked.
    expect(scan(...page, { text: 'The coyote left the migrants there.', region: 'comments' })).toContain(
      'coyote:coyote:block',
    );
    // Comments answer the page: on a page about migration, one other term of the domain beside a form is enough,
    // not in a sidebar (other stories' headlines run together there), nor a lone joke in the comments.
    const reply = 'A coyote took my cousin to Ciudad Juárez.';
    expect(scan(...page, { text: reply, region: 'comments' })).toContain('coyote:coyote:nearby');
    expect(scan(...page, { text: reply, region: 'aside' })).not.toContainEqual(
      expect.stringContaining('coyote'),
    );
    expect(scan({ text: reply, region: 'comments' })).toEqual([]);
    expect(scan(...page, { text: 'I saw a coyote at the game.', region: 'comments' })).not.toContainEqual(
      expect.stringContaining('coyote'),
    );
    // A corner's lines are its items, read apart (a trending bar's links): the CBP headline vouches for no other.
    const bar = 'CBP ruling on migrants\nCoyote spotted near school\nCoyote left migrants at the river';
    for (const region of ['aside', 'links', 'nav'] as const) {
      expect(scan(...page, { text: bar, region }), region).toEqual([
        ...pageMarks,
        'CBP:cbp:unambiguous',
        'Coyote:coyote:block',
      ]);
    }
    expect(scan(...page, { text: bar, region: 'comments' })).toContainEqual(
      expect.stringMatching(/^Coyote:coyote:block/),
    );
    expect(
      scan(...page, { text: bar, region: 'comments' }).filter((m) => m.startsWith('Coyote')),
    ).toHaveLength(2);
    // A sidebar's evidence does not make the page about migration.
    expect(
      scan(
        { text: 'Migrants and CBP', region: 'aside' },
        { text: 'Migrants, CBP', region: 'aside' },
        'A coyote.',
      ),
    ).not.toContainEqual(expect.stringContaining('coyote'));
  });

  test('a shared form goes to the entry of the jurisdiction its block or page points to, alternatives carried', () => {
    expect(scan('The INM carried out 40,000 deportations.')).toEqual([
      'INM:inm:unambiguous',
      'deportations:mx-deportation:block',
    ]);
    expect(scan('CBP reported more deportations.')).toEqual([
      'CBP:cbp:unambiguous',
      'deportations:us-removal:block',
    ]);
    const [mark] = scanTexts(model, ['El INM y la deportación.']).filter(
      (m) => m.entryId === 'mx-deportation',
    );
    expect(mark?.alternatives).toEqual(['us-removal']);
  });

  test("where nothing points, a shared form's entry does not depend on the glossary's order (usualEntry)", () => {
    const deportation = (id: string, category: Category, jurisdiction: ('US' | 'MX')[]) =>
      makeEntry({
        id,
        category,
        jurisdiction,
        en: { term: `deportation (${id})`, aliases: ['deportation'] },
        es: { term: 'deportación' },
        ambiguous: ['deportation', 'deportación'],
      });
    const us = deportation('removal', 'enforcement', ['US']);
    const mx = deportation('deportacion-mx', 'mx-law', ['MX']);
    for (const entries of [
      [us, mx],
      [mx, us],
    ]) {
      const matcher = matcherFor(entries); // once per order: compiling with the whole vocabulary is the slow part
      const ids = (text: string) => scanTexts(matcher, [text]).map((m) => m.entryId);
      // An English form is the US's; another, the first by category (enforcement before mx-law).
      expect(ids('The immigration judge ordered his deportation.')).toEqual(['removal']);
      expect(ids('El juez de inmigración ordenó su deportación.')).toEqual(['removal']);
    }
  });

  test("a page split between the countries by one vote does not decide a passage's shared form: it takes its usual entry", () => {
    const port = ['CBP hands people to the INM at the port.', 'The INM gives each one a certificate.'];
    expect(scan(...port, 'Most faced deportation last night.')).toContain('deportation:us-removal:block');
    // A page whose terms all point to one country still decides, by one vote or more.
    const mexico = ['The INM runs the station in Tapachula.', 'The INM gives each one a certificate.'];
    expect(scan(...mexico, 'Most faced deportation last night.')).toContain(
      'deportation:mx-deportation:block',
    );
  });

  test('a country does not deport its own people: deportations of Mexicans are the US removal beside the INM (ownNationals)', () => {
    for (const text of [
      'The INM counted the deportation of the Mexicans at the repatriation point.',
      'The INM counted deportations of Mexican nationals at the repatriation point.',
      'El INM dijo que la deportación de connacionales sigue.',
    ]) {
      expect(
        scan(text).filter((m) => m.includes('deportation') || m.includes('deportación')),
        text,
      ).toEqual(expect.arrayContaining([expect.stringMatching(/:us-removal:block$/)]));
    }
    expect(scan('The INM counted deportations of Mexicans.')).toEqual([
      'INM:inm:unambiguous',
      'deportations:us-removal:block',
    ]);
    // Other people's deportation beside the INM stays Mexico's.
    expect(scan('The INM counted deportations of Hondurans.')).toEqual([
      'INM:inm:unambiguous',
      'deportations:mx-deportation:block',
    ]);
  });

  test('the deporting country named beside a shared form decides its entry, whatever the passage leans to (deportingCountry)', () => {
    for (const text of [
      'El INM dijo que la deportación por Estados Unidos sigue.',
      'El INM recibe a quienes sufrieron la deportación desde EE. UU. en el puente.',
      'The INM met him after his deportation by the United States.',
    ]) {
      expect(
        scan(text).filter((m) => m.includes('deportation') || m.includes('deportación')),
        text,
      ).toEqual([expect.stringMatching(/:us-removal:block$/)]);
    }
    // The deported named after "de" are the objects, not the actor: Mexico deports US citizens.
    expect(scan('El INM anunció la deportación de estadounidenses.')).toContain(
      'deportación:mx-deportation:block',
    );
    expect(scan('CBP said the deportation by Mexico of the group was legal.')).toContain(
      'deportation:mx-deportation:block',
    );
  });

  test('a bare institution name is not marked on a passage plainly about the other country', () => {
    expect(
      scan('Under the 2021 ruling, the INM may hold migrants 36 hours; the Supreme Court set it.'),
    ).toEqual(['INM:inm:unambiguous']);
    expect(scan('CBP said migrants may ask the Supreme Court.')).toContain('Supreme Court:scotus:block');
  });

  test('a name that says its own country ("Guardia Nacional de Texas") is that country\'s beside the other country\'s terms', () => {
    const named = matcherFor([
      makeEntry({
        id: 'inm',
        category: 'mx-institutions',
        jurisdiction: ['MX'],
        en: { term: 'National Migration Institute', acronyms: ['INM'] },
        es: { term: 'Instituto Nacional de Migración', acronyms: ['INM'] },
      }),
      makeEntry({
        id: 'texas-guard',
        category: 'us-institutions',
        jurisdiction: ['US'],
        en: { term: 'Texas National Guard' },
        es: { term: 'Guardia Nacional de Texas' },
        ambiguous: ['Texas National Guard', 'Guardia Nacional de Texas'],
      }),
      makeEntry({
        id: 'us-court',
        category: 'us-institutions',
        jurisdiction: ['US'],
        en: { term: 'U.S. Supreme Court' },
        es: { term: 'Corte Suprema de Estados Unidos', aliases: ['Corte Suprema'] },
        ambiguous: ['U.S. Supreme Court', 'Corte Suprema de Estados Unidos', 'Corte Suprema'],
      }),
    ]);
    const marksOf = (text: string) => scanTexts(named, [text]).map((m) => `${m.surface}:${m.entryId}`);
    expect(marksOf('El INM y la Guardia Nacional de Texas vigilan a los migrantes.')).toContain(
      'Guardia Nacional de Texas:texas-guard',
    );
    expect(
      marksOf('El INM dijo que la Corte Suprema de Estados Unidos falló sobre los migrantes.'),
    ).toContain('Corte Suprema de Estados Unidos:us-court');
    // The bare name beside the INM is not the US court.
    expect(marksOf('El INM dijo que la Corte Suprema falló sobre los migrantes.')).toEqual(['INM:inm']);
  });

  test('country names vote for Central America, for whose institution a bare name is (countries.yaml)', () => {
    // No Central American court has an entry: "the Supreme Court" of Honduras is not the US one.
    expect(scan('Migrants asked the Supreme Court of Honduras to stop the deportations.')).not.toContainEqual(
      expect.stringContaining('scotus'),
    );
    expect(scan('The Salvadoran Supreme Court heard the migrants.')).toEqual([]);
    // A country's name attached to the name decides, even beside another country's terms.
    expect(scan('CBP said the Supreme Court of Honduras erred.')).toEqual(['CBP:cbp:unambiguous']);
    expect(scan('La Corte Suprema de Justicia de Honduras y la CBP.')).toEqual(['CBP:cbp:unambiguous']);
    // Otherwise migration terms decide first, and plural demonyms are people, not a country's institutions.
    expect(scan('CBP said the Supreme Court ruled; Honduras disagreed.')).toContain(
      'Supreme Court:scotus:block',
    );
    expect(scan('The Supreme Court let CBP return Hondurans and migrants.')).toContain(
      'Supreme Court:scotus:block',
    );
    // A passage whose own migration terms name the name's country too is not plainly about another country,
    // however many Central American places it names.
    expect(
      scan('El IGM recibió a hondureños en Guatemala; en México esperan el INM y la Guardia Nacional.'),
    ).toContain('Guardia Nacional:guardia-nacional:block');
    expect(scan('El IGM recibió a hondureños en Guatemala y la Guardia Nacional.')).not.toContainEqual(
      expect.stringContaining('guardia-nacional'),
    );
    // Where people are deported to does not say whose deportation it is.
    expect(scan('The INM said deportations to Guatemala and Honduras rose.')).toEqual([
      'INM:inm:unambiguous',
      'deportations:mx-deportation:block',
    ]);
  });

  test('a namesake ("National Guard", glossary/vocabulary/namesakes.yaml) is marked only for its own country', () => {
    expect(scan('Members of the National Guard and INM agents watched the migrants.')).toContain(
      'National Guard:guardia-nacional:block',
    );
    // The US National Guard has no entry: on a passage about US enforcement, or one that points nowhere, no mark.
    expect(scan('CBP asked the National Guard to help stop migrants.')).toEqual(['CBP:cbp:unambiguous']);
    expect(scan('Migrants walked past the National Guard.')).toEqual([]);
    // The page's vote reaches a passage that points nowhere.
    expect(
      scan('The INM and the INM again.', 'Migrants walked past the National Guard.', 'Migrants waited.'),
    ).toContain('National Guard:guardia-nacional:block');
    // A namesake that is the entry's own headword ("National Human Rights Commission": Mexico's CNDH, and India's,
    // and others) follows the same rule.
    expect(scan('The National Human Rights Commission visited the INM station.')).toContain(
      'National Human Rights Commission:cndh:block',
    );
    expect(scan('The National Human Rights Commission asked about the migrants.')).toEqual([]);
    // Named unambiguously in the passage, the bare name that follows is the same institution.
    expect(scan("Mexico's National Guard met migrants; the National Guard stayed.")).toContain(
      'National Guard:guardia-nacional:block',
    );
  });

  test('a code citation is not the policy; the sections the policy rested on are', () => {
    expect(scan('Suits under Title 42 of the U.S. Code, Section 1983, rose.', 'Title 42 remedies.')).toEqual(
      [],
    );
    expect(scan('Title 42, Section 1988 lets courts award fees.')).toEqual([]);
    expect(scan('CDC invoked 42 U.S.C. 265 to expel migrants.')).toEqual([
      '42 U.S.C. 265:title-42:unambiguous',
    ]);
    expect(scan('Under Title 42, migrants were expelled.')).toEqual(['Title 42:title-42:block']);
  });
});

describe('legal citations of migration law, both ways (glossary/vocabulary/citations.yaml)', () => {
  const law = matcherFor([
    makeEntry({
      id: 'illegal-entry-1325',
      category: 'us-law',
      en: { term: 'illegal entry', aliases: ['Section 1325', 'Section 1326', '8 U.S.C. 1326'] },
      es: { term: 'entrada ilegal' },
      ambiguous: ['Section 1325', 'Section 1326'],
    }),
    makeEntry({
      id: 'ina-212f',
      category: 'us-law',
      en: { term: 'Section 212(f)', aliases: ['212(f)'] },
      es: { term: 'sección 212(f)' },
      ambiguous: ['212(f)', 'Section 212(f)', 'sección 212(f)'],
    }),
    makeEntry({
      id: 'removal-proceedings',
      category: 'us-law',
      en: { term: 'removal proceedings' },
      es: { term: 'procedimiento de deportación' },
    }),
    makeEntry({
      id: 'expedited-removal',
      category: 'us-law',
      en: { term: 'expedited removal', aliases: ['235(b)(1)'] },
      es: { term: 'deportación expedita' },
      ambiguous: ['235(b)(1)'],
    }),
    makeEntry({
      id: 'harboring-1324',
      category: 'us-law',
      en: { term: 'alien smuggling and harboring', aliases: ['8 U.S.C. §1324'] },
      es: { term: 'tráfico y encubrimiento de extranjeros' },
    }),
    makeEntry({
      id: 'ina',
      category: 'us-law',
      en: { term: 'Immigration and Nationality Act', acronyms: ['INA'] },
      es: { term: 'Ley de Inmigración y Nacionalidad' },
    }),
  ]);
  const scan = (...blocks: string[]) =>
    scanTexts(law, blocks).map((m) => `${m.surface}:${m.entryId}:${m.reason}`);

  test('the code and the act cite the same provision: either citation is the entry', () => {
    expect(scan('He was charged under 8 U.S.C. § 1326(a) and 8 USC 1325.')).toEqual([
      '8 U.S.C. § 1326:illegal-entry-1325:unambiguous',
      '8 USC 1325:illegal-entry-1325:unambiguous',
    ]);
    expect(scan('Title 8, Section 1325 and section 1326 of Title 8; INA § 275 and INA section 276.')).toEqual(
      [
        'Title 8, Section 1325:illegal-entry-1325:unambiguous',
        'section 1326 of Title 8:illegal-entry-1325:unambiguous',
        'INA § 275:illegal-entry-1325:unambiguous',
        'INA section 276:illegal-entry-1325:unambiguous',
      ],
    );
    expect(scan('Section 1326 of the U.S. Code makes it a felony.')).toEqual([
      'Section 1326 of the U.S. Code:illegal-entry-1325:unambiguous',
    ]);
    expect(scan('8 U.S.C. §1182(f), 8 U.S.C. 1229a, INA §240, 8 U.S.C. § 1225(b)(1).')).toEqual([
      '8 U.S.C. §1182(f):ina-212f:unambiguous',
      '8 U.S.C. 1229a:removal-proceedings:unambiguous',
      'INA §240:removal-proceedings:unambiguous',
      '8 U.S.C. § 1225(b)(1):expedited-removal:unambiguous',
    ]);
  });

  test('smuggling and harboring is found however section 1324 is cited, not only as its aliases write it', () => {
    expect(
      scan('They are charged under 8 U.S.C. § 1324 and INA § 274; another under Title 8, Section 1324.'),
    ).toEqual([
      '8 U.S.C. § 1324:harboring-1324:unambiguous',
      'INA § 274:harboring-1324:unambiguous',
      'Title 8, Section 1324:harboring-1324:unambiguous',
    ]);
    expect(scan('A debtor under section 1324 of Title 11 kept the house.')).toEqual([]);
  });

  test("the act's name beside a section stays its own mark", () => {
    expect(
      scan('Section 212(f) of the Immigration and Nationality Act lets the president bar entry.'),
    ).toEqual(['Section 212(f):ina-212f:block', 'Immigration and Nationality Act:ina:unambiguous']);
  });

  test('the same section numbers in another title or another law are not the entry', () => {
    expect(scan('A debtor under section 1325 of Title 11 kept the house.')).toEqual([]);
    expect(scan('Under Section 1325, the Bankruptcy Code lets a debtor keep a home.')).toEqual([]);
    // Bare, with no migration evidence, the section number says nothing.
    expect(scan('Section 1325 applies.', 'Section 212(f) of the statute.')).toEqual([]);
    // With migration evidence, the bare section is the entry.
    expect(scan('Prosecutors filed Section 1325 charges against migrants.')).toEqual([
      'Section 1325:illegal-entry-1325:block',
    ]);
  });
});

describe("each form's other senses (other-senses.yaml `against`), proper names, and whose action a form names", () => {
  const entry = (
    id: string,
    category: Category,
    jurisdiction: ('US' | 'MX' | 'CA' | 'INTL')[],
    en: string,
    es: string,
    ambiguous: string[] = [en, es],
  ) => makeEntry({ id, category, jurisdiction, en: { term: en }, es: { term: es }, ambiguous });
  const model = matcherFor([
    entry('coyote', 'people', ['MX', 'US', 'CA'], 'coyote', 'coyote'),
    entry('rio-bravo', 'geography', ['US', 'MX'], 'Rio Grande', 'río Bravo'),
    entry('juarez', 'geography', ['MX', 'US'], 'Ciudad Juárez', 'Ciudad Juárez'),
    entry('pollero', 'people', ['MX', 'US'], 'pollero', 'pollero'),
    entry('albergue', 'humanitarian', ['MX', 'CA', 'US'], 'migrant shelter', 'albergue', ['albergue']),
    entry('rescate-inm', 'enforcement', ['MX'], 'INM rescue', 'rescate', ['rescate']),
    entry('caravan', 'journalism', ['MX', 'US', 'CA'], 'caravan', 'caravana'),
    entry('guardia-nacional', 'mx-institutions', ['MX'], "Mexico's National Guard", 'Guardia Nacional', [
      'Guardia Nacional',
    ]),
    entry('operativo', 'enforcement', ['MX'], 'INM operation', 'operativo', ['operativo']),
    entry('usbp', 'us-institutions', ['US'], 'Border Patrol', 'Patrulla Fronteriza', []),
    entry(
      'inm',
      'mx-institutions',
      ['MX'],
      'National Migration Institute',
      'Instituto Nacional de Migración',
      [],
    ),
    entry('estacion-migratoria', 'enforcement', ['MX'], 'immigration station', 'estación migratoria', [
      'immigration station',
    ]),
    entry('title-42', 'programs-policies', ['US', 'MX'], 'Title 42', 'Título 42'),
    entry('asylum-us', 'us-law', ['US'], 'asylum', 'asilo'),
    entry('alien-noncitizen', 'us-law', ['US'], 'alien', 'extranjero', ['alien']),
    entry('invasion', 'journalism', ['US', 'MX'], 'invasion', 'invasión'),
    entry('encounter', 'journalism', ['US'], 'encounter', 'encuentro', ['encounter']),
    entry('amnesty', 'journalism', ['US', 'MX'], 'amnesty', 'amnistía'),
    entry('matamoros', 'geography', ['MX', 'US'], 'Matamoros', 'Matamoros'),
    entry('casa-de-seguridad', 'journalism', ['MX', 'US'], 'stash house', 'casa de seguridad'),
    entry('removal-deportation', 'enforcement', ['US'], 'removal', 'remoción', ['removal']),
    entry('green-card', 'documents', ['US'], 'green card', 'tarjeta verde'),
    entry('unaccompanied-child', 'people', ['US', 'MX'], 'unaccompanied minor', 'menor no acompañado'),
    entry('parole', 'us-law', ['US'], 'parole', 'parole'),
    entry('annunciation-house', 'humanitarian', ['US'], 'Annunciation House', 'Annunciation House'),
    entry('tarjeta-residente', 'documents', ['MX'], 'Mexican residence card', 'tarjeta de residente', [
      'tarjeta de residente',
    ]),
    {
      ...entry(
        'sedena',
        'mx-institutions',
        ['MX'],
        'Mexican Defense Ministry',
        'Secretaría de la Defensa Nacional',
        [],
      ),
      evidence: false,
    },
  ]);
  const scan = (...blocks: (string | RegionText)[]) =>
    scanTexts(model, blocks).map((m) => `${m.surface}:${m.entryId}:${m.reason}`);
  const migrationPage = [
    'The Border Patrol and the National Migration Institute reported more migrants.',
    'Migrants waited for asylum hearings.',
  ];
  const onMigrationPage = (...blocks: string[]) =>
    scan(...migrationPage, ...blocks).filter((mark) => !/usbp|inm/.test(mark));

  test('a general institution (evidence: false) is marked only where the text is about migration', () => {
    const hurricane = 'La Secretaría de la Defensa Nacional activó el Plan DN-III en Sinaloa por el huracán.';
    expect(scan(hurricane)).toEqual([]);
    expect(scan('Lluvias en Culiacán.', hurricane)).toEqual([]);
    expect(onMigrationPage(hurricane.replace(' por el huracán', ''))).toContain(
      'Secretaría de la Defensa Nacional:sedena:unambiguous',
    );
    expect(
      scan('La Secretaría de la Defensa Nacional y el Instituto Nacional de Migración revisaron autobuses.'),
    ).toContain('Secretaría de la Defensa Nacional:sedena:unambiguous');
  });

  test("criminal justice is another sense of parole: 'libertad condicional (parole) en el sistema penal'", () => {
    expect(onMigrationPage('No traducir como libertad condicional (parole) en el sistema penal.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('The inmate was denied parole at the state prison.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Nor does the parole of a prisoner under state law matter here.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Parole lets some migrants enter for humanitarian reasons.')).toContain(
      'Parole:parole:block',
    );
  });

  test('a domain named per form speaks against that form only: goats against the coyote, not the Rio Grande', () => {
    expect(onMigrationPage('Ranchers lost goats and calves to coyotes along the Rio Grande.')).toEqual([
      'asylum:asylum-us:block',
      'Rio Grande:rio-bravo:page',
    ]);
    // The same passage beside more migration evidence keeps its coyote: ranchers on the border speak of smugglers.
    expect(scan('Ranchers say a coyote leads migrants across their land to meet the Border Patrol.')).toEqual(
      ['coyote:coyote:block', 'Border Patrol:usbp:unambiguous'],
    );
    expect(scan('Los polleros del mercado dicen que el kilo de pollo subió.')).toEqual([]);
    // A fixer selling appointments at a government office is a coyote too, even on a migration page.
    expect(
      onMigrationPage('Afuera de la oficina de pasaportes, unos coyotes venden citas a 1,500 pesos.'),
    ).toEqual(['asylum:asylum-us:block']);
    expect(scan('El pollero cobró 5 mil dólares por cruzar a los migrantes.')).toEqual([
      'pollero:pollero:block',
    ]);
  });

  test('a page whose body has more words of a form’s other sense than migration evidence gives that form no sense', () => {
    const hurricane = [
      'Huracán deja damnificados; la Guardia Nacional instala albergues, informó Protección Civil.',
      'En el albergue de Marquelia esperaban las familias.',
      'La caravana de camiones llegó a las colonias altas.',
      'Los vecinos de la Guardia dijeron que el rescate tardó.',
    ];
    expect(scan(...hurricane)).toEqual([]);
    // Only more words of a domain than evidence outweigh it, and only a domain against every form or the form's own.
    const page: PageFacts = {
      evidence: 3,
      otherSense: 3,
      senses: [3],
      ambiguousEntries: 0,
      ambiguousNotPlaces: 0,
      ambiguousAcronyms: 0,
      votes: [0, 0, 0],
    };
    expect(pageOutweighs(page, 0)).toBe(false);
    expect(pageOutweighs({ ...page, evidence: 2 }, 0)).toBe(true);
    expect(pageOutweighs({ ...page, evidence: 1, senses: [0, 2] }, 0b01)).toBe(true);
    expect(pageOutweighs({ ...page, evidence: 1, senses: [0, 2] }, 0b10)).toBe(false);
    // Forms that are their own evidence ("deportation") do not vouch for themselves.
    expect(pageOutweighs({ ...page, evidence: 2, senses: [0, 2] }, 0b01)).toBe(false);
    expect(pageOutweighs({ ...page, evidence: 2, selfEvidence: 2, senses: [0, 2] }, 0b01)).toBe(true);
    // With migration evidence outweighing it, the page's sense reaches the same passages; but not a convoy of
    // trucks, whose own words (trucks, neighborhoods) are of another subject (topic.ts).
    expect(onMigrationPage('Los migrantes deportados llegaron a Chiapas.', ...hurricane.slice(1, 3))).toEqual(
      ['asylum:asylum-us:block', 'albergue:albergue:page'],
    );
    expect(
      onMigrationPage('Los migrantes deportados llegaron a Chiapas.', 'La caravana llegó a Tapachula.'),
    ).toContain('caravana:caravan:page');
  });

  test('ambiguous terms that co-occur are no evidence where the body has more words of other senses and nothing unambiguous', () => {
    const page: PageFacts = {
      evidence: 0,
      otherSense: 3,
      senses: [3],
      ambiguousEntries: 3,
      ambiguousNotPlaces: 1,
      ambiguousAcronyms: 0,
      votes: [0, 0, 0],
    };
    expect(pageAccepts(page)).toBe(false);
    expect(pageAccepts({ ...page, otherSense: 2 })).toBe(true);
    expect(pageAccepts({ ...page, evidence: 1, otherSense: 9 })).toBe(true);
    // With no unambiguous evidence, common words with no place among them are no domain.
    expect(pageAccepts({ ...page, otherSense: 0, ambiguousNotPlaces: 3 })).toBe(false);
    expect(pageAccepts({ ...page, otherSense: 0, ambiguousNotPlaces: 3, evidence: 1 })).toBe(true);
    expect(
      scan(
        'A surge of writes slowed the cutover.',
        'The removal of an index broke a report.',
        'Any engineer will encounter one.',
      ),
    ).toEqual([]);
    expect(
      scan(
        'A coyote was seen at dawn.',
        'The Rio Grande rose.',
        'Ciudad Juárez is near.',
        'Ranchers sold cattle, sheep and goats.',
      ),
    ).toEqual([]);
  });

  test('terms beside each other support each other only with a place among them: a tax amnesty notice is no domain', () => {
    expect(
      scan(
        'Those who miss the amnesty face the removal of payment plans and may encounter collection agencies.',
      ),
    ).toEqual([]);
    expect(scan('A coyote guided the removal party past Ciudad Juárez toward the Rio Grande.')).toEqual([
      'coyote:coyote:nearby',
      'removal:removal-deportation:nearby',
      'Ciudad Juárez:juarez:nearby',
      'Rio Grande:rio-bravo:nearby',
    ]);
  });

  test("airlines' unaccompanied minors and an insurer's green card are not the migration terms", () => {
    expect(
      scan(
        'Children flying alone use our unaccompanied minor service; a flight attendant meets them at the gate.',
      ),
    ).toEqual([]);
    expect(scan('Your insurer will send a green card, proof of insurance for driving abroad.')).toEqual([]);
    expect(scan('The unaccompanied minor crossed the border and was handed to the Border Patrol.')).toEqual([
      'unaccompanied minor:unaccompanied-child:block',
      'Border Patrol:usbp:unambiguous',
    ]);
    expect(onMigrationPage('She got her green card in 2019.')).toContain('green card:green-card:page');
  });

  test("a border town's food and wine are another sense for its places, though visitors cross the border", () => {
    expect(
      scan(
        'Cada fin de semana, miles de visitantes cruzan la frontera para comer mariscos y langosta en Matamoros.',
        'Luego siguen la ruta del vino hasta una vinícola del valle.',
      ),
    ).toEqual([]);
    expect(scan('Cada fin de semana, cientos de migrantes cruzan la frontera cerca de Matamoros.')).toEqual([
      'Matamoros:matamoros:block',
    ]);
  });

  test("a cycling race's invasion of fans, publicity caravan and mountain rescue are sport (its race words)", () => {
    const race = [
      'Crónica de la etapa reina: una invasión de aficionados en la subida final.',
      'Antes de los ciclistas pasó la caravana publicitaria rumbo a Matamoros.',
      'El servicio de rescate de montaña atendió a un velocista; mañana hay contrarreloj.',
    ];
    expect(scan(...race)).toEqual([]);
    // The same terms with none of a race's words support each other (smuggler slang beside a border city).
    expect(
      scan(
        'Una invasión en la subida final.',
        'Pasó la caravana rumbo a Matamoros.',
        'El servicio de rescate atendió a un hombre.',
      ),
    ).toEqual([
      'invasión:invasion:page',
      'caravana:caravan:page',
      'Matamoros:matamoros:page',
      'rescate:rescate-inm:page',
    ]);
  });

  test('a namesake ("National Guard") supports no other term: a flood rescue with an aid caravan near a border city', () => {
    expect(
      scan(
        'Soldiers from the National Guard reached families on rooftops.',
        'A caravan of utility trucks arrived at night.',
        'In Ciudad Juárez two bridges closed.',
      ),
    ).toEqual([]);
  });

  test('a form its other senses hold on the page supports nothing: a kidnapping story with its armed cell', () => {
    expect(
      scan(
        'MATAMOROS.— En un operativo, la Guardia Nacional liberó a dos personas retenidas en una casa de seguridad.',
        'Tres presuntos integrantes de un grupo delictivo fueron detenidos; se aseguraron armas de fuego.',
      ),
    ).toEqual([]);
    // The same first passage on a page about migrants keeps its terms.
    expect(
      scan(
        'MATAMOROS.— En un operativo, la Guardia Nacional liberó a dos personas retenidas en una casa de seguridad.',
        'Los migrantes secuestrados habían cruzado la frontera sur; el Instituto Nacional de Migración los atendió.',
      ),
    ).toEqual([
      'MATAMOROS:matamoros:nearby',
      'operativo:operativo:nearby',
      'Guardia Nacional:guardia-nacional:nearby',
      'casa de seguridad:casa-de-seguridad:nearby',
      'Instituto Nacional de Migración:inm:unambiguous',
    ]);
  });

  test('deportations of history are not removals: a form that is its own evidence does not outvote its page', () => {
    const removal = matcherFor([
      makeEntry({
        id: 'removal-deportation',
        category: 'enforcement',
        en: { term: 'removal', aliases: ['deportation', 'deported'] },
        es: { term: 'deportación' },
        ambiguous: ['deportation', 'deported', 'deportación'],
      }),
      makeEntry({ id: 'ice', en: { term: 'ICE' }, es: { term: 'ICE' } }),
    ]);
    const marks = (...blocks: string[]) => scanTexts(removal, blocks).map((m) => `${m.surface}:${m.reason}`);
    expect(
      marks(
        'A new exhibit traces the deportation of the Jews of Thessaloniki.',
        'In 1943 the occupiers deported 45,000 Jews to Auschwitz.',
        'Letters follow the deportation from the ghetto to the camps.',
        'Historians say the speed of the deportation was planned.',
      ),
    ).toEqual([]);
    expect(marks('ICE deported 300 people to Guatemala.', 'The deportation flights continue.')).toEqual([
      'ICE:unambiguous',
      'deported:block',
      'deportation:block',
    ]);
  });

  test('a ransom is not the INM’s "rescate": shields with alternatives (shields.yaml)', () => {
    expect(scan('Los secuestradores exigieron otro rescate a las familias de los migrantes.')).toEqual([]);
    expect(scan('Pidieron rescate por los migrantes secuestrados.')).toEqual([]);
    // Every tense of the demand (holdout21: "la banda pedía rescate a sus familias").
    for (const demand of ['pedía', 'pide', 'exige', 'cobraba', 'pagamos', 'han pedido'])
      expect(scan(`Los migrantes dijeron que la banda ${demand} rescate a sus familias.`), demand).toEqual(
        [],
      );
    expect(scan('El rescate ocurrió en Veracruz: los migrantes viajaban en un tráiler.')).toEqual([
      'rescate:rescate-inm:block',
    ]);
  });

  test('a capitalized form in a proper name is not the term: "Coyote Student Center", "Estadio Coyote"', () => {
    expect(onMigrationPage('Office of Student Success, Coyote Student Center, Room 214.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Dining: Coyote Cafe menu. Caravan Arts Series tickets.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('El partido será en el Estadio Coyote.')).toEqual(['asylum:asylum-us:block']);
    // Up to two more capitalized words before the head word: an organization's name ("Asylum" is no term there,
    // as "Immigrant" is not in "Lakeside Immigrant Legal Clinic"); a place keeps its sense inside such a name.
    expect(onMigrationPage('The Front Range Asylum Legal Clinic has free consults on Wednesdays.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Guest: an attorney with the San Luis Valley Asylum Resource Center.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('He was held at the Matamoros Detention Center for a month.')).toContainEqual(
      expect.stringMatching(/^Matamoros:matamoros:/),
    );
    // A sports team: the form before "FC", "SC" or "United".
    expect(onMigrationPage('Congrats to Coyote FC and Caravan United on the cup final.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('La escuela de la Colonia Matamoros abrió.')).toEqual(['asylum:asylum-us:block']);
    // A street address: the street and the neighborhood (colonia), abbreviated or lowercase.
    expect(onMigrationPage('Oficinas: Versalles 49, Col. Matamoros, Ciudad de México.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Vive en la calle Matamoros, en la colonia Matamoros, Av. Matamoros 12.')).toEqual(
      ['asylum:asylum-us:block'],
    );
    // A place's name after a given name is a surname; not after an article, nor in a Title Case headline.
    expect(onMigrationPage('Lo dijo Ana Matamoros, vocera de la red de apoyo.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Los migrantes esperan en Matamoros.')).toContain('Matamoros:matamoros:block');
    expect(onMigrationPage('Migrants Wait In Matamoros For Hearings')).toContain('Matamoros:matamoros:block');
    expect(onMigrationPage('Buoys of Operation Lone Star Matamoros line the river.')).toContain(
      'Matamoros:matamoros:page',
    );
    expect(onMigrationPage('Road Runner outruns Wile E. Coyote again.')).toEqual(['asylum:asylum-us:block']);
    // A Spanish form before one more capitalized word mid-sentence is a name of two words: a person, a team.
    expect(
      onMigrationPage(
        'Lo dijo Pollero Gómez, el vecino.',
        'Esta tarde juegan los Operativo Azul en la cancha.',
      ),
    ).toEqual(['asylum:asylum-us:block']);
    // Capitalized elsewhere, or followed by a lowercase word, it is still the term.
    expect(onMigrationPage('Coyotes charge more now.', 'The coyote center of the network moved.')).toEqual([
      'asylum:asylum-us:block',
      'Coyotes:coyote:page',
      'coyote:coyote:page',
    ]);
  });

  test('a Spanish article capitalized mid-sentence starts a name: "vengan a ver a Los Coyotes de Saltillo"', () => {
    expect(onMigrationPage('Vengan a ver a Los Coyotes de Saltillo, jugamos el domingo.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    // A sentence's first word, a lowercase article or a Title Case headline say nothing: still the term.
    expect(
      onMigrationPage(
        'Los Coyotes cobran más.',
        'Pagaron a los Coyotes de siempre.',
        'Detienen A Los Coyotes',
      ),
    ).toEqual([
      'asylum:asylum-us:block',
      'Coyotes:coyote:page',
      'Coyotes:coyote:page',
      'Coyotes:coyote:page',
    ]);
  });

  test('a one-word form capitalized alone in quotation marks after a lowercase word is a title or a name: "retiro juvenil «Rescate»"', () => {
    expect(onMigrationPage('Enero: retiro juvenil «Caravana» para jóvenes de 15 a 22 años.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    expect(onMigrationPage('Cerramos con la canción "Coyote" de la banda.')).toEqual([
      'asylum:asylum-us:block',
    ]);
    // Quoted in lowercase, after a word that names it, or first in its sentence, it is still the term.
    expect(
      onMigrationPage(
        'Salió otra "caravana" del sur.',
        'Le dicen «Coyote» al que cobra el cruce.',
        'Cobra más el «Coyote» de siempre.',
        '«Caravana» llaman a la marcha.',
      ),
    ).toEqual([
      'asylum:asylum-us:block',
      'caravana:caravan:page',
      'Coyote:coyote:page',
      'Coyote:coyote:page',
      'Caravana:caravan:page',
    ]);
  });

  test('the head words of names are the vocabulary’s (names.yaml), carried by the compiled and the packed matcher', () => {
    const vocabulary = testVocabulary();
    expect(vocabulary.names.after).toContain('Center');
    expect(vocabulary.names.before).toContain('Estadio');
    const entries = [entry('coyote', 'people', ['MX', 'US', 'CA'], 'coyote', 'coyote')];
    const withQuartet = compileMatcher(entries, {
      ...vocabulary,
      names: { after: [...vocabulary.names.after, 'Quartet'], before: [...vocabulary.names.before, 'Peña'] },
    });
    // "Coyote Quartet" first in its sentence: mid-sentence, two capitalized words are a name anyway (startsLongName).
    const text = 'Migrants and migrants crossed. Coyote Quartet played at the Peña Coyote.';
    const coyotes = (m: Matcher) => scanTexts(m, [text]).map((mark) => mark.surface);
    expect(coyotes(createMatcher(compileMatcher(entries, vocabulary)))).toEqual(['Coyote', 'Coyote']);
    expect(coyotes(createMatcher(withQuartet))).toEqual([]);
    expect(coyotes(unpackMatcher(packMatcher(withQuartet)))).toEqual([]);
  });

  test("a form of one country's entry is not marked for the other country's actor: ICE's operativos are not the INM's", () => {
    expect(
      scan('Agentes de la Patrulla Fronteriza hicieron operativos en autolavados de Los Ángeles.'),
    ).toEqual(['Patrulla Fronteriza:usbp:unambiguous']);
    // An organization's name is not an action: a US shelter's volunteers in a passage about the INM.
    expect(
      scan(
        'Ante el Instituto Nacional de Migración, voluntarios de Annunciation House acompañaron a migrantes.',
      ),
    ).toContain('Annunciation House:annunciation-house:block');
    expect(scan('El Instituto Nacional de Migración hizo operativos en Chiapas.')).toEqual([
      'Instituto Nacional de Migración:inm:unambiguous',
      'operativos:operativo:block',
    ]);
    // Nor is a Spanish term quoted in an English sentence: English names the US's own things in English.
    expect(
      scan('The tarjeta de residente is not a US green card, and the Border Patrol will not care about it.'),
    ).toContain('tarjeta de residente:tarjeta-residente:block');
    expect(scan('La Patrulla Fronteriza le pidió la tarjeta de residente en el puente.')).toEqual([
      'Patrulla Fronteriza:usbp:unambiguous',
    ]);
    // A passage naming both countries' agencies (a PDF page is one block) has no one actor: the form keeps its entry.
    expect(
      scan(
        'La Patrulla Fronteriza detuvo a la familia y la Patrulla Fronteriza la devolvió; después el Instituto Nacional de Migración hizo operativos en Chiapas.',
      ),
    ).toContain('operativos:operativo:block');
  });

  test('other senses of single forms: code citations, the old asylum, science fiction, the historic immigration stations', () => {
    expect(
      scan(
        'Civil rights lawyers say Title 42 lawsuits over jail care are rising among migrants; one brought a Title 42 claim under Section 1983.',
      ),
    ).toEqual([]);
    expect(scan('Under Title 42, migrants were expelled.')).toEqual(['Title 42:title-42:block']);
    expect(
      scan(
        'Immigrants and their children were sent to the insane asylum; psychiatric patients filled the asylum.',
      ),
    ).toEqual([]);
    expect(
      scan(
        'An alien spaceship lands; the invasion begins with a close encounter with extraterrestrial immigrants.',
      ),
    ).toEqual([]);
    expect(
      scan('Ellis Island was the busiest immigration station, where millions of immigrants arrived.'),
    ).toEqual([]);
    expect(
      scan('Many migrants spent weeks at the immigration station in Tapachula before being deported.'),
    ).toEqual(['immigration station:estacion-migratoria:block']);
  });
});

describe('other senses and shields of ordinary words: butterflies, a game, a drink, holiday operations, the animal, desert rescue points', () => {
  const entry = (
    id: string,
    category: Category,
    en: { term: string; acronyms?: string[]; aliases?: string[] },
    es: { term: string; aliases?: string[] },
    ambiguous: string[],
  ) => makeEntry({ id, category, jurisdiction: ['MX'], en, es, ambiguous });
  const model = matcherFor([
    entry('migrant', 'people', { term: 'migrant' }, { term: 'persona migrante', aliases: ['migrante'] }, [
      'migrant',
      'migrante',
      'persona migrante',
    ]),
    entry('surge', 'journalism', { term: 'surge' }, { term: 'oleada' }, ['surge']),
    entry(
      'ice',
      'us-institutions',
      { term: 'Immigration and Customs Enforcement', acronyms: ['ICE'] },
      { term: 'ICE' },
      ['ICE'],
    ),
    entry(
      'operativo',
      'enforcement',
      { term: 'INM operation' },
      { term: 'operativo migratorio', aliases: ['operativo'] },
      ['operativo'],
    ),
    entry('coyote', 'people', { term: 'coyote' }, { term: 'coyote' }, ['coyote']),
    entry('rescate-inm', 'enforcement', { term: 'INM rescue' }, { term: 'rescate' }, ['rescate']),
    entry('usbp', 'us-institutions', { term: 'Border Patrol' }, { term: 'Patrulla Fronteriza' }, []),
  ]);
  const scan = (...blocks: string[]) =>
    scanTexts(model, blocks).map((m) => `${m.surface}:${m.entryId}:${m.reason}`);
  const page = [
    'The Border Patrol said migrants crossed the border.',
    'La Patrulla Fronteriza detuvo a migrantes.',
  ];
  const last = (...blocks: string[]) => marksAfter(model, page, blocks);

  test('butterflies migrate and cross the border: "colonias migrantes" of butterflies are no migrants', () => {
    expect(scan('Las colonias migrantes de mariposas cruzan la frontera por Texas en octubre.')).toEqual([]);
    expect(scan('Migrant butterflies cross the border into Texas.')).toEqual([]);
    // Birds and whales too.
    expect(scan('Las aves migrantes cruzan la frontera norte rumbo a los humedales de Chihuahua.')).toEqual(
      [],
    );
    expect(scan('Birdwatchers counted migrant songbirds crossing the border near the river.')).toEqual([]);
    expect(scan('Las personas migrantes cruzan la frontera por Texas.')).toEqual([
      'personas migrantes:migrant:block',
    ]);
  });

  test("a game's late surge (a semifinal, a quarterfinal) is no migration surge, on a migration page too", () => {
    expect(last('A late surge by the Eagles was not enough as they lost in the state semifinal.')).toEqual(
      [],
    );
    expect(last('Un final de partido en los cuartos de final.', 'The surge of arrivals continued.')).toEqual([
      'surge:surge:page',
    ]);
  });

  test('an ice-cold drink is not the agency', () => {
    expect(last('Need a break? ICE cold brew is 2 for 1 today.')).toEqual([]);
    expect(last('ICE took custody of him.')).toEqual(['ICE:ice:page']);
  });

  test("holiday, seasonal and traffic operations are not the INM's operativo", () => {
    expect(
      last(
        'Arranca el operativo de invierno del programa Héroes Paisanos para los connacionales que visitan México.',
      ),
    ).toEqual([]);
    expect(last('El operativo vacacional de Semana Santa y el operativo vial.')).toEqual([]);
    // Named for the season (holiday-travel in other-senses.yaml): the Paisano program's Easter operation.
    expect(
      last('Arranca el Operativo Paisano en Semana Santa para recibir a quienes visitan a sus familias.'),
    ).toEqual([]);
    expect(last('El operativo en Tapachula dejó cientos de detenidos.')).toEqual([
      'operativo:operativo:page',
    ]);
  });

  test('the animal, said so ("un coyote de verdad"), is not the smuggler; desert rescue points are not the INM\'s rescate', () => {
    expect(last('En la brecha, un coyote de verdad cruza sin prisa, indiferente a las camionetas.')).toEqual(
      [],
    );
    expect(last('El coyote que guía al grupo cobra la cuota.')).toEqual(['coyote:coyote:page']);
    expect(last('Los Grupos Beta recorren los caminos con mapas que marcan los puntos de rescate.')).toEqual(
      [],
    );
    expect(last('El rescate de los migrantes ocurrió en Veracruz.')).toEqual([
      'rescate:rescate-inm:block',
      'migrantes:migrant:block',
    ]);
  });
});

describe("words that are the term only beside their companion (beside.yaml): Mexican law's presentación and alojamiento", () => {
  const entry = (id: string, category: Category, en: string, es: string, ambiguous: string[] = []) =>
    makeEntry({ id, category, jurisdiction: ['MX'], en: { term: en }, es: { term: es }, ambiguous });
  const model = matcherFor([
    entry('presentacion', 'mx-law', 'presentation (immigration detention)', 'presentación de extranjeros'),
    entry('alojamiento', 'mx-law', 'accommodation (immigration detention)', 'alojamiento temporal', [
      'alojamiento temporal',
    ]),
    entry(
      'estacion-migratoria',
      'enforcement',
      'Mexican immigration detention center',
      'estación migratoria',
    ),
    entry('siglo-xxi', 'enforcement', 'Siglo XXI detention center', 'Estación Migratoria Siglo XXI'),
    entry(
      'estacion-migratoria-iztapalapa',
      'enforcement',
      'Mexico City immigration station',
      'Estación Migratoria de la Ciudad de México',
    ),
    entry('inm', 'mx-institutions', 'National Migration Institute', 'Instituto Nacional de Migración'),
  ]);
  const scan = (...blocks: string[]) =>
    scanTexts(model, blocks)
      .filter((m) => m.entryId === 'presentacion' || m.entryId === 'alojamiento')
      .map((m) => `${m.surface}:${m.entryId}`);

  test('beside an immigration station in the same sentence, the bare words are the legal terms', () => {
    expect(
      scan(
        'El quejoso reclama del Instituto Nacional de Migración su presentación y alojamiento en la Estación Migratoria Siglo XXI.',
      ),
    ).toEqual(['presentación:presentacion', 'alojamiento:alojamiento']);
    expect(scan('Según la ley, pueden ser alojadas en una estación migratoria.')).toEqual([
      'alojadas:alojamiento',
    ]);
    // Any immigration station's own name is one: Mexico City's.
    expect(
      scan(
        'Reclama su alojamiento por más de treinta y seis horas en la Estación Migratoria de la Ciudad de México.',
      ),
    ).toEqual(['alojamiento:alojamiento']);
  });

  test('elsewhere they are ordinary words: a shelter’s lodging, a report’s presentation, a filed brief', () => {
    expect(scan('El albergue ofrece alojamiento y comida a los migrantes que llegan a Tapachula.')).toEqual(
      [],
    );
    expect(
      scan(
        'El Instituto Nacional de Migración hizo la presentación de su informe. Los migrantes siguen en la estación migratoria.',
      ),
    ).toEqual([]);
  });

  test('on a page that names an immigration station, "la estación" calls it back bare (stationCalledBack)', () => {
    const station =
      'El Instituto Nacional de Migración lo retuvo 58 días en la estación migratoria Siglo XXI, en Tapachula.';
    const ruling =
      'La jueza ordenó ofrecer a las personas migrantes una alternativa al alojamiento en la estación.';
    expect(scan(station, ruling)).toEqual(['alojamiento:alojamiento']);
    // Before the page names one, "la estación" is any station; and a train's or a bus's is another kind.
    expect(scan(ruling)).toEqual([]);
    expect(
      scan(station, 'El albergue ofrece a las personas migrantes alojamiento cerca de la estación del tren.'),
    ).toEqual([]);
    expect(
      scan(station, 'Las personas migrantes vieron una presentación de danza en la estación de autobuses.'),
    ).toEqual([]);
  });

  test("in an English sentence, the Spanish words are cited as the law's terms, with no companion", () => {
    const page =
      'The National Migration Institute held migrants; immigration lawyers and migrants protested.';
    expect(
      scan(
        page,
        'The Migration Law calls confinement "alojamiento," lodging, and the moment of arrest "presentación," but nobody could leave.',
      ),
    ).toEqual(['alojamiento:alojamiento', 'presentación:presentacion']);
    expect(scan(page, '2. presentación and alojamiento')).toEqual([
      'presentación:presentacion',
      'alojamiento:alojamiento',
    ]);
    // A Spanish sentence beside an English one is still Spanish prose: a report's presentation.
    expect(
      scan(page, 'The report was launched in Mexico City. Fue la presentación del informe anual de la red.'),
    ).toEqual([]);
  });
});

describe('other senses written beside the form: criminal parole, the animal in the desert, a tenant\'s detainer, "the Beast of …"', () => {
  const entry = (id: string, category: Category, en: string, es: string, ambiguous: string[] = [en, es]) =>
    makeEntry({ id, category, jurisdiction: ['US'], en: { term: en }, es: { term: es }, ambiguous });
  const model = matcherFor([
    makeEntry({
      id: 'parole',
      category: 'us-law',
      jurisdiction: ['US'],
      en: { term: 'parole', aliases: ['parolee', 'paroled'] },
      es: { term: 'parole' },
      ambiguous: ['parole', 'parolee', 'paroled'],
    }),
    entry('coyote', 'people', 'coyote', 'coyote'),
    entry('detainer', 'enforcement', 'detainer', 'orden de retención', ['detainer']),
    entry('la-bestia', 'geography', 'the Beast', 'La Bestia'),
    entry('usbp', 'us-institutions', 'Border Patrol', 'Patrulla Fronteriza', []),
    makeEntry({
      id: 'removal-deportation',
      category: 'enforcement',
      jurisdiction: ['US'],
      en: { term: 'removal', aliases: ['deported'] },
      es: { term: 'remoción' },
      ambiguous: ['removal', 'deported'],
    }),
    entry('amnesty', 'journalism', 'amnesty', 'amnistía'),
    entry('apprehension', 'journalism', 'apprehension', 'aprehensión'),
    makeEntry({
      id: 'tps',
      category: 'programs-policies',
      jurisdiction: ['US'],
      en: { term: 'Temporary Protected Status', acronyms: ['TPS'] },
      es: { term: 'Estatus de Protección Temporal' },
      ambiguous: ['TPS'],
    }),
    entry('remittances', 'journalism', 'remittance', 'remesa'),
    entry('surge', 'journalism', 'surge', 'oleada'),
    entry('invasion', 'journalism', 'invasion', 'invasión'),
    entry('alien-noncitizen', 'us-law', 'alien', 'extranjero', ['alien']),
    entry('asylum-us', 'us-law', 'asylum', 'asilo'),
    entry('caravan', 'journalism', 'caravan', 'caravana'),
    entry('dreamers', 'people', 'Dreamers', 'soñadores'),
  ]);
  const page = [
    'The Border Patrol said migrants crossed the border near Sasabe.',
    'Migrants asked for asylum.',
  ];
  const last = (...blocks: string[]) => marksAfter(model, page, blocks);

  test('parole beside probation, or called criminal, is release from prison (other-senses.yaml)', () => {
    expect(
      last(
        'This guide is about immigration check-ins only. If you are on criminal parole, tell your immigration lawyer.',
      ),
    ).toEqual([]);
    expect(last('Immigration lawyers ask clients on parole or probation about their records.')).toEqual([]);
    expect(last('Immigration lawyers ask about probation and parole records.')).toEqual([]);
    expect(
      last('Immigration parole lets some migrants enter; others were paroled after an interview.'),
    ).toEqual(['parole:parole:block', 'paroled:parole:block']);
  });

  test("the desert's animals speak against the coyote, on a page about crossing it (other-senses.yaml)", () => {
    expect(
      last(
        "I've seen a coyote trotting down the wash. Javelinas. Once a mountain lion, far off. Smugglers can be like a coyote at a chicken coop.",
      ),
    ).toEqual([]);
    expect(last('The coyote left the group in the desert at night.')).toEqual(['coyote:coyote:page']);
  });

  test("a tenant's detainer is an eviction suit, not ICE's hold request (other-senses.yaml, shields.yaml)", () => {
    expect(last('Immigration defense · Residential detainer defense for tenants · Criminal defense')).toEqual(
      [],
    );
    expect(last('Immigration lawyers also see unlawful detainer cases.')).toEqual([]);
    expect(last('ICE lodged a detainer with the jail so that the migrant would be held.')).toEqual([
      'detainer:detainer:block',
    ]);
  });

  test('"the Beast of …" names something else: a hill, a fish, a burden (shields.yaml)', () => {
    expect(last("The Beast of the desert, yes. It's a hill shaped like a sleeping animal.")).toEqual([]);
    expect(last('Migrants rode the Beast north from Arriaga for days.')).toEqual([
      'the Beast:la-bestia:block',
    ]);
  });

  test('other things removed, pardoned, dreaded or surging, and their paperwork (shields.yaml)', () => {
    for (const other of [
      'The county paid for snow removal after the storm.',
      'The defendant sought removal of the case to federal court.',
      'The removal of the judge from the bench was unprecedented.',
      "The candidate's removal from the ballot was debated.",
      'The city offered a tax amnesty for late payments.',
      'Students felt apprehension before the exam.',
      'Investors voiced apprehension about the vote.',
      'The TPS report was late again, said the manager.',
      'Free remittance advice template for every invoice.',
      'A power surge hit the grid; plug it into a surge protector.',
      'A surge in demand for electricity strained the grid.',
      'The invasion of privacy lawsuit was dismissed.',
    ]) {
      expect(last(other), other).toEqual([]);
    }
    expect(last('The migrants faced removal after the hearing.')).toEqual([
      'removal:removal-deportation:block',
    ]);
    expect(last('The apprehension of the group took hours.')).toEqual(['apprehension:apprehension:page']);
  });

  test("other senses' words: a cartoon's roadrunner, a pack of coyotes, a motorcade, Mars, a playoff, a parole agent (other-senses.yaml)", () => {
    for (const other of [
      'The coyote in the cartoon never catches the Road Runner.',
      'A pack of coyotes howled near the river at night.',
      'The Beast, the presidential limousine, led the motorcade.',
      'The film is about an alien invasion from Mars.',
      "The team's late surge secured a playoff spot.",
      'He was deported from the Soviet Union in 1974.',
      'The parolee must report to his parole agent weekly.',
      'He is on probation, and the parolee beside him too.',
      'Check out the new caravan of food trucks downtown.',
      'The asylum-themed haunted house opened for Halloween.',
      'The remittance slip and the invoice were mailed together.',
      'Residents reported a coyote sighting near the school.',
      "The Dreamers, a children's choir, sang carols.",
      'The Beast, as locals call the roller coaster, reopened.',
    ]) {
      expect(last(other), other).toEqual([]);
    }
  });

  test("a comparison with history is no other sense: 'not seen since World War II'", () => {
    expect(last('The migrants were deported in numbers not seen since World War II.')).toEqual([
      'deported:removal-deportation:block',
    ]);
  });

  test('a form in a handle is no term: joined by an underscore, or after an at sign (inHandle)', () => {
    for (const handle of [
      'Posted by coyote_runner22 · 3 hours ago',
      'Reply from u/desert_coyote88: good luck with your case.',
      'Follow @caravan for updates.',
      'u/asylum_help · 210 points: call a lawyer first.',
    ]) {
      expect(last(handle), handle).toEqual([]);
    }
    expect(last('Reply from u/maria88: the coyote took our money.')).toEqual(['coyote:coyote:page']);
    // An underscore with no word on its other side is a chat's italics.
    expect(last('Ojo: el _coyote_ pidió más dinero en la frontera.')).toEqual(['coyote:coyote:page']);
    expect(last('She asked for _asylum_ at the port.')).toEqual(['asylum:asylum-us:page']);
  });

  test("a game's patch notes and a party game, a library's amnesty week: other senses (other-senses.yaml)", () => {
    for (const other of [
      'Fixed the Parole quest giver not appearing after the prison break questline.',
      'Server admins can now deport disruptive players from a guild hall to the capital.',
      'Anyone up for board games Friday? I have the Green Card party game and the Alien Rift expansion.',
      'After the break, Amnesty Week at the Yakima library: bring back overdue books, no fines.',
      'Amnesty Week for overdue DVDs at the English library.',
    ]) {
      expect(last(other), other).toEqual([]);
    }
    expect(last('Fixed a crash after the update. The parole program reopened.')).toEqual([
      'parole:parole:page',
    ]);
    // A game's page: its words outnumber the one piece of evidence, so its other forms take no sense from it.
    expect(
      scanTexts(model, [
        'Patch notes: the Winter Caravan event',
        'Escort the merchant caravan across the pass before the bandit surge at nightfall.',
        'Frost Nova cooldown reduced; the Border Patrol skin is back.',
        'The amnesty for names flagged in error runs until Dec 31.',
        'Fixed the quest giver after the questline.',
      ]).map((m) => m.surface),
    ).toEqual([]);
  });

  test('a term alone on a page about something else is not marked; beside another migration term, or on a page about migration, it is (aloneOnOtherPage)', () => {
    const game = [
      'Patch notes: the Frost Nova cooldown drops to 15s.',
      'Warden: the "Border Patrol" barricade now costs less stone.',
      'Fixed the quest giver after the questline.',
    ];
    const surfaces = (blocks: (string | RegionText)[]) => scanTexts(model, blocks).map((m) => m.surface);
    expect(surfaces(game)).toEqual([]);
    // One stray term on a page with as many words of another sense as evidence stays (not outweighed).
    expect(surfaces(['A story about hockey.', 'The Border Patrol was there.'])).toEqual(['Border Patrol']);
    // Its passage names something else of migration: a team bus held at a checkpoint where agents looked for migrants.
    expect(
      surfaces([
        game[0]!,
        game[2]!,
        'The guild hall loot drop is fixed.',
        'The team bus was held by the Border Patrol while agents looked for migrants.',
      ]),
    ).toEqual(['Border Patrol']);
    // A story of another sense on a page about migration: a guestbook's softball team under an obituary.
    expect(
      surfaces([
        {
          text: 'He crossed the border as a bracero; migrants and asylum seekers remember him.',
          region: 'body',
          story: 1,
        },
        { text: 'Border Patrol agents deported his brother twice.', region: 'body', story: 1 },
        {
          text: 'He struck out the whole Border Patrol team at the softball picnic, after the playoff.',
          region: 'body',
          story: 2,
        },
      ]),
    ).toContain('Border Patrol');
  });

  test('a tour and a fire are names\' head words: "the Dreamers Tour", "the Coyote Fire" (names.yaml)', () => {
    expect(last('The Dreamers Tour sold out in March.')).toEqual([]);
    expect(last('The Dreamers rallied in March.')).toEqual(['Dreamers:dreamers:page']);
    // A wildfire's name: "the Coyote Fire".
    expect(last('The Coyote Fire burned 3,000 acres near the border.')).toEqual([]);
  });
});

describe('names of places, bands and bridges; holiday convoys; zero tolerance of other things', () => {
  const model = matcherFor([
    makeEntry({
      id: 'coyote',
      category: 'people',
      jurisdiction: ['MX', 'US', 'CA'],
      en: { term: 'coyote' },
      es: { term: 'coyote' },
      ambiguous: ['coyote'],
    }),
    makeEntry({
      id: 'rio-bravo',
      category: 'geography',
      jurisdiction: ['US', 'MX'],
      en: { term: 'Rio Grande' },
      es: { term: 'río Bravo' },
      ambiguous: ['Rio Grande', 'río Bravo'],
    }),
    makeEntry({
      id: 'juarez-el-paso',
      category: 'geography',
      jurisdiction: ['MX', 'US'],
      en: { term: 'Ciudad Juárez' },
      es: { term: 'Ciudad Juárez', aliases: ['Juárez'] },
      ambiguous: ['Ciudad Juárez', 'Juárez'],
    }),
    makeEntry({
      id: 'caravan',
      category: 'journalism',
      jurisdiction: ['MX', 'US', 'CA'],
      en: { term: 'migrant caravan', aliases: ['caravan'] },
      es: { term: 'caravana migrante', aliases: ['caravana'] },
      ambiguous: ['caravan', 'caravana'],
    }),
    makeEntry({
      id: 'rescate-inm',
      category: 'enforcement',
      jurisdiction: ['MX'],
      en: { term: 'INM rescue' },
      es: { term: 'rescate' },
      ambiguous: ['rescate'],
    }),
    makeEntry({
      id: 'zero-tolerance',
      category: 'programs-policies',
      jurisdiction: ['US'],
      en: { term: 'zero tolerance policy', aliases: ['zero tolerance'] },
      es: { term: 'política de tolerancia cero', aliases: ['cero tolerancia'] },
      ambiguous: [
        'zero tolerance policy',
        'zero tolerance',
        'política de tolerancia cero',
        'cero tolerancia',
      ],
    }),
    makeEntry({
      id: 'inm',
      category: 'mx-institutions',
      jurisdiction: ['MX'],
      en: { term: 'National Migration Institute' },
      es: { term: 'Instituto Nacional de Migración' },
    }),
  ]);
  const page = [
    'El Instituto Nacional de Migración atendió a personas migrantes deportadas.',
    'Los migrantes deportados esperan en albergues de la frontera norte.',
  ];
  const last = (...blocks: string[]) => marksAfter(model, page, blocks);

  test('a ranch, an ejido or a municipality named like a term is a name, after its head word and article (names.yaml)', () => {
    expect(last('Encontraron su ropa en un paraje cercano al rancho El Coyote.')).toEqual([]);
    expect(last('Vivía en el Rancho El Coyote.')).toEqual([]);
    expect(last('La Guardia patrulla entre Reynosa y el municipio de Río Bravo.')).toEqual([]);
    expect(last('Creció en la hacienda El Coyote y en el barrio Juárez de Monterrey.')).toEqual([]);
    // A namesake town written with its own state (shields.yaml).
    expect(last('Nació en Juárez, Nuevo León, y vive en Río Bravo, Tamaulipas.')).toEqual([]);
    expect(last('Nació en Juárez y cruzó el río Bravo.')).toEqual([
      'Juárez:juarez-el-paso:page',
      'río Bravo:rio-bravo:page',
    ]);
    // Not the article of a sentence: the smuggler and the river.
    expect(last('Llegaron al rancho. El coyote los dejó ahí.')).toEqual(['coyote:coyote:page']);
    expect(last('Cruzaron el río Bravo de noche.')).toEqual(['río Bravo:rio-bravo:page']);
  });

  test("a boxer's nickname is sport (its words), not the smuggler", () => {
    expect(last('En la función de boxeo, el coyote de Tepito ganó por nocaut.')).toEqual([]);
    expect(last('En la función, el coyote de Tepito cobró por cruzarlos.')).toEqual(['coyote:coyote:page']);
  });

  test("a norteño band's name is music (its words), not the smuggler", () => {
    expect(
      last('Después de la pausa: los Coyotes del Cerro, el conjunto norteño que toca el viernes.'),
    ).toEqual([]);
    expect(last('Después de la pausa: los coyotes cobran más.')).toEqual(['coyotes:coyote:page']);
  });

  test("Laredo's Juárez-Lincoln bridge is not Ciudad Juárez (shields.yaml)", () => {
    expect(
      last('En el puente internacional Juárez-Lincoln, en Nuevo Laredo, orientaron a familias.'),
    ).toEqual([]);
    expect(last('Las familias cruzaron por el puente de Juárez.')).toEqual(['Juárez:juarez-el-paso:page']);
  });

  test("families' holiday convoys and roadside rescue are holiday travel, not the migrant caravan nor the INM's rescate", () => {
    expect(
      last(
        'Familias viajaban en caravanas organizadas desde Texas; los Ángeles Verdes ofrecen auxilio mecánico y rescate carretero.',
      ),
    ).toEqual([]);
    expect(
      last('En la temporada decembrina llegan caravanas de paisanos por las carreteras del norte.'),
    ).toEqual([]);
    expect(last('La caravana salió de Tapachula; el rescate ocurrió en Veracruz.')).toEqual([
      'caravana:caravan:page',
      'rescate:rescate-inm:page',
    ]);
  });

  test('zero tolerance of corruption or harassment is not the 2018 policy (shields.yaml)', () => {
    expect(last('El Instituto reiteró su política de cero tolerancia frente a la corrupción.')).toEqual([]);
    expect(last('Cero tolerancia al acoso en las oficinas.')).toEqual([]);
    expect(last('The agency has zero tolerance for harassment.')).toEqual([]);
    expect(last('The zero tolerance policy split families.')).toEqual([
      'zero tolerance policy:zero-tolerance:page',
    ]);
    expect(last('La política de cero tolerancia separó a miles de familias.')).toEqual([
      'cero tolerancia:zero-tolerance:page',
    ]);
  });
});
