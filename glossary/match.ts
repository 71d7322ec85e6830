// Text → matches, in one left-to-right pass. Forms are grouped at build time by a hash of their first word; at
// each word start, the candidates sharing that word's hash are tried longest first, and the first that spells out
// and ends on a word boundary wins (longest-leftmost, non-overlapping). Case-sensitive forms (acronyms) are then
// checked against the original text, so "ice" is never ICE.
import type { MatcherData } from './compile';
import {
  type CompiledCandidate,
  type CompiledTerminal,
  FORM_AMBIGUOUS,
  FORM_CASE_SENSITIVE,
  FORM_CUE,
  FORM_SPANISH,
  HASH_MASK,
} from './forms';
import { DROP, EXPANDS, expansionOf, fold, foldCode, isLineEndHyphen, isWordCode } from './normalize';

export interface Match {
  /** Offsets in the original text (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  /** Index into MatcherData.ids, or -1 for a context cue. */
  entry: number;
  lang: 'en' | 'es';
  ambiguous: boolean;
  cue: boolean;
  /** True when the form is evidence that the text is about migration (an unambiguous term or a cue). */
  evidence: boolean;
}

export interface Matcher {
  data: MatcherData;
  /** First-word hash → candidates, longest first. */
  byFirstWord: Map<number, CompiledCandidate[]>;
}

export function createMatcher(data: MatcherData): Matcher {
  return { data, byFirstWord: new Map(data.groups) };
}

/**
 * Adds another compiled layer (a personal glossary) after the base one. Its entry indices follow the base's; where
 * both have the same form, the base candidate stays first (the sort is stable), so it wins.
 */
export function extendMatcher(base: Matcher, extra: MatcherData): Matcher {
  const offset = base.data.ids.length;
  const byFirstWord = new Map(base.byFirstWord);
  for (const [hash, candidates] of extra.groups) {
    const shifted = candidates.map(
      ([form, evidence, terminals]): CompiledCandidate => [
        form,
        evidence,
        terminals.map(
          ([entry, flags, exact]) =>
            [
              entry < 0 ? entry : entry + offset,
              flags,
              ...(exact === undefined ? [] : [exact]),
            ] as CompiledTerminal,
        ),
      ],
    );
    const merged = [...(byFirstWord.get(hash) ?? []), ...shifted].sort((a, b) => b[0].length - a[0].length);
    byFirstWord.set(hash, merged);
  }
  return {
    data: {
      ids: [...base.data.ids, ...extra.ids],
      categories: [...base.data.categories, ...extra.categories],
      groups: [],
    },
    byFirstWord,
  };
}

/**
 * Finds all matches in a text. The hot loop reads the original text through the fold table, hashing each word's
 * folded characters without building any string; only when a word's hash has candidates is a short window
 * folded and compared. Most words of a page have none, so most of the text costs a table lookup per character.
 */
export function findMatches(matcher: Matcher, text: string): Match[] {
  const matches: Match[] = [];
  const length = text.length;
  const { byFirstWord } = matcher;
  let i = 0;
  let previousIsWord = false;
  while (i < length) {
    const code = text.charCodeAt(i);
    const value = code >= 0xd800 && code <= 0xdfff ? code : foldCode(code);
    if (value === DROP) {
      i++;
      continue;
    }
    const isWord = value === EXPANDS || isWordCode(value);
    if (!isWord || previousIsWord) {
      previousIsWord = isWord;
      i++;
      continue;
    }
    // A word starts at i: hash its folded characters up to its end.
    let hash = 0;
    let j = i;
    while (j < length) {
      const c = text.charCodeAt(j);
      let v = c >= 0xd800 && c <= 0xdfff ? c : foldCode(c);
      if (v === DROP) {
        j++;
        continue;
      }
      if (v === EXPANDS) {
        const expansion = expansionOf(c);
        for (let k = 0; k < expansion.length; k++) hash = (Math.imul(hash, 31) + expansion.charCodeAt(k)) | 0;
        j++;
        continue;
      }
      if (!isWordCode(v)) {
        if ((c === 45 || c === 0x2010) && isLineEndHyphen(text, j)) {
          // "asy-\nlum": the word goes on after the line break.
          j++;
          while (j < length && isSpaceUnit(text.charCodeAt(j))) j++;
          continue;
        }
        break;
      }
      if (c >= 0xd800 && c <= 0xdfff) v = c; // surrogates hash as themselves (fold keeps most of them)
      hash = (Math.imul(hash, 31) + v) | 0;
      j++;
    }
    const candidates = byFirstWord.get(hash & HASH_MASK);
    const found = candidates && matchAt(candidates, text, i);
    if (found) {
      matches.push(found);
      i = found.end;
      previousIsWord = true;
    } else {
      i = j;
      previousIsWord = true;
    }
  }
  return matches;
}

/** Tries the candidates (longest first) at `from`, comparing through the fold table without building strings. */
function matchAt(candidates: CompiledCandidate[], text: string, from: number): Match | null {
  for (const [form, evidence, terminals] of candidates) {
    const end = matchFormAt(text, from, form);
    if (end < 0) continue;
    const terminal = pickTerminal(terminals, text.slice(from, end));
    if (!terminal) continue;
    const [entry, flags] = terminal;
    return {
      start: from,
      end,
      entry,
      lang: flags & FORM_SPANISH ? 'es' : 'en',
      ambiguous: (flags & FORM_AMBIGUOUS) !== 0,
      cue: (flags & FORM_CUE) !== 0,
      evidence: evidence === 1,
    };
  }
  return null;
}

/**
 * Whether the folded text at `from` spells `form` (a folded form) and ends on a word boundary: the offset just
 * past the match in the original text, or -1. Follows fold(): dropped characters are skipped, a run of
 * separators matches one space, a line-end hyphen joins a word, expansions (ß → ss) compare unit by unit.
 */
export function matchFormAt(text: string, from: number, form: string): number {
  const length = text.length;
  let i = from;
  let k = 0;
  let lastEnd = from;
  while (k < form.length) {
    if (i >= length) return -1;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const folded = fold(text.slice(i, i + 2)).text;
      if (!form.startsWith(folded, k) || folded === '') return -1;
      k += folded.length;
      i += 2;
      lastEnd = i;
      continue;
    }
    const v = foldCode(c);
    if (v === DROP) {
      i++;
      continue;
    }
    if (v === 32) {
      if ((c === 45 || c === 0x2010) && isLineEndHyphen(text, i)) {
        i++;
        while (i < length && isSpaceUnit(text.charCodeAt(i))) i++;
        continue;
      }
      if (form.charCodeAt(k) !== 32) return -1;
      // A run of separators (and dropped characters) is one space.
      i++;
      while (i < length) {
        const next = foldCode(text.charCodeAt(i));
        if (next !== 32 && next !== DROP) break;
        i++;
      }
      k++;
      continue;
    }
    if (v === EXPANDS) {
      const expansion = expansionOf(c);
      if (!form.startsWith(expansion, k)) return -1;
      k += expansion.length;
    } else {
      if (form.charCodeAt(k) !== v) return -1;
      k++;
    }
    i++;
    lastEnd = i;
  }
  // The form must end on a word character, followed by a non-word character (dropped characters skipped).
  if (!isWordCode(form.charCodeAt(form.length - 1))) return -1;
  let j = lastEnd;
  while (j < length && foldCode(text.charCodeAt(j)) === DROP) j++;
  if (j < length) {
    const next = text.charCodeAt(j);
    const v = next >= 0xd800 && next <= 0xdfff ? next : foldCode(next);
    if (v === EXPANDS || isWordCode(v)) return -1;
  }
  return lastEnd;
}

const isSpaceUnit = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;

/** The first terminal whose case rule holds: entries before cues, unambiguous before ambiguous. */
function pickTerminal(terminals: CompiledTerminal[], surface: string): CompiledTerminal | undefined {
  let chosen: CompiledTerminal | undefined;
  for (const terminal of terminals) {
    if (terminal[1] & FORM_CASE_SENSITIVE && !sameSurface(surface, terminal[2]!)) continue;
    if (!chosen || rank(terminal) < rank(chosen)) chosen = terminal;
  }
  return chosen;
}

const rank = ([, flags]: CompiledTerminal) => (flags & FORM_CUE ? 2 : flags & FORM_AMBIGUOUS ? 1 : 0);

/** Compares a page surface with an acronym's exact spelling, ignoring invisible characters and quote styles. */
function sameSurface(surface: string, exact: string): boolean {
  if (surface === exact) return true;
  return (
    surface.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\u2018\u2019\u02BC`]/g, "'") === exact
  );
}
