// Where the PDF reader's reading time goes, from Chromium's own trace (`tsx tests/bench/pdf-trace.ts [--rounds n]
// [--profile] [build dir]`): the 100-page bench PDF opened and read to the end with Glosa on and with Glosa paused,
// alternating, and the reader page's main-thread self time by kind of work (scripts, style, layout, paint, GC…),
// medians of the paired differences; with `--profile`, a sampled profile of the page's functions by self time
// (a build made with GLOSA_SOURCEMAP=1 names them by source).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { articlePdf } from '../e2e/pdf-fixtures';
import { median, readingSettled, selfTimes, setPaused, type TraceEvent } from './shared';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROUNDS = Number(option('--rounds') ?? 3);
const PROFILE = args.includes('--profile');
const dir =
  args.find((a, i) => !a.startsWith('--') && !['--rounds', '--compare'].includes(args[i - 1] ?? '')) ??
  EXTENSION_DIR;

interface Sample {
  tasks: number;
  cpu: number;
  longestCpu: number;
  /** Glosa's own busy time (its timings on the page's timeline: bench builds only): first scan + rescans. */
  glosa: number;
  byName: Map<string, number>;
  counts: Map<string, number>;
  profile: Map<string, number>;
}

async function traceRead(browser: ExtensionBrowser, file: string): Promise<Sample> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`chrome-extension://${browser.extensionId}/pdf.html`);
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'blink'] },
    transferMode: 'ReportEvents',
  });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.setInputFiles('input[type=file]', file);
  await readingSettled(page);
  // A string: tsx would wrap a named inner function in a helper the page does not have.
  const glosa = (await page.evaluate(`(() => {
    const detail = (name) => performance.getEntriesByName(name).at(-1)?.detail ?? {};
    return (detail('glossary-scan').busyMs ?? 0) + (detail('glossary-rescan').totalMs ?? 0);
  })()`)) as number;
  const profile = new Map<string, number>();
  if (PROFILE) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const dt = new Map<number, number>();
    for (let i = 0; i < p.samples!.length; i++) {
      const next = p.timeDeltas![i + 1 < p.samples!.length ? i + 1 : i]!;
      dt.set(p.samples![i]!, (dt.get(p.samples![i]!) ?? 0) + next);
    }
    for (const node of p.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.replace(/^chrome-extension:\/\/[^/]+/, '')}:${lineNumber}:${columnNumber}`;
      profile.set(key, (profile.get(key) ?? 0) + (dt.get(node.id) ?? 0));
    }
  }
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  // The reader page's main thread: the one named CrRendererMain that ran the most tasks of the reader's url.
  const threads = new Map<string, number>();
  for (const e of events)
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threads.has(key) && e.name === 'FunctionCall') threads.set(key, threads.get(key)! + (e.dur ?? 0));
  }
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (args.includes('--frames')) {
    // Each rendering update that painted, with the tasks run since the one before (what changed the page).
    const thread = events
      .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts);
    const t0 = thread[0]?.ts ?? 0;
    let since: string[] = [];
    for (const e of thread) {
      if (
        e.name === 'FunctionCall' ||
        e.name === 'TimerFire' ||
        e.name === 'FireAnimationFrame' ||
        e.name === 'HandlePostMessage' ||
        e.name === 'EventDispatch' ||
        e.name === 'v8.callFunction'
      )
        since.push(
          `${e.name}${e.args?.data?.functionName ? `:${e.args.data.functionName}` : ''}${e.args?.data?.type ? `:${e.args.data.type}` : ''}`,
        );
      if (e.name !== 'WebFrameWidgetImpl::UpdateLifecycle') continue;
      const paints = thread.filter((p) => p.name === 'Paint' && p.ts >= e.ts && p.ts <= e.ts + e.dur!).length;
      if (paints > 5) {
        const counted = new Map<string, number>();
        for (const n of since) counted.set(n, (counted.get(n) ?? 0) + 1);
        console.log(
          `${((e.ts - t0) / 1000).toFixed(0)} ms: ${paints} paints, ${(e.dur! / 1000).toFixed(1)} ms; before: ${[...counted].map(([k, v]) => `${k}×${v}`).join(' ')}`,
        );
      }
      since = [];
    }
  }
  const { byName, counts, tasks, cpu, longestCpu } = selfTimes(
    events.filter((e) => `${e.pid}:${e.tid}` === main),
  );
  return { tasks, cpu, longestCpu, glosa, byName, counts, profile };
}

const tmp = mkdtempSync(join(tmpdir(), 'glosa-pdf-trace-'));
const file = join(tmp, 'hundred.pdf');
writeFileSync(
  file,
  await articlePdf({
    file: 'remain-in-mexico-en.html',
    columns: 1,
    minPages: 100,
    header: 'Remain in Mexico returns: Glosa test PDF',
  }),
);
const ms = (us: number) => (us / 1000).toFixed(1);
const other = option('--compare');
if (other) {
  // Two builds, Glosa on in both, alternating: A (the build named, or .output/chrome-mv3) and B.
  const builds = {
    A: await launchWithExtension({ extensionDir: dir }),
    B: await launchWithExtension({ extensionDir: other }),
  };
  const runs: Record<'A' | 'B', Sample[]> = { A: [], B: [] };
  try {
    for (let round = 0; round < ROUNDS; round++)
      for (const name of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const))
        runs[name].push(await traceRead(builds[name], file));
  } finally {
    await builds.A.close();
    await builds.B.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const row = (label: string, get: (s: Sample) => number, scale = 1000) => {
    const a = runs.A.map(get);
    const b = runs.B.map(get);
    const f = (v: number) => (v / scale).toFixed(1);
    console.log(
      `${label}: A ${f(median(a))} / B ${f(median(b))} / paired B − A ${f(median(a.map((v, i) => b[i]! - v)))} ms  (A ${a.map(f).join(', ')}; B ${b.map(f).join(', ')})`,
    );
  };
  console.log(`A = ${dir}, B = ${other}, ${ROUNDS} rounds, Glosa on`);
  row('main-thread tasks (trace)', (s) => s.tasks);
  row('their CPU time', (s) => s.cpu);
  row("Glosa's own busy time (bench builds)", (s) => s.glosa, 1);
  row('Paint events (count)', (s) => s.counts.get('Paint') ?? 0, 1);
  row('Paint self time', (s) => s.byName.get('Paint') ?? 0);
  row('longest task, CPU', (s) => s.longestCpu);
  process.exit(0);
}
const browser = await launchWithExtension({ extensionDir: dir });
const runs: Record<'on' | 'paused', Sample[]> = { on: [], paused: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 ? (['paused', 'on'] as const) : (['on', 'paused'] as const)) {
      await setPaused(browser, mode === 'paused');
      runs[mode].push(await traceRead(browser, file));
    }
  }
  await setPaused(browser, false);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(
  `main-thread tasks (trace): CPU on ${ms(median(runs.on.map((s) => s.cpu)))} ms, paused ${ms(median(runs.paused.map((s) => s.cpu)))} ms, paired ${ms(median(runs.on.map((s, i) => s.cpu - runs.paused[i]!.cpu)))} ms; Glosa's own ${median(runs.on.map((s) => s.glosa)).toFixed(1)} ms`,
);
console.log(
  `main-thread tasks (trace): on ${ms(median(runs.on.map((s) => s.tasks)))} ms, paused ${ms(median(runs.paused.map((s) => s.tasks)))} ms, paired ${ms(median(runs.on.map((s, i) => s.tasks - runs.paused[i]!.tasks)))} ms`,
);
const names = new Set(runs.on.flatMap((s) => [...s.byName.keys()]));
const rows = [...names]
  .map((name) => {
    const on = runs.on.map((s) => s.byName.get(name) ?? 0);
    const diff = on.map((v, i) => v - (runs.paused[i]!.byName.get(name) ?? 0));
    const n = (mode: 'on' | 'paused') => median(runs[mode].map((s) => s.counts.get(name) ?? 0));
    return { name, on: median(on), diff: median(diff), calls: `${n('on')} / ${n('paused')}` };
  })
  .filter((r) => Math.abs(r.diff) >= 1000 || r.on >= 5000)
  .sort((a, b) => b.diff - a.diff);
console.log('| self time by event | on (median) | on − paused (median) | events on / paused |');
for (const r of rows) console.log(`| ${r.name} | ${ms(r.on)} | ${ms(r.diff)} | ${r.calls} |`);
if (PROFILE) {
  const maps = new Map<string, TraceMap | null>();
  const original = (key: string) => {
    const m = /^(\S+) (\/\S+):(\d+):(\d+)$/.exec(key);
    if (!m) return key;
    const mapFile = join(dir, `${m[2]!}.map`);
    if (!maps.has(mapFile))
      maps.set(mapFile, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
    const map = maps.get(mapFile);
    if (!map) return key;
    const at = originalPositionFor(map, { line: Number(m[3]) + 1, column: Number(m[4]) });
    return at.source
      ? `${at.name ?? m[1]} ${at.source.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}`
      : key;
  };
  for (const mode of ['on', 'paused'] as const) {
    const total = new Map<string, number>();
    for (const s of runs[mode])
      for (const [k, v] of s.profile) {
        const name = original(k);
        total.set(name, (total.get(name) ?? 0) + v / ROUNDS);
      }
    console.log(`\nsampled self time, Glosa ${mode} (mean per read, top 45):`);
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`  ${ms(v)} ms  ${k}`);
  }
}
