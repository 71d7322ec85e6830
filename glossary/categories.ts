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
