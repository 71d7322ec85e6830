// `npm run eval:cross`: how the topic lexicon (glossary/topic.ts) does on pages it did not learn from. For each set
// of evaluation pages (its prefix: "holdout23", "en", "trap"…), the lexicon is learned from every other set and the
// set is evaluated with it, and again with no lexicon; the totals of both are printed side by side. The rules were
// tuned on these sets, so this shows what the lexicon costs on pages it has not seen (right marks it drops) and
// what it removes that the rules let through; how it does on pages nobody tuned on, only the held-out sets tell.

import { readdirSync } from 'node:fs';
import { ambiguousForm, pagePassages } from '@/glossary/build/learn-topic';
import { loadEntries } from '@/glossary/build/load-entries';
import { loadVocabulary } from '@/glossary/build/load-vocabulary';
import { compileEntries, compileMatcher } from '@/glossary/compile';
import { createMatcher } from '@/glossary/match';
import { learnTopic, topicLexiconOf } from '@/glossary/topic';
import { isHeldOut } from './held-out';
import { evaluate, PAGES_DIR, type PageResult } from './run';

const setOf = (page: string) => /^(holdout\d*|en|es|trap)/.exec(page)?.[1] ?? page;

const entries = compileEntries(loadEntries());
const vocabulary = loadVocabulary();
const ids = new Set(entries.map((e) => e.id));
const broader = new Map(entries.flatMap((e) => (e.broader ? [[e.id, e.broader] as const] : [])));
const without = createMatcher(compileMatcher(entries, { ...vocabulary, topic: [] }));
const learning = createMatcher(compileMatcher(entries, vocabulary));
const passages = pagePassages(PAGES_DIR);
const sets = [
  ...new Set(
    readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html') && !isHeldOut(f))
      .map(setOf),
  ),
].sort();
const withLexicon: PageResult[] = [];
const noLexicon: PageResult[] = [];
for (const set of sets) {
  const inSet = (page: string) => setOf(page) === set && !isHeldOut(page);
  // The matcher's lexicon swapped for one learned without the set (topicLexicon reads Matcher.topic first).
  const others = [...passages].flatMap(([file, mine]) => (setOf(file) === set ? [] : mine));
  learning.topic = topicLexiconOf(learnTopic(others, ambiguousForm(without)));
  withLexicon.push(...evaluate(learning, ids, PAGES_DIR, inSet, broader));
  noLexicon.push(...evaluate(without, ids, PAGES_DIR, inSet, broader));
}

function totals(results: PageResult[], lang: string) {
  const mine = results.filter((r) => !r.trap && r.lang === lang);
  const sum = (f: (r: PageResult) => number) => mine.reduce((n, r) => n + f(r), 0);
  return {
    core: sum((r) => r.core.filter((id) => r.found.has(id)).length),
    all: sum((r) => r.all.filter((id) => r.found.has(id)).length),
    right: sum((r) => r.right),
    marks: sum((r) => r.marks),
    mustNot: sum((r) => r.mustNotMarked.length),
  };
}
console.log(`eval:cross: ${sets.length} sets, each with a lexicon learned from the others`);
console.log('lang  lexicon   core found  all found  right/marks   must-not');
for (const lang of ['en', 'es']) {
  for (const [name, results] of [
    ['none', noLexicon],
    ['learned', withLexicon],
  ] as const) {
    const t = totals(results, lang);
    console.log(
      `${lang.padEnd(6)}${name.padEnd(10)}${String(t.core).padEnd(12)}${String(t.all).padEnd(11)}${`${t.right}/${t.marks}`.padEnd(14)}${t.mustNot}`,
    );
  }
}
const trapMarks = (results: PageResult[]) => results.filter((r) => r.trap).reduce((n, r) => n + r.marks, 0);
console.log(
  `trap pages: ${trapMarks(noLexicon)} marks with no lexicon, ${trapMarks(withLexicon)} with one learned from the other sets`,
);
// What the lexicon changed, page by page: marks dropped and marks it let through.
for (let i = 0; i < withLexicon.length; i++) {
  const a = noLexicon[i]!;
  const b = withLexicon[i]!;
  const lost = a.all.filter((id) => a.found.has(id) && !b.found.has(id));
  const rightLost = a.right - b.right;
  const wrongGone = a.wrong.filter((w) => !b.wrong.includes(w));
  const wrongNew = b.wrong.filter((w) => !a.wrong.includes(w));
  if (!lost.length && !rightLost && !wrongGone.length && !wrongNew.length) continue;
  console.log(`${b.page}:`);
  if (lost.length) console.log(`  concepts lost: ${lost.join(', ')}`);
  if (rightLost) console.log(`  right marks lost: ${rightLost}`);
  for (const w of wrongGone) console.log(`  wrong mark gone: ${w}`);
  for (const w of wrongNew) console.log(`  wrong mark new: ${w}`);
}
