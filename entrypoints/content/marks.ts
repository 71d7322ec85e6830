// The marks on the page: the page scan's decided marks (glossary/page-scan.ts), handed to the painter by block.
// A mark's range is made only when something reads it (the painter, when its block comes near the viewport; the
// card, J/K, "scroll to term"): on a dense page most marks are never painted, and a range and its bookkeeping for
// each of ~9,300 marks cost tens of milliseconds.
import type { Reason } from '@/glossary/context';
import type { FormLanguage, Matcher } from '@/glossary/match';
import { createPageScan, type PageMark, type ScanOptions } from '@/glossary/page-scan';
import { locate, type TextBlock } from './dom/collect-text';
import type { Painter } from './dom/highlight';
import { blockOf } from './dom/tags';

export interface Mark {
  readonly range: StaticRange;
  entryId: string;
  /** The text as written on the page. */
  surface: string;
  lang: FormLanguage;
  reason: Reason;
  ambiguous: boolean;
}

/** A decided mark of a block; its range is made at the first read. */
class BlockMark implements Mark {
  readonly entryId: string;
  readonly surface: string;
  readonly lang: FormLanguage;
  readonly reason: Reason;
  readonly ambiguous: boolean;
  private made: StaticRange | null = null;

  constructor(
    readonly block: TextBlock,
    readonly start: number,
    readonly end: number,
    found: PageMark<TextBlock>,
  ) {
    this.entryId = found.entryId;
    this.surface = found.surface;
    this.lang = found.lang;
    this.reason = found.reason;
    this.ambiguous = found.ambiguous;
  }

  get range(): StaticRange {
    if (!this.made) {
      const start = locate(this.block, this.start, false);
      const end = locate(this.block, this.end, true);
      this.made = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
    }
    return this.made;
  }

  /** Whether the mark covers any of the block's `index`th text node. */
  touches(index: number): boolean {
    return (
      locate(this.block, this.start, false).index <= index &&
      locate(this.block, this.end, true).index >= index
    );
  }
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
  /** The marks over a text node (hit-testing). */
  marksAt(node: Text): readonly Mark[];
  all(): Mark[];
  /** The elements anything was found in (painted marks, waiting matches or evidence). */
  blocks(): Element[];
  count(): number;
  /** How many marks are in one document (a page and the same-origin frames its session reads). */
  countIn(doc: Document): number;
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

/** Whether marks taken away and marks added change what the popup lists: an entry's count in some way it is written. */
function changesList(removed: readonly Mark[], added: readonly Mark[]): boolean {
  if (!removed.length || !added.length) return removed.length + added.length > 0;
  const net = new Map<string, number>();
  const count = (mark: Mark, delta: number) => {
    const key = `${mark.entryId}\u0000${mark.surface}`;
    net.set(key, (net.get(key) ?? 0) + delta);
  };
  for (const mark of removed) count(mark, -1);
  for (const mark of added) count(mark, 1);
  for (const delta of net.values()) if (delta) return true;
  return false;
}

export function createMarks(matcher: Matcher, painter: Painter, options: MarkOptions = {}): Marks {
  const scan = createPageScan<TextBlock>(matcher, options);
  const byElement = new Map<Element, TextBlock[]>();
  const painted = new Map<PageMark<TextBlock>, BlockMark>();
  let listedVersion = 0;

  const settle = (pageWide = true) => {
    const { added, removed } = scan.settle(pageWide);
    const gone: BlockMark[] = [];
    for (const found of removed) {
      const mark = painted.get(found);
      if (!mark) continue;
      painted.delete(found);
      painter.delete(mark.block.element, mark);
      gone.push(mark);
    }
    const made: BlockMark[] = [];
    for (const found of added) {
      const mark = new BlockMark(found.block, found.start, found.end, found);
      painted.set(found, mark);
      painter.add(found.block.element, mark);
      made.push(mark);
    }
    if (changesList(gone, made)) listedVersion++;
  };

  return {
    scanBlock(block) {
      if (!scan.add(block, block.text, block.region, block.story)) return;
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
    marksAt(node) {
      const element = blockOf(node);
      const out: Mark[] = [];
      for (const block of (element && byElement.get(element)) || []) {
        const index = block.nodes.indexOf(node);
        if (index < 0) continue;
        for (const found of scan.marksIn(block)) {
          const mark = painted.get(found);
          if (mark?.touches(index)) out.push(mark);
        }
      }
      return out;
    },
    all: () => [...painted.values()],
    blocks: () => [...byElement.keys()],
    count: () => painted.size,
    countIn(doc) {
      let n = 0;
      for (const mark of painted.values()) if (mark.block.element.ownerDocument === doc) n++;
      return n;
    },
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
