// Text formats for taking an entry elsewhere: a term pair, a tab-separated row (English, Spanish, note) that
// translation tools import as a glossary, and a citation. Plain text only; no markup is ever produced.
import type { Entry } from './entry';

/** Text on one line: tabs and line breaks become spaces (for TSV/CSV cells and citations). */
export const oneLine = (text: string) =>
  text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

function withAcronym(side: Entry['en']): string {
  return side.acronyms[0] ? `${side.term} (${side.acronyms[0]})` : side.term;
}

/**
 * A display term split into the bare term a text would contain and its qualifier: `"securing" (immigration
 * detention, Mexico)` is `securing` qualified by `immigration detention, Mexico`. Parentheses that are part of a
 * name stay (`287(g) agreement`, `Resolución 3449 (XXX)`), and so do quotes inside a term.
 */
export function bareTerm(term: string): { term: string; qualifier?: string } {
  const qualified = /^(.+?)\s+\(([^()]+)\)$/.exec(term.trim());
  const [bare, qualifier] =
    qualified && !/^[IVXLC]+$/.test(qualified[2]!) ? [qualified[1]!, qualified[2]!] : [term.trim()];
  const unquoted = /^["“«](.+)["”»]$/.exec(bare)?.[1] ?? bare;
  return qualifier ? { term: unquoted, qualifier } : { term: unquoted };
}

/** What a translation into this language should say: the entry's equivalent, else its bare term. */
export function equivalentIn(entry: Entry, lang: 'en' | 'es'): string {
  return entry[lang].equivalent ?? bareTerm(entry[lang].term).term;
}

/**
 * "Migrant Protection Protocols (MPP) — Protocolos de Protección a Migrantes (PPM)": the term as written in the
 * first language, then what a translator should write in the other ("coyote — smuggler").
 */
export function termPair(entry: Entry, first: 'en' | 'es' = 'en'): string {
  const second = first === 'en' ? 'es' : 'en';
  const target = entry[second].equivalent ?? withAcronym(entry[second]);
  return `${withAcronym(entry[first])} — ${target}`;
}

/**
 * The comment a glossary row carries: the terms' qualifiers, the equivalents that differ from the headwords, and
 * the translator's note (else the definition), on one line.
 */
export function rowNote(entry: Entry): string {
  const parts: string[] = [];
  for (const lang of ['en', 'es'] as const) {
    const { term, qualifier } = bareTerm(entry[lang].term);
    if (qualifier) parts.push(`${term} (${lang.toUpperCase()}): ${qualifier}.`);
    const equivalent = entry[lang].equivalent;
    if (equivalent && equivalent !== term)
      parts.push(`${lang === 'en' ? 'In English' : 'In Spanish'} write: ${equivalent}.`);
  }
  parts.push(entry.translator_note?.en ?? entry.definition.en);
  return oneLine(parts.join(' '));
}

/**
 * A TSV cell that tab-separated readers take as written: one line, and straight double quotes made typographic so
 * no cell starts with `"` (which CSV-style readers treat as quoting and strip).
 */
export function tsvCell(text: string): string {
  return oneLine(text)
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '”');
}

/**
 * English, Spanish, comment: the three-column glossary row OmegaT and other CAT tools read. The term cells hold
 * the bare terms a text contains (the Spanish one what a translation should say); qualifiers and notes go in the
 * comment.
 */
export function tsvRow(entry: Entry): string {
  return [bareTerm(entry.en.term).term, equivalentIn(entry, 'es'), rowNote(entry)].map(tsvCell).join('\t');
}

/** A citation of the entry: term, definition, first source with its access date. */
export function citation(entry: Entry, lang: 'en' | 'es' = 'en'): string {
  const source = entry.sources[0]!;
  const accessed = lang === 'en' ? 'accessed' : 'consultado el';
  const term = lang === 'en' ? withAcronym(entry.en) : withAcronym(entry.es);
  return oneLine(
    `${term}: ${entry.definition[lang]} — ${source.title}, ${source.publisher}, ${source.url} (${accessed} ${source.accessed}).`,
  );
}
