// Where a web page's text is matched: in the extension's background, or in the page itself. Chosen once, from how
// much text the page holds when Glosa starts.
import { hasVisibleText } from './frames';

/**
 * Visible characters (spaces aside) from which a page is matched in the page itself rather than in the
 * extension's background. Below it, the page loads no matching code and no matcher: the page engine's start
 * (loading both and running them cold) was most of an article's cost (THRESHOLD_WHY), while a live edit, whose
 * marks then come back a task later and are painted in a second rendering update, stays cheap on a page this
 * short. Above it, the start is spread over much text and a live edit must be marked in the rendering update that
 * shows it (on the ~1.1 MB benchmark document a second update cost ~8 ms per edit). A page that grows past it
 * later keeps the engine it started with.
 */
export const PAGE_ENGINE_TEXT = 100_000;

/** Whether `doc` is long enough to be matched in the page (see PAGE_ENGINE_TEXT). */
export function matchesInPage(doc: Document): boolean {
  return hasVisibleText(doc, PAGE_ENGINE_TEXT);
}
