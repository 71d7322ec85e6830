// Folding of text for matching: case, accents, ligatures, quotes, dashes, soft hyphens, zero-width characters and
// whitespace.
// Returns the folded string with a map back to the input, so a match in folded text becomes a range in the
// original. Offsets are UTF-16 code units because that is what DOM Ranges and String.slice use.
// The same fold is applied to glossary forms at build time and to page text at run time, so they always agree.
//
// Speed matters (every character of a page goes through here): each BMP code unit is classified once, lazily,
// into a lookup table, and the output is built in typed arrays.

import { FOLD_TABLE } from './fold-table';

export interface FoldedText {
  /** The folded text, and the same as code units. */
  text: string;
  codes: Uint16Array;
  /** For each folded code unit, the offset of the input code unit it came from. */
  start: Uint32Array;
  /** For each folded code unit, the offset just past the input character it came from. */
  end: Uint32Array;
}

// Characters removed entirely: soft hyphen, zero-width space/joiners, word joiner, BOM.
const REMOVED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Every dash and hyphen variant, the slash between words, and double quotation marks fold to a space:
// "asylum-seekers" = "asylum seekers", and scare quotes do not hide a phrase ('coyotes que cobran por "conseguirle"').
const SPACE_LIKE =
  /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_/"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/;
const APOSTROPHES = /['\u2018\u2019\u201B\u2032\u02BC\uFF07`\u00B4]/;
const WORD = /[\p{L}\p{N}]/u;

/** Folds one character (a code point, possibly two code units). '' means the character is dropped; ' ' a separator. */
export function foldChar(char: string): string {
  if (REMOVED.test(char)) return '';
  if (SPACE_LIKE.test(char)) return ' ';
  if (APOSTROPHES.test(char)) return "'";
  const folded = char
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // Latin ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), which typeset text and copies from PDFs carry: "ofﬁcer" is "officer".
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC').toLowerCase());
  // Some characters normalize to a quote or a space-like mark (Greek varia U+1FEF → `): fold that in turn, so
  // folding folded text changes nothing.
  return folded.length === 1 && folded !== char ? foldChar(folded) : folded;
}

// Table values: a folded code unit, or one of these markers.
const UNKNOWN = 0xffff;
export const DROP = 0xfffe;
export const EXPANDS = 0xfffd; // folds to several code units (ß → ss): looked up in `expansions`
const table = new Uint16Array(0x10000).fill(UNKNOWN);
const expansions = new Map<number, string>();
const wordTable = new Uint8Array(0x10000); // 0 unknown, 1 word character, 2 not

function classify(code: number): number {
  const folded = foldChar(String.fromCharCode(code));
  let value: number;
  if (folded === '') value = DROP;
  else if (folded.length === 1) {
    value = folded.charCodeAt(0);
    // U+FFFD (the replacement character pages show for broken encodings) and U+FFFE/FFFF would read as our
    // markers: they fold to U+FFFC, another symbol.
    if (value >= EXPANDS) value = 0xfffc;
  } else {
    expansions.set(code, folded);
    value = EXPANDS;
  }
  table[code] = value;
  return value;
}

/** The folded form of one BMP code unit: a code unit, DROP, or EXPANDS (see expansionOf). */
export function foldCode(code: number): number {
  const value = table[code]!;
  return value === UNKNOWN ? classify(code) : value;
}

export function expansionOf(code: number): string {
  return expansions.get(code) ?? '';
}

/** Whether a code unit is a letter or digit (Unicode), for word boundaries. Surrogates count as letters. */
export function isWordCode(code: number): boolean {
  let kind = wordTable[code]!;
  if (kind === 0) {
    kind = (code >= 0xd800 && code <= 0xdfff) || WORD.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = kind;
  }
  return kind === 1;
}

/**
 * The matcher's view of a code unit, in one lookup: its folded code if it is (or folds to) a word character,
 * NOT_WORD for separators and punctuation, DROP or EXPANDS as in foldCode, UNKNOWN until first classified
 * (classifyWord). Surrogates are word characters and stand for themselves.
 */
export const WORD_FOLD = new Uint16Array(0x10000).fill(UNKNOWN);
export const NOT_WORD = 0;
export { UNKNOWN };

// The characters most page text is made of (ASCII, accented Latin letters, punctuation) come classified from
// the build (fold-table.ts): a page then compiles no Unicode regular expression for its first "é" or curly quote.
for (const [from, folds, words] of FOLD_TABLE) {
  for (let i = 0; i < words.length; i++) {
    table[from + i] = folds[i]!;
    wordTable[from + i] = words.charCodeAt(i) - 48;
  }
}
for (const [from, , words] of FOLD_TABLE) {
  for (let code = from; code < from + words.length; code++) {
    const value = table[code]!;
    const kind = value === DROP || value === UNKNOWN ? 0 : wordTable[value]!;
    if (value === DROP) WORD_FOLD[code] = DROP;
    else if (kind) WORD_FOLD[code] = kind === 1 ? value : NOT_WORD; // else: classified when first met
  }
}

export function classifyWord(code: number): number {
  const value = code >= 0xd800 && code <= 0xdfff ? code : foldCode(code);
  const wordValue =
    value === DROP || value === EXPANDS || (code >= 0xd800 && code <= 0xdfff) || isWordCode(value)
      ? value
      : NOT_WORD;
  WORD_FOLD[code] = wordValue;
  return wordValue;
}

const SPACE = 32;
const HYPHEN = 45;

/**
 * Folds text. Runs of separators become one space; a hyphen at a line end between two letters is removed
 * with the line break ("asy-\nlum" → "asylum"), since that is how print-style hyphenation reaches the page.
 */
export function fold(input: string): FoldedText {
  const length = input.length;
  // Room for the rare expansions (ß → ss); checked before each write so growing is never needed mid-character.
  let capacity = length + 16;
  let out = new Uint16Array(capacity);
  let start = new Uint32Array(capacity);
  let end = new Uint32Array(capacity);
  let n = 0;
  let spaceFrom = -1; // input offset where the pending run of separators began, or -1
  let spaceTo = 0;
  let i = 0;
  // One loop with no closures: this runs over every character of a page.
  while (i < length) {
    let code = input.charCodeAt(i);
    let width = 1;
    let value: number;
    let expansion: string | undefined;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // Surrogate pairs (emoji, rare scripts) take the slow path and map to both code units.
      width = 2;
      expansion = foldChar(input.slice(i, i + 2));
      value = expansion.length === 1 ? expansion.charCodeAt(0) : expansion === '' ? DROP : EXPANDS;
    } else {
      value = table[code]!;
      if (value === UNKNOWN) value = classify(code);
      if (value === EXPANDS) expansion = expansions.get(code);
    }
    if (value === SPACE) {
      if ((code === HYPHEN || code === 0x2010) && isLineEndHyphen(input, i)) {
        i++;
        while (i < length && isSpaceCode(input.charCodeAt(i))) i++;
        continue;
      }
      if (spaceFrom < 0) spaceFrom = i;
      spaceTo = i + 1;
      i++;
      continue;
    }
    if (value === DROP) {
      i += width;
      continue;
    }
    const units = value === EXPANDS ? expansion!.length : 1;
    if (n + units + 2 >= capacity) {
      capacity = capacity * 2 + units;
      const o = new Uint16Array(capacity);
      o.set(out);
      out = o;
      const s = new Uint32Array(capacity);
      s.set(start);
      start = s;
      const e = new Uint32Array(capacity);
      e.set(end);
      end = e;
    }
    if (spaceFrom >= 0) {
      if (n > 0) {
        out[n] = SPACE;
        start[n] = spaceFrom;
        end[n] = spaceTo;
        n++;
      }
      spaceFrom = -1;
    }
    for (let k = 0; k < units; k++) {
      code = value === EXPANDS ? expansion!.charCodeAt(k) : value;
      out[n] = code;
      start[n] = i;
      end[n] = i + width;
      n++;
    }
    i += width;
  }
  if (spaceFrom >= 0 && n > 0) {
    out[n] = SPACE;
    start[n] = spaceFrom;
    end[n] = spaceTo;
    n++;
  }
  const codes = out.subarray(0, n);
  return { text: codesToString(codes, n), codes, start: start.subarray(0, n), end: end.subarray(0, n) };
}

function codesToString(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK)
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let i = 0; i < length; i += CHUNK) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
    );
  }
  return text;
}

const isSpaceCode = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;

export function isLineEndHyphen(input: string, at: number): boolean {
  if (at === 0 || !isWordCode(input.charCodeAt(at - 1))) return false;
  let j = at + 1;
  let sawNewline = false;
  while (j < input.length && isSpaceCode(input.charCodeAt(j))) {
    const c = input.charCodeAt(j);
    if (c === 10 || c === 13) sawNewline = true;
    j++;
  }
  const next = input[j] ?? '';
  return sawNewline && next !== next.toUpperCase() && next === next.toLowerCase();
}

/** Folds a glossary form: the same fold, trimmed. */
export function foldForm(form: string): string {
  return fold(form).text.trim();
}
