// The glossary's 12 categories (docs/glossary-scope.md), in their order.
export const CATEGORIES = [
  'mx-institutions',
  'us-institutions',
  'programs-policies',
  'us-law',
  'mx-law',
  'documents',
  'geography',
  'people',
  'enforcement',
  'international',
  'humanitarian',
  'journalism',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What knows each entry's category: the compiled glossary's data. */
export type Categorized = { readonly categories: readonly Category[] };

/**
 * Whether an entry is a place (its category): places alone are no co-occurring evidence (context.ts), and a place's
 * name inside a phrase must be of the phrase's own countries (inside.ts).
 */
export const isPlace = (data: Categorized, entry: number): boolean => data.categories[entry] === 'geography';

/** Readable English names of the categories (the interface has both languages in public/_locales). */
export const CATEGORY_NAMES: Record<Category, string> = {
  'mx-institutions': 'Mexican institutions',
  'us-institutions': 'US institutions and courts',
  'programs-policies': 'Programs and policies',
  'us-law': 'US legal statuses and procedures',
  'mx-law': 'Mexican legal statuses and procedures',
  documents: 'Documents and visas',
  geography: 'Places and routes',
  people: 'People and roles',
  enforcement: 'Enforcement and detention',
  international: 'International law and organizations',
  humanitarian: 'Humanitarian and civil society',
  journalism: 'Journalism and contested terms',
};
