// `npm run bench:pdf`: what the PDF reader costs its page's main thread, in Chromium with the built extension.
// Nothing here asserts a time. For each PDF, rounds alternate between Glosa on and Glosa paused (the reader then
// only draws the PDF and its text layer: PDF.js's own cost), so the engine's share is the paired difference.
//  - first page: from choosing the file to page 1 drawn (its image shown) with its text layer, and marked when Glosa is
//    on: wall-clock time and the page renderer's main-thread task time (CDP Performance.getMetrics, TaskDuration);
//  - whole file read (100 pages): main-thread time until every page's text is read and the marks have settled, and
//    the longest tasks (PerformanceObserver 'longtask');
//  - scrolling (100 pages): the page scrolled by a steady 3000 px/s for 4 s, one step per animation frame, while
//    pages are drawn and marked as they come into view: frame intervals (median, 95th percentile, worst, frames
//    over 50 ms) and main-thread time.
// The 500-page PDF is measured to its first page only. BENCH_ROUNDS=n sets the rounds per mode (default 3).
// GLOSA_BENCH_EXTENSION_B=dir compares another build's scrolling with this one's in the same rounds (100 pages,
// Glosa on; each round loads both, the order alternating), with the paired difference "B − A" of each figure, and
// prints both builds' first page and reading times from the same runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { pageDrawn } from '../e2e/pdf-drawn';
import { articlePdf } from '../e2e/pdf-fixtures';
import { median, readingSettled, setPaused } from './shared';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ms = (value: number) => `${Math.round(value)} ms`;

/** TaskDuration unless BENCH_METRIC names another metric (ThreadTime, CPU time, moves less on a busy machine). */
const METRIC = process.env.BENCH_METRIC ?? 'TaskDuration';

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === METRIC)?.value ?? 0) * 1000;
}

interface Frames {
  median: number;
  p95: number;
  worst: number;
  /** Frames that took two intervals or more (a missed frame). */
  over25: number;
  over50: number;
  count: number;
  task: number;
}

interface Run {
  firstWall: number;
  firstTask: number;
  readTask?: number;
  readWall?: number;
  longest?: number;
  longTasks?: number;
  frames?: Frames;
}

async function openFile(browser: ExtensionBrowser, file: string, on: boolean, whole: boolean): Promise<Run> {
  const page: Page = await browser.context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`chrome-extension://${browser.extensionId}/pdf.html`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task0 = await taskMs(cdp);
  const wall0 = Date.now();
  await page.setInputFiles('input[type=file]', file);
  await page.waitForFunction(
    (marked) =>
      (document.querySelector('.page[data-page="1"] .textLayer')?.childElementCount ?? 0) > 0 &&
      (!marked || Number(document.documentElement.dataset.glossaryTerms) > 0),
    on,
    { polling: 'raf' },
  );
  await page.waitForFunction(pageDrawn, 1, { polling: 'raf' });
  const run: Run = { firstWall: Date.now() - wall0, firstTask: (await taskMs(cdp)) - task0 };
  if (whole) {
    await readingSettled(page);
    run.readWall = Date.now() - wall0 - 1000;
    run.readTask = (await taskMs(cdp)) - task0;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    run.longest = Math.max(0, ...longTasks);
    run.longTasks = longTasks.length;

    const scrollStart = await taskMs(cdp);
    // A string: tsx would wrap a named inner function in a helper the page does not have.
    const intervals = (await page.evaluate(`new Promise((resolve) => {
      const out = [];
      const start = performance.now();
      let last = start;
      const step = (now) => {
        out.push(now - last);
        last = now;
        window.scrollTo(0, ((now - start) / 1000) * 3000);
        if (now - start < 4000) requestAnimationFrame(step);
        else resolve(out.slice(1));
      };
      requestAnimationFrame(step);
    })`)) as number[];
    const sorted = [...intervals].sort((a, b) => a - b);
    run.frames = {
      median: median(intervals),
      p95: sorted[Math.floor(sorted.length * 0.95)]!,
      worst: sorted[sorted.length - 1]!,
      over25: intervals.filter((interval) => interval > 25).length,
      over50: intervals.filter((interval) => interval > 50).length,
      count: intervals.length,
      task: (await taskMs(cdp)) - scrollStart,
    };
  }
  await cdp.detach();
  await page.close();
  return run;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-pdf-bench-'));
  const header = 'Remain in Mexico returns: Glosa test PDF';
  const hundred = join(dir, 'hundred.pdf');
  const fiveHundred = join(dir, 'five-hundred.pdf');
  writeFileSync(
    hundred,
    await articlePdf({ file: 'remain-in-mexico-en.html', columns: 1, minPages: 100, header }),
  );
  writeFileSync(
    fiveHundred,
    await articlePdf({
      file: 'remain-in-mexico-en.html',
      columns: 1,
      minPages: 500,
      header,
      wholeLines: true,
    }),
  );
  const other = process.env.GLOSA_BENCH_EXTENSION_B;
  if (other) {
    await compareScrolling(hundred, other);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const browser = await launchWithExtension();
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; ${ROUNDS} rounds per mode; main thread: ${METRIC}`,
  );
  try {
    for (const [name, file, whole] of [
      ['100 pages', hundred, true],
      ['500 pages', fiveHundred, false],
    ] as const) {
      const runs: Record<'on' | 'paused', Run[]> = { on: [], paused: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const mode of round % 2 ? (['paused', 'on'] as const) : (['on', 'paused'] as const)) {
          await setPaused(browser, mode === 'paused');
          runs[mode].push(await openFile(browser, file, mode === 'on', whole));
        }
      }
      await setPaused(browser, false);
      const pick = (mode: 'on' | 'paused', get: (run: Run) => number | undefined) =>
        median(runs[mode].map((run) => get(run) ?? 0));
      console.log(`\n${name} (medians of ${ROUNDS}; Glosa on / paused)`);
      console.log(
        `  first page drawn (and marked): ${ms(pick('on', (r) => r.firstWall))} / ${ms(pick('paused', (r) => r.firstWall))} wall; main thread ${ms(pick('on', (r) => r.firstTask))} / ${ms(pick('paused', (r) => r.firstTask))}`,
      );
      if (whole) {
        console.log(
          `  every page read, marks settled: ${ms(pick('on', (r) => r.readWall))} / ${ms(pick('paused', (r) => r.readWall))} wall; main thread ${ms(pick('on', (r) => r.readTask))} / ${ms(pick('paused', (r) => r.readTask))}; longest task ${ms(pick('on', (r) => r.longest))} / ${ms(pick('paused', (r) => r.longest))}; tasks over 50 ms ${pick('on', (r) => r.longTasks)} / ${pick('paused', (r) => r.longTasks)}`,
        );
        const frame = (mode: 'on' | 'paused', key: keyof NonNullable<Run['frames']>) =>
          pick(mode, (r) => r.frames?.[key]);
        console.log(
          `  scrolling 4 s at 3000 px/s: frame interval median ${frame('on', 'median').toFixed(1)} / ${frame('paused', 'median').toFixed(1)} ms, 95th percentile ${frame('on', 'p95').toFixed(1)} / ${frame('paused', 'p95').toFixed(1)} ms, worst ${ms(frame('on', 'worst'))} / ${ms(frame('paused', 'worst'))}, frames over 25 ms ${frame('on', 'over25')} / ${frame('paused', 'over25')}, over 50 ms ${frame('on', 'over50')} / ${frame('paused', 'over50')} of ~${frame('on', 'count')}; main thread ${ms(frame('on', 'task'))} / ${ms(frame('paused', 'task'))}`,
        );
      }
    }
  } finally {
    console.log(
      `\nload average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scrolling the 100-page PDF with Glosa on, this build (A) against another (B), in the same rounds. */
async function compareScrolling(file: string, otherDir: string) {
  const builds = { A: await launchWithExtension(), B: await launchWithExtension({ extensionDir: otherDir }) };
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; ${ROUNDS} rounds; A = this build, B = ${otherDir}`,
  );
  const runs: Record<'A' | 'B', Frames[]> = { A: [], B: [] };
  const firsts: Record<'A' | 'B', Run[]> = { A: [], B: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const run = await openFile(builds[name], file, true, true);
        runs[name].push(run.frames!);
        firsts[name].push(run);
      }
    }
  } finally {
    await builds.A.close();
    await builds.B.close();
  }
  const first = (name: 'A' | 'B', key: 'firstWall' | 'firstTask' | 'readTask' | 'longest') =>
    ms(median(firsts[name].map((run) => run[key] ?? 0)));
  const paired = (key: 'firstTask' | 'readTask' | 'longest') =>
    ms(median(firsts.A.map((run, i) => (firsts.B[i]![key] ?? 0) - (run[key] ?? 0))));
  console.log(
    `\nfirst page drawn and marked: A ${first('A', 'firstWall')} wall, ${first('A', 'firstTask')} main thread; B ${first('B', 'firstWall')}, ${first('B', 'firstTask')}; paired B − A ${paired('firstTask')}. Every page read: main thread A ${first('A', 'readTask')}, B ${first('B', 'readTask')}, paired B − A ${paired('readTask')}; longest task A ${first('A', 'longest')}, B ${first('B', 'longest')}`,
  );
  for (const name of ['A', 'B'] as const)
    console.log(
      `  ${name} rounds (every page read, main thread): ${firsts[name].map((run) => Math.round(run.readTask ?? 0)).join(' | ')}`,
    );
  const keys = ['median', 'p95', 'worst', 'over25', 'over50', 'task'] as const;
  console.log(
    `\nscrolling 100 pages, 4 s at 3000 px/s, Glosa on (medians of ${ROUNDS}): A / B / paired B − A`,
  );
  for (const key of keys) {
    const a = median(runs.A.map((f) => f[key]));
    const b = median(runs.B.map((f) => f[key]));
    const paired = median(runs.A.map((f, i) => runs.B[i]![key] - f[key]));
    console.log(`  ${key}: ${a.toFixed(1)} / ${b.toFixed(1)} / ${paired.toFixed(1)}`);
  }
  for (const name of ['A', 'B'] as const)
    console.log(
      `  ${name} rounds (p95, over 25, over 50, main thread): ${runs[name].map((f) => `${f.p95.toFixed(1)}, ${f.over25}, ${f.over50}, ${Math.round(f.task)}`).join(' | ')}`,
    );
  console.log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}

await main();
