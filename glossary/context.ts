// Sense decisions for ambiguous forms. "ICE", "caravan", "coyote", "parole"… are marked only when the text
// around them is about migration. Evidence = unambiguous glossary terms and context cues ("migrants",
// "frontera sur"). A match is kept when its own block has evidence, or when the page as a whole has enough.
// Each kept match says why, so the card can tell the reader when the sense was inferred. The page scan
// (page-scan.ts) holds the page's evidence and applies these rules block by block.
import type { Match } from './match';

export type Reason = 'unambiguous' | 'block' | 'page';

export interface Decided extends Match {
  reason: Reason;
}

/** Page evidence needed to accept ambiguous forms in blocks without evidence of their own. */
export const PAGE_EVIDENCE_THRESHOLD = 3;

/**
 * Decides the matches of one block, in order. Cues are dropped (they are evidence, not terms). Ambiguous matches
 * are kept when the block has evidence, or when the page does (`pageAccepts`).
 */
export function decideBlock(matches: readonly Match[], pageAccepts: boolean): Decided[] {
  const hasEvidence = matches.some((match) => match.evidence);
  const kept: Decided[] = [];
  for (const match of matches) {
    if (match.cue) continue;
    if (!match.ambiguous) kept.push({ ...match, reason: 'unambiguous' });
    else if (hasEvidence) kept.push({ ...match, reason: 'block' });
    else if (pageAccepts) kept.push({ ...match, reason: 'page' });
  }
  return kept;
}
