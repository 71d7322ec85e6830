// `npm run glossary`: validates every entry and writes glossary/compiled/ for the build: matcher.packed (the
// content script's matcher, see pack.ts), cards/<id>.json (what a card on a page reads, see cards.ts), names.json
// (the lookup's fuzzy search), entries.json (the extension's own pages) and vocabulary.json (for the pages that
// compile a matcher themselves).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryCard, namesOf } from '../cards';
import { compileEntries, compileMatcher } from '../compile';
import { contentReport } from '../entry-checks';
import { insideTerms } from '../inside';
import { packMatcher } from '../pack';
import { crossCheck } from '../validate';
import { loadEntries, loadEvents } from './load-entries';
import { loadVocabulary, vocabularyProblems } from './load-vocabulary';

const outDir = join(import.meta.dirname, '..', 'compiled');

try {
  let entries = loadEntries();
  // --partial (while entries are being written): links to ids that do not exist yet are dropped with a warning.
  if (process.argv.includes('--partial')) {
    const ids = new Set(entries.map((e) => e.id));
    const dangling = entries.flatMap((e) =>
      e.related.filter((id) => !ids.has(id)).map((id) => `${e.id} → ${id}`),
    );
    if (dangling.length) console.warn(`glossary: dropped ${dangling.length} links to unwritten entries`);
    entries = entries.map((e) => ({ ...e, related: e.related.filter((id) => ids.has(id)) }));
  }
  const report = contentReport(entries, loadEvents(), new Date().toISOString().slice(0, 10));
  const vocabulary = loadVocabulary();
  const problems = [
    ...crossCheck(entries),
    ...report.errors,
    ...vocabularyProblems(vocabulary, new Set(entries.map((e) => e.id))),
  ];
  if (problems.length) throw new Error(`Glossary problems:\n${problems.join('\n')}`);
  // Live statuses not confirmed in six months, and problems in entries still being re-verified: listed, not fatal.
  if (report.warnings.length)
    console.warn(`glossary: ${report.warnings.length} warnings\n${report.warnings.join('\n')}`);
  const sorted = compileEntries(entries);
  const matcher = compileMatcher(sorted, vocabulary);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'matcher.packed'), packMatcher(matcher));
  writeFileSync(join(outDir, 'entries.json'), JSON.stringify(sorted));
  writeFileSync(join(outDir, 'vocabulary.json'), JSON.stringify(vocabulary));
  writeFileSync(join(outDir, 'names.json'), JSON.stringify(sorted.map(namesOf)));
  const cardDir = join(outDir, 'cards');
  rmSync(cardDir, { recursive: true, force: true });
  mkdirSync(cardDir);
  const byId = new Map(sorted.map((entry) => [entry.id, entry]));
  const inside = insideTerms(matcher, sorted);
  for (const entry of sorted) {
    const card = entryCard(entry, byId, inside.get(entry.id));
    writeFileSync(join(cardDir, `${entry.id}.json`), JSON.stringify(card));
  }
  console.log(
    `glossary: ${sorted.length} entries, ${matcher.groups.reduce((n, [, [candidates]]) => n + candidates.length, 0)} forms → glossary/compiled/`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
