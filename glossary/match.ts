// Text → matches, in one left-to-right pass over folded text: at each word start, walk a character trie of all
// compiled forms and keep the longest form that ends on a word boundary (longest-leftmost, non-overlapping).
// Case-sensitive forms (acronyms) are then checked against the original text, so "ice" is never ICE.
import { FORM_AMBIGUOUS, FORM_CASE_SENSITIVE, FORM_CUE, FORM_SPANISH, type MatcherData } from './compile';
import { type FoldedText, fold } from './normalize';

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

interface Terminal {
  entry: number;
  flags: number;
  exact?: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  terminals?: Terminal[];
}

export interface Matcher {
  data: MatcherData;
  root: TrieNode;
}

export function createMatcher(data: MatcherData): Matcher {
  const root: TrieNode = { next: new Map() };
  for (const [folded, entry, flags, exact] of data.forms) {
    let node = root;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.terminals ??= [];
    node.terminals.push(exact === undefined ? { entry, flags } : { entry, flags, exact });
  }
  return { data, root };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordCode(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(text[index]!);
}

/** Finds all matches in a text. `folded` may be passed when the caller already folded it. */
export function findMatches(matcher: Matcher, text: string, folded: FoldedText = fold(text)): Match[] {
  const matches: Match[] = [];
  const f = folded.text;
  const length = f.length;
  let pos = 0;
  while (pos < length) {
    if (!isWordCode(f, pos) || isWordCode(f, pos - 1)) {
      pos++;
      continue;
    }
    let node: TrieNode | undefined = matcher.root;
    let best: { end: number; terminal: Terminal; node: TrieNode } | undefined;
    for (let q = pos; q < length; q++) {
      node = node.next.get(f.charCodeAt(q));
      if (!node) break;
      if (node.terminals && !isWordCode(f, q + 1) && isWordCode(f, q)) {
        const terminal = pickTerminal(node.terminals, text, folded, pos, q + 1);
        if (terminal) best = { end: q + 1, terminal, node };
      }
    }
    if (!best) {
      // Skip the rest of this word: matches start only at word starts.
      pos++;
      while (pos < length && isWordCode(f, pos)) pos++;
      continue;
    }
    const { terminal } = best;
    const terminals = best.node.terminals!;
    matches.push({
      start: folded.start[pos]!,
      end: folded.end[best.end - 1]!,
      entry: terminal.entry,
      lang: terminal.flags & FORM_SPANISH ? 'es' : 'en',
      ambiguous: (terminal.flags & FORM_AMBIGUOUS) !== 0,
      cue: (terminal.flags & FORM_CUE) !== 0,
      evidence: terminals.some((t) => (t.flags & (FORM_AMBIGUOUS | FORM_CUE)) !== FORM_AMBIGUOUS),
    });
    pos = best.end;
  }
  return matches;
}

/** The first terminal whose case rule holds: entries before cues, unambiguous before ambiguous. */
function pickTerminal(
  terminals: Terminal[],
  text: string,
  folded: FoldedText,
  from: number,
  to: number,
): Terminal | undefined {
  let chosen: Terminal | undefined;
  for (const terminal of terminals) {
    if (terminal.flags & FORM_CASE_SENSITIVE) {
      const surface = text.slice(folded.start[from], folded.end[to - 1]);
      if (!sameSurface(surface, terminal.exact!)) continue;
    }
    if (!chosen || rank(terminal) < rank(chosen)) chosen = terminal;
  }
  return chosen;
}

const rank = (t: Terminal) => (t.flags & FORM_CUE ? 2 : t.flags & FORM_AMBIGUOUS ? 1 : 0);

/** Compares a page surface with an acronym's exact spelling, ignoring invisible characters and quote styles. */
function sameSurface(surface: string, exact: string): boolean {
  if (surface === exact) return true;
  return (
    surface.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\u2018\u2019\u02BC`]/g, "'") === exact
  );
}
