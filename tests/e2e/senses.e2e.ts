// Sense decisions on real pages (glossary/context.ts, dom/regions.ts): page regions, touching links, terms that
// support each other, the right country's entry for a shared form, and the card saying why a sense was chosen.
// Whole trap pages of other senses and other codes (the evaluation's trap pages) are checked in engine.e2e.ts; here, the
// same on migration pages: a section of another title beside migration law, a wildlife passage naming the Border
// Patrol.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hoverTerm, markedTerms, marksInside } from './page-helpers';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');

async function cardFor(page: Page, term: string): Promise<{ entry: string | null; text: string }> {
  await hoverTerm(page, term);
  await expect.poll(() => card(page).count()).toBe(1);
  const result = { entry: await card(page).getAttribute('data-entry'), text: await card(page).innerText() };
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
  return result;
}

describe('page regions', () => {
  test("the article's ambiguous terms take the page's sense; the sidebar's and the comments' do not", async () => {
    const page = await suite.open('/senses/regions.html');
    const terms = await markedTerms(page);
    expect(terms).toContain('coyote'); // in the article: the page is about migration
    await expect.poll(() => marksInside(page, 'article')).toBeGreaterThan(5);
    await expect.poll(() => marksInside(page, 'aside')).toBe(0); // "Coyote spotted near…", "Caravan of classic cars…"
    await expect.poll(() => marksInside(page, '#comments')).toBe(0); // "the coyote in my backyard"
    // Class names in Spanish and other common patterns: a comments section, a right rail.
    await expect.poll(() => marksInside(page, '.seccion-comentarios, .right-rail')).toBe(0);
    // A news ticker's headlines are a list of other stories, as a "most read" list is.
    await expect.poll(() => marksInside(page, '.news-ticker')).toBe(0);
    // A section with no telling class, named by its heading.
    await expect.poll(() => marksInside(page, '#heading-named')).toBe(0);
    // A handle is no prose: "u/desert_coyote" in the article.
    expect(await marksInside(page, '#handle')).toBe(0);
    // A general program's name in the footer of a page about migration has nothing to be mistaken for: marked.
    await expect.poll(() => marksInside(page, '#site-footer')).toBe(1);
    expect((await cardFor(page, 'SENTRI')).entry).toBe('sentri');
    const coyote = await cardFor(page, 'coyote');
    expect(coyote.entry).toBe('coyote');
    expect(coyote.text).toMatch(/other meanings.*the page is about migration/);
    await page.close();
  });

  test('elements laid out as separate boxes are separate words: touching links, flex items, inline blocks, padded or separated inline boxes', async () => {
    const page = await suite.open('/senses/regions.html');
    await expect.poll(() => marksInside(page, '.trending')).toBe(3);
    const terms = await markedTerms(page);
    for (const term of ['DACA', 'Remain in Mexico']) expect(terms).toContain(term);
    // Each link of the trending bar is its own item, read apart: "Coyotes trade deadline" has no evidence of its
    // own, and "Remain in Mexico returns" gives it none. "Title 42 anniversary", a numbered policy name alone in
    // its line, is the page's subject (context.ts cornerTag).
    expect(terms).not.toContain('Coyotes');
    expect(terms).toContain('Title 42');
    // The page's text itself is unchanged: the break exists only in what Glosa reads.
    expect(await page.locator('.trending').textContent()).toBe(
      'Title 42 anniversaryDACA rulingRemain in Mexico returnsCoyotes trade deadline',
    );
    // Flex items and inline blocks are boxes too, whatever their tag.
    await expect.poll(() => marksInside(page, '.chips')).toBe(2); // CBP One, TPS
    await expect.poll(() => marksInside(page, '.badges')).toBe(2); // Dreamers, DACA
    // Inline boxes set apart by padding (tag pills) or by a separator drawn between them are separate words too.
    await expect.poll(() => marksInside(page, '.pills')).toBe(2); // Dreamers, DACA
    await expect.poll(() => marksInside(page, '.crumbs')).toBe(2); // Remain in Mexico, CBP One
    expect(await page.locator('.crumbs').textContent()).toBe('Remain in MexicoCBP One');
    await page.close();
  });
});

describe("a trending bar's tags on a page about migration", () => {
  test("touching links 'Título 42' and 'TPS Honduras' are marked as the page's subject; 'Coyotes de la UACJ' beside them is not", async () => {
    const page = await suite.open('/senses/trending-tags-es.html');
    await expect.poll(() => markedTerms(page)).toContain('Título 42');
    const terms = await markedTerms(page);
    expect(terms).toContain('TPS');
    expect(terms.filter((term) => /coyote/i.test(term))).toEqual([]);
    expect((await cardFor(page, 'Título 42')).entry).toBe('title-42');
    await page.close();
  });
});

describe('a page of several stories', () => {
  test("each brief is decided on its own evidence: a parade's caravan and surge are not marked beside an asylum brief", async () => {
    const page = await suite.open('/senses/briefs.html');
    await expect.poll(() => marksInside(page, '#brief-court')).toBeGreaterThan(3); // judge, asylum, ICE, removal…
    expect(await markedTerms(page)).toContain('ICE');
    await expect.poll(() => marksInside(page, '#brief-parade')).toBe(0);
    // Briefs as headings and paragraphs in one article titled "News in brief": each heading starts a story.
    await expect.poll(() => marksInside(page, '#tps')).toBeGreaterThan(2);
    await expect.poll(() => marksInside(page, '#amnesty')).toBe(0); // a library's amnesty, snow-route removal
    // A long read's sections are parts of one story: ICE in "The knock" takes the article's sense.
    await expect.poll(() => marksInside(page, '#knock')).toBe(1);
    await page.close();
  });
});

describe('passages about another sense', () => {
  test("a wildlife passage that names the Border Patrol still counts for the page: Nogales takes the page's sense", async () => {
    const page = await suite.open('/senses/wildlife-corridor.html');
    await expect.poll(() => markedTerms(page)).toContain('Nogales');
    const nogales = await cardFor(page, 'Nogales');
    expect(nogales.entry).toBe('nogales');
    expect(nogales.text).toMatch(/other meanings.*the page is about migration/);
    await page.close();
  });
});

describe("one form's other senses and proper names on a migration page", () => {
  test('the smuggler is marked by the page; the ranchers\' and the desert\'s coyotes, the "Coyote Student Center", criminal parole, a tenant\'s detainer and "the Beast of the desert" are not, and the Rio Grande beside the goats still is', async () => {
    const page = await suite.open('/senses/other-senses.html');
    await expect.poll(() => marksInside(page, '#smuggler')).toBe(1);
    expect(await marksInside(page, '#contact')).toBe(0);
    // The other sense written beside the form: the desert's animals, criminal parole, a tenant's eviction suit,
    // a nickname "of" something else.
    for (const other of ['#desert', '#probation', '#tenants', '#beast'])
      expect(await marksInside(page, other)).toBe(0);
    // "goats" and "calves" speak against the animal coyote, not against the river.
    expect(await marksInside(page, '#ranch')).toBe(1);
    const terms = await markedTerms(page);
    expect(terms.filter((term) => /coyote/i.test(term))).toEqual(['coyote']);
    const river = await cardFor(page, 'Rio Grande');
    expect(river.entry).toBe('rio-bravo');
    expect(river.text).toMatch(/other meanings.*the page is about migration/);
    const coyote = await cardFor(page, 'coyote');
    expect(coyote.entry).toBe('coyote');
    expect(coyote.text).toMatch(/other meanings.*the page is about migration/);
    await page.close();
  });
});

describe('other senses a migration page names too: holiday travelers, criminal parole, birds', () => {
  test("a surge of holiday travelers, parole for a DUI and the orioles' migrants are not marked; a surge of migrants and CBP's parole are", async () => {
    const page = await suite.open('/senses/travel-parole-birds.html');
    await expect.poll(() => marksInside(page, '#arrivals')).toBe(3); // surge, migrants, Eagle Pass
    expect(await marksInside(page, '#travel')).toBe(0);
    expect(await marksInside(page, '#dui')).toBe(0);
    expect(await marksInside(page, '#criminal')).toBe(1); // the I-864, not "his parole ends"
    expect(await marksInside(page, '#birds')).toBe(0);
    expect((await cardFor(page, 'parole')).entry).toBe('parole');
    await page.close();
  });
});

describe("a game's patch notes, a party game and a library's amnesty week", () => {
  test('a game\'s caravan, "Border Wall", Green Card, Parole and amnesty are not marked', async () => {
    const page = await suite.open('/senses/game-patch-notes.html');
    await expect.poll(() => page.getAttribute('html', 'data-glossary-state')).toBe('ready');
    expect(await markedTerms(page)).toEqual([]);
    await page.close();
  });

  test('a CSS guide\'s "border wall" of stacked cards is not marked, in the article nor in its comments', async () => {
    const page = await suite.open('/senses/css-border-guide.html');
    await expect.poll(() => page.getAttribute('html', 'data-glossary-state')).toBe('ready');
    expect(await markedTerms(page)).toEqual([]);
    await page.close();
  });

  test("on a forum about asking for refuge in Mexico, the party game's Green Card and the library's Amnesty Week are not marked", async () => {
    const page = await suite.open('/senses/forum-party-game.html');
    await expect.poll(() => marksInside(page, '#question')).toBe(6); // COMAR, Tapachula, INM, TVRH card, TVRH, CURP
    expect(await marksInside(page, '#answer')).toBe(3); // INM, Chiapas, COMAR
    expect(await marksInside(page, '#party')).toBe(0);
    expect(await marksInside(page, '#library')).toBe(0);
    await page.close();
  });
});

describe("a migrant aid newsletter from Mexico's side of the border", () => {
  test("ICE's deportation is the US's removal on a page about Mexico's reception, a US-only term beside ICE and the INM is kept, and an asylum for stray cats is not asylum", async () => {
    const page = await suite.open('/senses/comedor-newsletter.html');
    await expect.poll(() => marksInside(page, '#story')).toBe(2); // ICE, deported
    expect((await cardFor(page, 'deported')).entry).toBe('removal-deportation');
    expect((await cardFor(page, 'deportó')).entry).toBe('removal-deportation');
    expect(await markedTerms(page)).toContain('habeas corpus');
    expect(await marksInside(page, '#cats')).toBe(0);
    await page.close();
  });
});

describe('names, holiday convoys and pledges on a Spanish migration page', () => {
  test('the smuggler is marked by the page; a ranch, a town, a bridge, a band, holiday convoys and a pledge named like terms are not', async () => {
    const page = await suite.open('/senses/other-senses-es.html');
    await expect.poll(() => marksInside(page, '#smuggler')).toBe(1);
    // "rancho El Coyote" is a name; Reynosa beside it is still the city.
    expect(await marksInside(page, '#ranch')).toBe(1);
    expect(await marksInside(page, '#town')).toBe(0); // "municipio de Río Bravo": the town, not the river
    expect(await marksInside(page, '#convoy')).toBe(0); // the Juárez-Lincoln bridge, caravans of families
    expect(await marksInside(page, '#pledge')).toBe(0); // "cero tolerancia frente a la corrupción"
    expect(await marksInside(page, '#band')).toBe(0); // "los Coyotes del Cerro, el conjunto norteño"
    const terms = await markedTerms(page);
    expect(terms.filter((term) => /coyote/i.test(term))).toEqual(['coyote']);
    expect(terms).toContain('Reynosa');
    await page.close();
  });
});

describe('legal citations', () => {
  test('migration law is found however it is cited; the same section of another title is not', async () => {
    const page = await suite.open('/senses/citations.html');
    const terms = await markedTerms(page);
    expect(terms).toContain('8 U.S.C. § 1326');
    expect(terms).toContain('INA § 212(f)');
    expect(terms.some((term) => /1325/.test(term))).toBe(false); // "section 1325 of Title 11": bankruptcy
    expect((await cardFor(page, '8 U.S.C. § 1326')).entry).toBe('illegal-entry-1325');
    expect((await cardFor(page, 'INA § 212(f)')).entry).toBe('ina-212f');
    // Cited with a space after the section sign, as its aliases do not write it (citations.yaml).
    expect((await cardFor(page, '8 U.S.C. § 1324')).entry).toBe('harboring-1324');
    await page.close();
  });
});

describe('terms that support each other', () => {
  test('three ambiguous terms of the domain in one passage are marked, and the card says why', async () => {
    const page = await suite.open('/senses/nearby.html');
    expect(await markedTerms(page)).toEqual(['Ciudad Juárez', 'coyote', 'Rio Grande']);
    const coyote = await cardFor(page, 'coyote');
    expect(coyote.entry).toBe('coyote');
    expect(coyote.text).toMatch(/other meanings.*other migration terms are right beside it/);
    await page.close();
  });
});

describe('a page about migration', () => {
  test("a story's own ambiguous subject ('Remesas') is marked once the page has two other migration terms", async () => {
    const page = await suite.open('/senses/remittances.html');
    await expect.poll(() => markedTerms(page)).toContain('Remesas');
    const remesas = await cardFor(page, 'Remesas');
    expect(remesas.entry).toBe('remittances');
    expect(remesas.text).toMatch(/the page is about migration/);
    // The tax written with its rate between the words is the remittance tax, not the bare "remesas" inside it.
    expect((await cardFor(page, 'impuesto de 1% a las remesas')).entry).toBe('remittance-tax');
    // The program's matching scheme named as a model is the program (programa-3x1's forms).
    expect((await cardFor(page, 'modelo 3x1')).entry).toBe('programa-3x1');
    await page.close();
  });
});

describe("other senses of Spanish words on a migration page: a shipment, a family convoy, a phone's mica", () => {
  test("a shipment of vaccines, convoys of families in their own cars, a prospect of deportation and a phone's screen protector are not marked; money sent home is", async () => {
    const page = await suite.open('/senses/convoy-phone-shipment-es.html');
    await expect.poll(() => marksInside(page, '#money')).toBe(1);
    expect((await cardFor(page, 'remesa')).entry).toBe('remittances');
    expect(await marksInside(page, '#vaccines')).toBe(0); // "la primera remesa de vacunas"
    expect(await marksInside(page, '#convoy')).toBe(0); // "caravanas", "Cada caravana"
    expect(await marksInside(page, '#prospect')).toBe(0); // "podrían ser deportados"
    expect(await marksInside(page, '#phone')).toBe(0); // "la mica del celular"
    await page.close();
  });
});

describe("other senses on a Spanish migration page: a cartoon's coyote, a neighborhood team, a pardon of fines", () => {
  test('the Road Runner\'s Coyote, "Los Soñadores de Zapopan" and an amnesty of traffic fines are not marked; the coyote of Reynosa is', async () => {
    const page = await suite.open('/senses/team-fines-cartoon-es.html');
    await expect.poll(() => marksInside(page, '#smuggler')).toBe(2); // "coyote", "Reynosa"
    expect((await cardFor(page, 'coyote')).entry).toBe('coyote');
    expect(await marksInside(page, '#cartoon')).toBe(0); // "el Correcaminos y el Coyote"
    expect(await marksInside(page, '#team')).toBe(0); // "Los Soñadores de Zapopan, mi equipo de fut"
    expect(await marksInside(page, '#greeting')).toBe(0); // "a Los Soñadores de Zapopan": a name (its article)
    expect(await marksInside(page, '#fines')).toBe(0); // "la amnistía de multas de tránsito"
    await page.close();
  });
});

describe("Mexico's words for immigration detention", () => {
  test('"aseguramiento" beside an immigration station, "no puede superar 36 horas", "un amparo" and "alojamiento en la estación" after the station are marked; people "fueron presentadas" at the station are marked; a seizure of cocaine and an application presented are not', async () => {
    const page = await suite.open('/senses/detention-words-es.html');
    await expect.poll(() => marksInside(page, '#limit')).toBe(3); // Suprema Corte, estación migratoria, superar 36 horas
    expect((await cardFor(page, 'aseguramiento')).entry).toBe('aseguramiento');
    expect((await cardFor(page, 'superar 36 horas')).entry).toBe('detention-36h');
    expect((await cardFor(page, 'un amparo')).entry).toBe('amparo');
    // "alojamiento en la estación" calls back the station the page named (context.ts stationCalledBack).
    expect((await cardFor(page, 'alojamiento')).entry).toBe('alojamiento');
    expect(await marksInside(page, '#seizure')).toBe(0); // "el aseguramiento de 300 kilos de cocaína"
    // People presented at the station are detained; an application presented (filed) is not.
    expect((await cardFor(page, 'fueron presentadas')).entry).toBe('presentacion');
    expect(await marksInside(page, '#filed')).toBe(2); // estación migratoria, solicitud de refugio: not "presentado"
    await page.close();
  });
});

describe('the right country for a shared form', () => {
  test('on a story about Mexico, "deportación" and "tarjeta de residente permanente" are Mexico’s', async () => {
    const page = await suite.open('/senses/jurisdiction-mx.html');
    expect((await cardFor(page, 'deportación')).entry).toBe('deportacion-mx');
    expect((await cardFor(page, 'tarjeta de residente permanente')).entry).toBe('tarjeta-residente');
    await page.close();
  });

  test("the card offers the other country's entry that the same words name, and opens it", async () => {
    const page = await suite.open('/senses/jurisdiction-mx.html');
    await hoverTerm(page, 'deportación');
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('deportacion-mx');
    const sameWords = card(page).locator('.same-words');
    // The interface speaks English; the terms come in the page's language.
    expect(await sameWords.innerText()).toBe('The same words also name: deportación (United States)');
    await sameWords.getByRole('button').click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('removal-deportation');
    expect(await card(page).locator('.same-words').count()).toBe(0);
    await card(page).getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('deportacion-mx');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    // A form no other entry has offers nothing of the kind.
    const inm = await cardFor(page, 'Instituto Nacional de Migración');
    expect(inm.entry).toBe('inm');
    expect(inm.text).not.toContain('The same words');
    await page.close();
    const us = await suite.open('/senses/jurisdiction-us.html');
    expect((await cardFor(us, 'deportación')).text).toContain(
      'The same words also name: deportación (Mexico)',
    );
    await us.close();
  });

  test('beside the INM, "deported Mexicans" are the US removal (Mexico does not deport its own people); deported Guatemalans are Mexico\'s; returned migrants are returnees; foreign birth certificates are no Mexican acta', async () => {
    const page = await suite.open('/senses/deported-mexicans.html');
    expect((await cardFor(page, 'deported')).entry).toBe('removal-deportation');
    expect((await cardFor(page, 'deportations')).entry).toBe('deportacion-mx');
    expect((await cardFor(page, 'returned migrants')).entry).toBe('returnee');
    expect(await marksInside(page, '#school')).toBe(0); // foreign birth certificates: not Mexico's acta
    // A reader's comment answers the page: the CURP, which has nothing to be mistaken for, is marked there.
    expect(await marksInside(page, '#curp-comment')).toBe(1);
    expect((await cardFor(page, 'CURP')).entry).toBe('curp');
    await page.close();
  });

  test("on an English report about Mexico, the permanent resident card is Mexico's; the report after its kicker is one story", async () => {
    const page = await suite.open('/senses/report-kicker.html');
    expect((await cardFor(page, 'permanent resident card')).entry).toBe('tarjeta-residente');
    // The Methodology section is part of the report, which is about migration: the center is marked.
    await expect.poll(() => marksInside(page, '#method')).toBe(1);
    await page.close();
  });

  test("on a USCIS page in Spanish, a bare 'residentes permanentes' is the US lawful permanent resident, not Mexico's status", async () => {
    const page = await suite.open('/senses/uscis-residentes-es.html');
    await expect.poll(() => marksInside(page, '#headline')).toBe(2);
    expect((await cardFor(page, 'Residentes permanentes')).entry).toBe('lpr');
    await page.close();
  });

  test('on a story about Honduras, its Supreme Court and its prosecutor are not the US or Mexican ones', async () => {
    const page = await suite.open('/senses/jurisdiction-ca.html');
    await expect.poll(() => markedTerms(page)).toContain('INM');
    const terms = await markedTerms(page);
    expect(terms).not.toContain('Corte Suprema');
    // Only Mexico's (third paragraph) of the two "Fiscalía General de la República".
    expect(terms.filter((term) => term === 'Fiscalía General de la República')).toHaveLength(1);
    expect(await marksInside(page, 'p:nth-of-type(3)')).toBeGreaterThan(1);
    expect((await cardFor(page, 'Fiscalía General de la República')).entry).toBe('fgr');
    await page.close();
  });

  test('on a story about US immigration, the same forms are the US removal and green card', async () => {
    const page = await suite.open('/senses/jurisdiction-us.html');
    expect((await cardFor(page, 'deportación')).entry).toBe('removal-deportation');
    expect((await cardFor(page, 'tarjeta de residente permanente')).entry).toBe('green-card');
    await page.close();
  });

  test("on a Spanish fact check about ICE, 'estatus migratorio' and an 'operativo' are not Mexico's, and 'deportación' is the US removal", async () => {
    const page = await suite.open('/senses/us-fact-check-es.html');
    await expect.poll(() => markedTerms(page)).toContain('matrícula consular');
    const terms = await markedTerms(page);
    expect(terms).not.toContain('estatus migratorio');
    expect(await marksInside(page, '#operativo')).toBe(0);
    expect((await cardFor(page, 'deportación')).entry).toBe('removal-deportation');
    await page.close();
  });

  test('"National Guard" is Mexico\'s Guardia Nacional on a story about Mexico, and no one\'s on a story about the US', async () => {
    const mx = await suite.open('/senses/national-guard-mx.html');
    await expect.poll(() => markedTerms(mx)).toContain('National Guard');
    expect((await cardFor(mx, 'National Guard')).entry).toBe('guardia-nacional');
    // "Migrant Support Network" in the footer: the word is a cue, not its own evidence, and the footer takes none.
    await expect.poll(() => marksInside(mx, 'footer')).toBe(0);
    await mx.close();
    const us = await suite.open('/senses/national-guard-us.html');
    await expect.poll(() => markedTerms(us)).toContain('Border Patrol');
    expect(await markedTerms(us)).not.toContain('National Guard');
    await us.close();
  });
});

describe('general words and their figures of speech', () => {
  test("an astronomy page's immigrant stars, deported planets and refugee cluster are not marked", async () => {
    const page = await suite.open('/senses/general-words-sky.html');
    expect(await markedTerms(page)).toEqual([]);
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe('0');
    await page.close();
  });

  test("on a migration page, immigrant families and deported men are the terms; an immigrant rights group's name and a non-immigrant visa are not", async () => {
    const page = await suite.open('/senses/parish-visas.html');
    await expect.poll(() => markedTerms(page)).toContain('immigrant');
    expect(await marksInside(page, '#org')).toBe(0);
    expect((await cardFor(page, 'immigrant')).entry).toBe('immigrant-emigrant');
    expect((await cardFor(page, 'deported men')).entry).toBe('deportee');
    expect((await cardFor(page, 'tourist visa')).entry).toBe('us-visitor-visa');
    // "a non-immigrant visa" is the opposite class, not an immigrant (shields.yaml): only the TN visa is marked.
    await expect.poll(() => marksInside(page, '#nonimmigrant')).toBe(1);
    expect((await cardFor(page, 'TN visa')).entry).toBe('tn-visa');
    await page.close();
  });
});

describe("holdout13 kinds: shops' names, names that go on, a disorder's name, the town of Altar", () => {
  test("a radio show's sponsor, a disorder and a pastry chefs' guard are not the terms; the State Department and Altar are", async () => {
    const page = await suite.open('/senses/radio-sponsors.html');
    await expect.poll(() => marksInside(page, '#dreamers')).toBeGreaterThan(3);
    expect(await marksInside(page, '#break')).toBe(0); // "Dreamers bakery in San Juan": a shop (names.yaml)
    expect(await marksInside(page, '#signature')).toBe(2); // I-130, I-601A; not "The Alien Hand Syndrome"
    expect(await marksInside(page, 'aside li:first-child')).toBe(0); // "Mexico's National Guard of Pastry Chefs"
    expect(await marksInside(page, 'aside li:last-child')).toBe(2); // Mexico's National Guard, migrants
    // Unread library books silence nothing beside them (other-senses.yaml: libraries).
    expect((await cardFor(page, 'State Department')).entry).toBe('dos');
    expect((await cardFor(page, 'Altar')).entry).toBe('altar-sonora');
    await page.close();
  });

  test('a Spanish radio sponsor "Taller El Coyote" is a shop and a boxing card\'s "El Coyote" a fighter; "Altar" beside a pollero is the town, an "Altar de Muertos" is not; the footer\'s city is marked', async () => {
    const page = await suite.open('/senses/radio-ruta-es.html');
    await expect.poll(() => markedTerms(page)).toContain('coyote');
    expect(await marksInside(page, '#pausa')).toBe(0);
    // A boxing card's fighters, "El Coyote" and "La Bestia del Ring", beside "función de box" (other-senses sport).
    expect(await marksInside(page, '#box')).toBe(0);
    // "Altar, Sonora", "Altar" (de la iglesia), pollero, migrantes, albergue: not the "Altar de Muertos".
    expect(await marksInside(page, '#altar')).toBe(5);
    // The station's own city in its footer is marked (context.ts speakerPlace); "Frontera Sur", going on into the
    // name "Frontera Sur Noticias", is not.
    expect(await marksInside(page, '#station-footer')).toBe(1);
    expect((await cardFor(page, 'Tapachula, Chiapas')).entry).toBe('tapachula');
    await page.close();
  });
});

describe('holdout14 Spanish kinds: the 36-hour limit, the deporting country, a gated community', () => {
  test('"presentación" and "alojamiento" beside the 36-hour limit, a returnee\'s US deportation, Mexicans deported by the US and the INM\'s regularization are marked; a report\'s presentation and Guatemalans deported by the INM as Mexicans are not', async () => {
    const page = await suite.open('/senses/retornados-es.html');
    await expect.poll(() => markedTerms(page)).toContain('presentación');
    expect((await cardFor(page, 'presentación')).entry).toBe('presentacion');
    expect((await cardFor(page, 'alojamiento')).entry).toBe('alojamiento');
    expect(await marksInside(page, '#report')).toBe(1); // INM only: no "exceder 36 horas" in the sentence
    expect((await cardFor(page, 'deportaron')).entry).toBe('removal-deportation'); // "los gringos" deported him
    expect((await cardFor(page, 'deportan')).entry).toBe('deportacion-mx');
    // Fellow nationals deported by Mexico's INM are not Mexicans (a Guatemalan report): Tecún Umán, the Instituto
    // Guatemalteco de Migración, deportados, INM, Tapachula; deported by the US, they are.
    await expect.poll(() => marksInside(page, '#tecun')).toBe(5);
    expect((await cardFor(page, 'connacionales')).entry).toBe('mexican-diaspora');
    expect(await marksInside(page, '#tijuana')).toBe(4);
    expect((await cardFor(page, 'Regularización por razones humanitarias')).entry).toBe('regularizacion');
    expect((await cardFor(page, 'orilla del Bravo')).entry).toBe('rio-bravo');
    await page.close();
  });

  test('a condominium\'s "tarjeta de residente" is not the Mexican residence card', async () => {
    const page = await suite.open('/senses/condominio-es.html');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.glossaryState))
      .toBe('ready');
    expect(await markedTerms(page)).toEqual([]);
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe('0');
    await page.close();
  });
});

describe('holdout14-en kinds: a newsletter in sections, a bill, a band, a film review', () => {
  test("a section naming ICE, an I-94 and Annunciation House takes the page's sense; a remittance slip, a band and a studio do not", async () => {
    const page = await suite.open('/senses/shelter-newsletter.html');
    await expect.poll(() => marksInside(page, '#legal')).toBeGreaterThan(3);
    // Terms of two entries of the domain are the section's own evidence (storyFacts).
    await expect.poll(() => marksInside(page, '#arrivals')).toBe(3); // ICE, I-94, Annunciation House
    expect(await marksInside(page, '#checkpoints')).toBe(2); // Ciudad Juárez, Texas DPS
    // One term alone is not, nor beside a band's name ("Alien Ant Farm": no term, no support for "Dreamers").
    expect(await marksInside(page, '#neighbors')).toBe(0);
    expect(await marksInside(page, '#note')).toBe(0); // outside the sections: the page's sense, but no terms
    expect((await cardFor(page, 'Texas DPS')).entry).toBe('texas-state-enforcement');
    await page.close();
  });

  test("a film review's sidebar band 'Illegal Aliens' and its alien are not marked", async () => {
    const page = await suite.open('/senses/film-review.html');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.glossaryState))
      .toBe('ready');
    expect(await markedTerms(page)).toEqual([]);
    await page.close();
  });
});

describe('holdout15-en kinds: a Spanish term quoted in English, a tourist as an entry category', () => {
  test('on an English forum, "the tarjeta de residente" beside CBP is the Mexican residence card, and "an FMM as a tourist" the tourist permit', async () => {
    const page = await suite.open('/senses/retire-forum.html');
    await expect.poll(() => marksInside(page, '#reply')).toBe(3); // tarjeta de residente, green card, CBP
    expect((await cardFor(page, 'tarjeta de residente')).entry).toBe('tarjeta-residente');
    // "As a tourist" is an entry category, not a trip: it does not speak against the tourist permit (shields.yaml).
    await expect.poll(() => marksInside(page, '#fmm')).toBe(1);
    expect((await cardFor(page, 'FMM')).entry).toBe('fmm');
    await page.close();
  });

  test("in a comment, a Notice to Appear beside the permanent bar is marked; a broker's permanent bar is not", async () => {
    const page = await suite.open('/senses/retire-forum.html');
    // permanent bar, notario, NTA: the notario ('notario-fraud', an ambiguous form) is a term of the domain beside them.
    await expect.poll(() => marksInside(page, '#bar-comment')).toBe(3);
    expect((await cardFor(page, 'NTA')).entry).toBe('nta');
    expect((await cardFor(page, 'notario')).entry).toBe('notario-fraud');
    expect(await marksInside(page, '#finra-comment')).toBe(0);
    await page.close();
  });
});

describe('holdout16-en kinds: a label said in jest', () => {
  test('"illegal alien" is marked in the column, not for the raccoon in a reader\'s comment', async () => {
    const page = await suite.open('/senses/opinion-comments.html');
    await expect.poll(() => marksInside(page, '#label')).toBe(2); // migrant, illegal alien
    expect(await marksInside(page, '#joke')).toBe(0);
    expect((await cardFor(page, 'illegal alien')).entry).toBe('illegal-alien');
    await page.close();
  });
});

describe('holdout15-en kinds: a page split between the countries', () => {
  test('on a transcript naming the Border Patrol once and the INM and Grupos Beta, "deported" keeps the US removal', async () => {
    const page = await suite.open('/senses/nogales-radio.html');
    await expect.poll(() => marksInside(page, '#deported')).toBe(1);
    expect((await cardFor(page, 'deported')).entry).toBe('removal-deportation');
    await page.close();
  });
});

describe("a shelter's newsletter in Spanish (holdout11, 12, 15 and 16 kinds)", () => {
  test("the shelter's own name, a Texas Guard beside the INM, a bare amparo, Mexico's deportation order, notarios, parol and 'por el Bravo' are marked; a stuffed coyote, wet hair, a singer, a retreat, a dog pound and a sidebar's amparo are not", async () => {
    const page = await suite.open('/senses/boletin-albergue-es.html');
    await expect.poll(() => marksInside(page, '#amparo')).toBe(3); // amparo, estación migratoria, Tapachula
    expect(await marksInside(page, '#masthead')).toBe(2); // Casa del Migrante, Tijuana
    expect((await cardFor(page, 'Casa del Migrante')).entry).toBe('casa-del-migrante');
    expect((await cardFor(page, 'Guardia Nacional de Texas')).entry).toBe('texas-state-enforcement');
    expect((await cardFor(page, 'concede amparo')).entry).toBe('amparo'); // the entry's form since e54cc1b
    expect((await cardFor(page, 'por el Bravo')).entry).toBe('rio-bravo');
    expect((await cardFor(page, 'parol')).entry).toBe('parole');
    // Mexico's deportation order beside the INM; "para que no fuera deportada": no one was deported.
    expect(await marksInside(page, '#order')).toBe(2); // INM, orden de deportación
    expect((await cardFor(page, 'orden de deportación')).entry).toBe('deportacion-mx');
    expect((await cardFor(page, 'presentación de las personas extranjeras')).entry).toBe('presentacion');
    expect((await cardFor(page, 'notarios')).entry).toBe('notario-fraud');
    expect(await marksInside(page, '#toy')).toBe(0); // "el coyote de peluche"
    expect(await marksInside(page, '#wet')).toBe(0); // "el cabello mojado y la ropa mojada"
    expect(await marksInside(page, '#singer')).toBe(0); // "Amparo Ochoa"
    expect(await marksInside(page, '#retreat')).toBe(0); // "retiro juvenil «Rescate»"
    expect(await marksInside(page, '#pound')).toBe(0); // "la perrera municipal"
    expect(await marksInside(page, '#fines')).toBe(0); // "amparo contra las fotomultas", in a sidebar
    await page.close();
  });
});

describe('holdout20 kinds: a game on hard mode, a plush toy', () => {
  test("a forum's asylum is marked; the asylum difficulty of a game played on hard mode is not", async () => {
    const page = await suite.open('/senses/renewal-forum.html');
    await expect.poll(() => marksInside(page, '#answer')).toBe(2); // advance parole, asylum
    expect((await cardFor(page, 'asylum')).entry).toBe('asylum-us');
    expect(await marksInside(page, '#game')).toBe(0); // "Arkham Asylum on hard mode", "the asylum difficulty spike"
    expect((await cardFor(page, 'family preference')).entry).toBe('family-preference'); // "a family preference line"
    await page.close();
  });

  test("a forum's coyote who crossed a family is marked; the plush coyote a child wants is not", async () => {
    const page = await suite.open('/senses/foro-consulado-es.html');
    await expect.poll(() => marksInside(page, '#answer')).toBe(2); // coyote, casa de seguridad
    expect((await cardFor(page, 'coyote')).entry).toBe('coyote');
    expect(await marksInside(page, '#toy')).toBe(0); // "el peluche del coyote de Sonic"
    await page.close();
  });

  test('"tu INE" is the voter card, "la regularización por vínculo familiar" the INM\'s regularization and "el acta mexicana" the birth certificate', async () => {
    const page = await suite.open('/senses/foro-consulado-es.html');
    await expect.poll(() => marksInside(page, '#papers')).toBe(3); // tu INE, INM, regularización por vínculo familiar
    expect((await cardFor(page, 'tu INE')).entry).toBe('credencial-ine');
    expect((await cardFor(page, 'regularización por vínculo familiar')).entry).toBe('regularizacion');
    // "el acta mexicana" is the birth certificate; "el acta mexicana de matrimonio" is not.
    await expect.poll(() => marksInside(page, '#acta')).toBe(1);
    expect((await cardFor(page, 'acta mexicana')).entry).toBe('acta-nacimiento');
    await page.close();
  });
});

describe('holdout20 kinds: whose asylum claim', () => {
  test("an asylum claim before COMAR opens Mexico's refugee status; one before USCIS, US asylum", async () => {
    const page = await suite.open('/senses/comar-radio.html');
    await expect.poll(() => marksInside(page, '#us')).toBe(4); // USCIS, asylum claims, paroled, CBP
    expect((await cardFor(page, 'asylum claims')).entry).toBe('condicion-refugiado-mx');
    await hoverTerm(page, 'asylum claims', 1);
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('asylum-us');
    await page.close();
  });
});

describe('holdout20 Spanish kinds: the 36-hour limit said with "más allá de"', () => {
  test('"más allá de 36 horas" beside the presentación is the 36-hour limit, and its sentence\'s "alojamiento" is detention; a hospital\'s wait in the sidebar is not', async () => {
    const page = await suite.open('/senses/amparo-36h-es.html');
    await expect.poll(() => marksInside(page, '#ruling')).toBe(4); // Suprema Corte, presentación, 36 horas, alojamiento
    expect((await cardFor(page, 'más allá de 36 horas')).entry).toBe('detention-36h');
    expect((await cardFor(page, 'alojamiento')).entry).toBe('alojamiento');
    expect(await marksInside(page, '#hospital')).toBe(0);
    await page.close();
  });
});

describe('holdout18 kinds: a community board and a culture brief on a DACA newsletter', () => {
  test("Dreamers of the article are marked; a tribute night, an ICE cream social, a series' watch party, an exhibition's caravan, a painting's coyote and an old state asylum are not", async () => {
    const page = await suite.open('/senses/community-board.html');
    await expect.poll(() => marksInside(page, '#court')).toBeGreaterThanOrEqual(5);
    expect((await cardFor(page, 'Dreamers')).entry).toBe('dreamers');
    expect(await marksInside(page, '#board')).toBe(0); // and an old state asylum (a psychiatric hospital)
    expect(await marksInside(page, '#culture')).toBe(0);
    await page.close();
  });
});

describe("holdout17 and holdout18 Spanish kinds: a border forum's off-topic posts", () => {
  test("the garita of Nogales, the remesas sent home, an FMM 'como turista' and the Grupos Beta are marked; a shipment of sneakers, a card game's Green Card, a fort's garita, an app's Grupo Beta and a friend nicknamed el coyote are not", async () => {
    const page = await suite.open('/senses/foro-fronterizo-es.html');
    await expect.poll(() => marksInside(page, '#cruce')).toBeGreaterThanOrEqual(5);
    expect((await cardFor(page, 'garita')).entry).toBe('port-of-entry');
    expect((await cardFor(page, 'remesas')).entry).toBe('remittances');
    expect((await cardFor(page, 'FMM')).entry).toBe('fmm'); // "entré como turista": an entry category, no trip
    await expect.poll(() => marksInside(page, '#beta')).toBe(2); // Grupos Beta, INM: not their rescue work
    expect(await marksInside(page, '#offtopic')).toBe(0);
    expect(await marksInside(page, '#app')).toBe(0); // an app's testers beside its "versión beta"
    expect(await marksInside(page, '#carnal')).toBe(0);
    await page.close();
  });
});

describe("holdout17 and holdout18 kinds: the smugglers' pollo, a state office, a form's plural", () => {
  test('the pollero beside "cada pollo que cruzas" and a pollería is the smuggler, a ransom no INM rescate; "oficina estatal de atención a migrantes" is the OFAM', async () => {
    const page = await suite.open('/senses/cronica-polleros-es.html');
    await expect.poll(() => marksInside(page, '#barrio')).toBe(5); // pollero, patero ×2, río Bravo, casa de seguridad
    expect(await marksInside(page, '#ransom')).toBe(1); // "secuestraron"; the ransom the gang "pedía" is no INM rescate
    expect((await cardFor(page, 'pollero')).entry).toBe('pollero');
    expect((await cardFor(page, 'oficina estatal de atención a migrantes')).entry).toBe('ofam');
    await page.close();
  });

  test('"I-213s" is Form I-213', async () => {
    const page = await suite.open('/senses/community-board.html');
    expect((await cardFor(page, 'I-213s')).entry).toBe('i-213');
    await page.close();
  });
});

describe('holdout22 kinds: whose nationals a Guatemalan page receives', () => {
  test("on a page whose header and footer say it speaks from Guatemala, its 'connacionales' are not Mexicans abroad; its returnees and ICE are marked", async () => {
    const page = await suite.open('/senses/igm-retornados-es.html');
    await expect.poll(() => markedTerms(page)).toContain('ICE');
    expect(await marksInside(page, '#title')).toBe(2); // IGM, retornados: not "connacionales"
    expect((await cardFor(page, 'retornados')).entry).toBe('returnee');
    expect(await markedTerms(page)).not.toContain('connacionales');
    await page.close();
  });
});

describe("holdout22 Spanish kinds: the smugglers' pollos", () => {
  test('a network that crosses its "pollos" keeps its pollero beside the coyote, the patero and the safe house', async () => {
    const page = await suite.open('/senses/red-polleros-es.html');
    await expect.poll(() => marksInside(page, '#manos')).toBe(6); // coyote, pollero, Reynosa, casa de seguridad, patero, por el Bravo
    expect((await cardFor(page, 'pollero')).entry).toBe('pollero');
    await page.close();
  });
});

describe('a passage whose own words are of another subject takes no sense from the page (the topic lexicon)', () => {
  test("a hiking trail's coyote is not marked on a page about asylum seekers; the migrants' caravan is", async () => {
    const page = await suite.open('/senses/topic-corners.html');
    await expect.poll(() => marksInside(page, '#caravan')).toBe(2); // "caravan", "Tapachula"
    expect((await cardFor(page, 'caravan')).entry).toBe('caravan');
    expect(await marksInside(page, '#trail')).toBe(0); // creek, hikers, canyon trail
    await page.close();
  });

  test('una caravana de autos clásicos y el operativo de una feria del libro no se marcan; la caravana de familias migrantes sí', async () => {
    const page = await suite.open('/senses/topic-corners-es.html');
    await expect.poll(() => marksInside(page, '#caravana')).toBe(1); // "caravana"
    expect((await cardFor(page, 'caravana')).entry).toBe('caravan');
    expect(await marksInside(page, '#autos')).toBe(0); // motores, coleccionistas, exhibición
    expect(await marksInside(page, '#feria')).toBe(0); // novelas, poesía, biblioteca
    // A reader's comment whose own words are about waiting for refuge takes the page's sense; a joke does not.
    await expect.poll(() => marksInside(page, '#comentario-fila')).toBe(1); // "COMAR"
    expect(await marksInside(page, '#comentario-broma')).toBe(0); // "la COMAR de mi colonia"
    await page.close();
  });
});

describe('a page of a field the topic lexicon has never seen is not about migration, whatever its few terms', () => {
  test("a bindery's guillotine 'the Beast', its caravan of binders to the Juárez book fair and the removal of old glue are not marked", async () => {
    const page = await suite.open('/senses/bindery-notes.html');
    expect(await markedTerms(page)).toEqual([]);
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe('0');
    await page.close();
  });

  test('la Bestia de un taller de cerámica (su horno), una remesa de barro, la garita y el retén de un torno no se marcan', async () => {
    const page = await suite.open('/senses/taller-ceramica-es.html');
    expect(await markedTerms(page)).toEqual([]);
    expect(await page.getAttribute('html', 'data-glossary-terms')).toBe('0');
    await page.close();
  });
});
