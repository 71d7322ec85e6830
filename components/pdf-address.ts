// Which addresses Glosa offers to open in its PDF reader (entrypoints/pdf), and the reader's address for one.
import { browser } from 'wxt/browser';

/** Match patterns of PDF addresses, for the context menu (the path ends in .pdf, before any query). */
export const PDF_URL_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/** True for an http(s) or file address whose path ends in .pdf: what the browser's PDF viewer usually shows. */
export function isPdfAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, pathname } = new URL(url);
    return ['http:', 'https:', 'file:'].includes(protocol) && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}

/** The reader, offering to open the PDF at `url` (it asks before downloading anything). */
export function readerUrl(url?: string): string {
  const page = (browser.runtime.getURL as (path: string) => string)('/pdf.html');
  return url ? `${page}?file=${encodeURIComponent(url)}` : page;
}
