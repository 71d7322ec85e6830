// Where a web page's text is matched: in the extension's background, or in the page itself. Chosen once, from how
// much text the page holds when Glosa starts.
import { hasRawText, hasVisibleText } from './frames';

/**
 * Visible characters (spaces aside) from which a page is matched in the page itself rather than in the
 * extension's background. Below it, the page loads no matching code and no matcher: that start (loading both and
 * running them cold) was most of an article's cost (the fixture article, ~2,000 visible characters: ~20 ms less
 * above the attribute-only extension, paired). But a live edit's marks then come back a task later and are painted
 * in a second rendering update, whose cost grows with the marks painted near the viewport until the page is a few
 * screens long. Measured per edit above the attribute-only extension (`npm run bench`, 10 edits, the background
 * against the page, same rounds, machine shared, load 4-8): the article 6.5 against 3.9 ms; a dense page of ~9,500
 * characters 8.8 against 3.4; of ~19,000 and ~48,000, 11.7 and 11.6 against 3.2 and 5.5; the ~1.1 MB document ~12
 * against ~4. The goal for a live edit is 10 ms, hence 10,000. A page that grows past it later keeps the engine it
 * started with.
 */
export const PAGE_ENGINE_TEXT = 10_000;

/** Whether `doc` is long enough to be matched in the page (see PAGE_ENGINE_TEXT). */
export function matchesInPage(doc: Document): boolean {
  // The body's whole text (spaces, scripts and styles included), counted by length alone, bounds what the walk
  // would count: a page under the threshold by it needs no walk.
  if (!hasRawText(doc, PAGE_ENGINE_TEXT)) return false;
  return hasVisibleText(doc, PAGE_ENGINE_TEXT);
}
