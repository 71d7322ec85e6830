import { describe, expect, test } from 'vitest';
import { carriedOver, furniture, groupLines, type LayoutItem, readingOrder } from '@/entrypoints/pdf/layout';

const item = (str: string, x: number, y: number, hasEOL = false, height = 10): LayoutItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  height,
  hasEOL,
});

describe('groupLines', () => {
  test('items on one baseline are one line; a line ends at PDF.js end of line or a new baseline', () => {
    const lines = groupLines([
      item('Remain', 50, 700),
      item(' ', 80, 700),
      item('in', 85, 700, true),
      item('Mexico', 50, 686),
      item('is back', 85, 672),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Remain in', 'Mexico', 'is back']);
  });

  test('a run in another font inside a word stays in the line', () => {
    const lines = groupLines([item('T', 50, 700), item('IJUANA', 55, 700), item(' — Two', 85, 700)]);
    expect(lines.map((line) => line.text)).toEqual(['TIJUANA — Two']);
  });

  test('the next column on the same baseline starts a line, even after a space item spanning the gutter', () => {
    const lines = groupLines([
      item('left one', 50, 700),
      { ...item(' ', 90, 700), width: 120 },
      item('right one', 320, 700),
    ]);
    expect(lines.map((line) => line.text.trim())).toEqual(['left one', 'right one']);
  });
});

describe('readingOrder', () => {
  test('two columns written line by line across the page are read left column first', () => {
    const items = [
      item('Title across the whole page width, long enough', 50, 750, true),
      item('left 1', 50, 700),
      item('right 1', 320, 700, true),
      item('left 2', 50, 686),
      item('right 2', 320, 686, true),
      item('left 3', 50, 672),
      item('right 3', 320, 672, true),
    ];
    const order = readingOrder(groupLines(items), 600).map((line) => line.text);
    expect(order).toEqual([
      'Title across the whole page width, long enough',
      'left 1',
      'left 2',
      'left 3',
      'right 1',
      'right 2',
      'right 3',
    ]);
  });

  test('one column with short last lines of paragraphs stays top to bottom', () => {
    const items = [
      item('A full line of body text that crosses the middle of the page', 50, 700, true),
      item('short end.', 50, 686, true),
      item('Another full line of body text that crosses the middle too', 50, 672, true),
    ];
    expect(readingOrder(groupLines(items), 600).map((line) => line.text)).toEqual([
      'A full line of body text that crosses the middle of the page',
      'short end.',
      'Another full line of body text that crosses the middle too',
    ]);
  });
});

describe('furniture', () => {
  const page = (header: string, number: string, body: string) =>
    groupLines([item(header, 50, 770, true), item(body, 50, 400, true), item(number, 300, 20, true)]);

  test('a header repeated on the neighbouring page and the page number are furniture; the body is not', () => {
    const one = page('Remain in Mexico returns: report', '1', 'Remain in Mexico is back.');
    const two = page('Remain in Mexico returns: report', '2', 'Other text.');
    const found = furniture(one, 792, [{ lines: two, height: 792 }]);
    expect([...found].map((line) => line.text).sort()).toEqual(['1', 'Remain in Mexico returns: report']);
  });

  test('page numbers in words, roman numerals; a word like "civil" at the bottom is not a number', () => {
    for (const text of ['Page 3 of 10', 'Página 4', 'xii', '- 7 -']) {
      expect(furniture(groupLines([item(text, 300, 20, true)]), 792, []).size).toBe(1);
    }
    expect(furniture(groupLines([item('civil', 300, 20, true)]), 792, []).size).toBe(0);
  });

  test('a header not repeated elsewhere (a one-page document) is text', () => {
    const one = page('Remain in Mexico returns: report', '1', 'Body.');
    expect([...furniture(one, 792, [])].map((line) => line.text)).toEqual(['1']);
  });
});

describe('carriedOver', () => {
  const body = (...texts: [string, number][]) =>
    groupLines(texts.map(([text, y]) => item(text, 50, y, true)));
  const next = body(
    ['Migración (INM) anunciaron que', 700],
    ['entregarán visas.', 686],
    ['Otro párrafo', 658],
  );

  test("a page ending mid-sentence carries the next page's lines up to the paragraph break", () => {
    expect(carriedOver(body(['y el Instituto Nacional de', 100]), next)).toBe(2);
  });

  test('a page ending a sentence carries nothing', () => {
    expect(carriedOver(body(['la visa humanitaria.', 100]), next)).toBe(0);
  });
});
