// `npm run coverage [-- --update] [-- --list N]`: how much of the migration vocabulary of real articles Glosa marks.
// Reads the passages cached in .cache/passages/ (not committed: each file is `url: …`, `lang: en|es`, a blank line,
// then paragraphs separated by blank lines), extracts candidate terms (candidates.ts), and prints per language the
// share of candidate-term occurrences marked by the glossary as it was at commit BASELINE and as it is now.
// --update rewrites glossary/candidates.tsv (decisions kept) and glossary/candidate-sources.tsv (the addresses);
// --list N prints the N first undecided candidates with the acronyms' expansions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileMatcher } from '../compile';
import { createMatcher, findMatches, type Matcher } from '../match';
import { type Entry, entrySchema } from '../schema';
import {
  type Candidate,
  coverage,
  extractCandidates,
  formatDecisions,
  type Lang,
  mergeDecisions,
  type Passage,
  parseDecisions,
  rowKey,
} from './candidates';
import { entryFiles, loadEntries } from './load-entries';
import { loadVocabulary } from './load-vocabulary';
import { scanBlocks } from './scan';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.cache', 'passages');
const DECISIONS_FILE = join(ROOT, 'glossary', 'candidates.tsv');
const SOURCES_FILE = join(ROOT, 'glossary', 'candidate-sources.tsv');
/** The glossary before the coverage work of issue 21. */
const BASELINE = 'dcf3f03';
/** Candidates seen in at least this many sources must be decided, and count in the coverage figure. */
export const MIN_SOURCES = 3;

interface CachedSource {
  passage: Passage;
  paragraphs: string[];
}

export function readCachedSource(content: string, file: string): CachedSource {
  const [head = '', ...rest] = content.split(/\n\s*\n/);
  const url = /^url:\s*(\S+)/m.exec(head)?.[1];
  const lang = /^lang:\s*(en|es)\s*$/m.exec(head)?.[1] as Lang | undefined;
  if (!url || !lang) throw new Error(`${file}: the first lines must be "url: …" and "lang: en|es"`);
  const paragraphs = rest.map((p) => p.trim().replace(/\s*\n\s*/g, ' ')).filter(Boolean);
  return { passage: { source: url, lang, text: paragraphs.join('\n') }, paragraphs };
}

function readCache(): CachedSource[] {
  return readdirSync(CACHE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readCachedSource(readFileSync(join(CACHE, f), 'utf8'), f));
}

/** Decided marks of each source, as [start, end] in its joined text. */
function marksOf(sources: CachedSource[], matcher: Matcher): Map<string, [number, number][]> {
  const marks = new Map<string, [number, number][]>();
  for (const { passage, paragraphs } of sources) {
    marks.set(
      passage.source,
      scanBlocks(paragraphs, matcher).flatMap((t) => t.offsets),
    );
  }
  return marks;
}

/** The entries at BASELINE, read from git; entries that no longer validate are read leniently (forms only). */
function baselineMatcher(): Matcher | string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-baseline-'));
  try {
    const tar = execFileSync('git', ['-C', ROOT, 'archive', BASELINE, 'glossary/entries'], {
      stdio: 'pipe',
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    const entries = entryFiles(join(dir, 'glossary', 'entries')).map((file) => {
      const raw = parse(readFileSync(file, 'utf8'));
      const parsed = entrySchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const side = (s: Record<string, unknown>) => ({ acronyms: [], aliases: [], ...s });
      return { ambiguous: [], evidence: true, ...raw, en: side(raw.en), es: side(raw.es) } as Entry;
    });
    return createMatcher(compileMatcher(entries, loadVocabulary()));
  } catch (error) {
    return `not available (${(error as Error).message.split('\n')[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when the glossary matches the whole phrase as one term (senses aside). */
function matchesWhole(matcher: Matcher, c: Candidate): boolean {
  return findMatches(matcher, c.phrase).some((m) => !m.cue && m.start === 0 && m.end === c.phrase.length);
}

const pct = (marked: number, total: number) => (total ? `${((100 * marked) / total).toFixed(1)}%` : 'n/a');

function main(argv: string[]): number {
  if (!existsSync(CACHE) || !readdirSync(CACHE).some((f) => f.endsWith('.txt'))) {
    console.log(
      `coverage: no cached passages in ${CACHE} — nothing to measure. The passages are not committed (only their ` +
        `addresses, in glossary/candidate-sources.tsv); cache them locally to run this report.`,
    );
    return 0;
  }
  const sources = readCache();
  const passages = sources.map((s) => s.passage);
  const candidates = extractCandidates(passages, 2);
  const matcher = createMatcher(compileMatcher(loadEntries(), loadVocabulary()));
  const previous = existsSync(DECISIONS_FILE) ? parseDecisions(readFileSync(DECISIONS_FILE, 'utf8')) : [];
  const rows = mergeDecisions(previous, candidates, (c) => matchesWhole(matcher, c), MIN_SOURCES);

  if (argv.includes('--update')) {
    writeFileSync(DECISIONS_FILE, formatDecisions(rows));
    const list = sources.map((s) => [s.passage.source, s.passage.lang, s.paragraphs.length].join('\t'));
    writeFileSync(SOURCES_FILE, `url\tlanguage\tpassages\n${list.join('\n')}\n`);
    console.log(`wrote ${DECISIONS_FILE} (${rows.length} rows) and ${SOURCES_FILE} (${list.length} sources)`);
  }

  const listAt = argv.indexOf('--list');
  if (listAt >= 0) {
    const undecided = new Set(rows.filter((r) => !r.decision).map((r) => rowKey(r.lang, r.phrase)));
    const n = Number(argv[listAt + 1] ?? 50);
    for (const c of candidates.filter((c) => undecided.has(rowKey(c.lang, c.key))).slice(0, n)) {
      const expansions = c.expansions.length ? `  = ${c.expansions.join(' | ')}` : '';
      console.log(
        `${c.lang}  ${String(c.sources).padStart(3)} src ${String(c.count).padStart(4)}×  ${c.phrase}${expansions}`,
      );
    }
  }

  const before = baselineMatcher();
  const now = coverage(candidates, rows, marksOf(sources, matcher), MIN_SOURCES);
  const then =
    typeof before === 'string'
      ? undefined
      : coverage(candidates, rows, marksOf(sources, before), MIN_SOURCES);
  for (const lang of ['en', 'es'] as const) {
    const own = sources.filter((s) => s.passage.lang === lang);
    const langRows = rows.filter((r) => r.lang === lang);
    const c = now.find((x) => x.lang === lang)!;
    const b = then?.find((x) => x.lang === lang);
    console.log(
      `${lang}: ${own.length} sources, ${own.reduce((n, s) => n + s.paragraphs.length, 0)} passages; ` +
        `${langRows.filter((r) => r.decision).length}/${langRows.length} candidates (>= ${MIN_SOURCES} sources, ` +
        `not already matched) decided; candidate-term occurrences marked: ` +
        `${b ? `${pct(b.marked, b.occurrences)} at ${BASELINE}` : `baseline ${before}`} -> ` +
        `${pct(c.marked, c.occurrences)} now (${c.marked}/${c.occurrences})`,
    );
  }
  const ids = new Set(matcher.data.ids);
  const missing = rows.filter((r) => (r.decision === 'entry' || r.decision === 'alias') && !ids.has(r.note));
  for (const r of missing)
    console.log(`candidates.tsv: "${r.phrase}" (${r.lang}) names entry "${r.note}", which does not exist`);
  const undecided = rows.filter((r) => !r.decision).length;
  if (undecided) console.log(`${undecided} candidates undecided: decide them in glossary/candidates.tsv`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  process.exit(main(process.argv.slice(2)));
}
