// Live pages: a MutationObserver collects the blocks whose text changed, and only those blocks are dropped and
// scanned again. A change after a quiet spell is rescanned at the next animation frame, before that frame renders,
// so the page's own rendering of the change paints the new marks too (no second frame); changes that follow it
// closely wait for a short quiet period (or at most a second, on pages that never stop changing). A large batch
// (a page adding hundreds of blocks at once) is rescanned in slices, like the first scan; what changes meanwhile
// is rescanned after it.

import type { Marks } from '../marks';
import { inSlices, type ScanCost, scanUntil } from '../scan';
import { measure } from '../timing';
import { type BlockReader, createBlockReader, type TextBlock } from './collect-text';
import { blockOf, isBlockBoundary, isInsideSkipped, isSkippedElement } from './tags';

export const DEBOUNCE_MS = 200;
export const MAX_WAIT_MS = 1000;
/** Past this many changed roots in one batch, one rescan of the whole body is cheaper than many small ones. */
const FULL_RESCAN_ROOTS = 200;

export function observeChanges(
  root: Element | ShadowRoot,
  marks: Marks,
  isOurs: (node: Node) => boolean,
  signal: AbortSignal,
  /** After each rescan, with what it cost (its slices). */
  onRescan: (cost: ScanCost) => void,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  /** While true (the page's first scan is running), changes are only recorded; they are rescanned after. */
  held: () => boolean = () => false,
): void {
  const dirty = new Set<Element>();
  let timer = 0;
  let frame = 0;
  let firstDirtyAt = 0;
  /** When the page last changed (or a rescan ran): a change long after it is rescanned at the next frame. */
  let lastChangeAt = Number.NEGATIVE_INFINITY;
  const cancel = () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    timer = 0;
    frame = 0;
  };
  let rescanMs = 0;
  let rescans = 0;
  /** A rescan in slices is running: changes meanwhile wait (in `dirty`) for the next one, once it is over. */
  let running = false;
  let again = false;

  const flush = () => {
    if (held()) {
      cancel();
      timer = window.setTimeout(flush, DEBOUNCE_MS);
      return;
    }
    cancel();
    if (running) {
      again = true;
      return;
    }
    firstDirtyAt = 0;
    const started = performance.now();
    const roots = [...dirty].filter((el) => el.isConnected);
    dirty.clear();
    // Ancestor walks against a set: linear in the page's marked blocks, where comparing every block with every
    // changed root would not be on a large page with many changes.
    const changed = new Set(roots);
    const underChanged = (element: Element | null) => {
      for (let e = element; e; e = e.parentElement) if (changed.has(e)) return true;
      return false;
    };
    const full = roots.length > FULL_RESCAN_ROOTS;
    const outermost = (full ? [root] : roots.filter((r) => !underChanged(r.parentElement))).filter(
      (node) => !(node instanceof Element && (isSkippedElement(node) || isInsideSkipped(node))),
    );
    // Each block read again drops its old marks just before it is scanned, so the two are settled and painted
    // together; the marked blocks not read again that changed or left the page (all of them on a full rescan)
    // go at the end.
    const seen = new Set<Element>();
    const renew = (block: TextBlock) => {
      if (seen.has(block.element)) return;
      seen.add(block.element);
      marks.dropBlock(block.element);
    };
    let next = 0;
    let reader: BlockReader | null = null;
    let scanned = 0;
    // A large batch (pages adding many blocks at once) runs in slices like the first scan; a small one is done in
    // the first slice, here and now (at the animation frame, before it renders).
    running = true;
    void inSlices((deadline) => {
      for (;;) {
        if (!reader) {
          const node = outermost[next++];
          if (!node) break;
          reader = createBlockReader(node, onShadowRoot);
          scanned = 0;
        }
        const read = reader.read(deadline);
        scanned = scanUntil(reader.blocks, scanned, marks, deadline, renew);
        if (read && scanned >= reader.blocks.length) reader = null;
        if (performance.now() >= deadline) return false;
      }
      for (const element of marks.blocks()) {
        if (seen.has(element)) continue;
        if (full || !element.isConnected || underChanged(element)) marks.dropBlock(element);
      }
      marks.settle();
      return true;
    }, signal).then((cost) => {
      running = false;
      if (signal.aborted) return;
      onRescan(cost);
      // The running cost of rescans (read by `npm run bench` on a page that never stops changing).
      lastChangeAt = performance.now();
      rescanMs += cost.busyMs;
      rescans++;
      measure('glossary-rescan', started, {
        totalMs: rescanMs,
        count: rescans,
        slices: cost.slices,
        maxSliceMs: cost.maxSliceMs,
      });
      // What changed while the slices ran (or left the page) gets its own rescan.
      if (again) {
        again = false;
        flush();
      }
    });
  };

  let removedBlocks = false;
  const isInline = (node: Node) => node.nodeType !== Node.ELEMENT_NODE || !isBlockBoundary(node as Element);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        const changed = blockOf(record.target);
        if (changed) dirty.add(changed);
        continue;
      }
      // An added block is scanned on its own; added or removed inline content changes the block around it.
      for (const node of record.addedNodes) {
        if (isOurs(node)) continue;
        const changed = isInline(node) ? blockOf(record.target) : (node as Element);
        if (changed) dirty.add(changed);
      }
      for (const node of record.removedNodes) {
        if (isOurs(node)) continue;
        if (isInline(node)) {
          const changed = blockOf(record.target);
          if (changed) dirty.add(changed);
        } else removedBlocks = true;
      }
    }
    if (!dirty.size && !removedBlocks) return;
    removedBlocks = false;
    const now = performance.now();
    const quiet = !firstDirtyAt && now - lastChangeAt >= DEBOUNCE_MS;
    lastChangeAt = now;
    if (!firstDirtyAt) firstDirtyAt = now;
    cancel();
    if (quiet && marks.answersLater) {
      // Marks decided in the background come a task later: asked now, the answer is usually painted before the
      // frame that shows the change renders (asked at that frame, it came one rendering update later).
      flush();
    } else if (quiet) {
      // The timer is the fallback where no frame comes (a hidden tab): whichever runs first rescans.
      frame = requestAnimationFrame(flush);
      timer = window.setTimeout(flush, DEBOUNCE_MS);
    } else timer = window.setTimeout(flush, now - firstDirtyAt > MAX_WAIT_MS ? 0 : DEBOUNCE_MS);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancel();
  });
}
