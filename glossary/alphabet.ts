// Alphabetical order for lists of terms: a term sorts by its first letter, not by a quote mark or other
// punctuation in front of it ("securing" among the S), and accents do not move it (Ángel among the A).

/** The text a term sorts by: leading quotes, brackets and punctuation removed. */
export function sortKey(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The letter a term is filed under in an A–Z index: its first letter without accents, or # for a number. */
export function indexLetter(term: string): string {
  const first = sortKey(term).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

/** Compares terms for an alphabetical list in `lang`. */
export function compareTerms(a: string, b: string, lang: 'en' | 'es'): number {
  return sortKey(a).localeCompare(sortKey(b), lang, { sensitivity: 'base' });
}
