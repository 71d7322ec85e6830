// @vitest-environment happy-dom
// Which language a card opens in: the nearest lang attribute, else the language most of its marks are written in
// (names written alike in both do not vote), else the term's own, else the reader's.
import { describe, expect, test } from 'vitest';
import { cardLanguages, readerLanguage, textLanguage } from '@/entrypoints/content/hover';

const marks = (...langs: ('en' | 'es' | 'both')[]) => langs.map((lang) => ({ lang }));
const pageOrder = { languageOrder: 'page', definitions: 'both' } as const;

describe('the language a card opens in', () => {
  test("the page's lang attribute wins over the marks", () => {
    document.documentElement.lang = 'es-MX';
    expect(textLanguage(document.body, marks('en', 'en'))).toBe('es');
    document.documentElement.lang = 'en';
    expect(textLanguage(document.body, marks('es', 'es'))).toBe('en');
  });

  test('the nearest lang attribute: a Spanish quotation on an English page is Spanish', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML =
      '<p>He said:</p><blockquote lang="es-MX"><p><em id="quoted">Quédate en México</em></p></blockquote>' +
      '<div lang=""><span id="unknown">MPP</span></div>';
    expect(textLanguage(document.getElementById('quoted'), marks('en', 'en'))).toBe('es');
    expect(textLanguage(document.querySelector('p'), marks('es'))).toBe('en');
    // lang="" says the language is unknown: the marks decide.
    expect(textLanguage(document.getElementById('unknown'), marks('es', 'es'))).toBe('es');
    document.body.innerHTML = '';
  });

  test('without one, the marks vote, and names written alike in both do not', () => {
    document.documentElement.lang = '';
    expect(textLanguage(document.body, marks('es', 'both', 'both', 'both'))).toBe('es');
    expect(textLanguage(document.body, marks('en', 'es', 'en', 'both'))).toBe('en');
    expect(textLanguage(document.body, marks('en', 'es', 'both'))).toBeNull();
    expect(textLanguage(document.body, marks('both', 'both'))).toBeNull();
    expect(textLanguage(document.body)).toBeNull();
  });

  test("an undecided page: the term's language, and for a name of both, the reader's", () => {
    expect(cardLanguages(pageOrder, null, 'es', 'en').firstLang).toBe('es');
    expect(cardLanguages(pageOrder, null, 'both', 'es').firstLang).toBe('es');
    expect(cardLanguages(pageOrder, null, 'both', 'en').firstLang).toBe('en');
    expect(cardLanguages(pageOrder, 'en', 'both', 'es').firstLang).toBe('en');
    // A fixed order in the settings is kept whatever the page says.
    expect(cardLanguages({ ...pageOrder, languageOrder: 'es-first' }, 'en', 'en').firstLang).toBe('es');
  });

  test("the reader's language: chosen in the options, else the browser's", () => {
    expect(readerLanguage({ uiLanguage: 'es' })).toBe('es');
    expect(readerLanguage({ uiLanguage: 'en' })).toBe('en');
    expect(readerLanguage({ uiLanguage: 'auto' })).toBe(navigator.language.startsWith('es') ? 'es' : 'en');
  });
});
