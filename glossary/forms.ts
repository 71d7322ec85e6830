// The compiled form index shared by the build (compile.ts) and the matcher (match.ts): flags of a form and the
// hash of its first word, which is how the matcher finds candidates at each word of a page.
import { isWordCode } from './normalize';

/** Bit flags of a compiled form. */
export const FORM_CASE_SENSITIVE = 1;
export const FORM_AMBIGUOUS = 2;
export const FORM_SPANISH = 4;
export const FORM_CUE = 8;

/** [entry index (-1 for a context cue), flags, exact surface for case-sensitive forms] */
export type CompiledTerminal = [entry: number, flags: number, exact?: string];
/** [folded form, 1 if the form is migration evidence (unambiguous term or cue), terminals] */
export type CompiledCandidate = [form: string, evidence: 0 | 1, terminals: CompiledTerminal[]];
/** [hash of the first word, candidates sharing it, longest first] */
export type CandidateGroup = [hash: number, candidates: CompiledCandidate[]];

/** Keys are kept within V8's small-integer range, so Map lookups on pages never allocate a heap number. */
export const HASH_MASK = 0x3fffffff;

/** Hash of the folded characters up to the first non-word character; the matcher computes the same on pages. */
export function firstWordHash(folded: string): number {
  let hash = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!isWordCode(code)) break;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash & HASH_MASK;
}
