// What code outside the build needs of a glossary entry: its types and the constants of its closed fields. The
// shape itself is defined once, by the build-time schema (schema.ts, zod); the types are taken from it here as
// types only, so nothing that imports this module ships zod.
export { CATEGORIES, type Category } from './categories';
export type { Bilingual, Entry, EntryInput, SharedEvent } from './schema';

/** An entry id: kebab-case, so also safe as a file name (the card files are named after it). */
export const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const JURISDICTIONS = ['US', 'MX', 'INTL', 'CA'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const STATUSES = [
  'active',
  'ended',
  'suspended',
  'reinstated',
  'blocked',
  'historical',
  'proposed',
] as const;
export type Status = (typeof STATUSES)[number];

export const USAGE_LABELS = ['preferred', 'admitted', 'deprecated', 'offensive'] as const;
export type UsageLabel = (typeof USAGE_LABELS)[number];

/** Every written form of an entry, both languages (before inflection). */
export function allForms(entry: {
  en: { term: string; acronyms: string[]; aliases: string[]; verbs?: string[] };
  es: { term: string; acronyms: string[]; aliases: string[]; verbs?: string[] };
}): string[] {
  return [entry.en, entry.es].flatMap((side) => [
    side.term,
    ...side.acronyms,
    ...side.aliases,
    ...(side.verbs ?? []),
  ]);
}
