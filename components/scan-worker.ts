// The page scan behind the engine's operations (components/scan-engine.ts): the same code whether it runs in the
// page (localEngine: long web pages) or in the background (components/scan-service.ts: short web pages and the PDF
// reader).
import { lookupHits } from '@/glossary/lookup';
import type { Matcher } from '@/glossary/match';
import { createPageScan } from '@/glossary/page-scan';
import type { ScanChannel, ScanEngine, ScanOp, ScanRunOptions, ScanUpdate, WireMark } from './scan-engine';

export interface ScanWorker {
  /** Applies operations in order; the update of the settles among them (merged), or null when there was none. */
  apply(ops: readonly ScanOp[]): ScanUpdate | null;
}

export function createScanWorker(matcher: Matcher, options: ScanRunOptions): ScanWorker {
  const scan = createPageScan<number>(matcher, {
    categories: options.categories ? new Set(options.categories) : undefined,
    firstOccurrenceOnly: options.firstOccurrenceOnly ?? false,
  });
  let empty: number[] = [];
  /**
   * The page's verdict as of the last page-wide settle: asked after every block of a batch, the page scan made the
   * page's facts again after nearly every block (see PageScan.settle).
   */
  let accepted = false;
  return {
    apply(ops) {
      let update: ScanUpdate | null = null;
      for (const op of ops) {
        if (op[0] === 0) {
          if (!scan.add(op[1], op[2], op[3], op[4])) empty.push(op[1]);
          continue;
        }
        if (op[0] === 1) {
          scan.drop(op[1]);
          continue;
        }
        const { added, removed } = scan.settle(op[1]);
        update ??= { added: [], removed: [], empty: [], accepted: false, matchMs: 0 };
        for (let i = 0; i < removed.length; i++) update.removed.push(removed[i]!.id);
        // By index: for…of makes an object per step in code V8 has not optimized yet.
        for (let i = 0; i < added.length; i++) {
          const mark = added[i]!;
          const { id, block, start, end, entryId, lang, reason } = mark;
          const wire: WireMark = [id, block, start, end, entryId, lang, reason, mark.ambiguous ? 1 : 0];
          if (mark.alternatives) wire.push(mark.alternatives);
          update.added.push(wire);
        }
        update.empty.push(...empty);
        empty = [];
        if (op[1]) accepted = scan.pageAccepted();
        update.accepted = accepted;
        update.matchMs = scan.matchMs();
      }
      return update;
    },
  };
}

/** The engine in the page itself, over a matcher the page holds (long web pages, tests). */
export function localEngine(matcher: Matcher): ScanEngine {
  return {
    answersLater: false,
    open(options, onUpdate): ScanChannel {
      const worker = createScanWorker(matcher, options);
      return {
        add: (block, text, region, story) => void worker.apply([[0, block, text, region, story]]),
        drop: (block) => void worker.apply([[1, block]]),
        settle(pageWide) {
          const update = worker.apply([[2, pageWide]]);
          if (update) onUpdate(update);
        },
        idle: () => Promise.resolve(),
        close() {},
      };
    },
    lookUp: (text, pageAccepts) => Promise.resolve(lookupHits(matcher, text, pageAccepts)),
  };
}
