import { describe, expect, test } from 'vitest';
import { isPdfAddress, PDF_URL_PATTERNS, siteCovered } from '@/components/pdf-address';

describe('PDF addresses', () => {
  test('http(s) and file addresses whose path ends in .pdf, whatever the query', () => {
    expect(isPdfAddress('https://www.dof.gob.mx/documentos/ley.pdf')).toBe(true);
    expect(isPdfAddress('https://example.org/Report.PDF?download=1#page=3')).toBe(true);
    expect(isPdfAddress('file:///home/me/fallo.pdf')).toBe(true);
  });

  test('not a page, a .pdf elsewhere than the path, another scheme or no address', () => {
    expect(isPdfAddress('https://example.org/article.html')).toBe(false);
    expect(isPdfAddress('https://example.org/view?file=ruling.pdf')).toBe(false);
    expect(isPdfAddress('chrome://settings/a.pdf')).toBe(false);
    expect(isPdfAddress('not a url.pdf')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
  });

  test('the context menu patterns are match patterns for paths ending in .pdf', () => {
    for (const pattern of PDF_URL_PATTERNS) expect(pattern).toMatch(/^\*:\/\/\*\/\*\.(pdf|PDF)(\?\*)?$/);
  });
});

describe('sites Glosa may already reach', () => {
  const at = (address: string) => new URL(address);
  test('the content script’s patterns cover every http and https site', () => {
    const patterns = ['http://*/*', 'https://*/*'];
    expect(siteCovered(patterns, at('https://www.dof.gob.mx/ley.pdf'))).toBe(true);
    expect(siteCovered(patterns, at('http://127.0.0.1:8080/a.pdf'))).toBe(true);
    expect(siteCovered(['*://*/*'], at('https://example.org/a.pdf'))).toBe(true);
    expect(siteCovered(['<all_urls>'], at('https://example.org/a.pdf'))).toBe(true);
  });
  test('one site, its subdomains, its port', () => {
    expect(siteCovered(['https://*.gob.mx/*'], at('https://www.dof.gob.mx/a.pdf'))).toBe(true);
    expect(siteCovered(['https://*.gob.mx/*'], at('https://gob.mx/a.pdf'))).toBe(true);
    expect(siteCovered(['https://*.gob.mx/*'], at('https://notgob.mx/a.pdf'))).toBe(false);
    expect(siteCovered(['http://127.0.0.1/*'], at('http://127.0.0.1:9000/a.pdf'))).toBe(true);
    expect(siteCovered(['http://127.0.0.1:9000/*'], at('http://127.0.0.1:9001/a.pdf'))).toBe(false);
  });
  test('nothing granted, another scheme or another site: not covered', () => {
    expect(siteCovered([], at('https://example.org/a.pdf'))).toBe(false);
    expect(siteCovered(['https://*/*'], at('http://example.org/a.pdf'))).toBe(false);
    expect(siteCovered(['https://example.com/*'], at('https://example.org/a.pdf'))).toBe(false);
    expect(siteCovered(['file:///*'], at('https://example.org/a.pdf'))).toBe(false);
  });
});
