// The page's cost of Glosa, measured from outside: Chromium's own count of main-thread task time in the page's
// renderer (CDP Performance.getMetrics, TaskDuration) over a load and a fixed window after it, so the browser's
// rendering work that our marks cause is counted too, not only our functions.
//
// Three browsers are open at once: one without extensions, one with Glosa (a bench build), and one with an
// extension whose content script only sets an attribute in every frame (the floor any content script pays).
// Loads are interleaved (one of each per round, the order rotating through every position equally often, after a
// warm-up round that is not counted), and each figure is the median over rounds of the paired difference "with
// the extension minus without", so the machine's drift cancels within a round; its quartiles show the noise.
// Each load's main-thread CPU time (ThreadTime) is read beside its task time (TaskDuration): task time also counts
// the time a task waited for a core, which on this 2-core machine moves a 3 KB article's load by ±40 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium, launchWithExtension } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { AD_FRAMES, AD_PAGE, withAdFrames } from './pages';
import { median, quantile } from './shared';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** One reading of the page renderer's main thread: task time (wall clock) and CPU time. */
interface Reading {
  task: number;
  cpu: number;
}

interface Load {
  /** Main-thread time of the page's renderer from before navigation to the end of the window. */
  load: Reading;
  /** Main-thread time of the edits' window, when the page was edited. */
  edit?: Reading;
  state: string | null;
}

interface Contender {
  name: 'none' | 'floor' | 'glosa' | 'glosa B';
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * The metric of the first table: TaskDuration (main-thread task time, wall clock) unless BENCH_METRIC=ThreadTime
 * (the main thread's CPU time, which moves less when other work shares the cores). Both are printed.
 */
const METRIC = process.env.BENCH_METRIC === 'ThreadTime' ? 'ThreadTime' : 'TaskDuration';

async function reading(cdp: import('playwright-core').CDPSession): Promise<Reading> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), cpu: value('ThreadTime') };
}

const minus = (a: Reading, b: Reading): Reading => ({ task: a.task - b.task, cpu: a.cpu - b.cpu });

async function measure(
  contender: Contender,
  url: string,
  windowMs: number,
  edit?: (page: Page) => Promise<void>,
): Promise<Load> {
  const page = await contender.context.newPage();
  const cdp = await contender.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = await reading(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(windowMs);
  const loaded = await reading(cdp);
  const load: Load = {
    load: minus(loaded, start),
    state: await page.getAttribute('html', 'data-glossary-state'),
  };
  if (edit) {
    await edit(page);
    load.edit = minus(await reading(cdp), loaded);
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

type Metric = keyof Reading;

/** What a load counts in `metric`: the whole load, or per edit when the page was edited (10 edits). */
const counted = (l: Load, metric: Metric) => (l.edit ? l.edit[metric] / 10 : l.load[metric]);

/** One round's loads, minus the browser without extensions (BENCH_VERBOSE=1: to see how much rounds differ). */
function roundLine(label: string, round: number, row: Record<Contender['name'], Load>): string {
  const others = (Object.keys(row) as Contender['name'][]).filter((name) => name !== 'none');
  const of = (name: Contender['name'], metric: Metric) =>
    counted(row[name], metric) - (name === 'none' ? 0 : counted(row.none, metric));
  const both = (name: Contender['name']) => `${of(name, 'task').toFixed(1)}/${of(name, 'cpu').toFixed(1)}`;
  const diffs = others.map((name) => `${name} ${both(name)}`);
  return `  ${label}, round ${round + 1} (task/CPU ms, in load order): none ${both('none')}; minus none: ${diffs.join(', ')}`;
}

/** Median and quartiles of paired differences: "median (first quartile – third quartile)". */
function spread(values: number[]): string {
  const q = (at: number) => quantile(values, at).toFixed(1);
  return `${median(values).toFixed(1)} ms (${q(0.25)} – ${q(0.75)})`;
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
  const ads = withAdFrames(pages.article);
  const server = await serveFixtures({
    '/bench-article.html': pages.article,
    '/bench-ads.html': ads,
    '/ad.html': AD_PAGE,
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
      label: 'article (remain-in-mexico-en.html)',
      path: '/bench-article.html',
      windowMs: 2500,
      // Its loads are short and the goal small beside the noise: three times the rounds (BENCH_ARTICLE_ROUNDS).
      rounds: Number(process.env.BENCH_ARTICLE_ROUNDS ?? rounds * 3),
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
      label: `the article with ${AD_FRAMES} ad iframes (same origin)`,
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
  /** Rounds rounded up to a multiple of the browsers, so each takes each place in a round's order equally often. */
  const balanced = (n: number) => Math.ceil(n / contenders.length) * contenders.length;
  try {
    for (const c of cases) {
      const { label, path, windowMs, edit } = c;
      // A warm-up round, not counted: a browser's first load of a page compiles and caches what later loads reuse.
      for (const contender of contenders) await measure(contender, server.url(path), windowMs, edit);
      const loads: Record<Contender['name'], Load>[] = [];
      const caseRounds = balanced(('rounds' in c ? c.rounds : undefined) ?? rounds);
      for (let round = 0; round < caseRounds; round++) {
        const turn = round % contenders.length;
        const order = [...contenders.slice(turn), ...contenders.slice(0, turn)];
        const row = {} as Record<Contender['name'], Load>;
        for (const contender of order)
          row[contender.name] = await measure(contender, server.url(path), windowMs, edit);
        loads.push(row);
        if (process.env.BENCH_VERBOSE) console.log(roundLine(label, round, row));
      }
      results.push({ label: `${label}, ${caseRounds} rounds`, loads });
    }
    if (only.length === 0 || only.includes('stalls')) {
      await stallBenchmark(contenders, server.url('/bench-big.html'), 6000, rounds);
    }
  } finally {
    for (const contender of contenders) await contender.close();
    await server.close();
  }

  const metrics: Metric[] = METRIC === 'ThreadTime' ? ['cpu', 'task'] : ['task', 'cpu'];
  for (const metric of metrics) {
    const what =
      metric === 'task'
        ? 'TaskDuration (task time, wall clock: it also counts waiting for a core)'
        : 'ThreadTime (CPU time: what to compare on a busy machine)';
    console.log(`\n== Chromium, measured from outside: extra main-thread time of the page, ${what} ==`);
    console.log(
      'Loads interleaved between a browser without extensions, one with an attribute-only extension (the floor) ' +
        'and one with Glosa, from navigation to a fixed window after load; each cell is the median of the ' +
        "rounds' paired differences and, in brackets, their quartiles (half the rounds fall between them).",
    );
    if (otherDir) console.log(`A: ${extensionDir}\nB: ${otherDir}`);
    const other = otherDir ? ' Glosa B − floor | B − A | B ready |' : '';
    console.log(`| page | Glosa − none | floor − none | Glosa − floor | Glosa ready |${other}`);
    console.log(`|---|---|---|---|---|${otherDir ? '---|---|---|' : ''}`);
    for (const { label, loads } of results) {
      const diff = (a: Contender['name'], b: Contender['name']) =>
        spread(loads.map((r) => counted(r[a], metric) - counted(r[b], metric)));
      const ready = (name: Contender['name']) =>
        `${loads.filter((r) => r[name].state === 'ready').length}/${loads.length}`;
      const b = otherDir
        ? ` ${diff('glosa B', 'floor')} | ${diff('glosa B', 'glosa')} | ${ready('glosa B')} |`
        : '';
      console.log(
        `| ${label} | ${diff('glosa', 'none')} | ${diff('floor', 'none')} | ${diff('glosa', 'floor')} | ` +
          `${ready('glosa')} |${b}`,
      );
    }
  }
}
