// What the benchmark scripts share: medians, reading a Chromium trace's events, and pausing Glosa in a browser.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';

/** The value at fraction `q` (0–1) of the sorted values, between neighbours when it falls between two. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

export const median = (values: number[]): number => quantile(values, 0.5);

/** One event of a Chromium trace (CDP `Tracing`). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event (µs): unlike `dur`, it leaves out time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string }; fileName?: string };
}

/**
 * Self time (µs) and count per event name on one thread; the top-level tasks' total wall time, their CPU time, and
 * the longest task's CPU time.
 */
export function selfTimes(events: TraceEvent[]): {
  byName: Map<string, number>;
  counts: Map<string, number>;
  tasks: number;
  cpu: number;
  longestCpu: number;
} {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const byName = new Map<string, number>();
  const counts = new Map<string, number>();
  const stack: { e: TraceEvent; child: number }[] = [];
  let tasks = 0;
  let cpu = 0;
  let longestCpu = 0;
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= upTo) {
      const { e, child } = stack.pop()!;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! - child);
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
      if (stack.length) stack.at(-1)!.child += e.dur!;
      else {
        tasks += e.dur!;
        cpu += e.tdur ?? e.dur!;
        longestCpu = Math.max(longestCpu, e.tdur ?? e.dur!);
      }
    }
  };
  for (const e of complete) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return { byName, counts, tasks, cpu, longestCpu };
}

/** Pauses or resumes Glosa in `browser` through its stored settings. */
export async function setPaused(browser: ExtensionBrowser, paused: boolean): Promise<void> {
  await browser.worker.evaluate(
    `chrome.storage.sync.get('settings').then(({ settings }) =>
      chrome.storage.sync.set({ settings: { ...settings, paused: ${paused} } }))`,
  );
}

/**
 * Waits until the PDF reader has read every page and its count of marks has stopped changing (the marks settle once
 * the last text layer is in: the engine follows the page's changes). The last second waited is quiet by definition.
 */
export async function readingSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.pdfState === 'read');
  let last = '';
  for (;;) {
    await page.waitForTimeout(1000);
    const count = (await page.getAttribute('html', 'data-glossary-terms')) ?? '';
    if (count === last) break;
    last = count;
  }
}
