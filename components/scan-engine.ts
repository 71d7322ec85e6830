// Where a page's text is matched and its senses decided. The session (entrypoints/content/session.ts) hands its
// blocks to an engine as operations (add a block's text, drop a block, settle) and paints the updates that come
// back (decided marks added and taken away). The page scan itself (glossary/page-scan.ts) runs behind it: in the
// extension's background (components/scan-remote.ts) for web pages with little text and for the PDF reader, whose
// reading arrives in batches of text layers: the page then loads no matching code and no matcher; in the page
// (localEngine, components/scan-worker.ts) for long web pages, so a live edit is marked before the frame that shows
// it renders (from the background, the answer is painted a rendering update later, which a long page pays more
// for). entrypoints/content/engine-choice.ts chooses, with the measurements.
import type { Reason, Region } from '@/glossary/context';
import type { LookupHit } from '@/glossary/lookup';
import type { FormLanguage } from '@/glossary/match';

/**
 * What the session asks: add a block's text (by the session's block id; with where it sits and the story it is
 * in, 0 for none: see PageScan.add), drop a block, settle (pageWide).
 */
export type ScanOp =
  | [op: 0, block: number, text: string, region: Region, story: number]
  | [op: 1, block: number]
  | [op: 2, pageWide: boolean];

/** A decided mark as an engine hands it over (numbers and strings only, so it crosses to the page as it is). */
export type WireMark = [
  id: number,
  block: number,
  start: number,
  end: number,
  entryId: string,
  lang: FormLanguage,
  reason: Reason,
  ambiguous: 0 | 1,
  /** The other entries the same words name, not chosen here (PageMark.alternatives); absent when none. */
  alternatives?: string[],
];

/** What a settle decided since the one before. */
export interface ScanUpdate {
  added: WireMark[];
  /** Ids of marks taken back (a dropped block's, or an earlier block whose sense the page's evidence changed). */
  removed: number[];
  /** Blocks added since the last update that hold no match at all (nothing of them is kept). */
  empty: number[];
  /** Whether the page's body is about migration (PageScan.pageAccepted), as of the last page-wide settle. */
  accepted: boolean;
  /** Time the matcher has spent so far, where the engine runs (for the benchmark's breakdown). */
  matchMs: number;
  /**
   * The engine started afresh (the background was stopped and its state lost) and was given every block again:
   * `added` is the whole page, under new ids, and replaces every mark known before.
   */
  reset?: boolean;
}

/** One run's settings that change what is marked. */
export interface ScanRunOptions {
  categories?: string[];
  firstOccurrenceOnly?: boolean;
}

/** One run's page scan. Operations apply in order; updates come to the run's `onUpdate` in the same order. */
export interface ScanChannel {
  add(block: number, text: string, region: Region, story: number): void;
  drop(block: number): void;
  /** Decides what the operations so far change (see PageScan.settle). */
  settle(pageWide: boolean): void;
  /** Resolves once every operation so far has been answered. */
  idle(): Promise<void>;
  close(): void;
}

export interface ScanEngine {
  /** Whether updates come a task later (from the background) rather than within settle(). */
  readonly answersLater: boolean;
  /** Opens a run's page scan; its updates come to `onUpdate` (at once in the page, later from the background). */
  open(options: ScanRunOptions, onUpdate: (update: ScanUpdate) => void): ScanChannel;
  /** The entries a selected text names ("Look up"); null when there is nothing to look up with. */
  lookUp(text: string, pageAccepts: boolean): Promise<LookupHit[] | null>;
}
