// A personal glossary's terms as entries (for the matcher and the card), apart from the importer (personal.ts) so
// a page that shows a personal entry's card loads no text folding.
import type { Entry } from './entry';

export const PERSONAL_CATEGORY = 'personal';

export interface PersonalTerm {
  en: string;
  es: string;
  note: string;
}

/** Imported terms as entries for the matcher and the card; ids are stable for a given term pair. */
export function personalEntries(terms: PersonalTerm[], importedOn: string): Entry[] {
  return terms.map((term, index) => ({
    id: `personal-${index + 1}`,
    category: PERSONAL_CATEGORY as Entry['category'],
    jurisdiction: [],
    en: { term: term.en, acronyms: [], aliases: [], verbs: [] },
    es: { term: term.es, acronyms: [], aliases: [], verbs: [] },
    definition: { en: term.note, es: term.note },
    context: { en: 'From your personal glossary.', es: 'De tu glosario personal.' },
    timeline: [],
    legal_basis: [],
    related: [],
    ambiguous: [],
    sources: [],
    last_verified: importedOn,
  })) as unknown as Entry[];
}
