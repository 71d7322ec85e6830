// The reference extension: the least a term highlighter can do, to calibrate `npm run bench` on a machine. Its
// content script reads the page's text with a TreeWalker, finds 187 of the glossary's English and Spanish forms
// with one regular expression and paints them as one CSS highlight; no senses, no card, no counts,
// no slices. On the machine where the goals were set, such a prototype cost the article ~5 ms above the
// attribute-only floor; measured beside Glosa in the same rounds, it tells how much of Glosa's cost on this machine
// any highlighter pays.
//
// `tsx tests/bench/reference-extension.ts` writes it and prints its folder, to give the bench as a second build:
// GLOSA_BENCH_EXTENSION_B=<folder> BENCH_CASES=article npm run bench -- --outside-only
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEntries } from '../../glossary/build/load-entries';

const TERMS = 187;

/**
 * The terms the reference looks for: the entries' forms (terms, aliases, acronyms) that the bench's article contains
 * first, so it marks about as much of the article as Glosa does, then unambiguous forms of other entries up to 187.
 */
function referenceTerms(): string[] {
  const article = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'remain-in-mexico-en.html'),
    'utf8',
  );
  const inArticle = new Set<string>();
  const others = new Set<string>();
  for (const entry of loadEntries()) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const side of [entry.en, entry.es]) {
      for (const form of [side.term, ...(side.aliases ?? []), ...(side.acronyms ?? [])]) {
        if (form.length < 3) continue;
        if (article.toLowerCase().includes(form.toLowerCase())) inArticle.add(form);
        else if (!ambiguous.has(form)) others.add(form);
      }
    }
  }
  return [...inArticle, ...others].slice(0, TERMS);
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content script: read, match with one expression, paint one highlight. */
function contentScript(terms: string[]): string {
  const pattern = `(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`;
  return `(() => {
  const pattern = new RegExp(${JSON.stringify(pattern)}, 'giu');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (skip.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const ranges = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('reference-term', new Highlight(...ranges));
  document.documentElement.dataset.glossaryState = 'ready';
})();
`;
}

/** Writes the reference extension (all frames, as Glosa and the floor run) and returns its folder. */
export function writeReferenceExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-reference-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'reference highlighter',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        {
          matches: ['http://*/*'],
          js: ['content.js'],
          css: ['content.css'],
          run_at: 'document_idle',
          all_frames: true,
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(
    join(dir, 'content.css'),
    ':root::highlight(reference-term) { text-decoration: underline dotted; }\n',
  );
  writeFileSync(join(dir, 'content.js'), contentScript(referenceTerms()));
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(writeReferenceExtension());
