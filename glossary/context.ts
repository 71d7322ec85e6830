// The sense model: which ambiguous forms ("ICE", "caravan", "coyote", "deportación") are marked, and for which
// entry. Pure; the page scan (page-scan.ts) keeps each block's facts and the page's, and asks again when the
// page's facts change.
//
// Evidence that a passage is about migration: unambiguous glossary terms and context cues ("migrants",
// "frontera sur"), and ambiguous terms of other entries that co-occur (smuggler slang beside a river and a border
// city; not acronyms nor namesakes: "the SRE team moved the ICE cluster" is tech jargon, "the National Guard" may
// be another country's; not places alone: a business story names Ciudad Juárez, Tijuana and Reynosa; not forms
// their other senses hold in the passage or on the page: a kidnapping story's "operativo"; not forms in a proper
// name or a handle: a band's "Alien Ant Farm"). Evidence
// against: other senses' vocabulary (other-senses.yaml), by domain: a domain that names entries (`against`:
// ranching against "coyote", disasters against "albergue") speaks only against their forms, the others (weather,
// sport, shows…) against every ambiguous form. An ambiguous match is kept
//   - 'block':  when its block has more migration evidence than words of its other senses (a form that is a cue
//               too, "migrante", counts for itself in the body when nothing speaks against it there or over the
//               page, not in the page's corners: "Red de Apoyo Migrante"; but an organization's own name does
//               there on a page about migration: a shelter's "Casa del Migrante en Tijuana" in its header);
//   - 'nearby': when its block has no evidence either way but two other ambiguous entries of the domain, one of
//               them or itself not a place, and one of them a place; in the comments or an ad of a page whose
//               body is about migration (a forum's replies, a weekly's classified notices), one other ambiguous
//               entry is enough;
//   - 'page':   when its block has no evidence either way, is part of the page's body (not navigation, a link
//               list, a sidebar, comments, an ad or a footer), the page's body and comments as a whole are about
//               migration (pageAccepts: 3 pieces of evidence, counting its ambiguous entries when two or more co-occur —
//               with no unambiguous evidence, only when they name a place and something else and outnumber the
//               body's other-sense words — or when the evidence is already 2), and the body does not have more
//               words of one of the form's other senses than migration evidence (pageOutweighs: a hurricane story's
//               "albergues"). A body block about another sense gives the page only its unambiguous terms
//               (pageEvidence).
// A passage's own words (topic.ts, a lexicon learned from the evaluation pages; read only where a decision asks)
// weigh where no term decides: a passage whose words are of another subject (offTopic: a car club's caravana of
// restored engines, a hiking trail's coyote) takes no sense from the page nor from terms nearby, and an unambiguous term alone in
// it is not kept; a comment or an ad whose own words are clearly about migration (onTopic) takes the page's sense;
// ambiguous terms co-occurring with no unambiguous evidence make a page about migration only where their passages'
// words lean to it; and a page with little evidence whose body is mostly words migration writing does not use
// (unfamiliarPage: a bindery, a pottery workshop) is not about migration at all: no page sense, no support between
// its ambiguous terms, no term alone in its passage.
// General words (forms of one word that are evidence of themselves: "immigrant", "deported", "refugee") count, for a block or
// the page, only where the page's (or story's) body names something more specific of migration too (specific()):
// astronomy's "immigrant stars" and a bird page's "undocumented" species are figures of speech.
// On a page of several stories (sections or articles with their own heading, or the heading-led runs of a
// container of briefs: "news in brief"), a story's body blocks are decided under its own facts (storyFacts): the
// page's verdict reaches a brief only when the brief has migration evidence of its own (or terms of two entries of
// the domain: "released by ICE with an I-94") and no words of other senses.
// In navigation, link lists, sidebars, ads and footers, each line (a trending bar's link) is decided on its own
// (decideItems). A general institution or document (evidence: false) is kept only where an ambiguous form of its
// passage would be (senseOf), or in a corner's line or a comment of a page about migration (cornerName), as
// 'unambiguous': it has no other meaning to explain. There an ambiguous acronym or numbered name alone in its line ("TPS Venezuela",
// "Título 42" in a trending bar) is kept too, as 'page' (cornerTag), and so is a place in a header or footer line,
// where the page speaks from: a shelter's address "Zona Norte, Tijuana" (speakerPlace).
// A word of beside.yaml ("alojamiento", "presentación": Mexican law's words for immigration detention) is kept
// only in a sentence that names its companion (the immigration station, the 36-hour limit), or, on a page whose
// body names it, calls it back bare ("alternativa al alojamiento en la estación": stationCalledBack), or quoted as a
// Spanish term in an English sentence (citedInEnglish: 'the Migration Law calls confinement "alojamiento"'), and
// supports nothing.
// An unambiguous term alone in its passage (nothing else of migration there) is not kept on a page whose body is
// not about migration and has more words of a domain against every form than migration evidence: a game's "Border
// Wall" fortification in its patch notes (aloneOnOtherPage); a story of such a page about migration keeps it.
// Never kept: a capitalized form in a proper name ("Coyote Student Center", "Estadio Coyote", after an article
// capitalized mid-sentence: "a Los Soñadores de Zapopan"; a one-word form starting a name of capitalized words
// mid-sentence, three for English, two for Spanish: "Anyway, Alien Ant Farm is playing", "homenaje a Amparo
// Ochoa", a team's "los Coyotes de Juárez" ending in its place; a title before its subtitle: "watch Alien: Earth";
// alone in quotation marks after a lowercase word: a youth retreat's "retiro juvenil «Rescate»"), a
// place's name as a person's surname ("dijo María Juárez"; inProperName), a person's participle after "ser" or a
// negated "ser" ("podrían ser deportados", "no fuera deportada": the act; afterSer), an institution's name that
// goes on with "of" into a longer name's head word ("Mexico's National Guard of Pastry Chefs"; nameGoesOn). Nor is
// any form, ambiguous or not, in a handle ("u/coyote_ugly", "u/visa_veteran"; inHandle).
// Jurisdiction: the countries are the US, Mexico, Central America and another country (Canada: its own entries and
// its name vote so; an entry that is also international is its country's). Forms shared by entries of different
// countries go to the entry of the country that the block's, else the page's (not one split between countries
// by a single vote), unambiguous terms point to; where none points, to its usual entry (usualEntry: an English
// form's US entry, "deported"; else the first by category), the same in every build. A bare
// institution name ("Supreme Court", "Guardia Nacional") is not marked on a passage plainly about another
// country, and a namesake whose other country's institution has no entry ("National Guard", namesakes.yaml) only
// on one that points to its entry's country. For these names, country names vote too (countries.yaml): one
// attached to the name decides ("la Corte Suprema de Justicia de Honduras", "the Salvadoran Supreme Court"),
// others only where the passage's migration terms do not lean; a name that says its own country ("Guardia Nacional
// de Texas", "Corte Suprema de Estados Unidos") is that country's institution wherever it stands. Any other
// ambiguous form of one country's entry is not marked where its passage's own terms point to another country (ICE's
// "operativos" are not the INM's; but a Mexican entry's Spanish term quoted in an English sentence is Mexico's: "the
// tarjeta de residente" beside CBP),
// nor, for an enforcement action, where they point nowhere and the page leans clearly to another country. A
// shared form whose objects are Mexicans right beside it ("deported Mexicans"), or in a passage about coming home
// from the US ("¿Regresaste de Estados Unidos? ¿Te deportaron…?"), is not Mexico's (ownNationals); one
// whose deporting country is named right beside it ("deportado por Estados Unidos", "me deportaron los gringos")
// is that country's (deportingCountry: "deportados por el INM" is Mexico's, "ICE deportó" the US's), and so is one
// whose deported are sent to Mexico or through a place on the US–Mexico border ("deportados a México", "lo
// deportaron el jueves por El Chaparral": the US's; borderRoute); a US agency's
// ambiguous acronym in a passage about migration votes for that passage, not the page ("ICE detained him; he was
// deported": BlockFacts.agencies); fellow nationals that Mexico deports ("connacionales deportados por el INM" in a
// Guatemalan report), or on a page whose header and footer name another country (the Instituto Guatemalteco de
// Migración's site: speaks), are not Mexicans abroad (otherNationals). An enforcement action of one country's entry
// said to happen in another
// country ("operativos migratorios en Estados Unidos") is not marked (actionElsewhere).
// Code citations (citations.yaml) are compiled into forms and shields, not decided here; words of their other
// subjects (civil rights: "Section 1983") are a domain against the policy's bare name.
import { type Categorized, type Category, isPlace } from './categories';
import { EXCEPT_DOMAIN } from './forms';
import type { Match } from './match';
import { isWordCode } from './normalize';
import { type PassageTopic, TOPIC_AGAINST, TOPIC_FOR, unfamiliar } from './topic';

export type Reason = 'unambiguous' | 'block' | 'nearby' | 'page';

/** Where a block sits on its page. Only 'body' takes page evidence and gives it. */
export type Region = 'body' | 'nav' | 'links' | 'aside' | 'comments' | 'ad' | 'footer';

export interface Decided extends Match {
  reason: Reason;
}

/** Page evidence needed to accept ambiguous forms in body blocks without evidence of their own. */
export const PAGE_EVIDENCE_THRESHOLD = 3;

const US = 1;
const MX = 2;
const INTL = 4;
const CA = 8;
/**
 * The countries a passage can point to (JURISDICTION_BITS in compile.ts): the US, Mexico, Central America, and
 * another country (INTL: Canada's IRCC and CBSA, "Canadian"), whose passages are none of the others' ("work permit"
 * beside IRCC is no US EAD).
 */
const COUNTRIES = [US, MX, CA, INTL] as const;
/** The countries of entries' own: INTL among them says an entry is also international, not whose it is. */
const OWN_COUNTRIES = [US, MX, CA] as const;
const INSTITUTIONS = new Set<string>(['us-institutions', 'mx-institutions']);

/** What the sense model reads of the matcher's data. */
export interface EntryFacts {
  categories: readonly Category[];
  /** Bit masks of JURISDICTION_BITS (compile.ts): US = 1, MX = 2, INTL = 4, CA = 8. */
  jurisdictions: readonly number[];
}

/** What one block says, from its own matches. */
export interface BlockFacts {
  region: Region;
  /** Migration evidence hits (unambiguous terms and cues). */
  evidence: number;
  /** Of those, the unambiguous glossary terms (not cues). */
  terms: number;
  /** Of those, ambiguous forms that are evidence of themselves ("deportation", "migrante": also cues). */
  selfEvidence: number;
  /** Of those, general words: written as one word ("immigrant", not "persona migrante"; specific()). */
  general: number;
  /** Hits of other senses' vocabulary. */
  otherSense: number;
  /** Those hits by domain (sensesAgainst): [0] domains against every form, [k + 1] the k-th domain named per form. */
  senses: readonly number[];
  /** Distinct entries of the block's ambiguous terms, acronyms aside. */
  ambiguousEntries: number[];
  /** The Match.domains of each of those entries (same index): the other senses that may hold it. */
  ambiguousDomains: number[];
  /**
   * Distinct entries of the block's ambiguous acronyms ("ICE") and namesakes ("National Guard"): they support no
   * other term, but may be supported.
   */
  ambiguousAcronyms: number[];
  /**
   * Distinct entries of the block's unambiguous terms for documents that are no evidence of migration by themselves
   * (entries with `evidence: false`: "SENTRI", "CURP", a passport): a travel page or a civil registry's names them
   * too. Not institutions: a bankruptcy story names the Fifth and Ninth Circuits.
   */
  plainEntries: number[];
  /** Votes for each of COUNTRIES: unambiguous migration terms of entries of one of them only. */
  votes: number[];
  /**
   * Votes of country names, for countries with few entries of their own (glossary/vocabulary/countries.yaml:
   * "Honduras", "salvadoreño"). They decide only whose institution a bare name is, only where the block's terms
   * do not lean, and never for the page; but those of its header and footer say where it speaks from
   * (PageFacts.speaker).
   */
  places: number[];
  /** Entries named unambiguously in the block ("the National Guard of Mexico, the Guardia Nacional"). */
  named: number[];
  /** Forms of the companions that beside.yaml's words need (Match.companion: an immigration station). */
  companions?: number;
  /**
   * Votes of US agencies' ambiguous acronyms, once each, in a block with migration evidence: "ICE detained him; he
   * was deported" is the US's removal, and a passage naming ICE and the INM has no one actor. They count for the
   * block only, not the page: Mexico's consulates name ICE on pages about Mexicans abroad. Not Mexico's acronyms:
   * the SRE and the IME speak for Mexicans whom the US deports.
   */
  agencies?: number[];
  /**
   * The block's topic (topic.ts: its words' weights and familiarity, learned), made by the page scan the first
   * time a decision asks (most blocks' terms decide without it); undefined with no lexicon: it then weighs nothing.
   */
  topic?: () => PassageTopic | undefined;
}

/**
 * Whether a block's own words are of another subject (its topic score at or below TOPIC_AGAINST): a car club's
 * caravana of restored engines, a hiking trail's coyote by the creek. There a form takes no sense from the
 * page or from other ambiguous terms around it, and an unambiguous term alone in it is a passing figure.
 */
export function onTopic(block: BlockFacts): boolean {
  const topic = block.topic?.();
  return topic !== undefined && topic.score >= TOPIC_FOR;
}

export function offTopic(block: BlockFacts): boolean {
  const topic = block.topic?.();
  return topic !== undefined && topic.score <= TOPIC_AGAINST;
}

/** A block's own votes, its agencies' acronyms included (BlockFacts.agencies). */
function ownVotes(block: BlockFacts): readonly number[] {
  const agencies = block.agencies;
  return agencies ? block.votes.map((n, i) => n + agencies[i]!) : block.votes;
}

/** What the page's body says: sums over the blocks that count for the page (pageCounts). */
export interface PageFacts {
  evidence: number;
  /** Of that evidence, ambiguous forms that are evidence of themselves (BlockFacts.selfEvidence). */
  selfEvidence?: number;
  /** Of those, general words (BlockFacts.general). */
  general?: number;
  /** Hits of other senses' vocabulary in the body, and by domain (BlockFacts.senses). */
  otherSense: number;
  senses: readonly number[];
  /** Distinct entries of ambiguous terms in those blocks, but those their other senses hold (pageOutweighs). */
  ambiguousEntries: number;
  /** Of those, the entries that are not places. */
  ambiguousNotPlaces: number;
  /** Distinct entries of ambiguous acronyms in those blocks, not counted above. */
  ambiguousAcronyms: number;
  /** Distinct entries of documents that are no evidence by themselves (BlockFacts.plainEntries). */
  plainEntries?: number;
  votes: number[];
  /** Set on a story's facts (storyFacts): whether its body is about migration, instead of pageAccepts' count. */
  accepted?: boolean;
  /** Set on a story's facts (storyFacts): whether the story or its page has more than general words (specific). */
  specific?: boolean;
  /** Set on a story's facts (storyFacts): whether its page's body as a whole is about migration. */
  pageAccepted?: boolean;
  /** Whether the body names a companion of beside.yaml's words (an immigration station), which "la estación" calls back. */
  companion?: boolean;
  /**
   * Votes of the country names in the page's header and footer (its site's name and address: speaks), for
   * COUNTRIES: where the page speaks from, which says whose nationals its "connacionales" are (otherNationals).
   */
  speaker?: readonly number[];
  /** Its body's topic (PageTopic), made the first time pageAccepts asks; undefined with no lexicon. */
  topic?: () => PageTopic | undefined;
}

/**
 * What a page's (or story's) body blocks' words say (topic.ts): the sum of the scores of those that name
 * ambiguous terms, and the familiar words of all, summed.
 */
export interface PageTopic extends Omit<PassageTopic, 'score'> {
  ambiguous: number;
}

/**
 * Below this much migration evidence, a page's body is asked whether its words are familiar (topic.ts
 * unfamiliar): a page of a field the lexicon has never seen, where a few words look like terms. Above it, the
 * page's terms are enough, and a long document's words are not read again.
 */
export const FAMILIAR_CHECK_BELOW = 10;

/** Whether the page's body is mostly words writing about migration does not use, with little evidence. */
export function unfamiliarPage(page: PageFacts): boolean {
  if (page.evidence >= FAMILIAR_CHECK_BELOW) return false;
  const topic = page.topic?.();
  return topic !== undefined && unfamiliar(topic.words, topic.familiar);
}

/**
 * The one country of a jurisdiction mask: one of the US, Mexico and Central America (INTL beside one does not
 * count: UNHCR in Mexico), INTL for an entry of another country alone (Canada's IRCC), or 0 for none or several.
 */
export function countryOf(mask: number): number {
  // A loop, not a filter: this runs for most marks of a page, mostly before V8 optimizes it.
  let mine = 0;
  for (let i = 0; i < OWN_COUNTRIES.length; i++) {
    if (!(mask & OWN_COUNTRIES[i]!)) continue;
    if (mine) return 0;
    mine = OWN_COUNTRIES[i]!;
  }
  return mine || (mask === INTL ? INTL : 0);
}

export const noVotes = (): number[] => COUNTRIES.map(() => 0);

/** A block's senses when it has no hit of another sense (shared, never written to). */
const NO_SENSES: readonly number[] = Object.freeze([0]);

/**
 * Adds `sign` hits of a cue of other senses to counts by domain (BlockFacts.senses): its `domains` bits
 * (Match.domains), or [0] when it speaks against every form.
 */
export function addSenses(senses: number[], domains: number, sign: number): void {
  if (!domains) {
    senses[0]! += sign;
    return;
  }
  for (let k = 0; domains >>> k; k++) {
    if (!((domains >>> k) & 1)) continue;
    while (senses.length <= k + 1) senses.push(0);
    senses[k + 1]! += sign;
  }
}

/** The hits of other senses that speak against an ambiguous form whose Match.domains are `domains`. */
export function sensesAgainst(senses: readonly number[], domains: number): number {
  let n = senses[0] ?? 0;
  for (let k = 0; domains >>> k && k + 1 < senses.length; k++) if ((domains >>> k) & 1) n += senses[k + 1]!;
  return n;
}

/**
 * Whether the page's body has more words of one of the form's other senses (its domains, or those against
 * every form) than it has migration evidence: a hurricane story's "damnificados" and "Protección Civil"
 * against its "albergues" and "Guardia Nacional", where nothing is about people migrating. The form then takes
 * no sense from the page (its own passage may still show it).
 */
export function pageOutweighs(page: PageFacts, domains: number): boolean {
  // Forms that are their own evidence do not vouch for themselves: "deportation" throughout a Holocaust exhibit's
  // page, beside Auschwitz and the ghetto.
  const evidence = page.evidence - (page.selfEvidence ?? 0);
  const outweighs = (n: number) => n > evidence && n > 0;
  // Words against every form but a few entries' (EXCEPT_DOMAIN: travel's) count with those against every form.
  const excepted = (domains >>> EXCEPT_DOMAIN) & 1 ? (page.senses[EXCEPT_DOMAIN + 1] ?? 0) : 0;
  if (outweighs((page.senses[0] ?? 0) + excepted)) return true;
  for (let k = 0; domains >>> k && k + 1 < page.senses.length && k < EXCEPT_DOMAIN; k++) {
    if ((domains >>> k) & 1 && outweighs(page.senses[k + 1]!)) return true;
  }
  return false;
}

/**
 * Whether the page's (or story's) body has migration evidence beyond general words: forms of one word that are
 * evidence of themselves ("immigrant", "deported", "refugee": BlockFacts.general), which other domains use
 * figuratively ("immigrant stars", comets "deported into interstellar space", a bird page's "undocumented"
 * species). Where they are all the body has, they are no evidence, for the page nor for a block: a single
 * migration article names something specific too (a cue such as "immigration" or "border crossing", an agency, a
 * program, people named so: "personas migrantes").
 */
export function specific(page: PageFacts): boolean {
  return page.specific ?? page.evidence > (page.general ?? page.selfEvidence ?? 0);
}

/** The country with more votes than each other one, and by how many more than the next. */
function lean(votes: readonly number[]): { country: number; margin: number } {
  // Two passes, no sorting: this runs for most marks of a page, and sorting made an array and a closure each time.
  let best = 0;
  for (let i = 1; i < COUNTRIES.length; i++) if (votes[i]! > votes[best]!) best = i;
  let next = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < COUNTRIES.length; i++) if (i !== best && votes[i]! > next) next = votes[i]!;
  const margin = votes[best]! - next;
  return { country: margin > 0 ? COUNTRIES[best]! : 0, margin };
}

/** Whether any vote goes to the country of an entry's jurisdictions. */
function votedFor(votes: readonly number[], mask: number): boolean {
  const index = COUNTRIES.indexOf(countryOf(mask) as (typeof COUNTRIES)[number]);
  return index >= 0 && votes[index]! > 0;
}

/** The one country the votes go to, or 0 when none or several have votes. */
function soleCountry(votes: readonly number[]): number {
  let voted = 0;
  for (let i = 0; i < COUNTRIES.length; i++) {
    if (!(votes[i]! > 0)) continue;
    if (voted) return 0;
    voted = COUNTRIES[i]!;
  }
  return voted;
}

/** `text`, the block's, tells general words (one word) from the rest; without it all self-evidence is general. */
export function blockFacts(
  matches: readonly Match[],
  region: Region,
  data: EntryFacts,
  text?: string,
): BlockFacts {
  const facts: BlockFacts = {
    region,
    evidence: 0,
    terms: 0,
    selfEvidence: 0,
    general: 0,
    otherSense: 0,
    senses: NO_SENSES,
    ambiguousEntries: [],
    ambiguousDomains: [],
    ambiguousAcronyms: [],
    plainEntries: [],
    votes: noVotes(),
    places: noVotes(),
    named: [],
  };
  let senses: number[] | undefined;
  let agencies: number[] | undefined;
  const vote = (votes: number[], mask: number) => {
    const index = COUNTRIES.indexOf(countryOf(mask) as (typeof COUNTRIES)[number]);
    if (index >= 0) votes[index]!++;
  };
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    // A handle is no prose: what it spells ("u/visa_veteran", "@caravan") is no term and supports nothing (inHandle).
    if (text && inHandle(text, match)) continue;
    if (match.country && !(text && namesPeople(text, match))) vote(facts.places, match.country);
    if (match.evidence) facts.evidence++;
    if (match.evidence && !match.cue) facts.terms++;
    // Not a namesake that is a cue too ("estatus migratorio"): its doubt is whose it is, not whether it is migration.
    if (match.evidence && match.ambiguous && !match.cue && !match.namesake && match.entry >= 0) {
      facts.selfEvidence++;
      if (!text || !/\s/.test(text.slice(match.start, match.end))) facts.general++;
    }
    if (match.companion) facts.companions = (facts.companions ?? 0) + 1;
    if (match.otherSense) {
      facts.otherSense++;
      senses ??= [0];
      addSenses(senses, match.domains, 1);
    }
    if (match.cue || match.entry < 0) continue;
    // A word that is the term only beside its companion ("alojamiento") supports nothing: a shelter's lodging.
    if (match.beside) continue;
    if (match.ambiguous) {
      // Acronyms do not support each other: "the SRE team moved the ICE cluster" is tech jargon. Nor do namesakes:
      // "the National Guard" rescuing families from a flood is as often another country's Guard.
      if (match.acronym || match.namesake) {
        if (!facts.ambiguousAcronyms.includes(match.entry)) facts.ambiguousAcronyms.push(match.entry);
        if (match.acronym && !match.namesake && data.categories[match.entry] === 'us-institutions') {
          agencies ??= [];
          if (!agencies.includes(match.entry)) agencies.push(match.entry);
        }
      } else if (
        !facts.ambiguousEntries.includes(match.entry) &&
        // A form in a proper name is not the term ("Alien Ant Farm"): it supports nothing beside it.
        !(text && inProperName(text, matches, index, data))
      ) {
        facts.ambiguousEntries.push(match.entry);
        facts.ambiguousDomains.push(match.domains);
      }
    } else if (!match.alternatives) {
      if (!facts.named.includes(match.entry)) facts.named.push(match.entry);
      if (
        !match.evidence &&
        data.categories[match.entry] === 'documents' &&
        !facts.plainEntries.includes(match.entry)
      )
        facts.plainEntries.push(match.entry);
    }
    if (!match.ambiguous && match.evidence && !match.alternatives) {
      // Migration terms only: a general institution (Banco de México) says where a story is, not whose
      // deportations it reports.
      vote(facts.votes, data.jurisdictions[match.entry] ?? 0);
    }
  }
  if (senses) facts.senses = senses;
  if (agencies && facts.evidence > 0) {
    facts.agencies = noVotes();
    for (const entry of agencies) vote(facts.agencies, data.jurisdictions[entry] ?? 0);
  }
  return facts;
}

/** A people's origin before a list of country adjectives: "31 personas de origen hondureño, guatemalteco y". */
const ORIGIN_BEFORE =
  /(?:origen|nacionalidad|nacionalidades)[^\S\r\n]+(?:\p{L}+(?:,[^\S\r\n]*|[^\S\r\n]+(?:y|e|o)[^\S\r\n]+))*$/iu;
/** People after a country adjective: "Honduran nationals", "of Guatemalan origin". */
const PEOPLE_AFTER = /^[^\S\r\n]+(?:nationals|citizens|origin|descent)(?![\p{L}])/u;

/**
 * Whether a country name (a country adjective) names people's origin, not whose institution or place a passage
 * speaks of: "31 personas de origen hondureño, guatemalteco y mexicano" rescued with the Guardia Nacional in
 * Reynosa, "Honduran nationals". Such a name casts no vote (countries.yaml).
 */
function namesPeople(text: string, match: Match): boolean {
  return (
    ORIGIN_BEFORE.test(text.slice(Math.max(0, match.start - 80), match.start)) ||
    PEOPLE_AFTER.test(text.slice(match.end, match.end + 20))
  );
}

/**
 * Whether a block's country names say where the page speaks from: its header and footer, which hold the site's own
 * name and address ("Instituto Guatemalteco de Migración", "Ciudad de Guatemala"), as a footer's place does
 * (speakerPlace).
 */
export function speaks(block: BlockFacts): boolean {
  return block.region === 'nav' || block.region === 'footer';
}

/**
 * Whether a block's facts count for the page: its body and its comments (a forum thread's replies are its content),
 * and its ads, which are a weekly's classifieds page's content (pageEvidence says how little they give); not
 * navigation, link lists, sidebars or footers. Comments and ads give the page their evidence but take it only
 * beside terms of their own (senseOf): a reader's joke stays unmarked.
 */
export function pageCounts(block: BlockFacts): boolean {
  return block.region === 'body' || block.region === 'comments' || block.region === 'ad';
}

/** Whether a block is about another sense: more of another sense's vocabulary than migration evidence. */
export function otherTopic(block: BlockFacts): boolean {
  return block.otherSense > 0 && block.evidence <= block.otherSense;
}

/**
 * The migration evidence a body block gives the page. A block about another sense gives only its unambiguous
 * glossary terms (a paragraph on the border wall's wildlife corridor that names the Border Patrol still says the
 * page is about the border), not its cues nor its ambiguous terms (a caravan of bands on a festival page, beside
 * El Paso and a surge in ticket sales, supports nothing). So does an ad: a page of classifieds whose ads name the
 * garita de San Ysidro, a Ready Lane and a DS-160 is about crossing, not one that sells a cooler and a caravan of
 * classic cars.
 */
export function pageEvidence(block: BlockFacts): { evidence: number; ambiguous: boolean } {
  return otherTopic(block) || block.region === 'ad'
    ? { evidence: block.terms, ambiguous: false }
    : { evidence: block.evidence, ambiguous: true };
}

/**
 * Whether the page's body is about migration: its evidence, plus its ambiguous entries when they co-occur (two or
 * more) or when the evidence is already two (a remittances story: "remesas" throughout, "deportaciones masivas"
 * and "matrícula consular" once each).
 */
export function pageAccepts(page: PageFacts): boolean {
  if (page.accepted !== undefined) return page.accepted;
  // A page of a field the lexicon has never seen, whatever its few terms: a model railway's "garita" and
  // "migración a DCC".
  if (unfamiliarPage(page)) return false;
  if (!specific(page)) page = { ...page, evidence: 0 };
  // Places alone, with no other evidence, do not co-occur as evidence: a business story names Ciudad Juárez,
  // Tijuana and Reynosa too. Acronyms never do ("the SRE team moved the ICE cluster"), but once the evidence is
  // two, the story's own subject counts, acronym or not ("ICE arrests man outside courthouse").
  // Nor do they when the body's words of other senses outnumber them and nothing unambiguous is about migration:
  // a ranching story's coyotes, river and border towns beside its goats, hogs and cattle.
  // With no unambiguous evidence at all, they must name a place as well as something that is not one (smuggler
  // slang beside a river and a border city): common words alone ("surge", "removal", "encounter", "amnesty" in a
  // database migration's postmortem) are no domain.
  const places = page.ambiguousEntries - page.ambiguousNotPlaces;
  // And their passages' words must lean to migration (topic.ts), with one piece of evidence too: a tour guide
  // nicknamed "coyote" meets a tour in Huixtla; a yoga studio's "Border Crossing" workshop beside its "Yin for
  // Dreamers" class, its "Coyote Pose" and a late-fee amnesty.
  const cooccur = () =>
    page.ambiguousEntries >= 2 &&
    (page.evidence >= 1 ||
      (page.ambiguousNotPlaces >= 1 && places >= 1 && page.otherSense < page.ambiguousEntries)) &&
    !((page.topic?.()?.ambiguous ?? 1) <= 0)
      ? page.ambiguousEntries
      : 0;
  const counted = page.evidence >= 2 ? page.ambiguousEntries + page.ambiguousAcronyms : cooccur();
  return page.evidence + counted >= PAGE_EVIDENCE_THRESHOLD;
}

/**
 * The facts a block of one story is decided under, on a page of several stories (a section or article with its
 * own heading: "news in brief", a city's "breves"). Each story is about migration on its own evidence, not the
 * other briefs': the page's verdict carries into a story only when the story itself has migration evidence and no
 * words of other senses ("ICE" in a brief about a rink's ice, or a team's late surge beside a brief about
 * detainers, stays unmarked). Terms of two different entries of the domain are the story's own evidence too, as
 * the page counts them (a shelter newsletter's "released by ICE with a parole paper and an I-94"; "Ciudad Juárez"
 * beside "Texas DPS"), not one alone (a toy drive's "caravan"); so are two documents that are no evidence alone (a
 * brief on a SENTRI enrollment center's hours, "CBP trusted traveler programs" and "the SENTRI lane"). A story
 * whose own terms point to no country takes the page's votes.
 */
export function storyFacts(story: PageFacts, page: PageFacts): PageFacts {
  const own =
    story.evidence > 0 || story.ambiguousEntries + story.ambiguousAcronyms + (story.plainEntries ?? 0) >= 2;
  const accepted = pageAccepts(story) || (pageAccepts(page) && own && story.otherSense === 0);
  const votes = lean(story.votes).country ? story.votes : page.votes;
  const pageAccepted = pageAccepts(page);
  const companion = story.companion || page.companion;
  return {
    ...story,
    votes,
    accepted,
    specific: specific(story) || specific(page),
    pageAccepted,
    companion,
    speaker: page.speaker,
  };
}

/**
 * The country a block points to (US, MX, CA or INTL for another country; 0 = none). The block's own migration terms decide when they lean
 * one way ("the National Guard of Mexico" on a page about US policy), else, with `places`, its country names ("la
 * Corte Suprema de Honduras"), else the page's terms. `clear` when the block leans, or the page by 2 or more.
 */
export function jurisdictionOf(
  block: BlockFacts,
  page: PageFacts,
  places = false,
): { side: number; clear: boolean } {
  const own = lean(ownVotes(block));
  if (own.country) return { side: own.country, clear: true };
  const named = places ? lean(block.places) : { country: 0 };
  if (named.country) return { side: named.country, clear: true };
  const paged = lean(page.votes);
  return { side: paged.country, clear: paged.margin >= 2 };
}

/** The sense page facts give a block, for comparing before and after a change (the page scan re-decides then). */
export function pageKey(page: PageFacts): string {
  const none: BlockFacts = {
    region: 'body',
    evidence: 0,
    terms: 0,
    selfEvidence: 0,
    general: 0,
    otherSense: 0,
    senses: NO_SENSES,
    ambiguousEntries: [],
    ambiguousDomains: [],
    ambiguousAcronyms: [],
    plainEntries: [],
    votes: noVotes(),
    places: noVotes(),
    named: [],
  };
  const { side, clear } = jurisdictionOf(none, page);
  // As pageOutweighs counts: the evidence but forms that are their own.
  const evidence = page.evidence - (page.selfEvidence ?? 0);
  const outweighed = page.senses.map((n) => (n > evidence && n > 0 ? 1 : 0)).join('');
  // Whether the votes are all one country's: a page split by one vote does not decide a shared form (chooseEntry).
  const sole = soleCountry(page.votes);
  const speaker = page.speaker ? lean(page.speaker).country : 0;
  return `${pageAccepts(page)}${side}${clear}${sole}${outweighed}${specific(page)}${page.pageAccepted ?? ''}${page.companion ? 'c' : ''}${speaker || ''}`;
}

/**
 * The entry a shared form stands for where nothing points to a country (no vote, or a page split by one vote):
 * for an English form, the US's, whose removals, green cards, visas and checkpoints English reporting names far
 * more than Mexico's ("deported", "permanent resident"); otherwise, and among entries alike in that, the first in
 * the glossary's order by category, then id. Not the matcher's first entry: the extension's compiled glossary is
 * sorted by id, the evaluation's and the CLI's by folder, and a shared form must not change its sense with the
 * build ("deportation" went to Mexico's entry in the extension only).
 */
export function usualEntry(match: Match, data: EntryFacts): number {
  const english = match.lang === 'en';
  let best = match.entry;
  for (const entry of match.alternatives ?? []) if (usualBefore(entry, best, english, data)) best = entry;
  return best;
}

function usualBefore(a: number, b: number, english: boolean, data: EntryFacts): boolean {
  if (english) {
    const us = (entry: number) => ((data.jurisdictions[entry] ?? 0) & US) !== 0;
    if (us(a) !== us(b)) return us(a);
  }
  const [x, y] = [data.categories[a]!, data.categories[b]!];
  return x !== y ? x < y : a < b;
}

/**
 * The entry a match stands for on this block, or -1 when a bare institution name belongs to another country.
 * Among a shared form's entries, the first of the pointed jurisdiction (and not also of the other) wins.
 * `nationals`: the country whose people the form names as its objects ("deported Mexicans": ownNationals), whose
 * entry it is not; `deporter`: the country it names as the one that deports ("deportado por Estados Unidos":
 * deportingCountry), whose entry it is; `text`: the block's, to tell a Spanish form quoted in an English sentence
 * (citedInEnglish).
 */
export function chooseEntry(
  match: Match,
  block: BlockFacts,
  page: PageFacts,
  data: EntryFacts,
  attached = 0,
  name = false,
  nationals = 0,
  deporter = 0,
  text?: string,
): number {
  // A form that says it is another country's ("the Supreme Court of Canada", "Canadian work permits") is none of
  // the US's, Mexico's or Central America's entries.
  if (
    attached === INTL &&
    ![match.entry, ...(match.alternatives ?? [])].some((e) => (data.jurisdictions[e] ?? 0) & INTL)
  )
    return -1;
  if (match.alternatives && deporter) {
    // The deporting country named beside the form decides, whatever the passage's other terms say: a returnee's
    // "allá me deportaron los gringos" beside the INM's deportation of his neighbor.
    const its = [match.entry, ...match.alternatives].find(
      (entry) => countryOf(data.jurisdictions[entry] ?? 0) === deporter,
    );
    if (its !== undefined) return its;
  }
  if (match.alternatives && nationals) {
    // A country does not deport its own people: "deported Mexicans" are the US removal's, whatever the INM
    // receiving them at the repatriation point says of the passage.
    const others = [match.entry, ...match.alternatives].filter(
      (entry) => countryOf(data.jurisdictions[entry] ?? 0) !== nationals,
    );
    if (others.length === 1) return others[0]!;
  }
  const named = block.named.includes(match.entry);
  // Whose institution a name is, the passage's country names say too ("the Supreme Court of Honduras"), first of
  // all one attached to the name; whose deportation a shared form is, only migration terms do ("deported to
  // Honduras" by Mexico's INM).
  const { side: pointed, clear } =
    attached && !match.alternatives
      ? { side: attached, clear: true }
      : jurisdictionOf(block, page, !match.alternatives);
  const fits = (entry: number) => ((data.jurisdictions[entry] ?? 0) & pointed) !== 0;
  const own = (entry: number) => countryOf(data.jurisdictions[entry] ?? 0) === pointed;
  // A namesake ("National Guard") is its entry's only where the vote points to the entry's country.
  if (match.namesake) return named || (pointed !== 0 && own(match.entry)) ? match.entry : -1;
  // A name that says its own country ("la Guardia Nacional de Texas" on a page about a caravan in Chiapas) is that
  // country's institution whatever its passage's other terms point to.
  if (attached && !match.alternatives && own(match.entry)) return match.entry;
  if (pointed === 0) return match.alternatives ? usualEntry(match, data) : match.entry;
  if (match.alternatives) {
    // A page whose terms name both countries and lean by one vote only (the US Border Patrol hands people to Mexico's
    // INM and its Grupos Beta at a port) says nothing of whose a passage's deportation is: as where nothing points,
    // the form takes its usual entry.
    if (!clear && !soleCountry(page.votes)) return usualEntry(match, data);
    // In the usual order, so that of two entries of the pointed country the same one wins in every build.
    const english = match.lang === 'en';
    const all = [match.entry, ...match.alternatives].sort((a, b) =>
      usualBefore(a, b, english, data) ? -1 : usualBefore(b, a, english, data) ? 1 : 0,
    );
    return all.find(own) ?? all.find(fits) ?? all[0]!;
  }
  const bareName = match.ambiguous && !match.acronym && INSTITUTIONS.has(data.categories[match.entry] ?? '');
  // A bare name on a passage that points to another country is dropped, but not where the passage's own migration
  // terms name its country too and no country is attached to the name ("the INM and the Guardia Nacional" in a
  // passage that names Guatemala and Hondurans more): such a passage is not plainly about another country.
  const ownCountryNamed = !attached && votedFor(ownVotes(block), data.jurisdictions[match.entry] ?? 0);
  if (bareName && clear && !named && !fits(match.entry) && !ownCountryNamed) return -1;
  // Any other ambiguous form of one country's entry names that country's action: "operativos" of ICE agents in Los
  // Angeles are not the INM's. Only the passage's own migration terms say whose it is (its actor), not the page,
  // and only when they all point to one country: a passage naming both countries' agencies (a PDF page read as one
  // block, a story of a return from one to the other) has no one actor. An enforcement action in a passage whose
  // terms point nowhere is the page's, as its sense is: "no hay reporte de un operativo así" on a page about ICE's
  // raids. (Not a document or a status: a Mexican passport is Mexico's on any page.)
  const mask = data.jurisdictions[match.entry] ?? 0;
  const oneCountry = countryOf(mask) !== 0 && !(mask & INTL);
  const paged = lean(page.votes);
  const actor =
    soleCountry(ownVotes(block)) ||
    (data.categories[match.entry] === 'enforcement' &&
    ownVotes(block).every((n) => n === 0) &&
    paged.margin >= 2
      ? paged.country
      : 0);
  // An organization's name is not an action: Annunciation House volunteers cross into Juárez. Nor is a Spanish
  // term that an English sentence quotes: English names the US's own things in English, so "the tarjeta de
  // residente is not a US green card" is Mexico's card beside CBP.
  if (match.ambiguous && !match.acronym && !name && oneCountry && actor && !named && !(mask & actor))
    return !(mask & US) && text !== undefined && citedInEnglish(text, match) ? match.entry : -1;
  return match.entry;
}

/**
 * A place's name right after a capitalized word that follows a lowercase one (not a sentence's first word, nor a
 * name's second: "Operation Lone Star Eagle Pass") and is not an article or a place's own word ("hasta El
 * Sásabe", "in South El Paso") is a person's surname ("dijo María Juárez", "coach Jack Del Rio"). Not in Title
 * Case text ("Migrants Cross Near Eagle Pass"), where every word is capitalized.
 */
const GIVEN_NAME_BEFORE =
  /(?:^|[^\p{L}])\p{Ll}+,?[^\S\r\n]+(?!(?:El|La|Los|Las|The|Del|De|San|Santa|Santo|Nuevo|Nueva|New|Ciudad|Villa|Puerto|Port|Fort|Mount|Lake|North|South|East|West|Norte|Sur|Alto|Bajo)[^\p{L}])\p{Lu}\p{Ll}+[^\S\r\n]+$/u;

/**
 * A Spanish article written with a capital after a lowercase word ("vengan a ver a Los Soñadores de Zapopan"):
 * mid-sentence, Spanish writes an article capitalized only as the first word of a name (a team, a band, a
 * business). Not for places, whose names keep their article in prose ("hasta El Sásabe").
 */
const ARTICLE_OF_NAME_BEFORE = /(?:^|[^\p{L}])\p{Ll}+,?[^\S\r\n]+(?:El|La|Los|Las)[^\S\r\n]+$/u;

/**
 * What may stand between a name's word and its head word (names.yaml `after`), but for a place: up to two more
 * capitalized words ("Lakeside Immigrant Legal Clinic", "San Luis Valley Immigrant Resource Center").
 */
const NAME_AFTER_GAP = /^(?:[^\S\r\n]+\p{Lu}[\p{L}'’-]*){0,2}[^\S\r\n]+$/u;

/**
 * What may stand between a name's head word and the name: " ", ". " (an abbreviation), " El " or " el " (its
 * article: "Restaurante el Coyote").
 */
const NAME_BEFORE_GAP = /^\.?[^\S\r\n]+(?:(?:[Ee]l|[Ll]as?|[Ll]os)[^\S\r\n]+)?$/;

/** Whether a matched form is written as a name of several capitalized words ("Annunciation House"). */
const isName = (surface: string) => /^\p{Lu}\p{Ll}*(?:[^\S\r\n]+\p{Lu}\p{Ll}*)+$/u.test(surface);

/** Whether most words of a text are capitalized (a headline in Title Case). */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > words.length;
}

/**
 * Whether the ambiguous form at `index` is written as part of a proper name: capitalized, right before a name's head
 * word (or, but for a place, up to two capitalized words before it: "Valley Immigrant Legal Clinic") or right after
 * one (names.yaml: "Coyote Student Center", "Estadio Coyote", "Col. Juárez"), right after a
 * Spanish article capitalized mid-sentence, but for a place (ARTICLE_OF_NAME_BEFORE: "a Los Soñadores de
 * Zapopan"), or, for a place, as a person's surname (GIVEN_NAME_BEFORE), or alone in quotation marks after a
 * lowercase word (quotedName: 'retiro juvenil «Rescate»'); acronyms are not.
 */
export function inProperName(
  text: string,
  matches: readonly Match[],
  index: number,
  data: Categorized,
): boolean {
  const match = matches[index]!;
  if (match.acronym || !capitalized(text, match.start)) return false;
  const place = isPlace(data, match.entry);
  const next = matches[index + 1];
  if (next?.nameAfter) {
    // A place keeps its sense inside a longer name ("the Otay Mesa Detention Center" is at Otay Mesa).
    const gap = text.slice(match.end, next.start);
    if (/^[^\S\r\n]+$/.test(gap) || (!place && NAME_AFTER_GAP.test(gap))) return true;
  }
  const previous = matches[index - 1];
  // An abbreviation's period may stand between ("Col. Juárez", "Av. Matamoros"), and a name's own article
  // ("rancho El Coyote").
  if (previous?.nameBefore && NAME_BEFORE_GAP.test(text.slice(previous.end, match.start))) return true;
  const from = Math.max(0, match.start - 40);
  if (quotedName(text, match, from)) return true;
  if (!place && startsLongName(text, matches, index, from, data)) return true;
  if (!place) return ARTICLE_OF_NAME_BEFORE.test(text.slice(from, match.start)) && !titleCase(text);
  // From a word's start: a cut word ("…ngton Star") is not a lowercase one.
  const before = text.slice(from > 0 ? pastLetters(text, from, match.start) : from, match.start);
  return GIVEN_NAME_BEFORE.test(before) && !titleCase(text);
}

/**
 * Whether `text` at `at` is an uppercase letter followed by a lowercase one (/^\p{Lu}\p{Ll}/u), answered for ASCII
 * without the Unicode classes: most forms of a page are asked.
 */
function capitalized(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(at, at + 2));
}

/** Where the run of letters (\p{L}) of `text` from `from` stops before `end`; ASCII letters are read without the class. */
function pastLetters(text: string, from: number, end: number): number {
  let at = from;
  for (; at < end; at++) {
    const code = text.charCodeAt(at) | 32;
    if (code >= 128) return at + (/^\p{L}*/u.exec(text.slice(at, end))?.[0].length ?? 0);
    if (code < 97 || code > 122) return at;
  }
  return at;
}

/** A lowercase word and an opening quotation mark right before a form; the word is captured. */
const QUOTED_AFTER_WORD = /(?:^|[^\p{L}])(\p{Ll}+)[^\S\r\n]+["“«‘]$/u;
/** A closing quotation mark right after a form. */
const CLOSING_QUOTE = /^["”»’]/;
/**
 * Words that introduce a term as what something is called ("los llamados «Dreamers»", 'known as "Coyote"'), and
 * articles and determiners, after which a quoted word is the term itself ('los "Dreamers"', 'the "Dreamers"').
 */
const NAMING_WORD =
  /^(?:como|llamad[oa]s?|llaman?|llamó|dicen?|decían|denominad[oa]s?|apodad[oa]s?|called|dubbed|as|word|term|palabra|término|el|la|los|las|lo|un|una|unos|unas|del|al|su|sus|este|esta|estos|estas|ese|esa|esos|esas|the|a|an|their|his|her|its|our|these|those)$/u;

/**
 * Whether a one-word form, capitalized, stands alone between quotation marks after a lowercase word: a title or a
 * name ('retiro juvenil «Rescate»' is a youth retreat, 'the song "Caravan"' a song), not the term, which is quoted
 * in lowercase ('los "rescates" del INM'). Not after a word that introduces a term as a name for something ("le
 * dicen «Pollero»", "los llamados «Dreamers»"), nor after an article ('the "Dreamers"'): the term quoted.
 */
function quotedName(text: string, match: Match, from: number): boolean {
  if (!CLOSING_QUOTE.test(text.charAt(match.end)) || /[^\p{L}]/u.test(text.slice(match.start, match.end)))
    return false;
  const word = QUOTED_AFTER_WORD.exec(text.slice(from, match.start))?.[1];
  return word !== undefined && !NAMING_WORD.test(word) && !titleCase(text);
}

/** A word right before (a comma may follow it): the form is not a sentence's first word. */
const WORD_BEFORE = /\p{L}[\p{L}'’]*,?[^\S\r\n]+$/u;
/**
 * One capitalized word (Spanish; "de" or "del" may stand before it: a team's "Coyotes de Ixmiquilpan") or two
 * (English), matched by no form, right after the form.
 */
const CAPITALIZED_AFTER = /^[^\S\r\n]+(del?[^\S\r\n]+)?\p{Lu}\p{Ll}+(?![\p{L}\d])/u;
/** A colon and a capitalized word: a title's subtitle ("watch Alien: Earth tonight"). */
const SUBTITLE_AFTER = /^:[^\S\r\n]+\p{Lu}\p{Ll}+(?![\p{L}\d])/u;
/** "los" or "las" right before a form: the article of a plural name ("los Coyotes de Juárez", a team). */
const PLURAL_ARTICLE_BEFORE = /(?:^|[^\p{L}])[Ll][oa]s[^\S\r\n]+$/u;
const TWO_CAPITALIZED_AFTER = /^[^\S\r\n]+\p{Lu}\p{Ll}+[^\S\r\n]+\p{Lu}\p{Ll}+(?![\p{L}\d])/u;
/** A Spanish word no English sentence has right before a form: the form stands in Spanish prose. */
const SPANISH_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:con|del|al|por|para|los|las|una|unos|unas|que|y|el|la|en|de|es|son|sus|su)[^\S\r\n]+$/u;

/**
 * Whether a one-word form, capitalized mid-sentence, is the first word of a name of capitalized words, outside
 * Title Case text: two or more for a Spanish form ("homenaje a Amparo Ochoa": a singer, "los Coyotes de
 * Ixmiquilpan": a team), which Spanish capitalizes only in names, even in headlines and titles; three or more for an
 * English one ("Anyway, Alien Ant Farm is playing in Monterrey": a band), which English capitalizes in titles and
 * emphasis too, but two for an English form in Spanish prose ("el show con Alien Divina"); or, in either language,
 * a title with its subtitle after a colon ("Going to watch Alien: Earth").
 * The term itself is not written so; its longer names are forms of their own ("Alien Enemies Act").
 */
function startsLongName(
  text: string,
  matches: readonly Match[],
  index: number,
  from: number,
  data: Categorized,
): boolean {
  const match = matches[index]!;
  if (/[^\p{L}]/u.test(text.slice(match.start, match.end))) return false;
  const rest = text.slice(match.end, match.end + 60);
  // An English form in Spanish prose ("el show con Alien Divina") is capitalized as Spanish capitalizes: one word.
  const english = match.lang === 'en' && !SPANISH_WORD_BEFORE.test(text.slice(from, match.start));
  const after = (english ? TWO_CAPITALIZED_AFTER : CAPITALIZED_AFTER).exec(rest) ?? SUBTITLE_AFTER.exec(rest);
  if (!after) return false;
  const next = matches[index + 1];
  // The word after may be a form only where it is a place after "de" in a plural name: a team of that place ("los
  // Coyotes de Juárez"; a song's "El Pollero de Altar" is about the smuggler).
  if (
    next &&
    next.start < match.end + after[0].length &&
    !(after[1] && isPlace(data, next.entry) && PLURAL_ARTICLE_BEFORE.test(text.slice(from, match.start)))
  )
    return false;
  return WORD_BEFORE.test(text.slice(from, match.start)) && !titleCase(text);
}

/**
 * Whether a name made of ordinary words, matched only as written ("Hold the Line": a lowercase word inside), stands
 * in a headline written in Title Case, where its capitals say nothing ("Agents Hold the Line at the Bridge"): every
 * word of four letters or more is capitalized. (Not titleCase's "most words": a sentence full of names is no
 * headline.)
 */
export function plainInTitleCase(text: string, match: Match): boolean {
  return (
    match.acronym &&
    /\s\p{Ll}/u.test(text.slice(match.start, match.end)) &&
    !/(?:^|[^\p{L}])\p{Ll}\p{L}{3}/u.test(text)
  );
}

/** " of " and up to two capitalized words: what may stand between a name and the head word of a longer name. */
const OF_NAME_BETWEEN = /^[^\S\r\n]+of[^\S\r\n]+(?:\p{Lu}[\p{L}'’-]*[^\S\r\n]+){0,2}$/u;

/**
 * Whether an institution's name written in capitalized words is the start of a longer name: "of", up to two
 * capitalized words and a name's head word (names.yaml `after`) follow it ("Mexico's National Guard of Pastry
 * Chefs", "the Supreme Court of Pickleball Players"). Not "the Mexican Consulate of Chicago" nor "the Immigration
 * Court of San Antonio": a place after "of" ends no longer name.
 */
export function nameGoesOn(text: string, matches: readonly Match[], index: number): boolean {
  const match = matches[index]!;
  if (match.acronym) return false;
  // The head word first (a loop, no copy of the matches): most blocks have none, and the rest needs none of it.
  let head: Match | undefined;
  for (let i = index + 1; i < matches.length && !head; i++) if (matches[i]!.nameAfter) head = matches[i];
  return (
    head !== undefined &&
    /\p{Lu}\p{Ll}+$/u.test(text.slice(match.start, match.end)) &&
    OF_NAME_BETWEEN.test(text.slice(match.end, head.start))
  );
}

/**
 * Whether a form is part of a handle or an identifier, not prose: joined to a word by an underscore, or after an
 * at sign ("desert_coyote88", "u/coyote_ugly", "u/visa_veteran", "@caravan"). An underscore with no word on its
 * other side is markup ("_asylum seeker_", a chat's italics).
 */
export function inHandle(text: string, match: Match): boolean {
  const before = match.start - 1;
  return (
    text[before] === '@' ||
    (text[before] === '_' && before > 0 && isWordCode(text.charCodeAt(before - 1))) ||
    (text[match.end] === '_' && match.end + 1 < text.length && isWordCode(text.charCodeAt(match.end + 1)))
  );
}

/** The verb "ser" in the infinitive, future or conditional, right before a word. */
const SER_BEFORE = /(?:^|[^\p{L}])(?:ser|será|serán|sería|serían)[^\S\r\n]+$/iu;
/**
 * A negated form of "ser" right before a word ("para que no fuera deportada", "no ha sido deportado"): the act
 * that did not happen, so no one it names is a person it was done to.
 */
const NEGATED_SER_BEFORE =
  /(?:^|[^\p{L}])no[^\S\r\n]+(?:(?:ha|han|haya|hayan|había|habían|hubiera|hubieran)[^\S\r\n]+sido|fue|fueron|fuera|fueran|fuese|fuesen|sea|sean|es|son|era|eran)[^\S\r\n]+$/iu;
/** "Acabar de ser" right before a word: the recent past ("acaban de ser deportados"), not a prospect. */
const JUST_BEEN_BEFORE = /(?:^|[^\p{L}])acab\p{L}*[^\S\r\n]+de[^\S\r\n]+ser[^\S\r\n]+$/iu;

/**
 * Whether a Spanish form of a person ("deportado", "retornados") stands right after "ser" in the infinitive, future
 * or conditional: there it is a verb, the prospect of the act ("podrían ser deportados", "antes de ser deportada",
 * "serán retornados"), not a person who was deported or returned. ("Si un familiar es deportado", "las personas
 * que sean deportadas" and "jóvenes que acaban de ser deportados", the act done, name the people.) Nor after a
 * negated "ser" ("para que no fuera deportada", "no ha sido deportado"): the act did not happen.
 */
export function afterSer(text: string, match: Match): boolean {
  if (match.lang !== 'es') return false;
  const before = text.slice(Math.max(0, match.start - 24), match.start);
  return (
    (SER_BEFORE.test(text.slice(Math.max(0, match.start - 8), match.start)) &&
      !JUST_BEEN_BEFORE.test(before)) ||
    NEGATED_SER_BEFORE.test(before)
  );
}

/** A sentence's end: a full stop, question or exclamation mark before a space or the text's end. */
const SENTENCE_END = /[.!?](?:\s|$)/;

/** The sentence of `text` that holds the match. */
function sentenceOf(text: string, match: Match): string {
  let start = match.start;
  while (start > 0 && !SENTENCE_END.test(text.slice(start - 1, start + 1))) start--;
  const rest = text.slice(match.end).search(SENTENCE_END);
  return text.slice(start, rest < 0 ? text.length : match.end + rest + 1);
}

/**
 * A station written bare after an article or a demonstrative ("en la estación", "esas estaciones"), not another
 * kind's ("la estación de autobuses", "la estación del tren", "la estación ferroviaria").
 */
const BARE_STATION =
  /(?:^|[^\p{L}])(?:la|las|esa|esas|esta|estas|dicha|dichas|misma|mismas)\s+estaci(?:ón|ones)(?![\p{L}])(?!\s+(?:de|del|ferroviaria|espacial|central|terminal|migratoria)(?![\p{L}]))/iu;

/**
 * Whether a word of beside.yaml calls back, bare, the immigration station its page names: "una alternativa al
 * alojamiento en la estación" a paragraph after "58 días en la estación migratoria Siglo XXI". Only on a page
 * whose body names the station (`pageCompanion`): elsewhere "la estación" is as often the train's.
 */
export function stationCalledBack(text: string, match: Match, pageCompanion: boolean): boolean {
  return pageCompanion && match.lang === 'es' && BARE_STATION.test(sentenceOf(text, match));
}

/**
 * Whether the match at `index` (a word of beside.yaml) has a companion (FORM_COMPANION: the immigration station)
 * in its sentence: "su presentación y alojamiento en la Estación Migratoria Siglo XXI", not a shelter's
 * "alojamiento y comida" nor "la presentación de su informe".
 */
export function besideCompanion(text: string, matches: readonly Match[], index: number): boolean {
  const match = matches[index]!;
  return matches.some((other, i) => {
    if (i === index || !other.companion) return false;
    const between =
      other.start < match.start ? text.slice(other.end, match.start) : text.slice(match.end, other.start);
    return !SENTENCE_END.test(between);
  });
}

/** Function words of each language, to tell an English sentence from a Spanish one (citedInEnglish). */
const ENGLISH_WORD = /\b(?:the|and|of|to|is|are|was|were|that|for|with|by|from|this|in|it|as)\b/gi;
const SPANISH_WORD =
  /(?:^|[^\p{L}])(?:el|la|los|las|de|del|y|que|en|por|con|para|una|un|se|su|al)(?=[^\p{L}]|$)/giu;

/**
 * Whether a Spanish word of beside.yaml stands in an English sentence: there it is cited as Mexican law's term
 * ('the Migration Law calls confinement "alojamiento," lodging'; a translator's note on "presentación and
 * alojamiento"), not the ordinary Spanish word (a report's presentation, a shelter's lodging), which English text
 * does not use. The sentence's English function words must outnumber its Spanish ones.
 */
export function citedInEnglish(text: string, match: Match): boolean {
  if (match.lang !== 'es') return false;
  const sentence = sentenceOf(text, match);
  const english = sentence.match(ENGLISH_WORD)?.length ?? 0;
  const spanish = sentence.match(SPANISH_WORD)?.length ?? 0;
  return english > spanish;
}

/** What may stand between a name and its country's name: " ", " of ", " de Justicia de ", " of Justice of ". */
const ATTACHED_AFTER = /^\s+(?:(?:of|de|del|of the|de la)\s+)?(?:(?:justice|justicia)\s+(?:of|de)\s+)?$/i;

/**
 * The United States (and Texas, whose state forces have an entry) and Mexico, named inside an institution's own
 * name: "Guardia Nacional de Texas", "Corte Suprema de Estados Unidos", "U.S. Supreme Court".
 */
const COUNTRY_IN_NAME: readonly { country: number; pattern: RegExp }[] = [
  {
    country: US,
    pattern:
      /(?:^|[^\p{L}])(?:Estados[^\S\r\n]+Unidos|EE\.[^\S\r\n]?UU\.?|EEUU|United[^\S\r\n]+States|U\.S\.|US|Texas)(?![\p{L}])/u,
  },
  // Spanish adjectives too, written inside the form: "pasaporte mexicano", "consulado mexicano".
  {
    country: MX,
    pattern: /(?:^|[^\p{L}])(?:México|Mexico|Mexican|[Mm]exican[oa]s?)(?![\p{L}])/u,
  },
];

/**
 * The country of a country name attached to the match at `index` in `text`: inside the name itself ("Guardia
 * Nacional de Texas", "Corte Suprema de Estados Unidos"), just before it ("the Salvadoran Supreme Court") or
 * after it ("la Corte Suprema de Justicia de Honduras", "la Fiscalía salvadoreña"); 0 when none.
 */
export function attachedCountry(text: string, matches: readonly Match[], index: number): number {
  const match = matches[index]!;
  const within = text.slice(match.start, match.end);
  for (let i = 0; i < COUNTRY_IN_NAME.length; i++)
    if (COUNTRY_IN_NAME[i]!.pattern.test(within)) return COUNTRY_IN_NAME[i]!.country;
  const before = matches[index - 1];
  if (before?.country && /^\s+$/.test(text.slice(before.end, match.start))) return attachedOf(before.country);
  const after = matches[index + 1];
  if (after?.country && ATTACHED_AFTER.test(text.slice(match.end, after.start)))
    return attachedOf(after.country);
  return 0;
}

/** A country name's country: one of COUNTRIES, or INTL for another country's (countries.yaml). */
const attachedOf = (mask: number): number => (mask & INTL ? INTL : countryOf(mask));

/**
 * "Connacionales": a country's own nationals, as its people and officials say it; in Mexican text, Mexicans
 * (abroad, or sent back), but Guatemalans in a Guatemalan report (otherNationals).
 */
const FELLOW_NATIONALS = /^connacional(?:es)?$/iu;

/** Mexicans named so: a people, or its nationals, citizens, migrants, men, women or families. */
const MEXICANS =
  '(?:Mexicans|mexicanos|mexicanas|connacionales|Mexican[^\\S\\r\\n]+(?:nationals|citizens|migrants|men|women|families))';
/** "Deported Mexicans", "deportations of Mexicans", "deportación de connacionales": Mexicans right after the form. */
const MEXICANS_AFTER = new RegExp(
  `^[^\\S\\r\\n]+(?:(?:of|de)[^\\S\\r\\n]+(?:(?:the|los|las)[^\\S\\r\\n]+)?)?${MEXICANS}(?![\\p{L}])`,
  'u',
);
/** "Mexicans deported", "Mexicans who were deported", "mexicanos deportados", "connacionales que fueron deportados". */
const MEXICANS_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])${MEXICANS}(?:[^\\S\\r\\n]+(?:who|that|que)[^\\S\\r\\n]+(?:were|had been|have been|are|fueron|habían sido|han sido|son))?[^\\S\\r\\n]+$`,
  'u',
);

/**
 * The country whose people a shared form names as its objects, right beside it: Mexico for "deported Mexicans",
 * "Mexicans who were deported", "connacionales deportados" (a country does not deport its own nationals); 0 when
 * none.
 */
export function ownNationals(text: string, match: Match): number {
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  if (MEXICANS_AFTER.test(text.slice(match.end, match.end + 40)) || MEXICANS_BEFORE.test(before)) return MX;
  // A deportation (not any shared form: a card's or a status's) in a passage about people in the US or sent home
  // from it.
  return /deport/i.test(text.slice(match.start, match.end)) && IN_OR_FROM_US.test(text) ? MX : 0;
}

/** Spaces within a line (a sentence's words; not a line break between a corner's items). */
const SP = '[^\\S\\r\\n]+';
/**
 * The US states where most Mexicans live or work, and its largest cities of Mexican migration, by the names both
 * languages write ("vivió 17 años en Oxnard, California", "grew up in Texas"); a city may stand before its state.
 */
const US_PLACES =
  `(?:\\p{Lu}\\p{L}+(?:${SP}\\p{Lu}\\p{L}+)?,${SP})?(?:California|Texas|Arizona|Nuevo${SP}México|New${SP}Mexico|Nevada|Colorado|` +
  `Illinois|Florida|Georgia|Carolina${SP}del${SP}Norte|North${SP}Carolina|Oregón|Oregon|Washington|Nueva${SP}York|New${SP}York|` +
  `Nueva${SP}Jersey|New${SP}Jersey|Chicago|Los${SP}Ángeles|Los${SP}Angeles|Houston|Dallas|Phoenix|Atlanta)`;
/** The United States as Spanish and English name it in a passage about living there or coming home from there. */
const US_NAMES = `(?:Estados${SP}Unidos|EE\\.${SP}?UU\\.?|EEUU|EUA|EU|el${SP}otro${SP}lado|${US_PLACES})`;
const US_NAMES_EN = `(?:(?:the${SP})?(?:US|U\\.S\\.|United${SP}States|States)|${US_PLACES})`;
/**
 * A passage about people in the US or sent home to Mexico from it: "¿Regresaste de Estados Unidos después de muchos
 * años?", "jóvenes que crecieron en Estados Unidos", "volvieron a Michoacán después de años en Estados Unidos",
 * "años vividos en Estados Unidos antes de la deportación", "sent back to Mexico after years in the US", "paisanos
 * repatriados que regresaron a Jerez", "el consulado de México en Denver lo ayudó antes de la deportación".
 * Its deportations are of people the US holds, so not Mexico's (whose are of foreigners it finds on its own soil).
 * Not a bare "regresaron a su país": Central Americans deported by the INM go home too.
 */
const IN_OR_FROM_US = new RegExp(
  [
    `(?:regres|volv|vuelv|retorn)\\p{L}*${SP}(?:de|desde)${SP}${US_NAMES}`,
    `(?:regres|volv|vuelv|retorn)\\p{L}*${SP}a${SP}México`,
    `(?:paisanos|paisanas|connacionales|mexicanos|mexicanas)(?:${SP}\\p{L}+)?${SP}(?:repatriad|deportad)[oa]s`,
    // Mexico's consulates serve Mexicans abroad: a deportation beside "el consulado de México en Denver" is not the
    // INM's, whose deportations are of foreigners in Mexico.
    `consulado(?:${SP}general)?${SP}(?:de${SP}México|mexicano)${SP}en`,
    `Mexican${SP}consulate${SP}in`,
    `(?:después${SP}de|tras)${SP}(?:(?:\\d+|muchos|varios|tantos)${SP})?años${SP}en${SP}${US_NAMES}`,
    `(?:crec(?:í|ió|ieron|imos|ido|en|e)|viv(?:o|e|en|es|imos|í|ió|ieron|ido|idos|idas|ía|ían))(?:${SP}[\\p{L}\\d]+){0,2}${SP}en${SP}${US_NAMES}`,
    `(?:returned|came${SP}back|went${SP}back|moved${SP}back|sent${SP}back)${SP}(?:home${SP})?(?:to${SP}Mexico|from${SP}${US_NAMES_EN})`,
    `(?:after|following)${SP}(?:(?:\\d+|many|several|decades|years)${SP})?(?:years${SP})?(?:of${SP}living${SP})?in${SP}${US_NAMES_EN}`,
    `(?:grew${SP}up|lived|raised)${SP}in${SP}${US_NAMES_EN}`,
  ]
    .map((form) => `(?:^|[^\\p{L}])${form}(?![\\p{L}])`)
    .join('|'),
  'iu',
);
/**
 * The United States and Mexico, or their enforcement agencies (ICE, the INM), as a deporting actor: `names` after a
 * preposition ("by the United States", "desde Estados Unidos", "por las autoridades mexicanas", "las deportaciones
 * de ICE") or before a verb form ("ICE deportó"), `subjects` as a Spanish verb's subject after it, with
 * their article ("me deportaron los gringos").
 */
const ACTORS: readonly { country: number; names: string; subjects: string }[] = [
  {
    country: US,
    names: `(?:(?:the${SP})?(?:United${SP}States|US|U\\.S\\.|America)|(?:the${SP})?(?:US|U\\.S\\.|American)${SP}(?:authorities|government)|(?:el${SP})?Estados${SP}Unidos|EE\\.${SP}?UU\\.?|EEUU|EUA|(?:las${SP})?autoridades${SP}(?:estadounidenses|de${SP}Estados${SP}Unidos)|(?:el${SP})?gobierno${SP}(?:estadounidense|de${SP}Estados${SP}Unidos)|(?:los${SP})?gringos|ICE|CBP|(?:the${SP})?Border${SP}Patrol|(?:la${SP})?Patrulla${SP}Fronteriza)`,
    subjects: `(?:los${SP}gringos|las${SP}autoridades${SP}estadounidenses|el${SP}gobierno${SP}estadounidense)`,
  },
  {
    country: MX,
    names: `(?:Mexico|(?:the${SP})?Mexican${SP}(?:authorities|government)|México|(?:(?:the|el)${SP})?(?:INM|Instituto${SP}Nacional${SP}de${SP}Migración|National${SP}Migration${SP}Institute)|(?:las${SP})?autoridades${SP}mexicanas|(?:el${SP})?gobierno${SP}(?:mexicano|de${SP}México))`,
    subjects: `(?:las${SP}autoridades${SP}mexicanas|el${SP}gobierno${SP}mexicano)`,
  },
];
/** A participle of doing between an action and its actor: "deportations carried out by Mexico", "realizadas por". */
const DONE = `(?:carried${SP}out|conducted|performed|realizad[oa]s?|efectuad[oa]s?|ejecutad[oa]s?|llevad[oa]s?${SP}a${SP}cabo)`;
/**
 * The actor right after the form: "deported by the United States", "deported from the US", "deportados desde
 * Estados Unidos", "deportations carried out by Mexico" (a participle of doing between), "me deportaron a mí los
 * gringos" (an object pronoun between); not "de estadounidenses" nor "a los gringos", who are the deported.
 */
const ACTOR_AFTER = ACTORS.map(({ country, names, subjects }) => ({
  country,
  pattern: new RegExp(
    `^(?:,?${SP}${DONE})?${SP}(?:(?:by|from|por|desde|de)${SP}${names}|(?:a${SP}(?:mí|ti|él|ella|usted|nosotros|ellos|ellas)${SP})?${subjects})(?![\\p{L}])`,
    'u',
  ),
}));
/** Reported speech between an actor and its verb: "the INM announced that it had (deported)", "el INM informó que había". */
const SAID_IT_HAD = `(?:(?:said|says|announced|reported|confirmed|dijo|anunció|informó|reportó|confirmó)${SP}(?:(?:that|que)${SP})?(?:(?:it|they)${SP})?(?:(?:had|has|have|había|habían|ha|han)${SP})?)`;
/**
 * The actor right before a verb form, an object pronoun or its own reported speech between: "los gringos me
 * deportaron", "México los deporta", "the INM announced that it had deported" (not "el INM dijo que la
 * deportación": an article, no pronoun, after "que").
 */
const ACTOR_BEFORE = ACTORS.map(({ country, names }) => ({
  country,
  pattern: new RegExp(
    `(?:^|[^\\p{L}])${names}${SP}(?:${SAID_IT_HAD}|(?:me|te|lo|la|los|las|nos|le|les)${SP})?$`,
    'u',
  ),
}));

/** A place named right after a form with "en" or "in": "en Estados Unidos", "in Mexico". */
const PLACE_AFTER = ACTORS.map(({ country, names }) => ({
  country,
  pattern: new RegExp(`^${SP}(?:en|in)${SP}${names}(?![\\p{L}])`, 'u'),
}));

/**
 * Whether an enforcement action of one country's entry is said to happen in another country, right after its form:
 * "operativos migratorios en Estados Unidos" on a Mexican consulate's page are not the INM's operations.
 */
export function actionElsewhere(text: string, match: Match, mask: number): boolean {
  const after = text.slice(match.end, match.end + 40);
  const place = PLACE_AFTER.find(({ pattern }) => pattern.test(after))?.country ?? 0;
  return place !== 0 && !(mask & place);
}

/**
 * The country a shared form names as the one that deports, right beside it: the US for "deportado por Estados
 * Unidos", "deported from the US", "allá me deportaron a mí los gringos"; 0 when none. However the passage's
 * other terms lean (the INM beside a returnee's story), that country's entry it is.
 */
export function deportingCountry(text: string, match: Match): number {
  const after = text.slice(match.end, match.end + 60);
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  return (
    ACTOR_AFTER.find(({ pattern }) => pattern.test(after))?.country ??
    ACTOR_BEFORE.find(({ pattern }) => pattern.test(before))?.country ??
    (TO_MEXICO_AFTER.test(after) ? US : 0)
  );
}

/** Mexico as where the deported are sent: "deportados a México", "deported to Mexico" (Mexico deports no one into itself). */
const TO_MEXICO_AFTER = new RegExp(`^${SP}(?:a|hacia|to|into)${SP}(?:México|Mexico)(?![\\p{L}])`, 'u');
/** A route or destination between a form and a place, a few words apart: "lo deportaron el jueves por (El Chaparral)". */
const ROUTE_BETWEEN = new RegExp(
  `^(?:${SP}[\\p{L}\\d]+){0,3}?${SP}(?:por|a|hacia|through|to|via|at)${SP}$`,
  'iu',
);

/**
 * The US, when a shared form's deported are sent through or to a place on the US–Mexico border (a geography entry of
 * both countries): "lo deportaron el jueves por El Chaparral", "deported through Nogales". Mexico deports people
 * south, never across its northern border; 0 otherwise.
 */
export function borderRoute(
  text: string,
  matches: readonly Match[],
  index: number,
  data: EntryFacts,
): number {
  const match = matches[index]!;
  // A loop, not a copy of the matches: this runs for every shared form.
  let next: Match | undefined;
  for (let i = index + 1; i < matches.length && !next; i++) {
    const other = matches[i]!;
    if (!other.cue && other.entry >= 0 && other.start >= match.end) next = other;
  }
  if (!next || next.start - match.end > 40 || !isPlace(data, next.entry)) return 0;
  const mask = data.jurisdictions[next.entry] ?? 0;
  if ((mask & (US | MX)) !== (US | MX) || mask & CA) return 0;
  return ROUTE_BETWEEN.test(text.slice(match.end, next.start)) ? US : 0;
}

/** A participle of sending people away, right after a form of people: "connacionales deportados por…". */
const SENT_AWAY_AFTER = /^[^\S\r\n]+(?:deportad|expulsad|devuelt|retornad|repatriad)[oa]s?(?![\p{L}])/iu;

/**
 * Whether a form of "connacional" names another country's people: on a page that speaks from another country (its
 * header's or footer's country names: the Instituto Guatemalteco de Migración's "512 connacionales retornados
 * desde Estados Unidos"), or that Mexico deports ("el Instituto Guatemalteco de Migración recibió a 230
 * connacionales deportados por el INM" in a Guatemalan paper: a country does not deport its own people, as
 * ownNationals has it), they are that country's nationals, not Mexicans abroad.
 */
export function otherNationals(text: string, match: Match, page: PageFacts): boolean {
  if (!FELLOW_NATIONALS.test(text.slice(match.start, match.end))) return false;
  const speaker = page.speaker ? lean(page.speaker).country : 0;
  if (speaker && speaker !== MX) return true;
  const sent = SENT_AWAY_AFTER.exec(text.slice(match.end, match.end + 40));
  if (!sent) return false;
  const after = text.slice(match.end + sent[0].length, match.end + sent[0].length + 60);
  return ACTOR_AFTER.find(({ pattern }) => pattern.test(after))?.country === MX;
}

/** Decides the matches of one block, in order. Cues are dropped (they are evidence, not terms). */
export function decideBlock(
  matches: readonly Match[],
  block: BlockFacts,
  page: PageFacts,
  data: EntryFacts,
  text?: string,
): Decided[] {
  const kept: Decided[] = [];
  const accepted = pageAccepts(page);
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    if (match.cue || match.entry < 0) continue;
    // Only shared forms and ambiguous names depend on the jurisdiction.
    const entry =
      match.alternatives || match.ambiguous
        ? chooseEntry(
            match,
            block,
            page,
            data,
            text ? attachedCountry(text, matches, index) : 0,
            text ? isName(text.slice(match.start, match.end)) : false,
            text && match.alternatives ? ownNationals(text, match) : 0,
            text && match.alternatives
              ? deportingCountry(text, match) || borderRoute(text, matches, index, data)
              : 0,
            text,
          )
        : match.entry;
    if (entry < 0 || (text && match.ambiguous && otherNationals(text, match, page))) continue;
    if (text && INSTITUTIONS.has(data.categories[entry]!) && nameGoesOn(text, matches, index)) continue;
    if (
      text &&
      !match.alternatives &&
      data.categories[entry] === 'enforcement' &&
      actionElsewhere(text, match, data.jurisdictions[entry] ?? 0)
    )
      continue;
    // The entries not chosen stay on the match as its alternatives.
    const alternatives =
      entry === match.entry
        ? match.alternatives
        : [match.entry, ...(match.alternatives ?? [])].filter((e) => e !== entry);
    // A form in a handle is no term, ambiguous or not ("u/visa_veteran" is no U visa).
    if (text && inHandle(text, match)) continue;
    if (!match.ambiguous) {
      // A general institution or document (`evidence: false`: Sedena, a passport) names one thing, but is glossary
      // matter only where the text is about migration: not Sedena's troops on a hurricane page, nor "migration
      // status" on a cloud-migration page. The card gives no sense reason: the form has no other meaning.
      if (
        !match.evidence &&
        !senseOf(match, block, page, accepted, data) &&
        !cornerName(block, accepted, true)
      )
        continue;
      if (match.evidence && aloneOnOtherPage(matches, index, block, page, accepted)) continue;
      kept.push(decided(match, entry, alternatives, 'unambiguous'));
      continue;
    }
    if (
      text &&
      (inProperName(text, matches, index, data) ||
        plainInTitleCase(text, match) ||
        (data.categories[entry] === 'people' && afterSer(text, match)))
    )
      continue;
    if (
      match.beside &&
      !(
        text &&
        (besideCompanion(text, matches, index) ||
          stationCalledBack(text, match, page.companion === true) ||
          citedInEnglish(text, match))
      )
    )
      continue;
    const reason =
      senseOf(
        match,
        block,
        page,
        accepted,
        data,
        text !== undefined && match.evidence && NAME_OF_WORDS.test(text.slice(match.start, match.end)),
      ) ??
      (text && (cornerTag(match, text, block, accepted) || speakerPlace(match, text, block, accepted, data))
        ? 'page'
        : null);
    if (reason) kept.push(decided(match, entry, alternatives, reason));
  }
  return kept;
}

/**
 * A match with its decision, every field written out: copying a match by spreading it ran the engine's generic
 * object copy for each mark of a page, the hottest line of a long page's sense decisions.
 */
function decided(match: Match, entry: number, alternatives: number[] | undefined, reason: Reason): Decided {
  const out: Decided = {
    start: match.start,
    end: match.end,
    entry,
    lang: match.lang,
    ambiguous: match.ambiguous,
    cue: match.cue,
    evidence: match.evidence,
    otherSense: match.otherSense,
    acronym: match.acronym,
    namesake: match.namesake,
    country: match.country,
    domains: match.domains,
    beside: match.beside,
    companion: match.companion,
    nameAfter: match.nameAfter,
    nameBefore: match.nameBefore,
    reason,
  };
  if (alternatives) out.alternatives = alternatives;
  return out;
}

/**
 * Whether the unambiguous term at `index` stands alone on a page about something else: the page's body is not
 * about migration, words of a domain that speaks against every form (a game, a sport, the weather) or against
 * this one outnumber its migration evidence, and the term's passage names nothing else of migration. There it is
 * the other domain's thing or a passing figure (a game's "Border Wall" fortification in its patch notes), and a
 * page of another domain gets no marks. A passage that names something else of migration keeps its terms (a team
 * bus held by the Border Patrol at a checkpoint), and so does a story on a page about migration (a guestbook's
 * "Border Patrol team" under an obituary of a bracero).
 */
function aloneOnOtherPage(
  matches: readonly Match[],
  index: number,
  block: BlockFacts,
  page: PageFacts,
  pageAccepted: boolean,
): boolean {
  // On any page, a passage whose own words are of another subject (offTopic): a highway department's "ports of
  // entry" for trucks among its weigh stations.
  if (soleTerm(matches) !== matches[index]!.entry) return false;
  // The form's own domains count too: travel's words speak against every form but a trip's papers (`except`).
  const otherPage =
    !(pageAccepted || page.pageAccepted) &&
    (pageOutweighs(page, matches[index]!.domains) || unfamiliarPage(page));
  return otherPage || offTopic(block);
}

/** The entry whose terms are all of a passage's migration evidence, or -1 (none, a cue, several entries). */
export function soleTerm(matches: readonly Match[]): number {
  let entry = -1;
  for (const match of matches) {
    if (!match.evidence) continue;
    if (match.entry < 0 || (entry >= 0 && match.entry !== entry)) return -1;
    entry = match.entry;
  }
  return entry;
}

/**
 * Whether a block's unambiguous terms may depend on the page (aloneOnOtherPage), for the page scan to decide it
 * again when the page's facts change: its evidence is one entry's terms, or, in a corner read line by line
 * (decideItems), it has a term.
 */
export function mayStandAlone(matches: readonly Match[], region: Region): boolean {
  if (region === 'body' || region === 'comments') return soleTerm(matches) >= 0;
  return matches.some((match) => match.evidence && match.entry >= 0);
}

/**
 * Decides a block's matches, a corner's lines apart: in navigation, a link list, a sidebar, an ad or a footer,
 * each line is its own item (a trending bar's headlines, laid out as separate boxes, come as lines from the
 * reader: "Remain in Mexico returns" does not make "Coyotes trade deadline" on the next line about migration).
 * Body text and comments are prose, decided as one passage.
 */
export function decideItems(
  matches: readonly Match[],
  block: BlockFacts,
  page: PageFacts,
  data: EntryFacts,
  text: string,
): Decided[] {
  if (block.region === 'body' || block.region === 'comments' || !text.includes('\n'))
    return decideBlock(matches, block, page, data, text);
  const decided: Decided[] = [];
  let from = 0;
  while (from < matches.length) {
    const lineEnd = text.indexOf('\n', matches[from]!.end);
    let to = from + 1;
    while (to < matches.length && (lineEnd < 0 || matches[to]!.start < lineEnd)) to++;
    const line = matches.slice(from, to);
    decided.push(...decideBlock(line, blockFacts(line, block.region, data, text), page, data, text));
    from = to;
  }
  return decided;
}

/**
 * Whether a general institution or document (`evidence: false`) in a page's corner is glossary matter: on a page
 * about migration, a navigation, link-list, sidebar or footer line that names it with no words of another sense
 * ("Trending: SENTRI renewals" on CBP's page). Unlike an ambiguous form, the name has nothing to be mistaken for;
 * only whether the page is about migration matters. With `comments`, a comment too, which answers its page (a
 * reader's "The CURP desk helped him" under a story on deportees). Not ads, which are no part of the page's
 * reading.
 */
function cornerName(block: BlockFacts, pageAccepted: boolean, comments = false): boolean {
  return (
    pageAccepted &&
    (block.region === 'nav' ||
      block.region === 'links' ||
      block.region === 'aside' ||
      block.region === 'footer' ||
      (comments && block.region === 'comments')) &&
    block.otherSense === 0
  );
}

/**
 * Whether an ambiguous form in a corner's line is a tag of the page's subject: on a page about migration, an acronym
 * or a numbered name standing as a tag in a navigation, link-list, sidebar or footer line with no words of another
 * sense: with at most two words beside it, a label before a colon aside ("Título 42", "TPS Haiti ruling",
 * "Trending: Title 42 anniversary"). Such names of programs and policies are what a news site's trending bar lists
 * beside its story; a headline around one ("Reopening of I-94 after the crash") is as often another story's, and so
 * is a common word ("Coyotes trade deadline").
 */
function cornerTag(match: Match, text: string, block: BlockFacts, pageAccepted: boolean): boolean {
  if (!cornerName(block, pageAccepted) || !(match.acronym || /\d/.test(text.slice(match.start, match.end))))
    return false;
  const lineStart =
    Math.max(text.lastIndexOf('\n', match.start - 1), text.lastIndexOf(':', match.start - 1)) + 1;
  const lineEnd = text.indexOf('\n', match.end);
  const rest = `${text.slice(lineStart, match.start)} ${text.slice(match.end, lineEnd < 0 ? text.length : lineEnd)}`;
  return (rest.match(/[\p{L}\d]+/gu) ?? []).length <= 2;
}

/**
 * Whether a place's name in a header or footer line is where the page speaks from, on a page about migration, as
 * a dateline's place is: a shelter's address ("Albergue Juventud 2000 · Zona Norte, Tijuana"), its name ("Casa
 * Refugio Tijuana · A.C."), a blog's "agente bilingüe en Tijuana". A header and a footer hold the site's own name
 * and address, not other stories; the line has no words of another sense, the place does not go on into a longer
 * name ("Southern Border Monitor"), and it is not alone on its line or between a menu's separators (a menu of city
 * sections).
 */
function speakerPlace(
  match: Match,
  text: string,
  block: BlockFacts,
  pageAccepted: boolean,
  data: EntryFacts,
): boolean {
  if (
    !pageAccepted ||
    !speaks(block) ||
    block.otherSense !== 0 ||
    !isPlace(data, match.entry) ||
    /^[^\S\r\n]+\p{Lu}/u.test(text.slice(match.end, match.end + 3))
  )
    return false;
  // A name or an address around it, not a place alone on its line (a footer's menu of city sections), nor alone
  // between the separators of a menu written on one line ("Tijuana · Rosarito · Mexicali · Deportes"; one separator
  // is a name and its place: "Casa Refugio Sur · Tapachula").
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  const lineEnd = text.indexOf('\n', match.end);
  const before = text.slice(lineStart, match.start);
  const after = text.slice(match.end, lineEnd < 0 ? text.length : lineEnd);
  // A form that is an address by itself ("Tapachula, Chiapas") is no menu item.
  const menu =
    ((before + after).match(MENU_SEPARATOR)?.length ?? 0) >= 2 &&
    !text.slice(match.start, match.end).includes(',');
  const own = menu
    ? `${before.split(MENU_SEPARATOR).at(-1)} ${after.split(MENU_SEPARATOR)[0]}`
    : before + after;
  return /\p{L}/u.test(own);
}

/** What separates the items of a menu written on one line ("Tijuana · Rosarito · Mexicali | Deportes"). */
const MENU_SEPARATOR = /[·|•]/gu;

/** A form of several words written as a name, first and last word capitalized: "Casa del Migrante". */
const NAME_OF_WORDS = /^\p{Lu}[^\r\n]*[^\S\r\n]\p{Lu}\p{Ll}*$/u;

/**
 * `ownName`: the form is written as a name of several words ("Casa del Migrante"): an organization's (a
 * humanitarian entry's), in a corner of a page about migration, is its own evidence (the shelter's own name in its
 * header), where a word inside another name is not ("Red de Apoyo Migrante", "Observatorio Frontera Sur").
 */
function senseOf(
  match: Match,
  block: BlockFacts,
  page: PageFacts,
  pageAccepted: boolean,
  data: EntryFacts,
  ownName = false,
): Reason | null {
  // A form that is evidence itself ("migrante": also a cue) is enough in the body ("undocumented students"); in
  // navigation, footers and other corners it is as often a word of a name ("Red de Apoyo Migrante A.C.") and needs
  // more, unless it is a name itself, on a page about migration: a shelter's "Casa del Migrante en Tijuana" in
  // its header and footer. Only this form's other senses count against it: "goats" against "coyote", not against
  // "Rio Grande". Nor does it outvote them with itself ("Ellis Island was the busiest immigration station").
  const against = sensesAgainst(block.senses, match.domains);
  const self =
    (block.region !== 'body' &&
      !(ownName && pageAccepted && data.categories[match.entry] === 'humanitarian')) ||
    against > 0 ||
    pageOutweighs(page, match.domains);
  // General words count only on a page that names something specific too (specific()).
  const evidence = specific(page)
    ? block.evidence - (match.evidence && self ? 1 : 0)
    : block.evidence - block.general;
  if (evidence > against) return 'block';
  if (against > 0) return null;
  const alike = match.alternatives ?? [];
  let others = 0;
  // Among them a place and something that is not one (smuggler slang beside a river and a border city): places
  // alone are a business story's, and common words alone ("amnesty", "removal", "encounter") a tax notice's.
  let notPlace = !isPlace(data, match.entry);
  let place = !notPlace;
  // Nor does a form its other senses hold, in this passage or on the page ("operativo" and "casa de seguridad"
  // in a kidnapping story with its armed cell and seized weapons): it supports nothing, and is not supported.
  if (pageOutweighs(page, match.domains)) return null;
  for (let i = 0; i < block.ambiguousEntries.length; i++) {
    const entry = block.ambiguousEntries[i]!;
    if (entry === match.entry || alike.includes(entry)) continue;
    const domains = block.ambiguousDomains[i]!;
    if (sensesAgainst(block.senses, domains) > 0 || pageOutweighs(page, domains)) continue;
    others++;
    if (isPlace(data, entry)) place = true;
    else notPlace = true;
  }
  // With no evidence of its own, a passage whose words are of another subject takes no sense from its neighbors
  // nor from the page (a car club's "caravana" in a migration story's "en la ciudad" column); nor does one on a page
  // of a field the lexicon has never seen (a bindery's guillotine "the Beast" in a "caravan" of binders).
  if (offTopic(block) || unfamiliarPage(page)) return null;
  if (others >= 2 && notPlace && place) return 'nearby';
  // Comments answer the page they are on: on a page about migration (a forum's question about crossing), one
  // other term of the domain beside it is enough ("un coyote lo metió a una casa de seguridad"), not a reader's
  // joke about the Coyotes de Saltillo. So do a weekly's classified ads on such a page (a notice that "ningún coyote
  // garantiza el cruce" beside the Arizona desert): an ad alone with its word still takes nothing. Not sidebars and
  // link lists: they hold other stories, whose headlines run together in one block ("Bravos de Juárez … Guardia
  // Nacional Bolivariana").
  const answersPage = (block.region === 'comments' || block.region === 'ad') && pageAccepted;
  if (answersPage && others >= 1) return 'nearby';
  // Nor one whose own words lean clearly to migration (topic.ts): "Los de la COMAR dan citas para dentro de tres
  // meses" under a story on checkpoints in Chiapas.
  if (answersPage && onTopic(block)) return 'page';
  return block.region === 'body' && pageAccepted ? 'page' : null;
}

/**
 * A text decided on its own (a reader's selection): its own evidence, and the page's acceptance as its
 * surroundings ("the page is about migration", from the page's marks).
 */
export function decideText(
  matches: readonly Match[],
  data: EntryFacts,
  pageAccepted: boolean,
  text?: string,
): Decided[] {
  const page: PageFacts = {
    evidence: pageAccepted ? PAGE_EVIDENCE_THRESHOLD : 0,
    otherSense: 0,
    senses: NO_SENSES,
    ambiguousEntries: 0,
    ambiguousNotPlaces: 0,
    ambiguousAcronyms: 0,
    votes: noVotes(),
  };
  return decideBlock(matches, blockFacts(matches, 'body', data, text), page, data, text);
}
