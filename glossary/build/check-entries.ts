// `npx tsx glossary/build/check-entries.ts`: validates every entry, the links between them and the content rules
// (entry-checks.ts), without building; fails on errors, prints warnings. Then lists the laws and cases the entries
// cite that have no entry of their own (information only).
import { compileMatcher } from '../compile';
import { contentReport } from '../entry-checks';
import { createMatcher } from '../match';
import { crossCheck } from '../validate';
import { formatUncovered, uncoveredLaws } from './legal-coverage';
import { loadEntries, loadEvents } from './load-entries';
import { loadVocabulary, vocabularyProblems } from './load-vocabulary';

try {
  const entries = loadEntries();
  const vocabulary = loadVocabulary();
  // --partial: while a batch of entries is being written, links to ids not written yet are only warnings.
  const partial = process.argv.includes('--partial');
  const all = crossCheck(entries);
  const problems = partial ? all.filter((p) => !p.includes('does not exist')) : all;
  if (partial && all.length > problems.length)
    console.warn(all.filter((p) => p.includes('does not exist')).join('\n'));
  const report = contentReport(entries, loadEvents(), new Date().toISOString().slice(0, 10));
  if (report.warnings.length)
    console.warn(`${report.warnings.length} warnings:\n${report.warnings.join('\n')}`);
  const errors = [
    ...problems,
    ...report.errors,
    ...vocabularyProblems(vocabulary, new Set(entries.map((e) => e.id))),
  ];
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  console.log(`${entries.length} entries OK`);
  console.log(formatUncovered(uncoveredLaws(entries, createMatcher(compileMatcher(entries, vocabulary)))));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
