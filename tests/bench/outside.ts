// The page's cost of Glosa, measured from outside: Chromium's own count of main-thread task time in the page's
// renderer (CDP Performance.getMetrics, TaskDuration) over a load and a fixed window after it, so the browser's
// rendering work that our marks cause is counted too, not only our functions.
//
// Three browsers are open at once: one without extensions, one with Glosa (a bench build), and one with an
// extension whose content script only sets an attribute in every frame (the floor any content script pays).
// Loads are interleaved (one of each per round, the order rotating), and each figure is the median over rounds of
// the paired difference "with the extension minus without", so the machine's drift cancels within a round.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium, launchWithExtension } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { median } from './shared';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Load {
  /** Main-thread task time of the page's renderer from before navigation to the end of the window. */
  taskMs: number;
  /** Main-thread time of the edits' window, when the page was edited. */
  editMs?: number;
  state: string | null;
}

interface Contender {
  name: 'none' | 'floor' | 'glosa' | 'glosa B';
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * The metric read: TaskDuration (main-thread task time, wall clock) unless BENCH_METRIC names another of
 * Performance.getMetrics: ThreadTime (the main thread's CPU time) moves less when other work shares the cores.
 */
const METRIC = process.env.BENCH_METRIC ?? 'TaskDuration';

async function taskDuration(cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === METRIC)?.value ?? 0) * 1000;
}

async function measure(
  contender: Contender,
  url: string,
  windowMs: number,
  edit?: (page: Page) => Promise<void>,
): Promise<Load> {
  const page = await contender.context.newPage();
  const cdp = await contender.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = await taskDuration(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(windowMs);
  const loaded = await taskDuration(cdp);
  const load: Load = {
    taskMs: loaded - start,
    state: await page.getAttribute('html', 'data-glossary-state'),
  };
  if (edit) {
    await edit(page);
    load.editMs = (await taskDuration(cdp)) - loaded;
  }
  await cdp.detach();
  await page.close();
  return load;
}

interface Stalls {
  /** The page renderer's longest main-thread task, and how many ran over 50 ms, from navigation to the window's end. */
  longestMs: number;
  over50: number;
  /** The longest of those tasks that ran the extension's own script (0 when none did). */
  extensionMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

/**
 * Main-thread stalls, from the browser's trace: the top-level tasks (ThreadControllerImpl::RunTask) of the thread
 * that parsed the page, so the rendering work the marks cause counts as well as script.
 */
async function stalls(contender: Contender, url: string, windowMs: number): Promise<Stalls> {
  const page = await contender.context.newPage();
  const cdp = await contender.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(windowMs);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`No ParseHTML event for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  // Complete events carry their duration; begin/end pairs are matched in order.
  const tasks: { ts: number; dur: number }[] = [];
  const open: number[] = [];
  for (const e of onMain) {
    if (e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (e.ph === 'X') tasks.push({ ts: e.ts, dur: e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e.ts);
    else if (e.ph === 'E' && open.length) {
      const ts = open.pop()!;
      tasks.push({ ts, dur: e.ts - ts });
    }
  }
  const ours = onMain.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
  const runsOurs = (t: { ts: number; dur: number }) => ours.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur);
  const long = tasks.filter((t) => t.dur > 50_000);
  return {
    longestMs: Math.max(0, ...tasks.map((t) => t.dur)) / 1000,
    over50: long.length,
    extensionMs: Math.max(0, ...tasks.filter(runsOurs).map((t) => t.dur)) / 1000,
  };
}

/** Stalls on one page for each browser, loads interleaved as above; medians over rounds. */
async function stallBenchmark(contenders: Contender[], url: string, windowMs: number, rounds: number) {
  const runs = Object.fromEntries(contenders.map((c) => [c.name, [] as Stalls[]])) as Record<
    Contender['name'],
    Stalls[]
  >;
  for (let round = 0; round < rounds; round++) {
    const turn = round % contenders.length;
    const order = [...contenders.slice(turn), ...contenders.slice(0, turn)];
    for (const contender of order) runs[contender.name].push(await stalls(contender, url, windowMs));
  }
  console.log(
    '\n== Chromium, from the trace: main-thread tasks of the ~1.1 MB document (medians over rounds) ==',
  );
  console.log(
    '(navigation to the end of the window; the page renderer thread that parsed it; traced loads are slower)',
  );
  console.log("| browser | longest task | tasks > 50 ms | longest task running the extension's script |");
  console.log('|---|---|---|---|');
  for (const { name } of contenders) {
    const of = (pick: (s: Stalls) => number) => median(runs[name].map(pick));
    const ext = name === 'none' ? '–' : fmt(of((s) => s.extensionMs));
    console.log(`| ${name} | ${fmt(of((s) => s.longestMs))} | ${of((s) => s.over50)} | ${ext} |`);
  }
}

async function launchPlain(): Promise<Contender> {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  return {
    name: 'none',
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes an extension whose content script only sets one attribute, in every frame: the floor under any content
 * script. Returns its folder (the caller removes it). */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-floor-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        { matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), 'document.documentElement.dataset.floor = "ready";');
  return dir;
}

async function launchFloor(): Promise<Contender> {
  const dir = writeFloorExtension();
  const browser = await launchWithExtension({ extensionDir: dir });
  return {
    name: 'floor',
    context: browser.context,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One round's loads, minus the browser without extensions (BENCH_VERBOSE=1: to see how much rounds differ). */
function roundLine(label: string, round: number, row: Record<Contender['name'], Load>): string {
  const key = (l: Load) => (l.editMs !== undefined ? l.editMs / 10 : l.taskMs);
  const others = (Object.keys(row) as Contender['name'][]).filter((name) => name !== 'none');
  const diffs = others.map((name) => `${name} ${(key(row[name]) - key(row.none)).toFixed(1)}`);
  return `  ${label}, round ${round + 1}: none ${key(row.none).toFixed(1)} ms; minus none: ${diffs.join(', ')}`;
}

export interface OutsidePages {
  article: string;
  big: string;
  /** A document just under the text from which Glosa matches in the page (engine-choice.ts), and its size. */
  threshold: { html: string; visibleChars: number };
}

/**
 * `pages`: the article's and the ~1.1 MB document's HTML. `extensionDir`: the bench build of Glosa; `otherDir`:
 * another build measured beside it in the same rounds (its own column, and "B − A"). `only`: the cases to run
 * (article, ads, document, edits, stalls), all when empty.
 */
export async function outsideBenchmark(
  pages: OutsidePages,
  extensionDir: string,
  rounds = 5,
  otherDir?: string,
  only: string[] = [],
): Promise<void> {
  const ad = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;font:12px sans-serif">
<a href="#">Summer sale: 20% off</a><img alt="" width="300" height="200"></body></html>`;
  const ADS = 20;
  const ads = pages.article.replace(
    '</body>',
    `${Array.from({ length: ADS }, () => '<iframe src="/ad.html" width="300" height="250"></iframe>').join('')}</body>`,
  );
  const server = await serveFixtures({
    '/bench-article.html': pages.article,
    '/bench-ads.html': ads,
    '/ad.html': ad,
    '/bench-big.html': pages.big,
    '/bench-threshold.html': pages.threshold.html,
  });
  const glosaBrowser = await launchWithExtension({ extensionDir });
  const contenders: Contender[] = [
    await launchPlain(),
    await launchFloor(),
    { name: 'glosa', context: glosaBrowser.context, close: () => glosaBrowser.close() },
  ];
  if (otherDir) {
    const other = await launchWithExtension({ extensionDir: otherDir });
    contenders.push({ name: 'glosa B', context: other.context, close: () => other.close() });
  }

  /**
   * Ten edits of one paragraph near the top, 500 ms apart, each bringing a term; then a second to settle. Per edit:
   * the window's main-thread time over 10.
   */
  const tenEdits = async (page: Page) => {
    for (let i = 0; i < 10; i++) {
      await page.evaluate(
        `document.querySelectorAll('p')[3].textContent = 'Edit ${i}: asylum seekers waited under Remain in Mexico at the port of entry.'`,
      );
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(1000);
  };

  const cases = [
    {
      id: 'article',
      label: 'article (7 KB, remain-in-mexico-en.html)',
      path: '/bench-article.html',
      windowMs: 2500,
    },
    {
      id: 'article-edits',
      label: '10 live edits on the article (per edit)',
      path: '/bench-article.html',
      windowMs: 2500,
      edit: tenEdits,
    },
    {
      id: 'ads',
      label: `the article with ${ADS} ad iframes (same origin)`,
      path: '/bench-ads.html',
      windowMs: 2500,
    },
    { id: 'document', label: '~1.1 MB document', path: '/bench-big.html', windowMs: 6000 },
    {
      id: 'edits',
      label: '10 live edits on it (per edit)',
      path: '/bench-big.html',
      windowMs: 4000,
      edit: tenEdits,
    },
    {
      id: 'threshold',
      label: `document of ${Math.round(pages.threshold.visibleChars / 1000)} K visible characters`,
      path: '/bench-threshold.html',
      windowMs: 4000,
    },
    {
      id: 'threshold-edits',
      label: '10 live edits on it (per edit)',
      path: '/bench-threshold.html',
      windowMs: 4000,
      edit: tenEdits,
    },
  ].filter((c) => only.length === 0 || only.includes(c.id));
  const results: { label: string; loads: Record<Contender['name'], Load>[] }[] = [];
  try {
    for (const { label, path, windowMs, edit } of cases) {
      const loads: Record<Contender['name'], Load>[] = [];
      for (let round = 0; round < rounds; round++) {
        const turn = round % contenders.length;
        const order = [...contenders.slice(turn), ...contenders.slice(0, turn)];
        const row = {} as Record<Contender['name'], Load>;
        for (const contender of order)
          row[contender.name] = await measure(contender, server.url(path), windowMs, edit);
        loads.push(row);
        if (process.env.BENCH_VERBOSE) console.log(roundLine(label, round, row));
      }
      results.push({ label, loads });
    }
    if (only.length === 0 || only.includes('stalls')) {
      await stallBenchmark(contenders, server.url('/bench-big.html'), 6000, rounds);
    }
  } finally {
    for (const contender of contenders) await contender.close();
    await server.close();
  }

  console.log('\n== Chromium, measured from outside: extra main-thread time of the page (paired medians) ==');
  console.log(
    `(${rounds} rounds, loads interleaved between a browser without extensions, one with an attribute-only ` +
      `extension (the floor) and one with Glosa; ${METRIC} of the page renderer from navigation to a fixed ` +
      'window after load; the machine is shared, so read differences of a few ms as noise)',
  );
  if (otherDir) console.log(`A: ${extensionDir}\nB: ${otherDir}`);
  const other = otherDir ? ' Glosa B − floor | B − A | B ready |' : '';
  console.log(`| page | Glosa − none | floor − none | Glosa − floor | Glosa ready |${other}`);
  console.log(`|---|---|---|---|---|${otherDir ? '---|---|---|' : ''}`);
  for (const { label, loads } of results) {
    const key = (l: Load) => (l.editMs !== undefined ? l.editMs / 10 : l.taskMs);
    const diff = (a: Contender['name'], b: Contender['name']) =>
      median(loads.map((r) => key(r[a]) - key(r[b])));
    const ready = (name: Contender['name']) =>
      `${loads.filter((r) => r[name].state === 'ready').length}/${loads.length}`;
    const b = otherDir
      ? ` ${fmt(diff('glosa B', 'floor'))} | ${fmt(diff('glosa B', 'glosa'))} | ${ready('glosa B')} |`
      : '';
    console.log(
      `| ${label} | ${fmt(diff('glosa', 'none'))} | ${fmt(diff('floor', 'none'))} | ${fmt(diff('glosa', 'floor'))} | ` +
        `${ready('glosa')} |${b}`,
    );
  }
}
