// What a looked-up selection is: the entries the page matcher finds in it, with the same sense decisions, and
// nothing else. A fuzzy neighbour is a suggestion, never the answer (a confident wrong card is worse than none).
import { decideText } from './context';
import { findMatches, type Matcher } from './match';

export interface LookupHit {
  id: string;
  /** The selected text the form matched, as written. */
  surface: string;
  /** True when the form covers the whole selection. */
  whole: boolean;
  /** Other entries the same words name, not chosen here (another country's): absent when none. */
  sameWords?: string[];
}

/**
 * The entries named in `text`, best first: one matching the whole selection, then longer matches before shorter.
 * Ambiguous forms (ICE, coyote…) count when the selection itself is about migration, or when `pageAccepts` (the
 * page around it is, as the page's own marks show).
 */
export function lookupHits(matcher: Matcher, text: string, pageAccepts: boolean): LookupHit[] {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const decided = decideText(findMatches(matcher, trimmed), matcher.data, pageAccepts, trimmed);
  const hits: LookupHit[] = [];
  for (const match of decided.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    const id = matcher.data.ids[match.entry];
    if (!id || hits.some((hit) => hit.id === id)) continue;
    const others = (match.alternatives ?? []).flatMap((entry) => matcher.data.ids[entry] ?? []);
    hits.push({
      id,
      surface: trimmed.slice(match.start, match.end),
      whole: match.start === 0 && match.end === trimmed.length,
      ...(others.length ? { sameWords: others } : {}),
    });
  }
  return hits.sort((a, b) => Number(b.whole) - Number(a.whole));
}
