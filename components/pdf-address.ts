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

/**
 * True when one of the match patterns (as `permissions.getAll()` lists the hosts Glosa may already reach) covers
 * `url`'s site: then the reader downloads the file without asking the browser for more. In Chrome the content
 * script's sites (every http and https page) are listed there unless the user limited Glosa's site access.
 */
export function siteCovered(patterns: readonly string[], url: URL): boolean {
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return url.protocol === 'http:' || url.protocol === 'https:';
    const parts = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
    if (!parts) return false;
    const [, scheme, host] = parts as unknown as [string, string, string];
    if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : `${scheme}:` !== url.protocol)
      return false;
    if (host === '*') return true;
    // A port in the pattern must be the address's (Chrome); without one, any port.
    const [name, port] = host.split(':') as [string, string | undefined];
    if (port !== undefined && port !== '*' && port !== url.port) return false;
    if (name.startsWith('*.')) return url.hostname === name.slice(2) || url.hostname.endsWith(name.slice(1));
    return url.hostname === name;
  });
}
