import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FOLD_RANGES, foldRange } from '@/glossary/build/fold-table';
import { FOLD_TABLE } from '@/glossary/fold-table';
import { fold, foldChar, foldCode, foldForm, isWordCode } from '@/glossary/normalize';

describe('fold', () => {
  test.each([
    ['México', 'mexico'],
    ['Secretaría', 'secretaria'],
    ['ASYLUM-SEEKERS', 'asylum seekers'],
    ['asylum\u2011seekers', 'asylum seekers'],
    ['asylum\u2014seekers', 'asylum seekers'],
    ['Remain\u00a0in\u00a0Mexico', 'remain in mexico'],
    ['Remain  in\n\tMexico', 'remain in mexico'],
    ['asy\u00adlum', 'asylum'],
    ['CBP\u200bOne', 'cbpone'],
    ['ICE\u2019s', "ice's"],
    // Quotation marks are separators, as dashes are: a leading run is dropped, a trailing one is one space.
    ['«Quédate en México»', 'quedate en mexico '],
    ['coyotes que cobran por "conseguirle" el contrato', 'coyotes que cobran por conseguirle el contrato'],
    ['Straße', 'strasse'],
    ['asylum ofﬁcer', 'asylum officer'],
    ['ﬂight, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ', 'flight, ff, ffi, ffl, st, st'],
    ['niño', 'nino'],
  ])('%j folds to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  test('a hyphen at a line end between letters is removed with the line break', () => {
    expect(fold('asy-\n  lum seekers').text).toBe('asylum seekers');
    // Not at a line end, or before a capital: a real hyphen, folded to a space.
    expect(fold('asylum-seekers').text).toBe('asylum seekers');
    expect(fold('Mexico-\nUnited States').text).toBe('mexico united states');
  });

  test('the map points every folded character back to the input', () => {
    const input = 'Sé  la\u00adMigra—ÍCE';
    const { text, start, end } = fold(input);
    expect(text).toBe('se lamigra ice');
    expect(input.slice(start[0], end[1])).toBe('Sé');
    expect(input.slice(start[3], end[9])).toBe('la\u00adMigra');
    expect(input.slice(start[11], end[13])).toBe('ÍCE');
    // The separator maps to the whole run it replaced.
    expect(input.slice(start[2], end[2])).toBe('  ');
  });

  test('surrogate pairs map to both code units', () => {
    const input = 'a😀b';
    const { text, start, end } = fold(input);
    expect(text).toBe('a😀b');
    expect(input.slice(start[1], end[2])).toBe('😀');
  });

  test('foldForm trims', () => {
    expect(foldForm('  Title 42 ')).toBe('title 42');
  });

  test('the fold table shipped in the source (fold-table.ts) is what foldChar gives today', () => {
    expect(FOLD_TABLE).toEqual(FOLD_RANGES.map(([from, to]) => foldRange(from, to)));
  });

  test('characters from the shipped table fold and classify as the general rules say', () => {
    for (const [from, , words] of FOLD_TABLE) {
      for (let code = from; code < from + words.length; code++) {
        const char = String.fromCharCode(code);
        const expected = foldChar(char);
        if (expected.length === 1 && expected.charCodeAt(0) < 0xfffc) {
          expect(String.fromCharCode(foldCode(code)), `U+${code.toString(16)}`).toBe(expected);
        }
        expect(isWordCode(code), `U+${code.toString(16)}`).toBe(/[\p{L}\p{N}]/u.test(char));
      }
    }
    expect(fold('Niño «Quédate» — Straße\u00ad').text).toBe('nino quedate strasse');
  });

  test('the replacement character (broken encodings) folds without being taken for an internal marker', () => {
    expect(() => fold('Mexico \uFFFD asylum \uFFFE\uFFFF')).not.toThrow();
    expect(fold('a\uFFFDb').text).toBe('a\uFFFCb');
  });

  test('every BMP character folds to text that folding leaves unchanged (e.g. Greek varia → apostrophe)', () => {
    const changed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const once = fold(String.fromCharCode(code)).text;
      if (fold(once).text !== once) changed.push(code.toString(16));
    }
    expect(changed).toEqual([]);
    expect(fold('\u1FEF').text).toBe("'");
  });

  test('property: maps are in bounds, non-decreasing, and the folded text round-trips through fold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const { text, start, end } = fold(input);
        expect(start.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          expect(start[i]).toBeLessThan(end[i]!);
          expect(end[i]).toBeLessThanOrEqual(input.length);
          if (i > 0) expect(start[i]).toBeGreaterThanOrEqual(start[i - 1]!);
        }
        // Folding is idempotent: folded text is already in its final form.
        expect(fold(text).text).toBe(text);
      }),
    );
  });
});
