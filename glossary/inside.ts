// The glossary's terms named inside another term: "constancia de repatriación" holds "repatriación", "ICE
// detainer" holds ICE, "San Ysidro port of entry" holds "port of entry". The page marks only the longest term
// at a place (marks do not nest), so a reader hovering the phrase would never reach the shorter term's card;
// the phrase's card lists them instead ("In this term"). Found once, by the build, by running the matcher over
// each entry's own forms; a card shows those its mark's words hold (insideSurface).

import { isPlace } from './categories';
import type { MatcherData } from './compile';
import type { Entry } from './entry';
import { createMatcher, findMatches, type Matcher } from './match';
import { fold } from './normalize';

/** A term inside an entry's forms: the entry it is, and its words as found there, folded (normalize.fold). */
export interface InsideTerm {
  id: string;
  words: string[];
}

/**
 * For each entry, the terms inside its forms, in the order first found. A term counts when it is the longest
 * term at its place in the form (as a page would mark it; "Mexico's southern border" inside a survey's name, not
 * the "southern border" within it) and its entry belongs where the phrase's entry does: to one of its
 * jurisdictions, or, for an ambiguous place's name, only to them ("southern border" is the US one in "national
 * emergency at the southern border", but a Mexican office's "Migration on the Southern Border" is Mexico's own).
 * An ambiguous word that is no place shares its phrase's country when any of its own is it: the guest worker in
 * "H-2A guest worker", the remittances in "impuesto a las remesas".
 */
export function insideTerms(data: MatcherData, entries: readonly Entry[]): Map<string, InsideTerm[]> {
  const matcher = createMatcher(data);
  const { ids, jurisdictions } = data;
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const found = new Map<number, Map<number, Set<string>>>();
  const add = (outer: number, text: string) => {
    for (const inner of innerMatches(matcher, text, outer)) {
      const own = jurisdictions[outer]!;
      // A form several entries share ("deportación": the US removal, Mexico's deportation) is each of them
      // that belongs where the phrase does: the US one inside "deportación expedita".
      for (const entry of [inner.entry, ...(inner.alternatives ?? [])]) {
        if (entry === outer) continue;
        const theirs = jurisdictions[entry]!;
        if (inner.ambiguous && isPlace(data, entry) ? (theirs & ~own) !== 0 : (theirs & own) === 0) continue;
        const terms = found.get(outer) ?? new Map<number, Set<string>>();
        found.set(outer, terms);
        const words = terms.get(entry) ?? new Set<string>();
        terms.set(entry, words);
        words.add(fold(text.slice(inner.start, inner.end)).text);
      }
    }
  };
  // Every compiled form (inflections included, folded; a case-sensitive one as written) …
  for (const [, [candidates]] of data.groups) {
    for (const [form, , terminals] of candidates) {
      for (const [entry, , exact] of terminals) if (entry >= 0) add(entry, exact ?? form);
    }
  }
  // … and the entries' names as written, where an acronym keeps its capitals ("ICE" in "detainer de ICE").
  for (const entry of entries) {
    const index = indexOf.get(entry.id);
    if (index === undefined) continue;
    for (const side of [entry.en, entry.es]) {
      for (const name of [side.term, ...(side.acronyms ?? []), ...(side.aliases ?? [])]) add(index, name);
    }
  }
  const result = new Map<string, InsideTerm[]>();
  for (const [outer, terms] of found) {
    result.set(
      ids[outer]!,
      [...terms].map(([inner, words]) => ({ id: ids[inner]!, words: [...words].sort() })),
    );
  }
  return result;
}

/**
 * The longest matches of other entries inside `text` (one of entry `outer`'s forms), none of them within a longer
 * one: every span of whole words but the text itself, matched as a page would match it alone.
 */
function innerMatches(matcher: Matcher, text: string, outer: number) {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    starts.push(word.index);
    ends.push(word.index + word[0].length);
  }
  const spans: { start: number; end: number; entry: number; ambiguous: boolean; alternatives?: number[] }[] =
    [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || (start === 0 && end === text.length)) continue;
      const piece = text.slice(start, end);
      const match = findMatches(matcher, piece).find(
        (m) => m.start === 0 && m.end === piece.length && m.entry >= 0,
      );
      if (match && match.entry !== outer)
        spans.push({
          start,
          end,
          entry: match.entry,
          ambiguous: match.ambiguous,
          ...(match.alternatives ? { alternatives: match.alternatives } : {}),
        });
    }
  }
  return spans.filter(
    (span) =>
      !spans.some(
        (other) =>
          other !== span &&
          other.start <= span.start &&
          other.end >= span.end &&
          other.end - other.start > span.end - span.start,
      ),
  );
}

/**
 * The terms a mark's words hold, of those inside its entry's forms: each whose words appear in `surface` as
 * whole words, folded as the matcher folds.
 */
export function insideSurface(terms: readonly InsideTerm[], surface: string): string[] {
  const folded = fold(surface).text;
  return terms.filter((term) => term.words.some((words) => holdsWords(folded, words))).map((term) => term.id);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `words` occur in `text` with no letter or digit right before or after them. */
function holdsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    if ((!before || !WORD_CHARACTER.test(before)) && (!after || !WORD_CHARACTER.test(after))) return true;
  }
  return false;
}
