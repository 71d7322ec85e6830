// `npm run eval`: the page scan on the evaluation set (tests/eval/pages/*.html, pages we wrote in the style of
// news reporting, each annotated in a <script id="glosa-eval"> block). Prints, per language, recall of the core
// concepts and of all annotated concepts (entry found anywhere on the page), precision of marks (a mark is right
// when its entry is annotated for the page, as a concept or as an acceptable extra, and it is not inside a
// must-not string), every must-not string marked, and every mark on trap pages (pages of other domains).
// `--verbose` lists each page's misses and wrong marks; `--only PREFIX` evaluates the pages whose names start so,
// `--skip PREFIX` (repeatable) leaves them out, unread: held-out pages (tests/eval/held-out.ts) are measured, never tuned
// on, so whoever tunes the rules runs `npm run eval -- --skip PREFIX` for each held-out prefix.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadEntries } from '@/glossary/build/load-entries';
import { loadVocabulary } from '@/glossary/build/load-vocabulary';
import { textBlocks } from '@/glossary/build/scan';
import { compileEntries, compileMatcher } from '@/glossary/compile';
import { type InsideTerm, insideSurface, insideTerms } from '@/glossary/inside';
import { createMatcher, type Matcher } from '@/glossary/match';
import { type PageMark, scanTexts } from '@/glossary/page-scan';
import { annotation } from './annotation';

export const PAGES_DIR = join(import.meta.dirname, 'pages');

export interface PageResult {
  page: string;
  lang: string;
  trap: boolean;
  core: string[];
  all: string[];
  found: Set<string>;
  /** Of `found`, the concepts no mark is, reached only through a marked phrase's card ("In this term"). */
  foundInside: Set<string>;
  marks: number;
  right: number;
  wrong: string[];
  mustNotMarked: string[];
}

/**
 * Whether a must-not string found at `at` stands as words of the text: not inside a longer word ("ice" in
 * "officer" or in "icebox"), though a plural may follow ("coyote" in "coyotes").
 */
function asWords(text: string, at: number, string: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  if (at > 0 && letter.test(text[at - 1]!) && letter.test(string[0]!)) return false;
  const rest = text.slice(at + string.length, at + string.length + 3);
  return !letter.test(string.at(-1)!) || /^(?:e?s)?(?![\p{L}\p{N}])/u.test(rest);
}

/**
 * `broader`: each entry's general concept (its `broader` field): a mark of "Estación Migratoria Siglo XXI" covers
 * the estación migratoria too, whose card it links, so that concept counts as found and the mark as right.
 * `inside`: the terms inside each entry's forms (glossary/inside.ts): those a mark's words hold are found too (its
 * card leads to them), but a mark is right only for its own entry.
 */
export function evaluatePage(
  file: string,
  matcher: Matcher,
  ids: Set<string>,
  broader: ReadonlyMap<string, string> = new Map(),
  inside: ReadonlyMap<string, InsideTerm[]> = new Map(),
): PageResult {
  const html = readFileSync(file, 'utf8');
  const ann = annotation(html, file);
  const lang = /<html lang="(\w+)"/.exec(html)?.[1] ?? '?';
  const core = ann.core ?? [];
  const all = [...new Set([...core, ...(ann.concepts ?? [])])];
  for (const id of [...all, ...(ann.also ?? [])]) {
    if (!ids.has(id)) throw new Error(`${basename(file)}: annotated entry "${id}" does not exist`);
  }
  const accepted = new Set([...all, ...(ann.also ?? [])]);
  const blocks = textBlocks(html, true);
  const marks = scanTexts(matcher, blocks);
  const inMustNot = (mark: PageMark<number>): string | undefined => {
    const { text } = blocks[mark.block]!;
    return (ann.must_not ?? []).find((s) => {
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        if (asWords(text, at, s) && mark.start < at + s.length && mark.end > at) return true;
      }
      return false;
    });
  };
  const wrong: string[] = [];
  const mustNotMarked: string[] = [];
  let right = 0;
  for (const mark of marks) {
    const forbidden = inMustNot(mark);
    if (forbidden)
      mustNotMarked.push(`"${mark.surface}" (${mark.entryId}, ${mark.reason}) in "${forbidden}"`);
    const covers = accepted.has(mark.entryId) || accepted.has(broader.get(mark.entryId) ?? '');
    if (!forbidden && !ann.trap && covers) right++;
    else wrong.push(`${mark.surface} → ${mark.entryId} (${mark.reason})`);
  }
  const marked = new Set(marks.flatMap((m) => [m.entryId, broader.get(m.entryId) ?? m.entryId]));
  const foundInside = new Set(
    marks
      .flatMap((m) => insideSurface(inside.get(m.entryId) ?? [], m.surface))
      .filter((id) => !marked.has(id)),
  );
  return {
    page: basename(file, '.html'),
    lang,
    trap: ann.trap === true,
    core,
    all,
    found: new Set([...marked, ...foundInside]),
    foundInside,
    marks: marks.length,
    right,
    wrong,
    mustNotMarked,
  };
}

const percent = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function evaluate(
  matcher: Matcher,
  ids: Set<string>,
  dir = PAGES_DIR,
  chosen: (page: string) => boolean = () => true,
  broader: ReadonlyMap<string, string> = new Map(),
  inside: ReadonlyMap<string, InsideTerm[]> = new Map(),
): PageResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && chosen(basename(f, '.html')))
    .sort()
    .map((f) => evaluatePage(join(dir, f), matcher, ids, broader, inside));
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  // In the extension's order (compile-glossary.ts sorts by id), so the eval measures what ships.
  const entries = compileEntries(loadEntries());
  const data = compileMatcher(entries, loadVocabulary());
  const matcher = createMatcher(data);
  const only = argv[argv.indexOf('--only') + 1];
  const skipped = argv.flatMap((arg, i) => (argv[i - 1] === '--skip' ? [arg] : []));
  const chosen = (page: string) =>
    (!argv.includes('--only') || (only !== undefined && page.startsWith(only))) &&
    !skipped.some((prefix) => page.startsWith(prefix));
  const broader = new Map(entries.flatMap((e) => (e.broader ? [[e.id, e.broader] as const] : [])));
  const inside = insideTerms(data, entries);
  const results = evaluate(matcher, new Set(entries.map((e) => e.id)), PAGES_DIR, chosen, broader, inside);
  const articles = results.filter((r) => !r.trap);
  const traps = results.filter((r) => r.trap);
  console.log(`eval: ${articles.length} migration pages, ${traps.length} trap pages (tests/eval/pages)`);
  console.log('lang  pages  core recall        all recall         precision          must-not marked');
  for (const lang of ['en', 'es']) {
    const mine = articles.filter((r) => r.lang === lang);
    const coreFound = mine.reduce((n, r) => n + r.core.filter((id) => r.found.has(id)).length, 0);
    const coreAll = mine.reduce((n, r) => n + r.core.length, 0);
    const allFound = mine.reduce((n, r) => n + r.all.filter((id) => r.found.has(id)).length, 0);
    const allAll = mine.reduce((n, r) => n + r.all.length, 0);
    const right = mine.reduce((n, r) => n + r.right, 0);
    const marks = mine.reduce((n, r) => n + r.marks, 0);
    const mustNot = mine.reduce((n, r) => n + r.mustNotMarked.length, 0);
    console.log(
      `${lang.padEnd(6)}${String(mine.length).padEnd(7)}${`${percent(coreFound, coreAll)} (${coreFound}/${coreAll})`.padEnd(19)}${`${percent(allFound, allAll)} (${allFound}/${allAll})`.padEnd(19)}${`${percent(right, marks)} (${right}/${marks})`.padEnd(19)}${mustNot}`,
    );
  }
  const reachedInside = (lang: string, of: (r: PageResult) => string[]) =>
    articles
      .filter((r) => r.lang === lang)
      .reduce((n, r) => n + of(r).filter((id) => r.foundInside.has(id)).length, 0);
  console.log(
    `found only in a marked phrase's card ("In this term"), counted above: ${['en', 'es']
      .map(
        (lang) =>
          `${lang} core ${reachedInside(lang, (r) => r.core)}, all ${reachedInside(lang, (r) => r.all)}`,
      )
      .join('; ')}`,
  );
  const trapMarks = traps.reduce((n, r) => n + r.marks, 0);
  console.log(`trap pages: ${trapMarks} marks`);
  for (const r of traps) for (const w of r.wrong) console.log(`  ${r.page}: ${w}`);
  for (const r of articles) for (const m of r.mustNotMarked) console.log(`  must-not, ${r.page}: ${m}`);
  if (verbose) {
    for (const r of articles) {
      const missed = r.all.filter((id) => !r.found.has(id));
      if (!missed.length && !r.wrong.length) continue;
      console.log(`${r.page}:`);
      if (missed.length)
        console.log(`  missed: ${missed.map((id) => (r.core.includes(id) ? `${id}*` : id)).join(', ')}`);
      if (r.foundInside.size) console.log(`  in a phrase's card only: ${[...r.foundInside].join(', ')}`);
      for (const w of r.wrong) console.log(`  wrong: ${w}`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  process.exit(main(process.argv.slice(2)));
}
