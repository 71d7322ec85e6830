// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { matchesInPage, PAGE_ENGINE_TEXT } from '@/entrypoints/content/engine-choice';
import { hasRawText } from '@/entrypoints/content/frames';

describe('where a page is matched', () => {
  test('hasRawText counts every text node under the body, scripts and spaces included, as textContent does', () => {
    document.body.innerHTML = `<p>${'a'.repeat(60)}</p><script>${'b'.repeat(30)}</script><div>  <b>${'c'.repeat(10)}</b></div>`;
    const length = document.body.textContent!.length;
    expect(length).toBe(102);
    expect(hasRawText(document, length)).toBe(true);
    expect(hasRawText(document, length + 1)).toBe(false);
  });

  test('a page with less text than the threshold, or only scripts and spaces past it, is matched in the background', () => {
    document.body.innerHTML = `<p>${'word '.repeat(PAGE_ENGINE_TEXT / 5 - 10)}</p>`;
    expect(matchesInPage(document)).toBe(false);
    document.body.innerHTML = `<p>short</p><script>${'x'.repeat(PAGE_ENGINE_TEXT)}</script><div>${' \n'.repeat(PAGE_ENGINE_TEXT)}</div>`;
    expect(matchesInPage(document)).toBe(false);
  });

  test('a page with more visible text than the threshold is matched in the page', () => {
    document.body.innerHTML = `<p>${'word '.repeat(PAGE_ENGINE_TEXT / 4)}</p>`;
    expect(matchesInPage(document)).toBe(true);
  });
});
