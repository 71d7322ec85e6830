// Glosa's work on a page in slices (the first scan, and the rescan of a large change): no main-thread task runs
// longer than a few milliseconds. The first scan marks the blocks in the viewport first, so the reader sees marks
// where they are looking.
import type { TextBlock } from './dom/collect-text';
import type { Marks } from './marks';

export const SLICE_BUDGET_MS = 8;

let yieldChannel: MessageChannel | undefined;
/** The yields waiting for their message, in the order they were sent (a port delivers in order). */
const yielding: (() => void)[] = [];

/**
 * Lets the page run before the next slice: a message to ourselves, queued behind the page's own pending tasks
 * (timers, input, rendering) and not clamped like a nested setTimeout. (scheduler.yield() would come back first,
 * ahead of the page's timers, which then wait for the whole scan.) One channel serves every yield: making a
 * channel, starting its port and closing it cost the page's thread more than the message itself.
 */
export function yieldToMain(): Promise<void> {
  if (!yieldChannel) {
    yieldChannel = new MessageChannel();
    yieldChannel.port1.onmessage = () => yielding.shift()?.();
  }
  const channel = yieldChannel;
  return new Promise((resolve) => {
    yielding.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Resolves after the next rendering update, when layout is fresh and reading positions forces no work. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Reorders blocks (in document order) to start at the first one in the viewport; a binary search on position. */
export function visibleFirst(blocks: TextBlock[], viewportTop = 0): TextBlock[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.element.getBoundingClientRect().bottom < viewportTop) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? blocks : [...blocks.slice(lo), ...blocks.slice(0, lo)];
}

export interface ScanCost {
  /** Main-thread time spent, summed over slices. */
  busyMs: number;
  /** The longest single slice. */
  maxSliceMs: number;
  slices: number;
}

/**
 * Runs `step` until it reports it is done, one slice at a time: each call gets a deadline SLICE_BUDGET_MS away,
 * and the page runs between calls.
 */
export async function inSlices(step: (deadline: number) => boolean, signal: AbortSignal): Promise<ScanCost> {
  const cost: ScanCost = { busyMs: 0, maxSliceMs: 0, slices: 0 };
  for (;;) {
    if (signal.aborted) return cost;
    const sliceStart = performance.now();
    const done = step(sliceStart + SLICE_BUDGET_MS);
    const sliceMs = performance.now() - sliceStart;
    cost.busyMs += sliceMs;
    cost.maxSliceMs = Math.max(cost.maxSliceMs, sliceMs);
    cost.slices++;
    if (done) return cost;
    await yieldToMain();
  }
}

/**
 * Matches and paints `blocks` from `from` on until `deadline` has passed (or to the end); returns the index reached.
 * Each block's marks are decided and painted before the clock is read again: painting a block's marks costs more
 * than matching it, so a slice that only matched to its deadline and then painted everything it had matched ran
 * several times past it. Earlier blocks whose sense the page's new evidence changes wait for the batch's last
 * settle() (see PageScan.settle). `before` runs just ahead of each block's scan (a rescan drops the block's old
 * marks there).
 */
export function scanUntil(
  blocks: TextBlock[],
  from: number,
  marks: Marks,
  deadline: number,
  before?: (block: TextBlock) => void,
): number {
  let index = from;
  while (index < blocks.length) {
    const block = blocks[index++]!;
    if (block.element.isConnected) {
      before?.(block);
      marks.scanBlock(block);
      marks.settle(false);
    }
    if (performance.now() >= deadline) break;
  }
  return index;
}

/** Matches and paints blocks in slices (scanUntil, one call a slice). */
export function scanInSlices(blocks: TextBlock[], marks: Marks, signal: AbortSignal): Promise<ScanCost> {
  let index = 0;
  return inSlices((deadline) => {
    index = scanUntil(blocks, index, marks, deadline);
    const done = index >= blocks.length;
    if (done) marks.settle();
    return done;
  }, signal);
}
