// Build step: validated entries → what the extension loads.
//  - MatcherData: the folded forms (with generated inflections) the content script matches; small, no card text.
//  - the entries themselves, sorted: each card's file and the pages' data (build/compile-glossary.ts).

import type { Category, Entry, Jurisdiction } from './entry';
import {
  type CompiledCandidate,
  domainKey,
  EXCEPT_DOMAIN,
  FORM_AMBIGUOUS,
  FORM_BESIDE,
  FORM_BOTH_LANGUAGES,
  FORM_CASE_SENSITIVE,
  FORM_COMPANION,
  FORM_COUNTRY_SHIFT,
  FORM_CUE,
  FORM_DOMAIN_SHIFT,
  FORM_NAME_AFTER,
  FORM_NAME_BEFORE,
  FORM_NAMESAKE,
  FORM_NOT_EVIDENCE,
  FORM_OTHER_SENSE,
  FORM_SPANISH,
  firstWordHash,
  type GroupEntry,
  groupOf,
} from './forms';
import { acronymForms, englishForms, englishVerbForms, spanishForms, spanishVerbForms } from './inflect';
import { foldForm, isWordCode } from './normalize';
import type { TopicWord } from './topic';

/** [folded form, entry index (-1 for a context cue), flags, exact surface for case-sensitive forms] */
export type CompiledForm = [folded: string, entry: number, flags: number, exact?: string];

export interface MatcherData {
  ids: string[];
  categories: Category[];
  /** Each entry's jurisdictions as a bit mask (JURISDICTION_BITS); 0 for a personal entry. */
  jurisdictions: number[];
  /** Candidates grouped by the hash of their first word: the content script makes a Map of this as is. */
  groups: GroupEntry[];
  /** The topic lexicon (glossary/topic.ts): words, weights, familiar or not; absent in a personal layer. */
  topic?: TopicWord[];
}

/** Words by language. */
export interface WordLists {
  en: string[];
  es: string[];
}

/**
 * A migration law's provisions as the law and the code cite them (glossary/vocabulary/citations.yaml): the U.S.
 * Code title and its sections ("8 U.S.C. 1325"), and the same provisions' sections of the act the title codifies
 * ("INA §275").
 */
export interface Citation {
  /** The entry the provisions are. */
  entry: string;
  /** The code title's number ("42", "8"), and the sections of it that are the entry. */
  title: string;
  sections: string[];
  /** The act's names ("INA") and the entry's sections of it ("212(f)"). */
  act?: { en: string[]; es: string[]; sections: string[] };
}

/** Bare names of an entry's institution that another country's institution bears too (namesakes.yaml). */
export interface Namesake extends WordLists {
  entry: string;
}

/**
 * Ordinary words that are an entry's term only in a sentence that names their companion (beside.yaml): Mexican
 * law's "alojamiento" (detention) beside an immigration station, not a shelter's lodging.
 */
export interface Beside extends WordLists {
  entry: string;
  /** The entries that must be named in the same sentence. */
  with: string[];
}

/**
 * Words of another sense (other-senses.yaml). With `against`, they speak only against those entries' ambiguous
 * forms ("goats" against the smuggler "coyote", not against the "Rio Grande"); without, against every one.
 */
export interface OtherSense extends WordLists {
  against?: string[];
  /** Instead of `against`: every ambiguous form but these entries' (travel words, not against the tourist card). */
  except?: string[];
}

/**
 * The matcher's vocabulary besides the entries, written as data in glossary/vocabulary/ (see its files for what
 * each list is): context cues (evidence of migration, never marked), shields (phrases that hold a form in
 * another sense, matched so the form inside is not), other senses' cues (evidence against the migration sense of
 * ambiguous forms) and code citations named like a policy.
 */
export interface Vocabulary {
  cues: WordLists;
  shields: WordLists;
  otherSenses: Record<string, OtherSense>;
  citations: Citation[];
  namesakes: Namesake[];
  beside: Beside[];
  /** Head words of proper names (names.yaml): written after a form ("Center") or before it ("Estadio"). */
  names: { after: string[]; before: string[] };
  /**
   * Countries with few entries of their own, by jurisdiction: their names (inflected: "Honduras's") and their
   * adjectives, as written (singular: "Salvadoran" is the court's, "Salvadorans" are people), vote for it.
   */
  countries: Partial<Record<Jurisdiction, { names: WordLists; adjectives: WordLists }>>;
  /** The topic lexicon (topic-words.tsv, learned: glossary/topic.ts), by word. */
  topic: TopicWord[];
}

/** For a layer added on top of the bundled glossary (a personal glossary): the base already has the vocabulary. */
export const NO_VOCABULARY: Vocabulary = {
  cues: { en: [], es: [] },
  shields: { en: [], es: [] },
  otherSenses: {},
  citations: [],
  namesakes: [],
  beside: [],
  names: { after: [], before: [] },
  countries: {},
  topic: [],
};

export const JURISDICTION_BITS: Record<Jurisdiction, number> = { US: 1, MX: 2, INTL: 4, CA: 8 };

const SECTION_WORDS = { en: ['section', 'sec.', '§'], es: ['sección', 'artículo', '§'] };

/** "section 265", "sec. 265", "§ 265" and "§265". */
const sectionNames = (lang: 'en' | 'es', section: string) =>
  SECTION_WORDS[lang].flatMap((word) =>
    word === '§' ? [`§ ${section}`, `§${section}`] : [`${word} ${section}`],
  );

/**
 * A citation's forms, both ways. The entry: its sections cited in the code ("8 U.S.C. § 1325", "Title 8, Section
 * 1325", "section 1325 of Title 8") or in the act ("INA section 275", "Section 212(f) of the Immigration and
 * Nationality Act"). Shields: the same section numbers cited of another title ("section 1325 of Title 11"), so
 * the entry's bare form inside ("Section 1325", ambiguous) is not the entry; and, when the title's bare
 * name is the entry's own (`named`: "Title 42"), the title cited as code ("Title 42 of the U.S. Code", "Title 42,
 * Section 1988"), which is evidence of the legal-code sense.
 */
export function citationForms(
  { title, sections, act }: Citation,
  named = false,
): { shields: WordLists; codeShields: WordLists; policy: WordLists } {
  const codeNames = {
    en: [
      `title ${title} of the united states code`,
      `title ${title} of the u.s. code`,
      `title ${title} of the us code`,
      `title ${title} u.s.c`,
      `title ${title} usc`,
    ],
    es: [
      `título ${title} del código de los estados unidos`,
      `título ${title} del código de estados unidos`,
      `título ${title} del código federal`,
    ],
  };
  const shields: WordLists = { en: [], es: [] };
  const codeShields: WordLists = { en: [], es: [] };
  const policy: WordLists = { en: [], es: [] };
  for (const lang of ['en', 'es'] as const) {
    const titleName = lang === 'en' ? `title ${title}` : `título ${title}`;
    const of = lang === 'en' ? 'of' : 'del';
    if (named) {
      codeShields[lang].push(...codeNames[lang]);
      for (const name of [titleName, ...codeNames[lang]]) {
        for (const word of SECTION_WORDS[lang]) {
          // A shield must end on a letter: "Title 42, Sec. 1988" is held by "title 42, sec".
          const bare = word.replace(/\.$/, '');
          if (bare !== '§') codeShields[lang].push(`${name}, ${bare}`, `${name} ${bare}`);
        }
      }
    }
    for (const section of sections) {
      const cited = sectionNames(lang, section);
      const signs = [`§ ${section}`, `§${section}`];
      for (const name of cited) policy[lang].push(`${titleName}, ${name}`, `${titleName} ${name}`);
      // Its long name as the press writes it ("Title 8 of the U.S. Code, Section 1325").
      for (const name of [cited[0]!, signs[0]!]) policy[lang].push(`${codeNames[lang][1]}, ${name}`);
      for (const name of cited) policy[lang].push(`${name} ${of} ${titleName}`);
      for (const code of [`${title} u.s.c.`, `${title} usc`]) {
        policy[lang].push(`${code} ${section}`, ...signs.map((sign) => `${code} ${sign}`));
      }
      if (lang === 'en') {
        for (const code of ['u.s. code', 'united states code']) policy.en.push(`${cited[0]} of the ${code}`);
      }
    }
    const actSections = act?.sections ?? [];
    for (const section of actSections) {
      // "INA § 275", "INA section 275"; "Section 275 of the INA" is the entry's bare form (ambiguous) beside the
      // act's own name.
      for (const name of act?.[lang] ?? []) {
        const folded = foldForm(name);
        const cited = [`${SECTION_WORDS[lang][0]} ${section}`, `§ ${section}`, `§${section}`];
        policy[lang].push(...cited.map((word) => `${folded} ${word}`));
        if (lang === 'en' && folded === 'ina') policy.en.push(`ina ${section}`);
      }
    }
    // The same numbers cited of another title: "section 1325 of Title 11" (of Title 8 is the entry, above).
    for (const section of [...sections, ...actSections]) {
      for (const word of SECTION_WORDS[lang].filter((w) => w !== '§'))
        shields[lang].push(lang === 'en' ? `${word} ${section} of title` : `${word} ${section} del título`);
    }
  }
  return { shields, codeShields, policy };
}

// How the Spanish-language press abbreviates "Estados Unidos" ("la Corte Suprema de EE. UU."). A form cannot end
// on a dot (the matcher ends forms on a letter), so "EE. UU." is written without its last one.
const US_ABBREVIATIONS = ['ee. uu', 'ee.uu', 'eeuu', 'eu', 'eua'];

/** An English form with "U.S."/"US" and "U.N."/"UN" written both ways (the fold keeps the dots). */
function withDottedVariants(folded: string): string[] {
  if (!folded.includes(' ')) return [folded];
  const swapped = folded.replace(
    /(^| )(u\.s\.|us|u\.n\.|un) (?=\S)/g,
    (_, before: string, word: string) =>
      `${before}${({ 'u.s.': 'us', us: 'u.s.', 'u.n.': 'un', un: 'u.n.' } as Record<string, string>)[word]} `,
  );
  return swapped === folded ? [folded] : [folded, swapped];
}

/** A Spanish form and, when it names the United States, the same with each press abbreviation. */
function withUsAbbreviations(folded: string): string[] {
  if (!/\bestados unidos\b/.test(folded)) return [folded];
  return [
    folded,
    ...US_ABBREVIATIONS.map((abbreviation) => folded.replace(/\bestados unidos\b/g, abbreviation)),
  ];
}

const INSTITUTIONS = new Set<Category>(['us-institutions', 'mx-institutions', 'international']);

/**
 * A place's aliases that are another of its names followed by its region ("Tijuana, Mexico", "Nogales, Sonora").
 * They are not matched: in a dateline ("TIJUANA, Mexico —") the mark is the place, not the country after it, and
 * the place's own name already matches.
 */
export function placeWithRegion(entry: Entry): Set<string> {
  if (entry.category !== 'geography') return new Set();
  const names = new Set(
    // Names written as capitalized phrases ("El Paso", matched as written) are names too.
    [entry.en, entry.es]
      .flatMap((side) => [side.term, ...side.aliases, ...side.acronyms])
      .map((name) => foldForm(name)),
  );
  return new Set(
    [...entry.en.aliases, ...entry.es.aliases].filter((alias) => {
      const comma = alias.indexOf(', ');
      return comma > 0 && names.has(foldForm(alias.slice(0, comma)));
    }),
  );
}

export function compileMatcher(entries: Entry[], vocabulary: Vocabulary): MatcherData {
  const forms: CompiledForm[] = [];
  const seen = new Map<string, CompiledForm>();
  const add = (form: CompiledForm) => {
    const key = `${form[0]}\u0000${form[1]}\u0000${form[3] ?? ''}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, form);
      forms.push(form);
      return;
    }
    if ((earlier[2] & FORM_SPANISH) !== (form[2] & FORM_SPANISH)) {
      // Written alike in English and Spanish: one form, of both languages.
      earlier[2] |= FORM_BOTH_LANGUAGES;
    }
    if (earlier[2] & form[2] & FORM_OTHER_SENSE) {
      // A word of two domains speaks against the forms of both; of a domain against every form, against all.
      const [a, b] = [earlier[2] >> FORM_DOMAIN_SHIFT, form[2] >> FORM_DOMAIN_SHIFT];
      const domains = a && b ? a | b : 0;
      earlier[2] = (earlier[2] & ((1 << FORM_DOMAIN_SHIFT) - 1)) | (domains << FORM_DOMAIN_SHIFT);
    }
  };

  // Inflected here, not at module load: the content script loads this module and rarely compiles anything.
  const { cues, shields, otherSenses, citations, namesakes, beside, names, countries } = vocabulary;
  const inflected = (words: WordLists, lang: 'en' | 'es') =>
    words[lang].map(foldForm).flatMap(lang === 'en' ? englishForms : spanishForms);
  const spanish = (lang: 'en' | 'es') => (lang === 'es' ? FORM_SPANISH : 0);
  // Domains of other senses that name the entries they speak against: one bit for each list of entries
  // (domainKey), on their words and on those entries' forms (FORM_DOMAIN_SHIFT).
  const domainBits = new Map<string, number>();
  const bitOf = new Map<string, number>();
  const againstEntry = entries.map(() => 0);
  let lists = 0; // lists of entries spoken against so far; the excepted list has the last bit (EXCEPT_DOMAIN)
  for (const [name, domain] of Object.entries(otherSenses)) {
    const key = domainKey(domain);
    if (key === null) continue;
    const shared = bitOf.get(key);
    const bit = shared ?? 1 << (FORM_DOMAIN_SHIFT + (domain.except ? EXCEPT_DOMAIN : lists++));
    bitOf.set(key, bit);
    domainBits.set(name, bit);
    if (shared) continue;
    const { against, except = [] } = domain;
    entries.forEach((entry, index) => {
      if (against ? against.includes(entry.id) : !except.includes(entry.id)) againstEntry[index]! |= bit;
    });
  }
  // Namesakes first: where one is also the entry's own name ("National Human Rights Commission"), the namesake's
  // flags win (add() keeps the first).
  for (const namesake of namesakes) {
    const index = entries.findIndex((entry) => entry.id === namesake.entry);
    if (index < 0) continue;
    for (const lang of ['en', 'es'] as const) {
      for (const form of inflected(namesake, lang))
        add([form, index, FORM_AMBIGUOUS | FORM_NAMESAKE | againstEntry[index]! | spanish(lang)]);
    }
  }
  // Words that need a companion in their sentence, and the companions' own forms (beside.yaml). Before the
  // entries' forms, so a word that is also an entry's form keeps this rule (add() keeps the first).
  const companionOf = entries.map(() => 0);
  for (const item of beside) {
    const index = entries.findIndex((entry) => entry.id === item.entry);
    if (index < 0) continue;
    for (const id of item.with) {
      const companion = entries.findIndex((entry) => entry.id === id);
      if (companion >= 0) companionOf[companion] = FORM_COMPANION;
    }
    for (const lang of ['en', 'es'] as const) {
      for (const form of inflected(item, lang))
        add([form, index, FORM_AMBIGUOUS | FORM_BESIDE | againstEntry[index]! | spanish(lang)]);
    }
  }
  const entryFlags = (entry: Entry, index: number, lang: 'en' | 'es') =>
    (lang === 'es' ? FORM_SPANISH : 0) |
    (entry.evidence ? 0 : FORM_NOT_EVIDENCE) |
    againstEntry[index]! |
    companionOf[index]!;
  // The entries that name each folded form (term or alias, inflected).
  const namedBy = new Map<string, Set<number>>();
  const namedByOther = (folded: string, index: number) =>
    [...(namedBy.get(folded) ?? [])].some((other) => other !== index);
  entries.forEach((entry, index) => {
    const ambiguous = new Set(entry.ambiguous.map(foldForm));
    const placeQualifiers = placeWithRegion(entry);
    for (const lang of ['en', 'es'] as const) {
      const side = entry[lang];
      const langFlag = entryFlags(entry, index, lang);
      for (const acronym of side.acronyms) {
        // An acronym is ambiguous as written: "COMAR" (also Maryland's regulations) but not "Comar".
        const flags =
          FORM_CASE_SENSITIVE | langFlag | (entry.ambiguous.includes(acronym) ? FORM_AMBIGUOUS : 0);
        // No plural for an institution's acronym: nobody writes "DHSs", and "HSIs" are Hispanic-Serving Institutions.
        const plural = !INSTITUTIONS.has(entry.category);
        for (const exact of acronymForms(acronym, plural)) add([foldForm(exact), index, flags, exact]);
      }
      // A name the entry also lists as an acronym is matched only as written there: "RAICES", not the
      // Spanish "raíces" (roots); "Al Otro Lado", not "al otro lado" (to the other side).
      const asWritten = new Set(side.acronyms.map(foldForm));
      for (const written of [side.term, ...side.aliases]) {
        if (placeQualifiers.has(written)) continue;
        const base = foldForm(written);
        if (asWritten.has(base)) continue;
        const flags = langFlag | (ambiguous.has(base) ? FORM_AMBIGUOUS : 0);
        const bases = lang === 'en' ? withDottedVariants(base) : withUsAbbreviations(base);
        const inflected = bases.flatMap(lang === 'en' ? englishForms : spanishForms);
        for (const folded of inflected) {
          add([folded, index, flags]);
          namedBy.set(folded, (namedBy.get(folded) ?? new Set()).add(index));
        }
      }
    }
  });
  // Verbs' conjugations, after every entry's names: a conjugation that an entry names keeps that entry's flags
  // ("rescate", rescatar's subjunctive, is rescate-inm's own name), and one that another entry names is left to
  // it ("deportados" are the deportee entry's people, not the act of removal-deportation's "deportar").
  entries.forEach((entry, index) => {
    const ambiguous = new Set(entry.ambiguous.map(foldForm));
    for (const lang of ['en', 'es'] as const) {
      for (const verb of entry[lang].verbs) {
        const flags = entryFlags(entry, index, lang) | (ambiguous.has(foldForm(verb)) ? FORM_AMBIGUOUS : 0);
        // Conjugated as written (the fold makes "self-deport" two words), then folded.
        const conjugated = (lang === 'en' ? englishVerbForms : spanishVerbForms)(verb.toLowerCase()).map(
          foldForm,
        );
        const variants = lang === 'en' ? withDottedVariants : withUsAbbreviations;
        for (const folded of conjugated.flatMap(variants)) {
          if (!namedByOther(folded, index)) add([folded, index, flags]);
        }
      }
    }
  });
  for (const lang of ['en', 'es'] as const) {
    for (const cue of inflected(cues, lang)) add([cue, -1, FORM_CUE | spanish(lang)]);
    for (const shield of inflected(shields, lang))
      add([shield, -1, FORM_CUE | FORM_NOT_EVIDENCE | spanish(lang)]);
    for (const [name, words] of Object.entries(otherSenses)) {
      const domain = domainBits.get(name) ?? 0;
      for (const cue of inflected(words, lang)) {
        add([cue, -1, FORM_CUE | FORM_OTHER_SENSE | FORM_NOT_EVIDENCE | domain | spanish(lang)]);
      }
    }
  }
  // Names' head words, as written (case-sensitive, not inflected); a word of both lists ("Club") carries both bits.
  const heads = new Map<string, number>();
  for (const word of names.after) heads.set(word, (heads.get(word) ?? 0) | FORM_NAME_AFTER);
  for (const word of names.before) heads.set(word, (heads.get(word) ?? 0) | FORM_NAME_BEFORE);
  for (const [word, bits] of heads)
    add([foldForm(word), -1, FORM_CUE | FORM_NOT_EVIDENCE | FORM_CASE_SENSITIVE | bits, word]);
  for (const [jurisdiction, words] of Object.entries(countries)) {
    if (!words) continue;
    const country = JURISDICTION_BITS[jurisdiction as Jurisdiction] << FORM_COUNTRY_SHIFT;
    for (const lang of ['en', 'es'] as const) {
      const forms = [...inflected(words.names, lang), ...words.adjectives[lang].map(foldForm)];
      for (const form of forms) add([form, -1, FORM_CUE | FORM_NOT_EVIDENCE | country | spanish(lang)]);
    }
  }
  for (const citation of citations) {
    // The build checks that the entry exists (vocabularyProblems); a glossary without it has no such policy.
    const index = entries.findIndex((entry) => entry.id === citation.entry);
    if (index < 0) continue;
    const entry = entries[index]!;
    const titleName = foldForm(`title ${citation.title}`);
    const named = [entry.en.term, ...entry.en.aliases].some((name) => foldForm(name) === titleName);
    const { shields: otherLaws, codeShields, policy } = citationForms(citation, named);
    for (const lang of ['en', 'es'] as const) {
      // A code citation is evidence of the legal-code sense: "Title 42 remedies" beside it is not the policy.
      for (const shield of codeShields[lang].map(foldForm)) {
        add([shield, -1, FORM_CUE | FORM_OTHER_SENSE | FORM_NOT_EVIDENCE | spanish(lang)]);
      }
      for (const shield of otherLaws[lang].map(foldForm)) {
        add([shield, -1, FORM_CUE | FORM_NOT_EVIDENCE | spanish(lang)]);
      }
      for (const form of policy[lang].map(foldForm)) add([form, index, spanish(lang)]);
    }
  }

  return {
    ids: entries.map((e) => e.id),
    categories: entries.map((e) => e.category),
    jurisdictions: entries.map((e) => e.jurisdiction.reduce((mask, j) => mask | JURISDICTION_BITS[j], 0)),
    groups: groupForms(forms),
    ...(vocabulary.topic.length ? { topic: vocabulary.topic } : {}),
  };
}

/**
 * Merges forms with the same folded text, and groups them by first word, longest first. A form is evidence that
 * the text is about migration when it is a cue, when one of its entries has it unambiguous (and is not a general
 * institution, `evidence: false`), or when it contains a cue ("persona migrante", "Casa del Migrante").
 */
export function groupForms(forms: CompiledForm[]): GroupEntry[] {
  const byForm = new Map<string, CompiledCandidate>();
  const cues = forms
    .filter(([, entry, flags]) => entry === -1 && !(flags & FORM_NOT_EVIDENCE))
    .map(([folded]) => ` ${folded} `);
  for (const [folded, entry, flags, exact] of forms) {
    if (!folded || !isWordCode(folded.charCodeAt(0))) continue;
    let candidate = byForm.get(folded);
    if (!candidate) {
      candidate = [folded, 0, []];
      byForm.set(folded, candidate);
    }
    const runtimeFlags = flags & ~FORM_NOT_EVIDENCE;
    candidate[2].push(exact === undefined ? [entry, runtimeFlags] : [entry, runtimeFlags, exact]);
    if (!(flags & FORM_NOT_EVIDENCE) && (flags & FORM_CUE || !(flags & FORM_AMBIGUOUS))) candidate[1] = 1;
  }
  for (const candidate of byForm.values()) {
    if (!candidate[1] && cues.some((cue) => ` ${candidate[0]} `.includes(cue))) candidate[1] = 1;
  }
  const groups = new Map<number, CompiledCandidate[]>();
  for (const candidate of byForm.values()) {
    const hash = firstWordHash(candidate[0]);
    groups.set(hash, [...(groups.get(hash) ?? []), candidate]);
  }
  return [...groups].map(([hash, list]) => [hash, groupOf(list)]);
}

/** Entries sorted by id, as the card and popup read them. */
export function compileEntries(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}
