// Text → matches, in one left-to-right pass. Forms are grouped at build time by a hash of their first word; at
// each word start, the candidates sharing that word's hash are tried longest first, and the first that spells out
// and ends on a word boundary wins (longest-leftmost, non-overlapping). Case-sensitive forms (acronyms) are then
// checked against the original text, so "ice" is never ICE.
import type { MatcherData } from './compile';
import {
  type CandidateGroup,
  type CompiledCandidate,
  type CompiledTerminal,
  FORM_AMBIGUOUS,
  FORM_BESIDE,
  FORM_BOTH_LANGUAGES,
  FORM_CASE_SENSITIVE,
  FORM_COMPANION,
  FORM_COUNTRY_SHIFT,
  FORM_CUE,
  FORM_DOMAIN_SHIFT,
  FORM_NAME_AFTER,
  FORM_NAME_BEFORE,
  FORM_NAMESAKE,
  FORM_OTHER_SENSE,
  FORM_SPANISH,
  followKeyAt,
  followKeyOf,
  groupOf,
  indexGroup,
  isSpaceUnit,
  MAX_FORM_DOMAINS,
  nextKeyAt,
  reusedWord,
  scannedHash,
  scanWord,
  startFollow,
} from './forms';
import {
  classifyWord,
  DROP,
  EXPANDS,
  expansionOf,
  fold,
  foldCode,
  isLineEndHyphen,
  isWordCode,
  NOT_WORD,
  UNKNOWN,
  WORD_FOLD,
} from './normalize';
import { lexiconOfHashed, type TopicLexicon, topicLexiconOf } from './topic';

/** The language a form is written in; 'both' for names written alike in English and Spanish. */
export type FormLanguage = 'en' | 'es' | 'both';

export interface Match {
  /** Offsets in the original text (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  /** Index into MatcherData.ids, or -1 for a context cue. */
  entry: number;
  lang: FormLanguage;
  ambiguous: boolean;
  cue: boolean;
  /** True when the form is evidence that the text is about migration (an unambiguous term or a cue). */
  evidence: boolean;
  /** A cue of another sense (wildlife, weather, sport…): evidence against ambiguous forms' migration sense. */
  otherSense: boolean;
  /** Written as an acronym (matched case-sensitively): "ICE", not a name such as "Supreme Court". */
  acronym: boolean;
  /** A bare name another country's institution bears too (FORM_NAMESAKE): marked only for its own country. */
  namesake: boolean;
  /** For a country name: its country's jurisdiction bit (a vote, glossary/context.ts); 0 otherwise. */
  country: number;
  /**
   * Domains of other senses named per form (FORM_DOMAIN_SHIFT), as bits: for a cue of another sense, its domains
   * (0: it speaks against every ambiguous form); for an ambiguous form, the domains that speak against it.
   */
  domains: number;
  /** An ordinary word that is the term only beside a companion in its sentence (FORM_BESIDE, beside.yaml). */
  beside: boolean;
  /** A form of an entry that beside.yaml's words need beside them (FORM_COMPANION). */
  companion: boolean;
  /** A proper name's head word (names.yaml) that makes a capitalized form just before it a name ("Center"). */
  nameAfter: boolean;
  /** A proper name's head word that makes a capitalized form just after it a name ("Estadio", "calle"). */
  nameBefore: boolean;
  /**
   * Other entries with the same form ("deportación": the US removal and Mexico's deportation), for the page scan
   * to choose from by jurisdiction; absent when the form has one entry.
   */
  alternatives?: number[];
}

export interface Matcher {
  data: MatcherData;
  /**
   * First-word hash → candidates, longest first, with what each expects after its first word; null for a packed
   * group found damaged. Packed groups (pack.ts) come in here as groupAt() first parses them.
   */
  byFirstWord: Map<number, CandidateGroup | null>;
  /**
   * One byte per value of a hash's low 16 bits: 1 when some first word has such a hash. Most words on a page
   * start no form, and this typed-array read turns them away before any lookup (FILTER_MASK below).
   */
  firstWords: Uint8Array;
  /** The groups as the package ships them, not parsed yet (pack.ts): read on first use by groupAt(). */
  packed?: PackedGroups;
  /** The topic lexicon (topic.ts) by word hash, made on first use by topicLexicon(). */
  topic?: TopicLexicon;
}

/** A packed matcher's groups: its text, where the body starts, the hashes (ascending) and each group's offsets. */
export interface PackedGroups {
  text: string;
  body: number;
  hashes: Int32Array;
  offsets: Int32Array;
  /** Where the topic lexicon's JSON starts in the text (it runs to the end; empty when the build has none). */
  topicAt: number;
}

/**
 * The matcher's topic lexicon (topic.ts), made the first time a decision needs a passage's topic:
 * from the compiled data, or from the packed text's end. Empty when there is none, or when the packed one is
 * damaged (no passage then weighs either way).
 */
export function topicLexicon(matcher: Matcher): TopicLexicon {
  if (matcher.topic) return matcher.topic;
  if (matcher.data.topic) {
    matcher.topic = topicLexiconOf(matcher.data.topic);
    return matcher.topic;
  }
  const packed = matcher.packed;
  let numbers: unknown;
  if (packed && packed.topicAt < packed.text.length) {
    try {
      numbers = JSON.parse(packed.text.slice(packed.topicAt));
    } catch {
      numbers = undefined;
    }
  }
  matcher.topic = lexiconOfHashed(Array.isArray(numbers) ? numbers : []);
  return matcher.topic;
}

const FILTER_MASK = 0xffff;

export function firstWordFilter(hashes: ArrayLike<number>, into?: Uint8Array): Uint8Array {
  const filter = into ?? new Uint8Array(FILTER_MASK + 1);
  for (let i = 0; i < hashes.length; i++) filter[hashes[i]! & FILTER_MASK] = 1;
  return filter;
}

export function groupAt(matcher: Matcher, hash: number): CandidateGroup | undefined {
  const known = matcher.byFirstWord.get(hash);
  if (known !== undefined) return known ?? undefined;
  const packed = matcher.packed;
  if (!packed) return undefined;
  const { hashes, offsets } = packed;
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  if (hashes[lo] !== hash) return undefined;
  let group: CandidateGroup | null = null;
  try {
    group = JSON.parse(packed.text.slice(packed.body + offsets[lo]!, packed.body + offsets[lo + 1]!));
  } catch {
    // A damaged group (the header is checked when unpacking, each group only here) loses its own terms only.
  }
  if (!Array.isArray(group?.[0]) || !Array.isArray(group[1]) || group.length !== 2) group = null;
  matcher.byFirstWord.set(hash, group);
  return group ?? undefined;
}

export function createMatcher(data: MatcherData): Matcher {
  // Tuples of their own: the matcher keeps its follow keys in a group's third element (matchAt).
  const byFirstWord = new Map<number, CandidateGroup | null>(
    data.groups.map(([hash, [candidates, nextKeys]]) => [hash, [candidates, nextKeys]]),
  );
  return { data, byFirstWord, firstWords: firstWordFilter([...byFirstWord.keys()]) };
}

/**
 * Adds another compiled layer (a personal glossary) after the base one. Its entry indices follow the base's; where
 * both have the same form, the base candidate stays first (the sort is stable), so it wins.
 */
export function extendMatcher(base: Matcher, extra: MatcherData): Matcher {
  const offset = base.data.ids.length;
  const byFirstWord = new Map(base.byFirstWord);
  for (const [hash, [candidates]] of extra.groups) {
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
    byFirstWord.set(hash, groupOf([...(groupAt(base, hash)?.[0] ?? []), ...shifted]));
  }
  return {
    data: {
      ids: [...base.data.ids, ...extra.ids],
      categories: [...base.data.categories, ...extra.categories],
      jurisdictions: [...base.data.jurisdictions, ...extra.ids.map(() => 0)],
      groups: [],
      // The personal layer has no topic lexicon of its own: the base's weighs its passages too.
      ...(base.data.topic ? { topic: base.data.topic } : {}),
    },
    byFirstWord,
    firstWords: firstWordFilter(
      extra.groups.map(([hash]) => hash),
      base.firstWords.slice(),
    ),
    ...(base.packed ? { packed: base.packed } : {}),
    ...(base.topic ? { topic: base.topic } : {}),
  };
}

/**
 * Finds all matches in a text. The hot loop reads the original text through the fold table, hashing each word's
 * folded characters without building any string; only when a word's hash has candidates, and a candidate expects
 * what follows it, is the text compared with a form. Most words of a page have none, so most of the text costs
 * a table lookup per character.
 */
export function findMatches(matcher: Matcher, text: string): Match[] {
  const matches: Match[] = [];
  let shouted: boolean | undefined; // read on the first acronym found, if any
  const { firstWords } = matcher;
  const length = text.length;
  let i = 0;
  let previousIsWord = false;
  while (i < length) {
    const code = text.charCodeAt(i);
    let value = WORD_FOLD[code]!;
    if (value === UNKNOWN) value = classifyWord(code);
    if (value === DROP) {
      i++;
      continue;
    }
    const isWord = value !== NOT_WORD;
    if (!isWord || previousIsWord) {
      previousIsWord = isWord;
      i++;
      continue;
    }
    // A word starts at i (read already when the word before it started a group).
    let wordEnd = reusedWord(text, i);
    if (wordEnd < 0) wordEnd = scanWord(text, i);
    const hash = scannedHash();
    const group = firstWords[hash & FILTER_MASK] === 1 ? groupAt(matcher, hash) : undefined;
    const found = group ? matchAt(group, text, i, wordEnd) : null;
    i = found ? found.end : wordEnd;
    previousIsWord = true;
  }
  return matches;

  function matchAt(group: CandidateGroup, text: string, from: number, wordEnd: number): Match | null {
    const candidates = group[0];
    let index = group[2];
    if (!index) index = group[2] = indexGroup(group);
    // The candidates whose next key is what follows the word on the page (or that expect nothing after it).
    let list = index.any;
    if (index.byNext.size) list = index.byNext.get(nextKeyAt(text, wordEnd)) ?? list;
    startFollow(text, wordEnd);
    const { follow } = index;
    for (let k = 0; k < list.length; k++) {
      const at = list[k]!;
      let followKey = follow[at]!;
      if (followKey === 0) {
        const form = candidates[at]![0];
        followKey = follow[at] = followKeyOf(form);
      }
      // Then the next few tokens (forms.ts, followKeyOf): most candidates left share only a "." or "'".
      if ((followKey & 3) !== 0 && followKeyAt(followKey) !== followKey) continue;
      const found = tryCandidate(candidates[at]!, text, from);
      if (found?.acronym) {
        if (shouted === undefined) shouted = isShouted(text);
        if (shouted) continue;
      }
      if (found) {
        matches.push(found);
        return found;
      }
    }
    return null;
  }
}

/**
 * Whether one candidate spells out at `from` with a terminal whose case rule holds. Tuples are read by index and
 * arrays walked by index: a page runs this before V8 optimizes it, and there destructuring and for…of go through
 * the iterator protocol, an object per step.
 */
function tryCandidate(candidate: CompiledCandidate, text: string, from: number): Match | null {
  const end = matchFormAt(text, from, candidate[0]);
  if (end < 0) return null;
  const terminals = candidate[2];
  // The page's spelling is sliced only for case-sensitive terminals (most forms have none).
  const terminal = pickTerminal(terminals, text, from, end);
  if (!terminal) return null;
  const entry = terminal[0];
  const flags = terminal[1];
  const match: Match = {
    start: from,
    end,
    entry,
    lang: flags & FORM_BOTH_LANGUAGES ? 'both' : flags & FORM_SPANISH ? 'es' : 'en',
    ambiguous: (flags & FORM_AMBIGUOUS) !== 0,
    cue: (flags & FORM_CUE) !== 0,
    evidence: candidate[1] === 1,
    otherSense: (flags & FORM_OTHER_SENSE) !== 0,
    acronym: (flags & FORM_CASE_SENSITIVE) !== 0,
    namesake: (flags & FORM_NAMESAKE) !== 0,
    country: (flags >> FORM_COUNTRY_SHIFT) & 0xf,
    domains: (flags >>> FORM_DOMAIN_SHIFT) & ((1 << MAX_FORM_DOMAINS) - 1),
    beside: entry >= 0 && (flags & FORM_BESIDE) !== 0,
    companion: entry >= 0 && (flags & FORM_COMPANION) !== 0,
    nameAfter: false,
    nameBefore: false,
  };
  if (entry < 0 || terminals.length > 1) {
    // A name's head word may be a word of another sense too ("estadio"): its bits come from any cue terminal.
    let heads = 0;
    for (let i = 0; i < terminals.length; i++) {
      const other = terminals[i]!;
      const otherFlags = other[1];
      if (other[0] >= 0 || !(otherFlags & (FORM_NAME_AFTER | FORM_NAME_BEFORE))) continue;
      if (otherFlags & FORM_CASE_SENSITIVE && !sameSurface(text.slice(from, end), other[2]!)) continue;
      heads |= otherFlags;
    }
    match.nameAfter = (heads & FORM_NAME_AFTER) !== 0;
    match.nameBefore = (heads & FORM_NAME_BEFORE) !== 0;
  }
  if (terminals.length > 1 && entry >= 0) {
    for (let i = 0; i < terminals.length; i++) {
      const other = terminals[i]!;
      if (other === terminal || other[0] < 0 || other[0] === entry || rank(other) !== rank(terminal))
        continue;
      if (other[1] & FORM_CASE_SENSITIVE && !sameSurface(text.slice(from, end), other[2]!)) continue;
      if (!match.alternatives) match.alternatives = [];
      if (!match.alternatives.includes(other[0])) match.alternatives.push(other[0]);
    }
  }
  return match;
}

/**
 * Whether a text is written all in capitals (a shouted headline: "DOS MIGRANTES MUEREN EN EL RÍO BRAVO"). There
 * every word looks like an acronym, so case says nothing and case-sensitive forms are not matched: "DOS" is the
 * number, not the State Department. A lone "ICE" or "CBP One" is not shouted.
 */
function isShouted(text: string): boolean {
  // ASCII first: the Unicode class costs more to compile than most pages' whole first match.
  if (/[a-z]/.test(text) || /\p{Ll}/u.test(text)) return false;
  return (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
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
  // The form must end on a word character, or on the ")" of a section number ("INA §212(f)"), followed by a
  // non-word character (dropped characters skipped).
  const last = form.charCodeAt(form.length - 1);
  if (!isWordCode(last) && last !== CLOSE_PAREN) return -1;
  let j = lastEnd;
  while (j < length && foldCode(text.charCodeAt(j)) === DROP) j++;
  if (j < length) {
    const next = text.charCodeAt(j);
    const v = next >= 0xd800 && next <= 0xdfff ? next : foldCode(next);
    if (v === EXPANDS || isWordCode(v)) return -1;
  }
  return lastEnd;
}

const CLOSE_PAREN = 0x29;

/**
 * The first terminal whose case rule holds (the text from `from` to `end` against a case-sensitive terminal's
 * spelling): entries before cues, unambiguous before ambiguous.
 */
function pickTerminal(
  terminals: CompiledTerminal[],
  text: string,
  from: number,
  end: number,
): CompiledTerminal | undefined {
  let chosen: CompiledTerminal | undefined;
  for (let i = 0; i < terminals.length; i++) {
    const terminal = terminals[i]!;
    if (terminal[1] & FORM_CASE_SENSITIVE && !sameSurface(text.slice(from, end), terminal[2]!)) continue;
    if (!chosen || rank(terminal) < rank(chosen)) chosen = terminal;
  }
  return chosen;
}

const rank = (terminal: CompiledTerminal) => {
  const flags = terminal[1];
  return flags & FORM_CUE ? 2 : flags & FORM_AMBIGUOUS ? 1 : 0;
};

/**
 * Compares a page surface with a case-sensitive form's exact spelling, ignoring invisible characters, quote styles,
 * and how the text was broken into lines ("Remain in⏎Mexico", "Mexi-⏎co": a PDF's lines, an HTML source's).
 */
function sameSurface(surface: string, exact: string): boolean {
  if (surface === exact) return true;
  // Printable ASCII with single spaces has nothing the replacements below change (their regular expressions
  // cost more to compile than a page's whole first match).
  if (plainAscii(surface)) return false;
  return (
    surface
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u2018\u2019\u02BC`]/g, "'")
      .replace(/(\p{L})[-\u2010][^\S\r\n]*[\r\n]\s*(?=\p{Ll})/gu, '$1')
      .replace(/\s+/g, ' ') === exact
  );
}

/** Printable ASCII other than "`", with no two spaces in a row. */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}
