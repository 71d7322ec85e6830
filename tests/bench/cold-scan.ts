// The page scan of the ~1.1 MB document's blocks in Node, pass after pass in one process: the first pass shows
// the cold (unoptimized) cost the page pays. `tsx tests/bench/cold-scan.ts [passes]` (COLD_ONLY=match: the
// matcher alone). Run with `node --single-threaded --no-maglev --no-turbofan` on a bundle of it (esbuild) for
// the cost before V8 optimizes anything: CPU time then moves by a few ms between runs, where wall time on this
// shared machine moves by tens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMatches } from '@/glossary/match';
import { unpackMatcher } from '@/glossary/pack';
import { createPageScan } from '@/glossary/page-scan';
import { bigPage } from './pages';

const passes = Number(process.argv[2] ?? 3);
const only = process.env.COLD_ONLY; // 'match': findMatches alone
const { html } = bigPage(1_100_000);
const blocks = [...html.matchAll(/<(p|h2)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
const packed = readFileSync(join(import.meta.dirname, '../../glossary/compiled/matcher.packed'), 'utf8');
for (let pass = 0; pass < passes; pass++) {
  const matcher = unpackMatcher(packed);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const cpu = () => {
    const c = process.cpuUsage(c0);
    return ((c.user + c.system) / 1000).toFixed(1);
  };
  let marks = 0;
  if (only === 'match') {
    for (const text of blocks) marks += findMatches(matcher, text).length;
    console.log(
      `pass ${pass + 1}: match ${(performance.now() - t0).toFixed(1)} ms (CPU ${cpu()}), ${marks} matches`,
    );
    continue;
  }
  const scan = createPageScan<number>(matcher);
  blocks.forEach((text, i) => {
    scan.add(i, text);
    marks += scan.settle(false).added.length;
  });
  scan.settle();
  const total = performance.now() - t0;
  console.log(
    `pass ${pass + 1}: ${total.toFixed(1)} ms, CPU ${cpu()} ms (match ${scan.matchMs().toFixed(1)}), ${scan.marks().length} marks, ${blocks.length} blocks`,
  );
}
