// The page scan: the one engine that turns a page's text blocks into decided marks and per-entry tallies, used by
// the content script (block by block, as the page is read and as it changes), `npm run scan` and the handout.
//
//   const scan = createPageScan(matcher);
//   scan.add(block, text);            // each block, in any order; `block` is the caller's handle for it
//   const { added, removed } = scan.settle();   // after a batch: marks to paint and marks to take away
//   scan.drop(block);                 // the block changed or left the page (its marks come back in `removed`)
//   tally(marksInReadingOrder);       // per-entry counts and surfaces, for the popup, handout and CLI
//
// Sense decisions (glossary/context.ts) can depend on the whole page, so settle() may also take back or add
// marks in blocks read earlier; a caller that applies `added` and `removed` always shows what marks() holds.
import { type Decided, decideBlock, PAGE_EVIDENCE_THRESHOLD, type Reason } from './context';
import { type FormLanguage, findMatches, type Match, type Matcher } from './match';
import { PERSONAL_CATEGORY } from './personal';

export interface PageMark<B> {
  /** The caller's handle of the block the mark is in. */
  block: B;
  /** Offsets in the block's text, end exclusive. */
  start: number;
  end: number;
  /** Index into the matcher's entries, and the entry's id. */
  entry: number;
  entryId: string;
  /** The text as written in the block. */
  surface: string;
  lang: FormLanguage;
  ambiguous: boolean;
  /** Why the mark is there: an unambiguous form, or the evidence that decided an ambiguous one's sense. */
  reason: Reason;
}

export interface ScanOptions {
  /** Categories the reader wants marked (absent: all). Unwanted entries still count as evidence. */
  categories?: ReadonlySet<string>;
  /** Keep only the first mark of each entry, in the order blocks were added. */
  firstOccurrenceOnly?: boolean;
}

export interface PageScan<B> {
  /** Matches one block's text; true when it holds any match. Its marks are decided at the next settle(). */
  add(block: B, text: string): boolean;
  /** Forgets a block (its text changed or it left the page); its marks come back in the next settle()'s `removed`. */
  drop(block: B): void;
  /** Decides what changed since the last call. */
  settle(): { added: PageMark<B>[]; removed: PageMark<B>[] };
  /** Every decided mark, by block in the order blocks were added (as of the last settle()). */
  marks(): PageMark<B>[];
  /** The blocks added and not dropped that hold matches (marks, ambiguous forms waiting for evidence, or cues). */
  blocks(): B[];
  /** Main-thread time spent in the matcher so far (for the benchmark's breakdown). */
  matchMs(): number;
}

interface BlockState<B> {
  block: B;
  text: string;
  matches: Match[];
  evidence: number;
  /** Decided and wanted marks, as last reported by settle(). */
  marks: PageMark<B>[];
}

export function createPageScan<B>(matcher: Matcher, options: ScanOptions = {}): PageScan<B> {
  const states = new Map<B, BlockState<B>>();
  let evidence = 0;
  let accepted = false; // whether page evidence was enough at the last settle()
  let removed: PageMark<B>[] = [];
  let fresh = new Set<BlockState<B>>(); // added since the last settle()
  let matchMs = 0;
  const firstSeen = new Set<number>();
  const { categories, firstOccurrenceOnly = false } = options;

  const wanted = (match: Match): boolean => {
    if (!categories) return true;
    const category: string = matcher.data.categories[match.entry]!;
    return category === PERSONAL_CATEGORY || categories.has(category);
  };

  const toMark = (state: BlockState<B>, match: Decided): PageMark<B> => ({
    block: state.block,
    start: match.start,
    end: match.end,
    entry: match.entry,
    entryId: matcher.data.ids[match.entry]!,
    surface: state.text.slice(match.start, match.end),
    lang: match.lang,
    ambiguous: match.ambiguous,
    reason: match.reason,
  });

  const drop = (block: B) => {
    const state = states.get(block);
    if (!state) return;
    states.delete(block);
    fresh.delete(state);
    evidence -= state.evidence;
    removed.push(...state.marks);
  };

  const decide = (state: BlockState<B>): PageMark<B>[] =>
    decideBlock(state.matches, accepted)
      .filter(wanted)
      .filter((match) => {
        if (!firstOccurrenceOnly) return true;
        if (firstSeen.has(match.entry)) return false;
        firstSeen.add(match.entry);
        return true;
      })
      .map((match) => toMark(state, match));

  return {
    add(block, text) {
      const started = performance.now();
      const matches = findMatches(matcher, text);
      matchMs += performance.now() - started;
      if (states.has(block)) drop(block);
      if (!matches.length) return false;
      let hits = 0;
      for (const match of matches) if (match.evidence) hits++;
      evidence += hits;
      const state: BlockState<B> = { block, text, matches, evidence: hits, marks: [] };
      states.set(block, state);
      fresh.add(state);
      return true;
    },
    drop,
    settle() {
      // Marks accepted on page evidence stay when evidence later leaves the page (a live page replacing blocks):
      // a block leaving takes back its own marks, not the others'.
      const nowAccepted = evidence >= PAGE_EVIDENCE_THRESHOLD;
      const reopen = nowAccepted && !accepted;
      accepted = nowAccepted;
      const added: PageMark<B>[] = [];
      if (reopen) {
        // Page evidence arrived: the ambiguous forms that waited for it in blocks decided earlier are marked now.
        for (const state of states.values()) {
          if (fresh.has(state)) continue;
          const held = new Set(state.marks.map((mark) => mark.start));
          const pageMarks = decide(state).filter((mark) => mark.reason === 'page' && !held.has(mark.start));
          if (!pageMarks.length) continue;
          state.marks = [...state.marks, ...pageMarks].sort((a, b) => a.start - b.start);
          added.push(...pageMarks);
        }
      }
      for (const state of fresh) {
        state.marks = decide(state);
        added.push(...state.marks);
      }
      fresh = new Set();
      const out = { added, removed };
      removed = [];
      return out;
    },
    marks: () => [...states.values()].flatMap((state) => state.marks),
    blocks: () => [...states.keys()],
    matchMs: () => matchMs,
  };
}

/** What a tally reads of a mark (a PageMark, or the content script's painted mark). */
export type Tallied = Pick<PageMark<unknown>, 'entryId' | 'surface' | 'lang' | 'reason'>;

/** What one entry has on a page: how often it is marked, how it is written, and why ambiguous forms were kept. */
export interface EntryTally<M extends Tallied> {
  id: string;
  count: number;
  /** Surfaces in order of first appearance, with runs of whitespace as one space. */
  surfaces: string[];
  /** 'en' or 'es' when every mark written one way is in that language (names written alike do not count). */
  lang: FormLanguage;
  reasons: Reason[];
  marks: M[];
}

/** Per-entry tallies of marks given in reading order; entries in order of first appearance. */
export function tally<M extends Tallied>(marks: Iterable<M>): EntryTally<M>[] {
  const byId = new Map<string, EntryTally<M>>();
  const langs = new Map<string, Set<FormLanguage>>();
  for (const mark of marks) {
    let term = byId.get(mark.entryId);
    let seen = langs.get(mark.entryId);
    if (!term || !seen) {
      term = { id: mark.entryId, count: 0, surfaces: [], lang: mark.lang, reasons: [], marks: [] };
      seen = new Set();
      byId.set(mark.entryId, term);
      langs.set(mark.entryId, seen);
    }
    term.count++;
    term.marks.push(mark);
    const surface = mark.surface.replace(/\s+/g, ' ');
    if (!term.surfaces.includes(surface)) term.surfaces.push(surface);
    if (!term.reasons.includes(mark.reason)) term.reasons.push(mark.reason);
    seen.add(mark.lang);
    term.lang = seen.has('en') === seen.has('es') ? 'both' : seen.has('en') ? 'en' : 'es';
  }
  return [...byId.values()];
}

/** A whole text at once (CLI, handout, tests): the decided marks of each block, in order. */
export function scanTexts(
  matcher: Matcher,
  texts: readonly string[],
  options?: ScanOptions,
): PageMark<number>[] {
  const scan = createPageScan<number>(matcher, options);
  texts.forEach((text, index) => {
    scan.add(index, text);
  });
  scan.settle();
  return scan.marks();
}
