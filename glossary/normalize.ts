// Folding of text for matching: case, accents, quotes, dashes, soft hyphens, zero-width characters and whitespace.
// Returns the folded string with a map back to the input, so a match in folded text becomes a range in the
// original. Offsets are UTF-16 code units because that is what DOM Ranges and String.slice use.
// The same fold is applied to glossary forms at build time and to page text at run time, so they always agree.

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded code unit, the offset of the input code unit it came from. */
  start: Uint32Array;
  /** For each folded code unit, the offset just past the input character it came from. */
  end: Uint32Array;
}

// Characters removed entirely: soft hyphen, zero-width space/joiners, word joiner, BOM.
const REMOVED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Every dash and hyphen variant, and the slash between words, fold to a space: "asylum-seekers" = "asylum seekers".
const SPACE_LIKE =
  /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_/]/;
const APOSTROPHES = /['\u2018\u2019\u201B\u2032\u02BC\uFF07`\u00B4]/;
const QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/;

const foldCache = new Map<string, string>();

/** Folds one character (a code point, possibly two code units). '' means the character is dropped; ' ' a separator. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII fast path: lowercase letters, digits and most punctuation map to themselves.
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 45 || code === 47 || code === 95 || code <= 32) return ' ';
    if (code === 96) return "'";
    if (code === 34) return '"';
    return char;
  }
  let folded = foldCache.get(char);
  if (folded === undefined) {
    if (REMOVED.test(char)) folded = '';
    else if (SPACE_LIKE.test(char)) folded = ' ';
    else if (APOSTROPHES.test(char)) folded = "'";
    else if (QUOTES.test(char)) folded = '"';
    else
      folded = char
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/ß/g, 'ss');
    foldCache.set(char, folded);
  }
  return folded;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Folds text. Runs of separators become one space; a hyphen at a line end between two letters is removed
 * with the line break ("asy-\nlum" → "asylum"), since that is how print-style hyphenation reaches the page.
 */
export function fold(input: string): FoldedText {
  const length = input.length;
  const out: string[] = [];
  const start = new Uint32Array(length + 1);
  const end = new Uint32Array(length + 1);
  let n = 0;
  let pendingSpaceAt = -1; // input offset of the first separator in the current run, or -1
  let pendingSpaceEnd = 0;
  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const char = width === 1 ? input[i]! : input.slice(i, i + 2);

    if ((char === '-' || char === '\u2010') && isLineEndHyphen(input, i)) {
      // Skip the hyphen and the whitespace holding the line break.
      let j = i + 1;
      while (j < length && /\s/.test(input[j]!)) j++;
      i = j;
      continue;
    }

    const folded = foldChar(char);
    if (folded === ' ') {
      if (pendingSpaceAt < 0) pendingSpaceAt = i;
      pendingSpaceEnd = i + width;
    } else if (folded !== '') {
      if (pendingSpaceAt >= 0) {
        if (n > 0) {
          out.push(' ');
          start[n] = pendingSpaceAt;
          end[n] = pendingSpaceEnd;
          n++;
        }
        pendingSpaceAt = -1;
      }
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        start[n] = i;
        end[n] = i + width;
        n++;
      }
    }
    i += width;
  }
  if (pendingSpaceAt >= 0 && n > 0) {
    out.push(' ');
    start[n] = pendingSpaceAt;
    end[n] = pendingSpaceEnd;
    n++;
  }
  return { text: out.join(''), start: start.subarray(0, n), end: end.subarray(0, n) };
}

function isLineEndHyphen(input: string, at: number): boolean {
  if (!isWordChar(input[at - 1])) return false;
  let j = at + 1;
  let sawNewline = false;
  while (j < input.length && /\s/.test(input[j]!)) {
    if (input[j] === '\n' || input[j] === '\r') sawNewline = true;
    j++;
  }
  return sawNewline && /\p{Ll}/u.test(input[j] ?? '');
}

/** Folds a glossary form: the same fold, trimmed. */
export function foldForm(form: string): string {
  return fold(form).text.trim();
}
