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
 * The domain bit of the one `except` list (other-senses.yaml): the last. Its words speak against every form but
 * those entries', so for the page they count with the words against every form (context.ts pageOutweighs).
 */
export const EXCEPT_DOMAIN = MAX_FORM_DOMAINS - 1;

/**
 * What a domain's bit stands for: the entries it speaks against, in any order. Domains that speak against the same
 * entries share one bit (livestock and paperwork fixers, both against "coyote"): a bit says only which forms its
 * words count against, so their words are counted together.
 */
export const againstKey = (against: readonly string[]): string => [...new Set(against)].sort().join(' ');

/**
 * The key of the bit a domain of other senses takes: its `against` list's, or for a domain that speaks against
 * every form but those of its `except` entries (travel words, not against the tourist card), that list's, marked
 * apart; null for a domain against every form, which needs no bit.
 */
export function domainKey(domain: {
  against?: readonly string[];
  except?: readonly string[];
}): string | null {
  if (domain.against) return againstKey(domain.against);
  if (domain.except) return `except ${againstKey(domain.except)}`;
  return null;
}
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
export type CandidateGroup = [candidates: CompiledCandidate[], nextKeys: number[], index?: GroupIndex];

/**
 * What the matcher makes of a group at its first use on a page (match.ts): which candidates to try for each key of
 * what follows the first word, and each candidate's follow key.
 */
export interface GroupIndex {
  /** For each next key some candidate has, the candidates to try (with it, or with ANY_NEXT), longest first. */
  byNext: Map<number, Int32Array>;
  /** The candidates to try when what follows matches no key: those with ANY_NEXT. */
  any: Int32Array;
  /** Each candidate's followKeyOf(), once computed (0 until then). */
  follow: Int32Array;
}

/** The index of a group (GroupIndex). */
export function indexGroup([candidates, nextKeys]: CandidateGroup): GroupIndex {
  const lists = new Map<number, number[]>();
  for (const key of nextKeys) if (key !== ANY_NEXT && !lists.has(key)) lists.set(key, []);
  const any: number[] = [];
  for (let i = 0; i < nextKeys.length; i++) {
    const key = nextKeys[i]!;
    if (key === ANY_NEXT) {
      any.push(i);
      for (const list of lists.values()) list.push(i);
    } else lists.get(key)!.push(i);
  }
  const byNext = new Map<number, Int32Array>();
  for (const [key, list] of lists) byNext.set(key, Int32Array.from(list));
  return { byNext, any: Int32Array.from(any), follow: new Int32Array(candidates.length) };
}

/** Candidates by the hash of their first word: [hash, group] pairs, ready for `new Map()`. */
export type GroupEntry = [hash: number, group: CandidateGroup];

/** The group for a list of candidates (sorted longest first here). */
export function groupOf(candidates: CompiledCandidate[]): CandidateGroup {
  const sorted = [...candidates].sort((a, b) => b[0].length - a[0].length);
  return [sorted, sorted.map(([form]) => nextKeyOf(form))];
}

/**
 * Hashes stay within 24 bits at every step (h * 31 + a code unit < 2^30): V8's small integers, which code that has
 * not been optimized yet (most of a page's first scan) computes without allocating a heap number per step, as a
 * 32-bit hash did for about half of a word's characters. Two words with the same hash only share a group: a
 * candidate is always compared with the page's text.
 */
export const HASH_MASK = 0xffffff;
const step = (h: number, code: number) => (h * 31 + code) & HASH_MASK;

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
      for (let k = 0; k < expansion.length; k++) h = step(h, expansion.charCodeAt(k));
      continue;
    }
    h = (h * 31 + v) & HASH_MASK; // step(), without a call (cheaper before the JIT warms up)
  }
  hash = h;
  return j;
}

// The word nextKeyAt() last read: the matcher, coming to it, need not read it again (reusedWord).
let nextWordText = '';
let nextWordStart = -1;
let nextWordEnd = 0;
let nextWordHash = 0;

/**
 * scanWord(text, from) when nextKeyAt() has just read that word: its end, with its hash in scannedHash(); else -1.
 */
export function reusedWord(text: string, from: number): number {
  if (from !== nextWordStart || text !== nextWordText) return -1;
  hash = nextWordHash;
  return nextWordEnd;
}

/**
 * What follows a word ending at `from`, past separators: the next word's hash, a punctuation mark, or NO_NEXT at
 * the end of the text. Never ANY_NEXT.
 */
export function nextKeyAt(text: string, from: number): number {
  const end = tokenAt(text, from);
  if (end < 0) return NO_NEXT;
  if (token >= 0) {
    // A word (hashes are never negative): remembered for the matcher (reusedWord).
    nextWordText = text;
    nextWordStart = tokenStart;
    nextWordEnd = end;
    nextWordHash = token;
  }
  return token;
}

/** How many tokens after the first word a follow key covers. */
const FOLLOW_TOKENS = 4;

/**
 * The follow key of a folded form with more than one word: the tokens after its first word (words by their hash,
 * other characters one by one, separators skipped), up to FOLLOW_TOKENS of them, hashed, with their number. A page
 * where the form spells out has the same tokens there (followKeyAt), so a candidate whose key differs from the
 * page's (for as many tokens) cannot match. Many forms share what follows their first word ("U.S. Border Patrol",
 * "U.S. Department of State", "Mexico's General Law…": a "." or an apostrophe); their follow keys tell them apart
 * without comparing their text.
 */
export function followKeyOf(folded: string): number {
  const from = scanWord(folded, 0);
  let count = 0;
  let h = 0;
  let j = from;
  while (count < FOLLOW_TOKENS) {
    const end = tokenAt(folded, j);
    if (end < 0) break;
    h = step(h, token);
    count++;
    j = end;
  }
  return keyOf(h, count);
}

/**
 * A follow key: the hash of `count` tokens and their number less one, in the low bits (0 for a one-word form), and
 * bit 29 set, so never 0 (not computed) and a small integer (see HASH_MASK).
 */
const keyOf = (h: number, count: number) => (count === 0 ? 0 : (h << 2) | (count - 1)) | FOLLOW_BIT;
const FOLLOW_BIT = 1 << 29;

// The page's follow keys at the word the matcher stands on, by number of tokens (index 1 to FOLLOW_TOKENS), read as
// far as a candidate needs them: followKeyAt(), after startFollow() at each word.
const pageFollow = new Int32Array(FOLLOW_TOKENS + 1);
let followText = '';
let followEnd = 0; // where the next token starts, or -1 past the last one
let followCount = 0;
let followHash = 0;

/** Starts reading the page's follow keys after the first word, which ends at `wordEnd`. */
export function startFollow(text: string, wordEnd: number): void {
  followText = text;
  followEnd = wordEnd;
  followCount = 0;
  followHash = 0;
}

/** The page's follow key for as many tokens as `key` (a followKeyOf()) covers; 1 (no key's value) when it has fewer. */
export function followKeyAt(key: number): number {
  const count = (key & 3) + 1;
  while (followCount < count) {
    const end = followEnd < 0 ? -1 : tokenAt(followText, followEnd);
    if (end < 0) {
      followEnd = -1;
      return 1;
    }
    followHash = step(followHash, token);
    followCount++;
    pageFollow[followCount] = keyOf(followHash, followCount);
    followEnd = end;
  }
  return pageFollow[count]!;
}

// tokenAt() returns the token's end and leaves here its value (a word's hash, or for punctuation a negative number
// below ANY_NEXT and NO_NEXT, so never a hash) and where it starts.
let token = 0;
let tokenStart = 0;

/** The token starting at or after `from` (separators and dropped characters skipped): its end, or -1 at the text's end. */
function tokenAt(text: string, from: number): number {
  const length = text.length;
  let j = from;
  while (j < length) {
    const c = text.charCodeAt(j);
    const v = c >= 0xd800 && c <= 0xdfff ? c : foldCode(c);
    if (v === 32 || v === DROP) {
      j++;
      continue;
    }
    tokenStart = j;
    if (v === EXPANDS || isWordCode(v)) {
      const end = scanWord(text, j);
      token = hash;
      return end;
    }
    token = -3 - v;
    return j + 1;
  }
  return -1;
}

export const isSpaceUnit = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
