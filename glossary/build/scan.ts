// `npm run scan -- [--json] FILE...`: the extension's engine on HTML or text files. Lists the terms found
// (entry id, surfaces, language, count, offsets) — for teachers preparing a reading and maintainers looking for
// missed terms. HTML is read with the content script's own block collector (in happy-dom), so results agree
// with the browser. Offsets refer to the file's text blocks joined by newlines.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectBlocks } from '../../entrypoints/content/dom/collect-text';
import { compileMatcher } from '../compile';
import { createMatcher, type FormLanguage } from '../match';
import { type RegionText, scanTexts, tally } from '../page-scan';
import { loadEntries } from './load-entries';
import { loadVocabulary } from './load-vocabulary';

export interface ScanTerm {
  id: string;
  /**
   * The language of its surfaces: 'en' or 'es' when all those written one way are in that language (names written
   * alike in both, "SRE", do not count), else 'both'.
   */
  lang: FormLanguage;
  count: number;
  surfaces: string[];
  offsets: [start: number, end: number][];
  /** Why ambiguous forms were kept: block or page evidence. */
  reasons: string[];
}

/** A file's text blocks and their regions: paragraphs of a text file, or an HTML page read as the browser reads it. */
export function textBlocks(content: string, isHtml: boolean): RegionText[] {
  if (!isHtml) return content.split(/\n\s*\n/).map((text) => ({ text, region: 'body' }));
  const window = new Window();
  window.document.write(content);
  const blocks = collectBlocks(window.document.body as unknown as Node).map(({ text, region, story }) => ({
    text,
    region,
    story,
  }));
  window.close();
  return blocks;
}

export function scanBlocks(
  blocks: readonly (string | RegionText)[],
  matcher = createMatcher(compileMatcher(loadEntries(), loadVocabulary())),
): ScanTerm[] {
  const starts: number[] = [];
  let base = 0;
  for (const block of blocks) {
    starts.push(base);
    base += (typeof block === 'string' ? block : block.text).length + 1;
  }
  return tally(scanTexts(matcher, blocks)).map(({ id, lang, count, surfaces, reasons, marks }) => ({
    id,
    lang,
    count,
    surfaces,
    offsets: marks.map((m): [number, number] => [starts[m.block]! + m.start, starts[m.block]! + m.end]),
    reasons,
  }));
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (!files.length) {
    console.error('usage: npm run scan -- [--json] FILE...   (HTML or text files)');
    return 2;
  }
  const matcher = createMatcher(compileMatcher(loadEntries(), loadVocabulary()));
  const results: { file: string; terms: ScanTerm[] }[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      return 1;
    }
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(content);
    results.push({ file, terms: scanBlocks(textBlocks(content, isHtml), matcher) });
  }
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return 0;
  }
  for (const { file, terms } of results) {
    console.log(`${file}: ${terms.length} terms, ${terms.reduce((n, t) => n + t.count, 0)} marks`);
    for (const term of terms) {
      const inferred = [
        term.reasons.includes('page') ? ' (sense from page context)' : '',
        term.reasons.includes('nearby') ? ' (sense from the terms beside it)' : '',
      ].join('');
      console.log(
        `  ${term.id.padEnd(28)} ${term.lang} ×${term.count}  ${term.surfaces.join(' | ')}${inferred}`,
      );
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  process.exit(main(process.argv.slice(2)));
}
