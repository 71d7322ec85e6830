// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createRegionFinder, createStoryFinder } from '@/entrypoints/content/dom/regions';

const regionOf = (html: string, selector = '#x') => {
  document.body.innerHTML = html;
  return createRegionFinder()(document.querySelector(selector)!);
};

describe('page regions from markup (dom/regions.ts)', () => {
  test('landmarks and roles', () => {
    expect(regionOf('<article><p id="x">a</p></article>')).toBe('body');
    expect(regionOf('<nav><a id="x">a</a></nav>')).toBe('nav');
    expect(regionOf('<aside><p id="x">a</p></aside>')).toBe('aside');
    expect(regionOf('<footer><p id="x">a</p></footer>')).toBe('footer');
    expect(regionOf('<div role="comment"><p id="x">a</p></div>')).toBe('comments');
    expect(regionOf('<header><p id="x">a</p></header>')).toBe('nav');
    expect(regionOf('<article><header><h1 id="x">a</h1></header></article>')).toBe('body');
  });

  test('class names sites give these parts, in English and Spanish', () => {
    const cases: [string, string][] = [
      ['comments-list', 'comments'],
      ['seccion-comentarios', 'comments'],
      ['ad-slot', 'ad'],
      ['bloque-patrocinado', 'ad'],
      ['OUTBRAIN', 'ad'],
      ['subscribe-box', 'ad'],
      ['suscripcion', 'ad'],
      ['most-read', 'aside'],
      ['notas-relacionadas', 'aside'],
      ['lo-mas-visto', 'aside'],
      ['more-stories', 'aside'],
      ['right-rail', 'aside'],
      ['te-puede-interesar', 'aside'],
      ['migas', 'nav'],
      ['site-footer', 'footer'],
      ['pie-de-pagina', 'footer'],
    ];
    for (const [name, region] of cases) {
      expect(regionOf(`<div class="${name}"><p id="x">a</p></div>`), name).toBe(region);
    }
    // Words that only contain such a name are not one.
    for (const name of ['guardrail', 'trailer', 'adjustment', 'pieza', 'story-body']) {
      expect(regionOf(`<div class="${name}"><p id="x">a</p></div>`), name).toBe('body');
    }
  });

  test("what a section's label or leading heading calls it", () => {
    expect(regionOf('<section><h2>Most read</h2><ol><li id="x">a</li></ol></section>')).toBe('aside');
    expect(regionOf('<div><h3>Lo más leído</h3><p id="x">a</p></div>')).toBe('aside');
    expect(regionOf('<section aria-label="Comentarios"><p id="x">a</p></section>')).toBe('comments');
    expect(regionOf('<div><h2>12 comments</h2><p id="x">a</p></div>')).toBe('comments');
    expect(regionOf('<div><h4>Publicidad</h4><p id="x">a</p></div>')).toBe('ad');
    // Inside an article too (some sites wrap the whole page in one).
    expect(regionOf('<article><section><h2>Most read</h2><p id="x">a</p></section></article>')).toBe('aside');
    // A short label only: a section heading that starts with such a word is the article's.
    expect(regionOf('<div><h2>Related rulings in the Fifth Circuit</h2><p id="x">a</p></div>')).toBe('body');
    expect(regionOf('<div><h2>Trends in asylum claims</h2><p id="x">a</p></div>')).toBe('body');
    expect(regionOf('<div><p>Most read</p><p id="x">a</p></div>')).toBe('body');
  });
});

describe('stories from markup (dom/regions.ts createStoryFinder)', () => {
  test('an article or section that opens with its own heading is a story; blocks elsewhere are in none', () => {
    document.body.innerHTML = `<main><h1 id="title">Briefs</h1>
      <section><h2 id="h1">One</h2><p id="p1">a</p><div><p id="p1b">b</p></div></section>
      <article><header><h2>Two</h2></header><p id="p2">c</p></article>
      <section><p id="p3">a section without a heading of its own</p></section>
      <div role="article"><h3>Three</h3><p id="p4">d</p></div></main>`;
    const storyOf = createStoryFinder();
    const at = (id: string) => storyOf(document.getElementById(id)!);
    expect(at('title')).toBe(0);
    expect(at('p3')).toBe(0);
    expect(at('h1')).toBeGreaterThan(0);
    expect(at('p1')).toBe(at('h1'));
    expect(at('p1b')).toBe(at('h1'));
    expect(new Set([at('p1'), at('p2'), at('p4')]).size).toBe(3);
    // Read again in document order: the headless section after a brief is still in none.
    const again = createStoryFinder();
    for (const el of document.querySelectorAll('main *')) again(el);
    expect(again(document.getElementById('p3')!)).toBe(0);
    // Another read of the page numbers its stories alike.
    expect(createStoryFinder()(document.getElementById('p2')!)).toBe(at('p2'));
  });
});

describe('briefs as runs of headings (createStoryFinder)', () => {
  test("in a container that says it holds briefs, each heading starts a story; its title and date are the page's", () => {
    document.body.innerHTML = `<main><article><h1 id="title">News in brief</h1><p id="date">Tuesday</p>
      <h2 id="h1">One</h2><p id="p1">a</p><p id="p1b">b</p>
      <h2 id="h2">Two</h2><p id="p2">c</p></article>
      <div class="notas-breves"><h3 id="h3">Tres</h3><p id="p3">d</p></div>
      <article><h1>A guide</h1><h2 id="sub">Appointments</h2><p id="p4">e</p></article>
      <article><h1>A long read</h1><p id="intro">f</p><section><h2>Part one</h2><p id="part1">g</p></section>
        <section><h2>Part two</h2><p id="part2">h</p></section></article></main>`;
    const storyOf = createStoryFinder();
    const at = (id: string) => storyOf(document.getElementById(id)!);
    expect(at('title')).toBe(0);
    expect(at('date')).toBe(0);
    expect(at('h1')).toBeGreaterThan(0);
    expect([at('p1'), at('p1b')]).toEqual([at('h1'), at('h1')]);
    expect(at('p2')).toBe(at('h2'));
    expect(at('p2')).not.toBe(at('p1'));
    expect(at('p3')).toBe(at('h3'));
    // A guide's subheads are not briefs: its sections are one story, the article's.
    expect(at('p4')).toBe(at('sub'));
    expect(at('p4')).toBeGreaterThan(0);
    // A long read's sections with their own headings are parts of one story, not briefs.
    expect([at('part1'), at('part2')]).toEqual([at('intro'), at('intro')]);
    expect(at('intro')).toBeGreaterThan(0);
  });

  test("a report whose title follows its kicker holds its sections as one story (a kicker isn't a story)", () => {
    document.body.innerHTML = `<main><article><p id="kicker">Report · November 2026</p><h1>Held at the line</h1>
      <section><h2>Summary</h2><p id="summary">a</p></section>
      <section><h2>Methodology</h2><p id="method">b</p></section></article>
      <div><section><h2>Brief one</h2><p id="b1">c</p></section><section><h2>Brief two</h2><p id="b2">d</p></section></div></main>`;
    const storyOf = createStoryFinder();
    const at = (id: string) => storyOf(document.getElementById(id)!);
    expect(at('summary')).toBeGreaterThan(0);
    expect([at('kicker'), at('method')]).toEqual([at('summary'), at('summary')]);
    expect(at('b1')).not.toBe(at('b2'));
  });
});
