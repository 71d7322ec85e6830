// Per-entry tallies of a page's marks (the popup's list, the handout, `npm run scan`): apart from the page scan so
// a page that only paints marks decided elsewhere (the content script, see components/scan-engine.ts) loads no
// matching code.
import type { Reason } from './context';
import type { FormLanguage } from './match';

/** What a tally reads of a mark (a PageMark, or the content script's painted mark). */
export type Tallied = { entryId: string; surface: string; lang: FormLanguage; reason: Reason };

/** What one entry has on a page: how often it is marked, how it is written, and why ambiguous forms were kept. */
export interface EntryTally<M extends Tallied> {
  id: string;
  count: number;
  /** Surfaces in order of first appearance, with runs of whitespace as one space. */
  surfaces: string[];
  /** 'en' or 'es' when every mark written one way is in that language (names written alike do not count). */
  lang: FormLanguage;
  reasons: Reason[];
  marks: M[];
}

/** Per-entry tallies of marks given in reading order; entries in order of first appearance. */
export function tally<M extends Tallied>(marks: Iterable<M>): EntryTally<M>[] {
  const byId = new Map<string, EntryTally<M>>();
  const langs = new Map<string, Set<FormLanguage>>();
  for (const mark of marks) {
    let term = byId.get(mark.entryId);
    let seen = langs.get(mark.entryId);
    if (!term || !seen) {
      term = { id: mark.entryId, count: 0, surfaces: [], lang: mark.lang, reasons: [], marks: [] };
      seen = new Set();
      byId.set(mark.entryId, term);
      langs.set(mark.entryId, seen);
    }
    term.count++;
    term.marks.push(mark);
    const surface = mark.surface.replace(/\s+/g, ' ');
    if (!term.surfaces.includes(surface)) term.surfaces.push(surface);
    if (!term.reasons.includes(mark.reason)) term.reasons.push(mark.reason);
    seen.add(mark.lang);
    term.lang = seen.has('en') === seen.has('es') ? 'both' : seen.has('en') ? 'en' : 'es';
  }
  return [...byId.values()];
}
