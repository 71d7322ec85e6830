// The marks on the page: matches turned into ranges, painted, and indexed by text node for hit-testing.
// Ambiguous forms wait in `pending` until the page has shown enough migration evidence (glossary/context.ts).
import { blockEvidence, type Decided, decideBlock, pageAccepts, type Reason } from '@/glossary/context';
import type { FormLanguage, Match, Matcher } from '@/glossary/match';
import { findMatches } from '@/glossary/match';
import { PERSONAL_CATEGORY } from '@/glossary/personal';
import { locate, type TextBlock } from './dom/collect-text';
import type { Painter } from './dom/highlight';

export interface Mark {
  range: StaticRange;
  entryId: string;
  /** The text as written on the page. */
  surface: string;
  lang: FormLanguage;
  reason: Reason;
  ambiguous: boolean;
  nodes: Text[];
}

export interface Marks {
  /**
   * Matches one block and paints its marks, added to the element's others: an element can hold several blocks
   * (text on both sides of a <br> or of a nested paragraph). Before reading an element again, drop its marks.
   */
  scanBlock(block: TextBlock): void;
  /** Removes every mark of a block element (its text changed or it left the page). */
  dropBlock(element: Element): void;
  /** Accepts pending ambiguous matches once the page has enough evidence. Call after a batch of blocks. */
  settle(): void;
  marksAt(node: Text): readonly Mark[];
  all(): Mark[];
  /** The elements anything was found in (painted marks, waiting matches or evidence). */
  blocks(): Element[];
  count(): number;
  clear(): void;
  /** Main-thread time spent in the matcher itself so far (for the benchmark's breakdown). */
  matchMs(): number;
}

export interface MarkOptions {
  /** Categories the reader wants marked (glossary-scope.md slugs). */
  categories: Set<string>;
  /** Paint only the first occurrence of each entry on the page. */
  firstOccurrenceOnly: boolean;
}

export function createMarks(
  matcher: Matcher,
  painter: Painter,
  options: MarkOptions = { categories: new Set(matcher.data.categories), firstOccurrenceOnly: false },
): Marks {
  const seenEntries = new Set<number>();
  // Filters applied after senses are decided, so unmarked categories still count as migration evidence.
  const wanted = (match: Match): boolean => {
    const category: string = matcher.data.categories[match.entry]!;
    if (category !== PERSONAL_CATEGORY && !options.categories.has(category)) return false;
    if (!options.firstOccurrenceOnly) return true;
    if (seenEntries.has(match.entry)) return false;
    seenEntries.add(match.entry);
    return true;
  };
  const byBlock = new Map<Element, Mark[]>();
  const byNode = new Map<Text, Mark[]>();
  const evidenceByBlock = new Map<Element, number>();
  const pending = new Map<Element, { block: TextBlock; matches: Match[] }[]>();
  let evidence = 0;
  let total = 0;
  let matchMs = 0;

  const toMark = (block: TextBlock, match: Decided): Mark => {
    const start = locate(block, match.start, false);
    const end = locate(block, match.end, true);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    return {
      range,
      entryId: matcher.data.ids[match.entry]!,
      surface: block.text.slice(match.start, match.end),
      lang: match.lang,
      reason: match.reason,
      ambiguous: match.ambiguous,
      nodes: block.nodes.slice(start.index, end.index + 1),
    };
  };

  const paint = (element: Element, marks: Mark[]) => {
    if (!marks.length) return;
    const list = byBlock.get(element) ?? [];
    for (const mark of marks) {
      painter.add(mark.range);
      for (const node of mark.nodes) {
        const atNode = byNode.get(node);
        if (atNode) atNode.push(mark);
        else byNode.set(node, [mark]);
      }
      list.push(mark);
    }
    total += marks.length;
    byBlock.set(element, list);
  };

  const api: Marks = {
    scanBlock(block) {
      const { element } = block;
      const matchStart = performance.now();
      const matches = findMatches(matcher, block.text);
      matchMs += performance.now() - matchStart;
      if (!matches.length) return;
      const hits = blockEvidence(matches);
      if (hits) {
        evidenceByBlock.set(element, (evidenceByBlock.get(element) ?? 0) + hits);
        evidence += hits;
      }
      const { kept, pending: waiting } = decideBlock(matches);
      paint(
        element,
        kept.filter(wanted).map((m) => toMark(block, m)),
      );
      if (waiting.length) {
        const waitingHere = pending.get(element);
        if (waitingHere) waitingHere.push({ block, matches: waiting });
        else pending.set(element, [{ block, matches: waiting }]);
      }
    },
    dropBlock(element) {
      const marks = byBlock.get(element);
      if (marks) {
        for (const mark of marks) {
          painter.delete(mark.range);
          for (const node of mark.nodes) {
            const left = byNode.get(node)?.filter((m) => m !== mark);
            if (left?.length) byNode.set(node, left);
            else byNode.delete(node);
          }
        }
        total -= marks.length;
        byBlock.delete(element);
      }
      evidence -= evidenceByBlock.get(element) ?? 0;
      evidenceByBlock.delete(element);
      pending.delete(element);
    },
    settle() {
      if (!pageAccepts({ hits: evidence })) return;
      for (const [element, waiting] of pending) {
        for (const { block, matches } of waiting) {
          paint(
            element,
            matches.filter(wanted).map((m) => toMark(block, { ...m, reason: 'page' })),
          );
        }
      }
      pending.clear();
    },
    marksAt: (node) => byNode.get(node) ?? [],
    all: () => [...byBlock.values()].flat(),
    // Elements holding marks, matches waiting for evidence, or evidence: all of it is dropped when they change.
    blocks: () => [...new Set([...byBlock.keys(), ...pending.keys(), ...evidenceByBlock.keys()])],
    count: () => total,
    matchMs: () => matchMs,
    clear() {
      for (const element of api.blocks()) api.dropBlock(element);
    },
  };
  return api;
}
