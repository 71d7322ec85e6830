// Sense decisions for ambiguous forms. "ICE", "caravan", "coyote", "parole"… are marked only when the text
// around them is about migration. Evidence = unambiguous glossary terms and context cues ("migrants",
// "frontera sur"). A match is kept when its own block has evidence, or when the page as a whole has enough.
// Each kept match says why, so the card can tell the reader when the sense was inferred.
import type { Match } from './match';

export type Reason = 'unambiguous' | 'block' | 'page';

export interface Decided extends Match {
  reason: Reason;
}

/** Page evidence needed to accept ambiguous forms in blocks without evidence of their own. */
export const PAGE_EVIDENCE_THRESHOLD = 3;

export interface PageEvidence {
  /** Evidence hits counted so far (unambiguous terms + cues). */
  hits: number;
}

export function blockEvidence(matches: readonly Match[]): number {
  let hits = 0;
  for (const match of matches) if (match.evidence) hits++;
  return hits;
}

/**
 * Decides the matches of one block. Cues are dropped (they are evidence, not terms). Ambiguous matches with no
 * evidence in the block are returned in `pending`: they depend on page evidence, which grows as blocks are scanned.
 */
export function decideBlock(matches: readonly Match[]): { kept: Decided[]; pending: Match[] } {
  const hasEvidence = blockEvidence(matches) > 0;
  const kept: Decided[] = [];
  const pending: Match[] = [];
  for (const match of matches) {
    if (match.cue) continue;
    if (!match.ambiguous) kept.push({ ...match, reason: 'unambiguous' });
    else if (hasEvidence) kept.push({ ...match, reason: 'block' });
    else pending.push(match);
  }
  return { kept, pending };
}

export function pageAccepts(evidence: PageEvidence): boolean {
  return evidence.hits >= PAGE_EVIDENCE_THRESHOLD;
}

/** Convenience for whole texts (CLI, tests): blocks in, decided matches out, in order. */
export function decideBlocks(blocks: readonly (readonly Match[])[]): Decided[][] {
  const evidence: PageEvidence = { hits: 0 };
  const results = blocks.map((matches) => {
    evidence.hits += blockEvidence(matches);
    return decideBlock(matches);
  });
  const accept = pageAccepts(evidence);
  return results.map(({ kept, pending }) =>
    accept
      ? [...kept, ...pending.map((m): Decided => ({ ...m, reason: 'page' }))].sort(
          (a, b) => a.start - b.start,
        )
      : kept,
  );
}
