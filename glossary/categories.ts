// The 12 categories of glossary-scope.md, in their order. Kept apart from schema.ts so UI code can use them
// without pulling the validation library into the content script.
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
