// The pages the benchmarks load (tests/bench/run.ts, outside.ts, start-trace.ts): a ~1.1 MB document built from
// our two articles and filler, the same cut just under the page engine's threshold, and an article with ad frames.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_ENGINE_TEXT } from '@/entrypoints/content/engine-choice';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function paragraphsOf(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

/**
 * A long page: our two articles' paragraphs, each in turn, two blocks in three, and term-free filler, repeated past
 * `bytes` of text: ~1.1 MB gives ~9,300 marks with today's glossary, the density the page-cost goals were set for.
 */
export function bigPage(bytes: number): { html: string; textLength: number } {
  const article = [
    ...paragraphsOf(readFileSync(join(FIXTURES, 'remain-in-mexico-en.html'), 'utf8')),
    ...paragraphsOf(readFileSync(join(FIXTURES, 'quedate-en-mexico-es.html'), 'utf8')),
  ];
  const filler =
    'The city council met on Thursday to discuss the budget for parks, libraries and road repairs. ' +
    'Residents asked about bus schedules, the new bike lanes and the noise from the stadium on weekends. ';
  const parts: string[] = [];
  let length = 0;
  let next = 0;
  for (let i = 0; length < bytes; i++) {
    const text = i % 3 !== 0 ? article[next++ % article.length]! : filler.repeat(3);
    parts.push(i % 10 === 0 ? `<h2>Section ${i}</h2>` : `<p>${text} <a href="#n${i}">note ${i}</a></p>`);
    length += text.length;
  }
  return {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body>${parts.join('\n')}</body></html>`,
    textLength: length,
  };
}

/**
 * The long page cut just under the text from which Glosa matches in the page (engine-choice.ts), or just under
 * BENCH_PAGE_CHARS visible characters.
 */
export function thresholdPage(target = Number(process.env.BENCH_PAGE_CHARS ?? PAGE_ENGINE_TEXT)): {
  html: string;
  visibleChars: number;
} {
  const visible = (html: string) =>
    paragraphsOf(html).reduce((n, p) => n + p.replace(/\s+/g, '').length, 0) +
    [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].reduce((n, m) => n + m[1]!.replace(/\s+/g, '').length, 0);
  let bytes = target;
  for (;;) {
    const { html } = bigPage(bytes);
    const visibleChars = visible(html);
    if (visibleChars >= target * 0.95) return { html, visibleChars };
    bytes += Math.ceil(target / 50);
  }
}

/** How many ad frames the article with ads has. */
export const AD_FRAMES = 20;
/** An ad frame's page (served as /ad.html): a link and an image, 300 × 250, same origin. */
export const AD_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;font:12px sans-serif">
<a href="#">Summer sale: 20% off</a><img alt="" width="300" height="200"></body></html>`;

/** An article's HTML with AD_FRAMES frames of /ad.html at the end of its body. */
export function withAdFrames(article: string): string {
  return article.replace(
    '</body>',
    `${Array.from({ length: AD_FRAMES }, () => '<iframe src="/ad.html" width="300" height="250"></iframe>').join('')}</body>`,
  );
}
