import { describe, expect, test } from 'vitest';
import { isPdfAddress, PDF_URL_PATTERNS } from '@/components/pdf-address';

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
