// The compiled form index shared by the build (compile.ts) and the matcher (match.ts): flags of a form and the
// hash of its first word, which is how the matcher finds candidates at each word of a page.
import {
  classifyWord,
  DROP,
  EXPANDS,
  expansionOf,
  foldCode,
  isLineEndHyphen,
  isWordCode,
  NOT_WORD,
  UNKNOWN,
  WORD_FOLD,
} from './normalize';

/** Bit flags of a compiled form. */
export const FORM_CASE_SENSITIVE = 1;
export const FORM_AMBIGUOUS = 2;
export const FORM_SPANISH = 4;
export const FORM_CUE = 8;
/** The same form in both languages' names ("Ciudad Juárez", "Tapachula"): it says nothing of the text's language. */
export const FORM_BOTH_LANGUAGES = 16;
/** Build time only: the form's entry is a general institution or document (`evidence: false` in its file). */
export const FORM_NOT_EVIDENCE = 32;
/** A cue of another sense (glossary/vocabulary/other-senses.yaml): evidence against ambiguous forms' migration sense. */
export const FORM_OTHER_SENSE = 64;
/**
 * A namesake (glossary/vocabulary/namesakes.yaml): an institution's bare name that another country's institution,
 * with no entry of its own, bears too ("National Guard"). Marked only when the jurisdiction vote points to the
 * entry's country.
 */
export const FORM_NAMESAKE = 128;
/**
 * A country name (glossary/vocabulary/countries.yaml) carries its country's JURISDICTION_BITS (compile.ts) in the
 * flags' bits from this one: a cue that votes for a jurisdiction, never evidence of migration.
 */
export const FORM_COUNTRY_SHIFT = 8;
/**
 * Other senses named per form (other-senses.yaml domains with `against`): one bit per list of entries spoken
 * against (againstKey), in the flags' bits from this one. A cue of such a domain carries its bit; an ambiguous form
 * carries the bits of the domains that speak against it. A cue of another sense with no bit speaks against every
 * ambiguous form.
 */
export const FORM_DOMAIN_SHIFT = 12;
/** How many lists of entries spoken against fit (bits 12 to 27; flags stay small positive integers, below 2^30). */
export const MAX_FORM_DOMAINS = 16;

/**
 * What a domain's bit stands for: the entries it speaks against, in any order. Domains that speak against the same
 * entries share one bit (livestock and paperwork fixers, both against "coyote"): a bit says only which forms its
 * words count against, so their words are counted together.
 */
export const againstKey = (against: readonly string[]): string => [...new Set(against)].sort().join(' ');
/**
 * An ordinary word that is its entry's term only in a sentence that also names its companion (beside.yaml:
 * Mexican law's "alojamiento" and "presentación" beside an immigration station).
 */
export const FORM_BESIDE = 1 << 28;
/** A form of an entry that beside.yaml's words need in their sentence (`with`: the immigration station). */
export const FORM_COMPANION = 1 << 29;
/**
 * On a cue (no entry), the same two bits: a proper name's head word (names.yaml) written after a form ("Coyote
 * Student Center", "Dreamers FC") or before it ("Estadio Coyote", "Col. Juárez").
 */
export const FORM_NAME_AFTER = FORM_BESIDE;
export const FORM_NAME_BEFORE = FORM_COMPANION;

/** [entry index (-1 for a context cue), flags, exact surface for case-sensitive forms] */
export type CompiledTerminal = [entry: number, flags: number, exact?: string];
/** [folded form, 1 if the form is migration evidence (unambiguous term or cue), terminals] */
export type CompiledCandidate = [form: string, evidence: 0 | 1, terminals: CompiledTerminal[]];
/**
 * The candidates sharing a first word, longest first, and for each the key of what follows that word in the
 * form (nextKeyOf). Most words that start a form ("the", "new", "border") are followed on a page by something
 * no form has, so one integer comparison rules out nearly every candidate before any character is compared.
 */
export type CandidateGroup = [candidates: CompiledCandidate[], nextKeys: number[]];

/** Candidates by the hash of their first word: [hash, group] pairs, ready for `new Map()`. */
export type GroupEntry = [hash: number, group: CandidateGroup];

/** The group for a list of candidates (sorted longest first here). */
export function groupOf(candidates: CompiledCandidate[]): CandidateGroup {
  const sorted = [...candidates].sort((a, b) => b[0].length - a[0].length);
  return [sorted, sorted.map(([form]) => nextKeyOf(form))];
}

/** Keys are kept within V8's small-integer range, so Map lookups on pages never allocate a heap number. */
export const HASH_MASK = 0x3fffffff;

/** Hash of a folded form's first word; the matcher computes the same on pages (scanWord). */
export function firstWordHash(folded: string): number {
  scanWord(folded, 0);
  return hash;
}

/** What a candidate expects after its first word: ANY_NEXT for a one-word form. */
export function nextKeyOf(folded: string): number {
  const firstEnd = scanWord(folded, 0);
  return firstEnd >= folded.length ? ANY_NEXT : nextKeyAt(folded, firstEnd);
}

export const ANY_NEXT = -1;
const NO_NEXT = -2;

// scanWord() returns the word's end and leaves its hash here: the hot loop gets two results without allocating.
let hash = 0;
export const scannedHash = () => hash;

/**
 * Hashes the folded characters of the word starting at `from` (a word character), reading the original text
 * through the fold table without building a string. Returns the offset just past the word; the hash is then
 * scannedHash(). A line-end hyphen ("asy-\nlum") continues the word after the line break.
 */
export function scanWord(text: string, from: number): number {
  const length = text.length;
  let h = 0;
  let j = from;
  while (j < length) {
    const c = text.charCodeAt(j);
    let v = WORD_FOLD[c]!;
    if (v === UNKNOWN) v = classifyWord(c);
    if (v === NOT_WORD) {
      if ((c === 45 || c === 0x2010) && isLineEndHyphen(text, j)) {
        j++;
        while (j < length && isSpaceUnit(text.charCodeAt(j))) j++;
        continue;
      }
      break;
    }
    j++;
    if (v === DROP) continue;
    if (v === EXPANDS) {
      const expansion = expansionOf(c);
      for (let k = 0; k < expansion.length; k++) h = ((h << 5) - h + expansion.charCodeAt(k)) | 0;
      continue;
    }
    h = ((h << 5) - h + v) | 0; // h * 31 + v, in 32 bits, without a call (cheaper before the JIT warms up)
  }
  hash = h & HASH_MASK;
  return j;
}

/**
 * What follows a word ending at `from`, past separators: the next word's hash, a punctuation mark, or NO_NEXT at
 * the end of the text. Never ANY_NEXT.
 */
export function nextKeyAt(text: string, from: number): number {
  const length = text.length;
  let j = from;
  while (j < length) {
    const c = text.charCodeAt(j);
    const v = c >= 0xd800 && c <= 0xdfff ? c : foldCode(c);
    if (v === 32 || v === DROP) {
      j++;
      continue;
    }
    if (v === EXPANDS || isWordCode(v)) {
      scanWord(text, j);
      return hash;
    }
    return -3 - v; // punctuation: negative, so never a hash, ANY_NEXT or NO_NEXT (and a small integer)
  }
  return NO_NEXT;
}

export const isSpaceUnit = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
