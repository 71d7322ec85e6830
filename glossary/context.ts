// The sense model: which ambiguous forms ("ICE", "caravan", "coyote", "deportación") are marked, and for which
// entry. Pure; the page scan (page-scan.ts) keeps each block's facts and the page's, and asks again when the
// page's facts change.
//
// Evidence that a passage is about migration: unambiguous glossary terms and context cues ("migrants",
// "frontera sur"), and ambiguous terms of other entries that co-occur (smuggler slang beside a river and a border
// city). Evidence against: other senses' vocabulary (wildlife, weather, sport, travel, shows, markets; see
// glossary/vocabulary/other-senses.yaml). An ambiguous match is kept
//   - 'block':  when its block has more migration evidence than evidence of another sense;
//   - 'nearby': when its block has no evidence either way but two other ambiguous entries of the domain;
//   - 'page':   when its block has no evidence either way, is part of the page's body (not navigation, a link
//               list, a sidebar, comments, an ad or a footer) and the page's body as a whole is about migration.
//               A body block about another sense gives the page only its unambiguous terms (pageEvidence).
// Forms shared by entries of different jurisdictions go to the entry of the jurisdiction that the block's and
// the page's unambiguous terms point to; a bare institution name ("Supreme Court", "Guardia Nacional") is not
// marked on a passage plainly about the other country, and a namesake whose other country's institution has no
// entry ("National Guard", glossary/vocabulary/namesakes.yaml) only on one that points to its entry's country.
import type { Category } from './categories';
import type { Match } from './match';

export type Reason = 'unambiguous' | 'block' | 'nearby' | 'page';

/** Where a block sits on its page. Only 'body' takes page evidence and gives it. */
export type Region = 'body' | 'nav' | 'links' | 'aside' | 'comments' | 'ad' | 'footer';

export interface Decided extends Match {
  reason: Reason;
}

/** Page evidence needed to accept ambiguous forms in body blocks without evidence of their own. */
export const PAGE_EVIDENCE_THRESHOLD = 3;

const US = 1;
const MX = 2;
const INSTITUTIONS = new Set<string>(['us-institutions', 'mx-institutions']);

/** What the sense model reads of the matcher's data. */
export interface EntryFacts {
  categories: readonly Category[];
  /** Bit masks of JURISDICTION_BITS (compile.ts): US = 1, MX = 2. */
  jurisdictions: readonly number[];
}

/** What one block says, from its own matches. */
export interface BlockFacts {
  region: Region;
  /** Migration evidence hits (unambiguous terms and cues). */
  evidence: number;
  /** Of those, the unambiguous glossary terms (not cues). */
  terms: number;
  /** Hits of other senses' vocabulary. */
  otherSense: number;
  /** Distinct entries of the block's ambiguous terms. */
  ambiguousEntries: number[];
  /** Unambiguous terms of US entries minus those of Mexican entries. */
  votes: number;
  /** Entries named unambiguously in the block ("the National Guard of Mexico, the Guardia Nacional"). */
  named: number[];
}

/** What the page's body says: sums over the blocks that count for the page (pageCounts). */
export interface PageFacts {
  evidence: number;
  /** Distinct entries of ambiguous terms in those blocks. */
  ambiguousEntries: number;
  votes: number;
}

const side = (mask: number) => (mask & US ? (mask & MX ? 0 : 1) : mask & MX ? -1 : 0);

export function blockFacts(matches: readonly Match[], region: Region, data: EntryFacts): BlockFacts {
  const facts: BlockFacts = {
    region,
    evidence: 0,
    terms: 0,
    otherSense: 0,
    ambiguousEntries: [],
    votes: 0,
    named: [],
  };
  for (const match of matches) {
    if (match.evidence) facts.evidence++;
    if (match.evidence && !match.cue) facts.terms++;
    if (match.otherSense) facts.otherSense++;
    if (match.cue || match.entry < 0) continue;
    if (match.ambiguous) {
      if (!facts.ambiguousEntries.includes(match.entry)) facts.ambiguousEntries.push(match.entry);
    } else if (!match.alternatives) {
      if (!facts.named.includes(match.entry)) facts.named.push(match.entry);
    }
    if (!match.ambiguous && match.evidence && !match.alternatives) {
      // Migration terms only: a general institution (Banco de México) says where a story is, not whose
      // deportations it reports.
      facts.votes += side(data.jurisdictions[match.entry] ?? 0);
    }
  }
  return facts;
}

/** Whether a block's facts count for the page: body text only (not navigation, link lists, comments…). */
export function pageCounts(block: BlockFacts): boolean {
  return block.region === 'body';
}

/** Whether a block is about another sense: more of another sense's vocabulary than migration evidence. */
export function otherTopic(block: BlockFacts): boolean {
  return block.otherSense > 0 && block.evidence <= block.otherSense;
}

/**
 * The migration evidence a body block gives the page. A block about another sense gives only its unambiguous
 * glossary terms (a paragraph on the border wall's wildlife corridor that names the Border Patrol still says the
 * page is about the border), not its cues nor its ambiguous terms (a caravan of bands on a festival page, beside
 * El Paso and a surge in ticket sales, supports nothing).
 */
export function pageEvidence(block: BlockFacts): { evidence: number; ambiguous: boolean } {
  return otherTopic(block)
    ? { evidence: block.terms, ambiguous: false }
    : { evidence: block.evidence, ambiguous: true };
}

/** Whether the page's body is about migration: its evidence, plus co-occurring ambiguous entries (two or more). */
export function pageAccepts(page: PageFacts): boolean {
  const cooccurring = page.ambiguousEntries >= 2 ? page.ambiguousEntries : 0;
  return page.evidence + cooccurring >= PAGE_EVIDENCE_THRESHOLD;
}

/**
 * The jurisdiction a block points to: 1 = US, -1 = Mexico, 0 = neither. The block's own migration terms decide
 * when they lean one way ("the National Guard of Mexico" on a page about US policy), else the page's. `clear` when
 * the block leans, or the page by 2 or more.
 */
export function jurisdictionOf(block: BlockFacts, page: PageFacts): { side: number; clear: boolean } {
  if (block.votes !== 0) return { side: Math.sign(block.votes), clear: true };
  return { side: Math.sign(page.votes), clear: Math.abs(page.votes) >= 2 };
}

/** The sense page facts give a block, for comparing before and after a change (the page scan re-decides then). */
export function pageKey(page: PageFacts): string {
  const none: BlockFacts = {
    region: 'body',
    evidence: 0,
    terms: 0,
    otherSense: 0,
    ambiguousEntries: [],
    votes: 0,
    named: [],
  };
  const { side, clear } = jurisdictionOf(none, page);
  return `${pageAccepts(page)}${side}${clear}`;
}

/**
 * The entry a match stands for on this block, or -1 when a bare institution name belongs to the other country.
 * Among a shared form's entries, the first of the pointed jurisdiction (and not also of the other) wins.
 */
export function chooseEntry(match: Match, block: BlockFacts, page: PageFacts, data: EntryFacts): number {
  const { side: pointed, clear } = jurisdictionOf(block, page);
  if (pointed === 0) return match.namesake && !block.named.includes(match.entry) ? -1 : match.entry;
  const fits = (entry: number) => {
    const mask = data.jurisdictions[entry] ?? 0;
    return (mask & (pointed > 0 ? US : MX)) !== 0;
  };
  if (match.alternatives) {
    const all = [match.entry, ...match.alternatives];
    return all.find((e) => side(data.jurisdictions[e] ?? 0) === pointed) ?? all.find(fits) ?? match.entry;
  }
  const named = block.named.includes(match.entry);
  // A namesake ("National Guard") is its entry's only where the vote points to the entry's country.
  if (match.namesake)
    return named || side(data.jurisdictions[match.entry] ?? 0) === pointed ? match.entry : -1;
  const bareName = match.ambiguous && !match.acronym && INSTITUTIONS.has(data.categories[match.entry] ?? '');
  return bareName && clear && !named && !fits(match.entry) ? -1 : match.entry;
}

/** Decides the matches of one block, in order. Cues are dropped (they are evidence, not terms). */
export function decideBlock(
  matches: readonly Match[],
  block: BlockFacts,
  page: PageFacts,
  data: EntryFacts,
): Decided[] {
  const kept: Decided[] = [];
  const accepted = pageAccepts(page);
  for (const match of matches) {
    if (match.cue || match.entry < 0) continue;
    // Only shared forms and ambiguous names depend on the jurisdiction.
    const entry = match.alternatives || match.ambiguous ? chooseEntry(match, block, page, data) : match.entry;
    if (entry < 0) continue;
    // The entries not chosen stay on the match as its alternatives.
    const chosen =
      entry === match.entry
        ? match
        : {
            ...match,
            entry,
            alternatives: [match.entry, ...(match.alternatives ?? [])].filter((e) => e !== entry),
          };
    if (!match.ambiguous) {
      kept.push({ ...chosen, reason: 'unambiguous' });
      continue;
    }
    const reason = senseOf(match, block, accepted);
    if (reason) kept.push({ ...chosen, reason });
  }
  return kept;
}

function senseOf(match: Match, block: BlockFacts, pageAccepted: boolean): Reason | null {
  // A form that is evidence itself ("migrante": also a cue) is enough in the body ("undocumented students"); in
  // navigation, footers and other corners it is as often a name ("Red de Apoyo Migrante A.C.") and needs more.
  const evidence = block.evidence - (match.evidence && block.region !== 'body' ? 1 : 0);
  if (evidence > block.otherSense) return 'block';
  if (block.otherSense > 0) return null;
  const alike = match.alternatives ?? [];
  let others = 0;
  for (const entry of block.ambiguousEntries) if (entry !== match.entry && !alike.includes(entry)) others++;
  if (others >= 2) return 'nearby';
  return block.region === 'body' && pageAccepted ? 'page' : null;
}

/**
 * A text decided on its own (a reader's selection): its own evidence, and the page's acceptance as its
 * surroundings ("the page is about migration", from the page's marks).
 */
export function decideText(matches: readonly Match[], data: EntryFacts, pageAccepted: boolean): Decided[] {
  const page: PageFacts = {
    evidence: pageAccepted ? PAGE_EVIDENCE_THRESHOLD : 0,
    ambiguousEntries: 0,
    votes: 0,
  };
  return decideBlock(matches, blockFacts(matches, 'body', data), page, data);
}
