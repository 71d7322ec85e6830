// Where the content script's start goes on the article, from the browser's own trace (`npm run bench:start`):
// the page renderer's main-thread time by kind of work (compiling, running scripts, garbage collection, style,
// layout, paint…), with Glosa and with the attribute-only extension (the floor), loads interleaved, medians of
// the paired differences; then Glosa's own script events (compile, evaluate, calls, by source) and, with
// `--profile`, a sampled profile of its functions by self time.
//
// `npm run bench:start -- [--rounds n] [--window ms] [--page document|ads] [--profile] [build dir …]` (default:
// the bench build; several builds are measured side by side, each beside the floor). A build made with
// GLOSA_SOURCEMAP=1 has source maps, so the profile names functions by their source.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { writeFloorExtension } from './outside';
import { AD_PAGE, bigPage, withAdFrames } from './pages';
import { median, selfTimes, type TraceEvent } from './shared';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROUNDS = Number(option('--rounds') ?? 7);
/**
 * `--page document`: the ~1.1 MB document of `npm run bench` (tests/bench/pages.ts) instead of the article; `--page
 * ads`: the article with its ad frames (same origin: their tasks run on the page's main thread, traced with it).
 */
const DOCUMENT = option('--page') === 'document';
const ADS = option('--page') === 'ads';
const WINDOW_MS = Number(option('--window') ?? (DOCUMENT ? 6000 : 2500));
const PROFILE = flag('--profile');
/** `--tasks`: each load's top-level tasks side by side with the floor's (the last round), from Glosa's first event on. */
const TASKS = flag('--tasks');
const builds = args.filter(
  (a, i) => !a.startsWith('--') && !['--rounds', '--window', '--page'].includes(args[i - 1] ?? ''),
);
if (!builds.length) builds.push(join(EXTENSION_DIR, '..', 'chrome-mv3-bench'));

/**
 * `--light`: only the categories that make Chromium capture no stack for the script's requests (see
 * docs/performance.md): totals and CPU time as an untraced page pays them, without the breakdown by event.
 */
const LIGHT = flag('--light');
const CATEGORIES = LIGHT
  ? ['toplevel', 'v8']
  : [
      'toplevel',
      'devtools.timeline',
      'v8',
      'v8.execute',
      'disabled-by-default-v8.compile',
      'blink.user_timing',
      'loading',
    ];

const ms = (us: number) => us / 1000;
const ours = (url: unknown) => typeof url === 'string' && /^chrome-extension:\/\//.test(url);

interface Sample {
  tasksUs: number;
  /** The same tasks' CPU time: on a machine shared with other work, wall time also counts waiting for a core. */
  tasksCpuUs: number;
  byName: Map<string, number>;
  /** Glosa's script events: name + short url → total duration (µs, inclusive). */
  script: Map<string, number>;
  profile?: Map<string, number>;
  scan?: Record<string, number>;
  /** With `--tasks`: the thread's top-level tasks in order, each with its largest events by self time. */
  taskList?: string[];
}

async function traceLoad(context: BrowserContext, url: string): Promise<Sample> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(WINDOW_MS);
  let profile: Map<string, number> | undefined;
  if (PROFILE) {
    const { profile: p } = await cdp.send('Profiler.stop');
    profile = new Map();
    const dt = new Map<number, number>();
    for (let i = 0; i < p.samples!.length; i++) {
      dt.set(
        p.samples![i]!,
        (dt.get(p.samples![i]!) ?? 0) + p.timeDeltas![i + 1 < p.samples!.length ? i + 1 : i]!,
      );
    }
    for (const node of p.nodes) {
      const { functionName, url: src, lineNumber, columnNumber } = node.callFrame;
      if (!ours(src)) continue;
      const key = `${functionName || '(anon)'} ${src.replace(/^chrome-extension:\/\/[^/]+/, '')}:${lineNumber}:${columnNumber}`;
      profile.set(key, (profile.get(key) ?? 0) + (dt.get(node.id) ?? 0));
    }
  }
  const scan = (await page.evaluate(`(() => {
    const e = performance.getEntriesByName('glossary-scan')[0];
    return e ? { wallMs: e.duration, ...e.detail } : undefined;
  })()`)) as Record<string, number> | undefined;
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  // The page's renderer main thread: the thread that ran the page's HTML parse.
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.data?.url ?? '').startsWith(url.slice(0, 20)),
  );
  // Traced --light, the page's thread is the one that compiled the content script (Glosa's or the floor's).
  const compiled = (e: TraceEvent) =>
    e.name === 'v8.compile' && /\/content\.js$/.test(String(e.args?.data?.url ?? e.args?.fileName ?? ''));
  const main =
    parse ??
    events.find((e) => e.name === 'EvaluateScript' && ours(e.args?.data?.url)) ??
    events.find(compiled);
  const thread = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  if (process.env.DUMP_COMPILE)
    for (const e of thread)
      if (/compile/i.test(e.name) && ours(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName))
        console.log(e.name, JSON.stringify(e.args));
  const { byName, tasks, cpu: tasksCpu } = selfTimes(thread);
  const script = new Map<string, number>();
  for (const e of thread) {
    if (e.ph !== 'X') continue;
    const src =
      e.args?.data?.url ?? e.args?.fileName ?? (e.args?.data as { fileName?: string } | undefined)?.fileName;
    if (!ours(src)) continue;
    const key = `${e.name} ${String(src).replace(/^chrome-extension:\/\/[^/]+/, '')}`;
    script.set(key, (script.get(key) ?? 0) + (e.dur ?? 0));
  }
  return {
    tasksUs: tasks,
    tasksCpuUs: tasksCpu,
    byName,
    script,
    profile,
    scan,
    taskList: TASKS ? listTasks(thread) : undefined,
  };
}

/** The top-level tasks of `thread` after the page's load began: start (ms from the first), CPU time, main events. */
function listTasks(thread: TraceEvent[]): string[] {
  const complete = thread
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: string[] = [];
  let i = 0;
  const t0 = complete[0]?.ts ?? 0;
  while (i < complete.length) {
    const task = complete[i]!;
    const end = task.ts + task.dur!;
    const inside: TraceEvent[] = [];
    i++;
    while (i < complete.length && complete[i]!.ts < end) inside.push(complete[i++]!);
    const { byName } = selfTimes([task, ...inside]);
    const cpu = (task.tdur ?? task.dur!) / 1000;
    if (cpu < 0.05) continue;
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n, v]) => {
        const src = inside.find((e) => e.name === n && (e.args?.data?.url || e.args?.fileName));
        const url = String(src?.args?.data?.url ?? src?.args?.fileName ?? '').replace(
          /^chrome-extension:\/\/[^/]+/,
          '',
        );
        return `${n}${url ? `[${url.slice(-30)}]` : ''} ${(v / 1000).toFixed(2)}`;
      });
    out.push(
      `${((task.ts - t0) / 1000).toFixed(1).padStart(7)} ms  cpu ${cpu.toFixed(2).padStart(5)}  ${top.join(', ')}`,
    );
  }
  return out;
}

async function launchFloor(): Promise<{ browser: ExtensionBrowser; dir: string }> {
  const dir = writeFloorExtension();
  return { browser: await launchWithExtension({ extensionDir: dir }), dir };
}

const article = readFileSync(join(FIXTURES, 'remain-in-mexico-en.html'), 'utf8');
const server = await serveFixtures({
  '/bench-article.html': DOCUMENT ? bigPage(1_100_000).html : ADS ? withAdFrames(article) : article,
  '/ad.html': AD_PAGE,
});
const floor = await launchFloor();
const contenders = [
  { name: 'floor', context: floor.browser.context },
  ...(
    await Promise.all(
      builds.map(async (dir, i) => ({
        name: builds.length > 1 ? `glosa${i + 1}` : 'glosa',
        dir,
        browser: await launchWithExtension({ extensionDir: dir }),
      })),
    )
  ).map((b) => ({ name: b.name, context: b.browser.context, close: () => b.browser.close() })),
];
const samples = new Map<string, Sample[]>(contenders.map((c) => [c.name, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = [
      ...contenders.slice(round % contenders.length),
      ...contenders.slice(0, round % contenders.length),
    ];
    for (const c of order)
      samples.get(c.name)!.push(await traceLoad(c.context, server.url('/bench-article.html')));
  }
} finally {
  await floor.browser.close();
  rmSync(floor.dir, { recursive: true, force: true });
  for (const c of contenders) if ('close' in c) await (c as { close: () => Promise<void> }).close();
  await server.close();
}

const floorSamples = samples.get('floor')!;
for (const c of contenders.slice(1)) {
  const mine = samples.get(c.name)!;
  console.log(
    `\n== ${c.name}: ${builds[contenders.indexOf(c) - 1]} (${ROUNDS} rounds, ${DOCUMENT ? 'document' : ADS ? 'article with ad frames' : 'article'}, ${WINDOW_MS} ms after load) ==`,
  );
  console.log(
    `main-thread tasks: ${ms(median(mine.map((s) => s.tasksUs))).toFixed(1)} ms; floor ${ms(median(floorSamples.map((s) => s.tasksUs))).toFixed(1)} ms; ` +
      `median paired difference ${ms(median(mine.map((s, i) => s.tasksUs - floorSamples[i]!.tasksUs))).toFixed(1)} ms`,
  );
  console.log(
    `main-thread CPU time of those tasks: ${ms(median(mine.map((s) => s.tasksCpuUs))).toFixed(1)} ms; floor ${ms(median(floorSamples.map((s) => s.tasksCpuUs))).toFixed(1)} ms; ` +
      `median paired difference ${ms(median(mine.map((s, i) => s.tasksCpuUs - floorSamples[i]!.tasksCpuUs))).toFixed(1)} ms`,
  );
  const names = new Set([
    ...mine.flatMap((s) => [...s.byName.keys()]),
    ...floorSamples.flatMap((s) => [...s.byName.keys()]),
  ]);
  const rows = [...names]
    .map((name) => {
      const a = mine.map((s) => s.byName.get(name) ?? 0);
      const d = a.map((v, i) => v - (floorSamples[i]!.byName.get(name) ?? 0));
      return { name, glosa: median(a), diff: median(d), mean: d.reduce((x, y) => x + y, 0) / d.length };
    })
    .filter((r) => Math.abs(r.mean) >= 300 || r.glosa >= 500)
    .sort((a, b) => b.mean - a.mean);
  console.log('| self time by event | glosa (median) | glosa − floor (median) | (mean) |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${ms(r.glosa).toFixed(2)} | ${ms(r.diff).toFixed(2)} | ${ms(r.mean).toFixed(2)} |`,
    );
  }
  const scriptKeys = new Set(mine.flatMap((s) => [...s.script.keys()]));
  console.log("Glosa's script events (inclusive, median):");
  for (const key of [...scriptKeys].sort()) {
    console.log(`  ${key}: ${ms(median(mine.map((s) => s.script.get(key) ?? 0))).toFixed(2)} ms`);
  }
  const scans = mine.map((s) => s.scan).filter(Boolean) as Record<string, number>[];
  if (scans.length) {
    const fields = ['setupMs', 'readMs', 'collectMs', 'matchMs', 'busyMs', 'wallMs', 'marks', 'slices'];
    console.log(
      `glossary-scan: ${fields.map((f) => `${f} ${median(scans.map((s) => s[f] ?? 0)).toFixed(1)}`).join(', ')}`,
    );
  }
  if (PROFILE) {
    // With a source map beside the script (GLOSA_SOURCEMAP=1 at build time), positions name their source.
    const dir = builds[contenders.indexOf(c) - 1]!;
    const maps = new Map<string, TraceMap | null>();
    const original = (key: string) => {
      const m = /^(\S+) (\/\S+):(\d+):(\d+)$/.exec(key);
      if (!m) return key;
      const file = join(dir, `${m[2]!}.map`);
      if (!maps.has(file)) maps.set(file, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
      const map = maps.get(file);
      if (!map) return key;
      // The build puts V8's compile hint on a line of its own before the mapped code (wxt.config.ts).
      const shift = readFileSync(join(dir, m[2]!), 'utf8').startsWith('//# allFunctionsCalledOnLoad') ? 1 : 0;
      const line = Number(m[3]) + 1 - shift;
      if (line < 1) return key;
      const at = originalPositionFor(map, { line, column: Number(m[4]) });
      return at.source
        ? `${at.name ?? m[1]} ${at.source.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}`
        : key;
    };
    const total = new Map<string, number>();
    const byFile = new Map<string, number>();
    for (const s of mine) {
      for (const [k, v] of s.profile ?? []) {
        const name = original(k);
        total.set(name, (total.get(name) ?? 0) + v / ROUNDS);
        const file = name.split(' ')[1]?.replace(/:\d+$/, '') ?? '?';
        byFile.set(file, (byFile.get(file) ?? 0) + v / ROUNDS);
      }
    }
    console.log('sampled self time of our functions (mean per load, top 40):');
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${ms(v).toFixed(2)} ms  ${k}`);
    console.log('by source file:');
    for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${ms(v).toFixed(2)} ms  ${k}`);
  }
}
if (TASKS) {
  for (const c of contenders) {
    const last = samples.get(c.name)!.at(-1)!;
    console.log(`\n== tasks, last round: ${c.name} (CPU ${ms(last.tasksCpuUs).toFixed(1)} ms) ==`);
    for (const line of last.taskList ?? []) console.log(line);
  }
}
// Builds side by side: each against the first, paired by round (the loads of one round ran one after another).
if (builds.length > 1) {
  const first = samples.get('glosa1')!;
  console.log('\n== each build against the first, median of per-round differences ==');
  for (const c of contenders.slice(2)) {
    const mine = samples.get(c.name)!;
    const wall = median(mine.map((s, i) => s.tasksUs - first[i]!.tasksUs));
    const cpu = median(mine.map((s, i) => s.tasksCpuUs - first[i]!.tasksCpuUs));
    console.log(
      `${c.name} − glosa1: main-thread tasks ${ms(wall).toFixed(1)} ms, their CPU time ${ms(cpu).toFixed(1)} ms`,
    );
  }
}
process.exit(0);
