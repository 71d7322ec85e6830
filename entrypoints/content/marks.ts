// The marks on the page: the decided marks a scan engine hands back (components/scan-engine.ts: the page scan of
// glossary/page-scan.ts, run in the background for short web pages and the PDF reader, in the page for long web
// pages), handed to the painter by block. A mark's range is made only when something reads it (the painter, when
// its block comes near the viewport; the card, J/K, "scroll to term"): on a dense page most marks are never
// painted, and a range and its bookkeeping for each of ~9,300 marks cost tens of milliseconds.
import type { ScanEngine, ScanUpdate, WireMark } from '@/components/scan-engine';
import type { Reason } from '@/glossary/context';
import type { FormLanguage } from '@/glossary/match';
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
  /** The other entries the same words name, not chosen here (another country's): the card offers them. */
  alternatives: readonly string[];
}

const NONE: readonly string[] = [];

/** A decided mark of a block; its range is made at the first read. */
class BlockMark implements Mark {
  readonly start: number;
  readonly end: number;
  readonly entryId: string;
  readonly lang: FormLanguage;
  readonly reason: Reason;
  readonly ambiguous: boolean;
  readonly alternatives: readonly string[];
  private made: StaticRange | null = null;

  constructor(
    readonly block: TextBlock,
    readonly blockId: number,
    /** The engine's id (a new one after the engine restarted: see ScanUpdate.reset). */
    public id: number,
    wire: WireMark,
  ) {
    this.start = wire[2];
    this.end = wire[3];
    this.entryId = wire[4];
    this.lang = wire[5];
    this.reason = wire[6];
    this.ambiguous = wire[7] === 1;
    this.alternatives = wire[8] ?? NONE;
  }

  get surface(): string {
    return this.block.text.slice(this.start, this.end);
  }

  /** The same mark whatever the engine calls it. */
  get key(): string {
    return `${this.blockId}:${this.start}:${this.end}:${this.entryId}:${this.reason}`;
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
   * a <br> or of a nested paragraph). Before reading an element again, drop its blocks. Marks are painted when
   * the engine answers the next settle() (at once in the page, a task later from the background).
   */
  scanBlock(block: TextBlock): void;
  /** Forgets a block element (its text changed or it left the page); its marks go with the engine's next update. */
  dropBlock(element: Element): void;
  /**
   * Asks for the marks decided since the last call (painted, and those taken back removed, as the answer comes).
   * Call after a batch of blocks; `pageWide` false (inside a batch) decides only new blocks (see PageScan.settle).
   */
  settle(pageWide?: boolean): void;
  /** Resolves once the engine has answered every settle so far (and its marks are with the painter). */
  idle(): Promise<void>;
  /** Whether the engine answers a task later (the background): a live change is then sent at once. */
  readonly answersLater: boolean;
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

export interface MarkOptions {
  /** Categories the reader wants marked (absent: all). */
  categories?: ReadonlySet<string>;
  /** Keep only one mark of each entry. */
  firstOccurrenceOnly?: boolean;
  /** After the engine started afresh and gave the whole page's marks again (ScanUpdate.reset). */
  onReset?: () => void;
  /** Once, when the first mark is painted (in the task that paints it). */
  onFirstMark?: () => void;
}

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

export function createMarks(engine: ScanEngine, painter: Painter, options: MarkOptions = {}): Marks {
  /** Blocks handed to the engine and not dropped, by the id the engine knows them by. */
  const blocks = new Map<number, TextBlock>();
  const idOf = new Map<TextBlock, number>();
  let nextBlock = 1;
  /** Blocks by element, for those that may hold marks (all until the engine says a block holds no match). */
  const byElement = new Map<Element, TextBlock[]>();
  /** Painted marks by engine id, and by block id. */
  const painted = new Map<number, BlockMark>();
  const ofBlock = new Map<number, BlockMark[]>();
  /**
   * A dropped block's marks, painted until the engine's next update takes them off with the block's new marks in
   * the same task: the painter then keeps the block (its place in the window known) and the highlight changes
   * once, where taking them off at once and painting the new ones when the answer comes cost a live edit on a
   * dense page two more rendering updates (and the observer's report between them).
   */
  let leaving: BlockMark[] = [];
  /** Marks taken off since the last update, for the popup's list. */
  let gone: BlockMark[] = [];
  let listedVersion = 0;
  let accepted = false;
  let matchMs = 0;

  const unpaint = (mark: BlockMark) => {
    painted.delete(mark.id);
    painter.delete(mark.block.element, mark);
    gone.push(mark);
  };
  let onFirstMark = options.onFirstMark;
  const paint = (mark: BlockMark) => {
    if (onFirstMark) {
      onFirstMark();
      onFirstMark = undefined;
    }
    painted.set(mark.id, mark);
    const list = ofBlock.get(mark.blockId);
    if (list) list.push(mark);
    else ofBlock.set(mark.blockId, [mark]);
    painter.add(mark.block.element, mark);
  };
  const forget = (block: TextBlock) => {
    const list = byElement.get(block.element);
    const at = list ? list.indexOf(block) : -1;
    if (list && at >= 0) {
      list.splice(at, 1);
      if (!list.length) byElement.delete(block.element);
    }
  };

  const takeOffLeaving = () => {
    for (const mark of leaving) unpaint(mark);
    leaving = [];
  };

  const apply = (update: ScanUpdate) => {
    takeOffLeaving();
    const made: BlockMark[] = [];
    if (update.reset) {
      // The same page's marks under new ids: keep those already painted, paint the new, remove the rest.
      const before = new Map<string, BlockMark>();
      for (const mark of painted.values()) before.set(mark.key, mark);
      painted.clear();
      ofBlock.clear();
      for (const wire of update.added) {
        const block = blocks.get(wire[1]);
        if (!block) continue;
        const fresh = new BlockMark(block, wire[1], wire[0], wire);
        const kept = before.get(fresh.key);
        if (kept) {
          before.delete(fresh.key);
          kept.id = wire[0];
          painted.set(kept.id, kept);
          const list = ofBlock.get(kept.blockId);
          if (list) list.push(kept);
          else ofBlock.set(kept.blockId, [kept]);
        } else {
          paint(fresh);
          made.push(fresh);
        }
      }
      for (const mark of before.values()) unpaint(mark);
    } else {
      for (const id of update.removed) {
        const mark = painted.get(id);
        if (!mark) continue;
        unpaint(mark);
        const list = ofBlock.get(mark.blockId);
        if (list) list.splice(list.indexOf(mark), 1);
      }
      // By index, and a block looked up once for its run of marks: most of a dense page's marks come here once.
      let block: TextBlock | undefined;
      for (let i = 0; i < update.added.length; i++) {
        const wire = update.added[i]!;
        if (i === 0 || wire[1] !== update.added[i - 1]![1]) block = blocks.get(wire[1]);
        // A block read again or gone meanwhile: its answer is stale (its marks were taken off when it was dropped).
        if (!block) continue;
        const mark = new BlockMark(block, wire[1], wire[0], wire);
        paint(mark);
        made.push(mark);
      }
    }
    for (const id of update.empty) {
      const block = blocks.get(id);
      if (!block) continue;
      blocks.delete(id);
      idOf.delete(block);
      forget(block);
    }
    accepted = update.accepted;
    matchMs = update.matchMs;
    if (changesList(gone, made)) listedVersion++;
    gone = [];
    if (update.reset) options.onReset?.();
  };

  const channel = engine.open(
    {
      categories: options.categories ? [...options.categories] : undefined,
      firstOccurrenceOnly: options.firstOccurrenceOnly ?? false,
    },
    apply,
  );

  const drop = (block: TextBlock) => {
    const id = idOf.get(block);
    if (id === undefined) return;
    idOf.delete(block);
    blocks.delete(id);
    channel.drop(id);
    for (const mark of ofBlock.get(id) ?? []) {
      painted.delete(mark.id);
      leaving.push(mark);
    }
    ofBlock.delete(id);
  };

  return {
    scanBlock(block) {
      drop(block);
      const id = nextBlock++;
      blocks.set(id, block);
      idOf.set(block, id);
      const list = byElement.get(block.element);
      if (list) list.push(block);
      else byElement.set(block.element, [block]);
      channel.add(id, block.text, block.region, block.story);
    },
    dropBlock(element) {
      const list = byElement.get(element);
      if (!list) return;
      byElement.delete(element);
      for (const block of list) drop(block);
    },
    settle: (pageWide = true) => channel.settle(pageWide),
    answersLater: engine.answersLater,
    idle: () => channel.idle(),
    marksAt(node) {
      const element = blockOf(node);
      const out: Mark[] = [];
      for (const block of (element && byElement.get(element)) || []) {
        const index = block.nodes.indexOf(node);
        const id = idOf.get(block);
        if (index < 0 || id === undefined) continue;
        for (const mark of ofBlock.get(id) ?? []) if (mark.touches(index)) out.push(mark);
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
    pageAccepted: () => accepted,
    matchMs: () => matchMs,
    clear() {
      for (const element of [...byElement.keys()]) this.dropBlock(element);
      takeOffLeaving();
      if (changesList(gone, [])) listedVersion++;
      gone = [];
      channel.close();
    },
  };
}
