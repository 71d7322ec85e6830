// The marks on the page: the page scan's decided marks (glossary/page-scan.ts) turned into ranges, painted, and
// indexed by text node for hit-testing.
import type { Reason } from '@/glossary/context';
import type { FormLanguage, Matcher } from '@/glossary/match';
import { createPageScan, type PageMark, type ScanOptions } from '@/glossary/page-scan';
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
   * Matches one block, added to the element's others: an element can hold several blocks (text on both sides of
   * a <br> or of a nested paragraph). Before reading an element again, drop its blocks. Marks are painted at the
   * next settle().
   */
  scanBlock(block: TextBlock): void;
  /** Forgets a block element (its text changed or it left the page): its marks go at the next settle(). */
  dropBlock(element: Element): void;
  /**
   * Paints the marks decided since the last call and removes those taken back. Call after a batch of blocks;
   * `pageWide` false (inside a batch) decides only new blocks (see PageScan.settle).
   */
  settle(pageWide?: boolean): void;
  marksAt(node: Text): readonly Mark[];
  all(): Mark[];
  /** The elements anything was found in (painted marks, waiting matches or evidence). */
  blocks(): Element[];
  count(): number;
  /** Moves on each time what the popup lists changes (an entry's count, or a way it is written): a rescan that
   * puts back the same terms (a paragraph edited elsewhere) leaves it where it was. */
  listed(): number;
  /** Whether the page's body is about migration (the page scan's verdict, for a lookup's senses). */
  pageAccepted(): boolean;
  clear(): void;
  /** Main-thread time spent in the matcher itself so far (for the benchmark's breakdown). */
  matchMs(): number;
}

export type MarkOptions = ScanOptions;

export function createMarks(matcher: Matcher, painter: Painter, options: MarkOptions = {}): Marks {
  const scan = createPageScan<TextBlock>(matcher, options);
  const byElement = new Map<Element, TextBlock[]>();
  const painted = new Map<PageMark<TextBlock>, Mark>();
  const byNode = new Map<Text, Mark[]>();
  // How many marks each entry has in each way it is written, and the version of that list.
  const listedCounts = new Map<string, number>();
  let listedVersion = 0;
  let touched = new Map<string, number>();
  const list = (mark: Mark, delta: 1 | -1) => {
    const key = `${mark.entryId}\u0000${mark.surface}`;
    const before = listedCounts.get(key) ?? 0;
    if (!touched.has(key)) touched.set(key, before);
    if (before + delta) listedCounts.set(key, before + delta);
    else listedCounts.delete(key);
  };

  const toMark = (found: PageMark<TextBlock>): Mark => {
    const { block } = found;
    const start = locate(block, found.start, false);
    const end = locate(block, found.end, true);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    return {
      range,
      entryId: found.entryId,
      surface: found.surface,
      lang: found.lang,
      reason: found.reason,
      ambiguous: found.ambiguous,
      nodes: block.nodes.slice(start.index, end.index + 1),
    };
  };

  const paint = (found: PageMark<TextBlock>) => {
    const mark = toMark(found);
    painted.set(found, mark);
    list(mark, 1);
    painter.add(mark.range);
    for (const node of mark.nodes) {
      const atNode = byNode.get(node);
      if (atNode) atNode.push(mark);
      else byNode.set(node, [mark]);
    }
  };

  const unpaint = (found: PageMark<TextBlock>) => {
    const mark = painted.get(found);
    if (!mark) return;
    painted.delete(found);
    list(mark, -1);
    painter.delete(mark.range);
    for (const node of mark.nodes) {
      const left = byNode.get(node)?.filter((m) => m !== mark);
      if (left?.length) byNode.set(node, left);
      else byNode.delete(node);
    }
  };

  const settle = (pageWide = true) => {
    const { added, removed } = scan.settle(pageWide);
    for (const found of removed) unpaint(found);
    for (const found of added) paint(found);
    for (const [key, before] of touched) {
      if ((listedCounts.get(key) ?? 0) === before) continue;
      listedVersion++;
      break;
    }
    touched = new Map();
  };

  return {
    scanBlock(block) {
      if (!scan.add(block, block.text, block.region)) return;
      const list = byElement.get(block.element);
      if (list) list.push(block);
      else byElement.set(block.element, [block]);
    },
    dropBlock(element) {
      const blocks = byElement.get(element);
      if (!blocks) return;
      for (const block of blocks) scan.drop(block);
      byElement.delete(element);
    },
    settle,
    marksAt: (node) => byNode.get(node) ?? [],
    all: () => [...painted.values()],
    blocks: () => [...byElement.keys()],
    count: () => painted.size,
    listed: () => listedVersion,
    pageAccepted: () => scan.pageAccepted(),
    matchMs: () => scan.matchMs(),
    clear() {
      for (const blocks of byElement.values()) for (const block of blocks) scan.drop(block);
      byElement.clear();
      settle();
    },
  };
}
