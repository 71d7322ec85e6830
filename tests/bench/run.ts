// `npm run bench`: speed figures, each beside its baseline from the same run. Nothing here asserts a time.
//  0. Chromium, from outside: the page's extra main-thread time with Glosa, beside an attribute-only extension,
//     on an article, the article with ad frames, a ~1.1 MB document and live edits on it (tests/bench/outside.ts).
//  1. Node: the matcher's throughput on ~1 MB of text (MB/s), folding alone beside it.
//  2. Chromium with the built extension: the content script's main-thread cost (from its `glossary-scan`
//     performance measure) on a typical article and on a page of >1 MB of text, beside a bare TreeWalker read of
//     the same page, a naive combined regex over text nodes, and mark.js with the glossary's keyword list; and the
//     start of a content script that does next to nothing.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEntries } from '@/glossary/build/load-entries';
import { loadVocabulary } from '@/glossary/build/load-vocabulary';
import { compileMatcher } from '@/glossary/compile';
import { allForms } from '@/glossary/entry';
import { findMatches } from '@/glossary/match';
import { fold } from '@/glossary/normalize';
import { packMatcher, unpackMatcher } from '@/glossary/pack';
import { createSearch } from '@/glossary/search';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { hoverTerm, waitForReady } from '../e2e/page-helpers';
import { serveFixtures } from '../e2e/server';
import { outsideBenchmark } from './outside';
import { bigPage, paragraphsOf, thresholdPage } from './pages';
import { median } from './shared';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The bench build (\`wxt build --mode bench\`): the release build plus Glosa's timings on the page's timeline. */
const BENCH_DIR = process.env.GLOSA_BENCH_EXTENSION ?? join(EXTENSION_DIR, '..', 'chrome-mv3-bench');
const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function nodeBenchmark(textBytes: number): void {
  const entries = loadEntries();
  const data = compileMatcher(entries, loadVocabulary());
  const packed = packMatcher(data);
  const buildStart = performance.now();
  const matcher = unpackMatcher(packed);
  const buildMs = performance.now() - buildStart;
  const { html } = bigPage(textBytes);
  const blocks = paragraphsOf(html);
  const totalChars = blocks.reduce((n, b) => n + b.length, 0);
  const foldRuns: number[] = [];
  const matchRuns: number[] = [];
  let count = 0;
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    for (const block of blocks) fold(block);
    foldRuns.push(performance.now() - t);
    t = performance.now();
    count = 0;
    for (const block of blocks) count += findMatches(matcher, block).length;
    matchRuns.push(performance.now() - t);
  }
  const mb = totalChars / 1e6;
  console.log('\n== Node: matcher throughput ==');
  console.log(
    `glossary: ${entries.length} entries, ${matcher.packed?.hashes.length ?? matcher.byFirstWord.size} first-word groups; packed matcher (${(packed.length / 1e3).toFixed(0)} kB) unpacked in ${fmt(buildMs)}`,
  );
  console.log(`text: ${(mb).toFixed(2)} M chars in ${blocks.length} blocks; ${count} matches`);
  console.log(
    `fold only:       ${fmt(median(foldRuns))}  (${(mb / (median(foldRuns) / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(
    `fold + match:    ${fmt(median(matchRuns))}  (${(mb / (median(matchRuns) / 1000)).toFixed(1)} MB/s)`,
  );
}

// Code run in the page is plain JS in strings: tsx would wrap named functions in a helper the page lacks.
const BASELINES_JS = `(() => {
  const time = (fn) => {
    const runs = [];
    for (let i = 0; i < 5; i++) { const t = performance.now(); fn(); runs.push(performance.now() - t); }
    return runs.sort((a, b) => a - b)[2];
  };
  const warmRead = time(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) total += n.data.length;
    return total;
  });
  const regex = new RegExp(window.__regexSource, 'giu');
  const naiveRegex = time(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let found = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found += (n.data.match(regex) || []).length;
    return found;
  });
  return { warmRead, naiveRegex };
})()`;

const SCAN_JS = `(() => {
  const entry = performance.getEntriesByName('glossary-scan')[0];
  return entry ? { wallMs: entry.duration, ...entry.detail } : null;
})()`;

// mark.js handles a keyword list by recursion, one stack frame chain per keyword: past ~1,000 keywords the regular
// expression compiler runs out of stack. So it gets the list in batches of 200, timed without the gaps between.
const MARKJS_JS = (keywords: string[]) => `new Promise((resolve, reject) => {
  const keywords = ${JSON.stringify(keywords)};
  let total = 0;
  const next = (from) => {
    if (from >= keywords.length) return resolve(total);
    const t = performance.now();
    try {
      new Mark(document.body).mark(keywords.slice(from, from + 200), {
        separateWordSearch: false, accuracy: 'exactly', diacritics: true,
        done: () => { total += performance.now() - t; setTimeout(() => next(from + 200), 0); },
      });
    } catch (error) { reject(error); }
  };
  next(0);
})`;

// A bare read of the page's text as the very first script to touch its nodes: appended to a copy of the page, it
// runs before any content script, so it pays what Glosa's own first read pays (every node met for the first time).
const COLD_READ_SCRIPT = `<script>
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) total += n.data.length;
  window.__coldRead = performance.now() - t;
</script>`;

interface ScanDetail {
  /** The content script's own start (compile + top-level run), from the browser's trace. */
  startMs: number;
  /** The part of it the engine spent collecting source positions for the attached test tool's stack traces. */
  inspectorMs: number;
  wallMs: number;
  busyMs: number;
  setupMs: number;
  collectMs: number;
  matchMs: number;
  slices: number;
  maxSliceMs: number;
  marks: number;
}

const LOADS = 7;

/** A Chromium trace event (devtools.timeline), as much of it as is read here. */
interface TraceEvent {
  name: string;
  ts: number;
  tid: number;
  dur?: number;
  args?: { data?: { url?: string } };
}
const isOurs = (event: TraceEvent) => event.args?.data?.url?.startsWith('chrome-extension://') ?? false;

async function browserBenchmark(): Promise<void> {
  const big = bigPage(1_100_000);
  const article = readFileSync(join(FIXTURES, 'remain-in-mexico-en.html'), 'utf8');
  const withColdRead = (html: string) => html.replace('</body>', `${COLD_READ_SCRIPT}</body>`);
  const server = await serveFixtures({
    '/big.html': big.html,
    '/big-cold.html': withColdRead(big.html),
    '/article-cold.html': withColdRead(article),
  });
  const browser = await launchWithExtension({ extensionDir: BENCH_DIR });
  const keywords = [...new Set(loadEntries().flatMap((e) => allForms(e)))];
  const alternatives = keywords
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const regexSource = `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;
  const loadAndRead = async (path: string, script: string) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', null, {
      timeout: 120_000,
    });
    const value = await page.evaluate(script);
    return { page, value };
  };
  // The content script's start on a page (compiling it, running its modules' top level and main() up to its
  // first wait, reading the settings and the matcher) happens before the scan's own measure: the browser's trace
  // times it (EvaluateScript of the content script, v8.compileModule and v8.evaluateModule of content-start.js).
  const loadTraced = async (
    path: string,
    categories = ['devtools.timeline'],
    context = browser.context,
  ): Promise<ScanDetail> => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: categories },
      transferMode: 'ReportEvents',
    });
    await page.goto(server.url(path));
    await page.waitForFunction('document.documentElement.dataset.glossaryState === "ready"', null, {
      timeout: 120_000,
    });
    // (null for the baseline extension below, which has no scan)
    const scan = ((await page.evaluate(SCAN_JS)) ?? {}) as ScanDetail;
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    // The content script (EvaluateScript), then its start module (content-start.js): compiling it on the main
    // thread once loaded, and running its top level (the test pages load no modules of their own).
    const starts = events.filter(
      (e) =>
        ((e.name === 'EvaluateScript' || e.name === 'v8.compileModule') && isOurs(e)) ||
        e.name === 'v8.evaluateModule',
    );
    scan.startMs = starts.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    // The test tool keeps a DevTools-protocol session open on the page, and the engine then re-parses our
    // functions to give the stack traces it records their source positions: time a reader's browser does not
    // spend (in a trace of a browser started without such a session: 0.2–1.4 ms, against 6–9 ms in these loads).
    const inside = (e: TraceEvent, outer: TraceEvent) =>
      e.tid === outer.tid && e.ts >= outer.ts && e.ts <= outer.ts + (outer.dur ?? 0);
    scan.inspectorMs =
      events
        .filter((e) => e.name === 'V8.CollectSourcePositions' && starts.some((start) => inside(e, start)))
        .reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    await page.close();
    return scan;
  };
  try {
    // The floor under any content script's start: another extension whose script only sets the attribute that
    // says it is done, on the same page, traced the same way.
    const emptyDir = mkdtempSync(join(tmpdir(), 'glosa-empty-extension-'));
    writeFileSync(
      join(emptyDir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'empty',
        version: '1.0',
        background: { service_worker: 'background.js' },
        content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
      }),
    );
    writeFileSync(join(emptyDir, 'background.js'), '');
    writeFileSync(join(emptyDir, 'content.js'), 'document.documentElement.dataset.glossaryState = "ready";');
    const empty = await launchWithExtension({ extensionDir: emptyDir });
    const emptyStarts: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      emptyStarts.push((await loadTraced('/remain-in-mexico-en.html', undefined, empty.context)).startMs);
    }
    await empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
    const emptyStartMs = median(emptyStarts);

    console.log('\n== Chromium: main-thread cost of marking ==');
    console.log(
      `(each page loaded ${LOADS} times in one browser; the load with the median Glosa time is shown)`,
    );
    for (const [label, path, coldPath] of [
      ['typical article (remain-in-mexico-en.html)', '/remain-in-mexico-en.html', '/article-cold.html'],
      [`1 MB page (${(big.textLength / 1e6).toFixed(2)} M chars of text)`, '/big.html', '/big-cold.html'],
    ] as const) {
      const scans: ScanDetail[] = [];
      const coldReads: number[] = [];
      for (let load = 0; load < LOADS; load++) {
        scans.push(await loadTraced(path));
        const cold = await loadAndRead(coldPath, 'window.__coldRead');
        coldReads.push(cold.value as number);
        await cold.page.close();
      }
      const scan = [...scans].sort((a, b) => a.busyMs - b.busyMs)[Math.floor(LOADS / 2)]!;
      const coldRead = median(coldReads);
      console.log(`\n${label}`);
      console.log(
        `  Glosa main-thread time: ${fmt(scan.busyMs)} (setup ${fmt(scan.setupMs)}, ` +
          `text collection ${fmt(scan.collectMs)}, matcher ${fmt(scan.matchMs)}, ` +
          `sense decisions + painting ${fmt(scan.busyMs - scan.setupMs - scan.collectMs - scan.matchMs)}); ` +
          `${scan.slices} slices, longest ${fmt(scan.maxSliceMs)}; ${scan.marks} marks; ready after ${fmt(scan.wallMs)}`,
      );
      console.log(`  all ${LOADS} loads: ${scans.map((s) => fmt(s.busyMs)).join(', ')}`);
      const startMs = median(scans.map((s) => s.startMs));
      // Tracing the engine's compiler slows the start down: its share is measured in loads of its own.
      const compileTraced: ScanDetail[] = [];
      for (let load = 0; load < 3; load++) {
        compileTraced.push(await loadTraced(path, ['devtools.timeline', 'disabled-by-default-v8.compile']));
      }
      const inspectorMs = median(compileTraced.map((s) => s.inspectorMs));
      const totalMs = startMs + scan.busyMs;
      console.log(
        `  before that, the content script's start (compile, module setup, main() up to its first wait; from the trace): ` +
          `${fmt(startMs)} (median; all: ${scans.map((s) => fmt(s.startMs)).join(', ')}) → in all ${fmt(totalMs)}`,
      );
      console.log(
        `    of which the engine collecting source positions for the test tool's DevTools session (not in a reader's browser): ` +
          `${fmt(inspectorMs)} (median of 3 loads with the compiler traced) → without it, in all ${fmt(totalMs - inspectorMs)}`,
      );
      if (path === '/remain-in-mexico-en.html') {
        console.log(
          `    baseline: the start of a content script that only sets one attribute, same page: ${fmt(emptyStartMs)} (median of ${LOADS})`,
        );
      }
      const times = (ms: number) =>
        coldRead >= 0.1 ? `${(ms / coldRead).toFixed(1)}x` : 'read too short to compare';
      console.log(
        `  bare TreeWalker read of all text, first script to touch the page: ${fmt(coldRead)} (median of ${LOADS})` +
          ` → the scan = ${times(scan.busyMs)}, all of Glosa = ${times(totalMs)} (${times(totalMs - inspectorMs)} without the test tool's share)`,
      );

      const { page, value } = await loadAndRead(path, 'null');
      void value;
      await page.evaluate((source) => {
        (window as unknown as { __regexSource: string }).__regexSource = source;
      }, regexSource);
      const baselines = (await page.evaluate(BASELINES_JS)) as { warmRead: number; naiveRegex: number };
      await page.close();
      console.log(`  the same read repeated, nodes already touched: ${fmt(baselines.warmRead)}`);
      console.log(
        `  naive combined regex over text nodes, nodes already touched and regex compiled (${keywords.length} keywords): ${fmt(baselines.naiveRegex)}`,
      );

      // mark.js wraps text in elements: it runs on a fresh copy of the page, with fewer keywords on the big page.
      const markPage = await browser.context.newPage();
      await markPage.goto(server.url(path));
      await markPage.addScriptTag({ content: MARK_JS });
      const limitKeywords = path === '/big.html' ? keywords.slice(0, 200) : keywords;
      const markMs = (await markPage.evaluate(MARKJS_JS(limitKeywords)).catch((error: Error) => {
        console.log(`  mark.js failed: ${error.message.slice(0, 200)}`);
        return Number.NaN;
      })) as number;
      console.log(
        `  mark.js (${limitKeywords.length} keywords): ${Number.isNaN(markMs) ? 'did not finish' : fmt(markMs)}`,
      );
      await markPage.close();
    }

    // The card's interface is not in the content script: the first card on a page loads it (card-ui.js).
    const uiLoads: number[] = [];
    const cardShown: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('/remain-in-mexico-en.html'));
      await waitForReady(page);
      const hovered = Date.now();
      await hoverTerm(page, 'Remain in Mexico');
      await page.waitForFunction(() =>
        document.querySelector('glossary-card')?.shadowRoot?.querySelector('.card[data-entry]'),
      );
      cardShown.push(Date.now() - hovered);
      uiLoads.push(
        (await page.evaluate(
          `performance.getEntriesByName('glossary-card-ui')[0]?.duration ?? Number.NaN`,
        )) as number,
      );
      await page.close();
    }
    const uiKb = statSync(join(BENCH_DIR, 'card-ui.js')).size / 1e3;
    console.log('\nfirst card on a page (typical article)');
    console.log(
      `  the card's interface (card-ui.js, ${uiKb.toFixed(0)} kB) loaded on first use in ${fmt(median(uiLoads))} (median of ${LOADS}; ` +
        `all: ${uiLoads.map(fmt).join(', ')}); content script ${(statSync(join(BENCH_DIR, 'content-scripts', 'content.js')).size / 1e3).toFixed(0)} kB`,
    );
    console.log(
      `  pointer on the term → card with its entry on screen: ${median(cardShown)} ms (median; includes the hover intent delay)`,
    );

    // A page whose text changes every 50 ms, for 10 s: Glosa's rescans against the 10 s of wall time.
    const live = await browser.context.newPage();
    await live.goto(server.url('/remain-in-mexico-en.html'));
    await live.waitForFunction('document.documentElement.dataset.glossaryState === "ready"');
    const cdp = await browser.context.newCDPSession(live);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    const heapBefore = await heapMb();
    await live.evaluate(`(() => {
      const ticker = document.createElement('p');
      document.body.append(ticker);
      let n = 0;
      setInterval(() => { ticker.textContent = 'Update ' + n++ + ': CBP reports encounters at the border and ICE detentions.'; }, 50);
    })()`);
    // Every call into Glosa's code in those 10 s (observer callbacks, timers, rescans), from the browser's trace.
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    await live.waitForTimeout(10_000);
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await traced;
    const calls = events.filter((e) => e.name === 'FunctionCall' && isOurs(e));
    const callsMs = calls.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    const rescans = (await live.evaluate(`(() => {
      const entry = performance.getEntriesByName('glossary-rescan')[0];
      return entry ? entry.detail : { totalMs: 0, count: 0 };
    })()`)) as { totalMs: number; count: number };
    console.log('\npage changing every 50 ms, over 10 s');
    console.log(
      `  Glosa rescans: ${rescans.count} batches, ${fmt(rescans.totalMs)} of main-thread time = ${((rescans.totalMs / 10_000) * 100).toFixed(2)}% of the 10 s`,
    );
    console.log(
      `  every call into Glosa's code (observer, timers, rescans; from the trace): ${calls.length} calls, ${fmt(callsMs)} = ${((callsMs / 10_000) * 100).toFixed(2)}% of the 10 s`,
    );
    const heapAfter = await heapMb();
    console.log(
      `  page's JS heap after GC (all worlds): ${heapBefore.toFixed(2)} MB before, ${heapAfter.toFixed(2)} MB after the 10 s`,
    );
    await live.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The popup's search, keystroke by keystroke, beside a plain substring filter over the same entries. */
function searchBenchmark(): void {
  const entries = loadEntries();
  let t = performance.now();
  const search = createSearch(entries);
  const buildMs = performance.now() - t;
  const typed = [
    'quedate en mexico',
    'nothern triangle',
    'secretaria relaciones exteriores',
    'ICE',
    'visa humanitaria',
  ];
  const prefixes = typed.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  const runs: number[] = [];
  for (const prefix of prefixes) {
    t = performance.now();
    search.search(prefix);
    runs.push(performance.now() - t);
  }
  const plain = entries.map((e) => `${e.en.term} ${e.es.term}`.toLowerCase());
  t = performance.now();
  for (const prefix of prefixes) plain.filter((text) => text.includes(prefix.toLowerCase()));
  const substringMs = (performance.now() - t) / prefixes.length;
  console.log('\n== Node: popup search (fuse.js) ==');
  console.log(`index built in ${fmt(buildMs)} for ${entries.length} entries`);
  console.log(
    `per keystroke over ${prefixes.length} keystrokes: median ${fmt(median(runs))}, worst ${fmt(Math.max(...runs))}` +
      ` (plain substring filter: ${fmt(substringMs)})`,
  );
}

if (!process.argv.includes('--node-only')) {
  await outsideBenchmark(
    {
      article: readFileSync(join(FIXTURES, 'remain-in-mexico-en.html'), 'utf8'),
      big: bigPage(1_100_000).html,
      threshold: thresholdPage(),
    },
    BENCH_DIR,
    Number(process.env.BENCH_ROUNDS ?? 5),
    process.env.GLOSA_BENCH_EXTENSION_B,
    process.env.BENCH_CASES?.split(',').filter(Boolean),
  );
}
if (process.argv.includes('--outside-only')) process.exit(0);
nodeBenchmark(1_000_000);
searchBenchmark();
if (!process.argv.includes('--node-only')) await browserBenchmark();
