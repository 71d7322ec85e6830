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

/** "Migrant Protection Protocols (MPP) — Protocolos de Protección a Migrantes (PPM)" */
export function termPair(entry: Entry, first: 'en' | 'es' = 'en'): string {
  const second = first === 'en' ? 'es' : 'en';
  return `${withAcronym(entry[first])} — ${withAcronym(entry[second])}`;
}

/** English, Spanish, note: the three-column glossary row OmegaT and other CAT tools read. */
export function tsvRow(entry: Entry): string {
  const note = entry.translator_note?.en ?? entry.definition.en;
  return [entry.en.term, entry.es.term, note].map(oneLine).join('\t');
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
