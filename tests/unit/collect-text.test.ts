// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  collectBlocks,
  createBlockReader,
  listBlockText,
  locate,
  wordUnit,
} from '@/entrypoints/content/dom/collect-text';

const blocksOf = (html: string) => {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text);
};

describe('collectBlocks', () => {
  test('inline elements join into one block; block elements and <br> split', () => {
    expect(blocksOf('<p><em>Migrant Protection</em> Protocols</p><p>Title <b>42</b></p>')).toEqual([
      'Migrant Protection Protocols',
      'Title 42',
    ]);
    expect(blocksOf('<div>Remain in<br>Mexico</div>')).toEqual(['Remain in', 'Mexico']);
    expect(blocksOf('<ul><li>CBP</li><li>One</li></ul>')).toEqual(['CBP', 'One']);
    expect(blocksOf('<div>before <p>inside</p> after</div>')).toEqual(['before ', 'inside', ' after']);
  });

  test('reads the open shadow roots of the elements that can host one (custom elements, div, span, p…)', () => {
    document.body.innerHTML =
      '<p>light</p><my-widget></my-widget><div></div><span></span><section></section>';
    const shadows: ShadowRoot[] = [];
    for (const [selector, text] of [
      ['my-widget', 'in a custom element'],
      ['div', 'in a div'],
      ['span', 'in a span'],
      ['section', 'in a section'],
    ] as const) {
      document.body.querySelector(selector)!.attachShadow({ mode: 'open' }).innerHTML = `<p>${text}</p>`;
    }
    const texts = collectBlocks(document.body, (shadow) => shadows.push(shadow)).map((b) => b.text);
    expect(texts).toEqual(['light', 'in a custom element', 'in a div', 'in a span', 'in a section']);
    expect(shadows).toHaveLength(4);
  });

  test('blank text between blocks opens no block, and counts as text outside links as before', () => {
    document.body.innerHTML =
      '\n  <ul>\n    <li><a href="#a">Coyotes trade</a></li>\n    <li>\n<a href="#b">ICE rink</a></li>\n' +
      '    <li>\n<div>in a box</div><a href="#c">Border Patrol</a></li>\n  </ul>\n  <p>\n  Remain in Mexico</p>\n';
    const blocks = collectBlocks(document.body);
    expect(blocks.map((b) => [b.text, b.region])).toEqual([
      ['Coyotes trade', 'links'],
      ['ICE rink', 'body'],
      ['in a box', 'body'],
      ['Border Patrol', 'links'],
      ['\n  Remain in Mexico', 'body'],
    ]);
    expect(blocks.every((b) => b.nodes.every((node) => node.data.trim()))).toBe(true);
  });

  test('skips scripts, styles, form fields, editable regions and our own UI', () => {
    expect(
      blocksOf(
        '<p>kept</p><script>ICE</script><style>.ICE{}</style><textarea>ICE</textarea><div contenteditable="true">ICE</div>' +
          '<div contenteditable="false">kept too</div><glossary-card>ICE</glossary-card><select><option>ICE</option></select>',
      ),
    ).toEqual(['kept', 'kept too']);
  });

  test('skips hidden elements, everything inside an editable region, and SVG or MathML by their lower-case names', () => {
    expect(
      blocksOf(
        '<p hidden>ICE</p><div contenteditable="plaintext-only"><p>ICE <span contenteditable="false">ICE</span></p></div>' +
          '<svg><text>ICE</text></svg><math><mi>ICE</mi></math><p>kept <b>here</b></p>',
      ),
    ).toEqual(['kept here']);
  });

  test('each block maps its own offsets to its text nodes, wherever it sits in the text read with it', () => {
    document.body.innerHTML = '<h2>Title 42</h2><p>The <a>Remain in</a> Mexico policy</p>';
    const [, block] = collectBlocks(document.body);
    expect(block!.text).toBe('The Remain in Mexico policy');
    const start = locate(block!, 4, false);
    const end = locate(block!, 20, true);
    expect([start.node.data, start.offset]).toEqual(['Remain in', 0]);
    expect([end.node.data, end.offset]).toEqual([' Mexico policy', 7]);
  });

  test('locate maps block offsets back to text nodes', () => {
    document.body.innerHTML = '<p><a>Remain in</a> Mexico</p>';
    const [block] = collectBlocks(document.body);
    const start = locate(block!, 0, false);
    const end = locate(block!, 16, true);
    expect(start.node.data).toBe('Remain in');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe(' Mexico');
    expect(end.offset).toBe(7);
    // An end offset at a node boundary stays in the earlier node.
    expect(locate(block!, 9, true)).toMatchObject({ offset: 9 });
    expect(locate(block!, 9, false).node.data).toBe(' Mexico');
  });
});

test('wordUnit answers as the Unicode letter-or-digit class for every code unit (its fast paths included)', () => {
  const wordChar = /^[\p{L}\p{N}]$/u;
  const wrong: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const expected = code >= 0xd800 && code <= 0xdfff ? -1 : wordChar.test(String.fromCharCode(code)) ? 1 : 0;
    if (wordUnit(code) !== expected) wrong.push(code);
  }
  expect(wrong).toEqual([]);
});

describe('createBlockReader (a big page is read in slices)', () => {
  const PAGE =
    '<h1>Title 42</h1><div>Remain in<br>Mexico <p>inside</p> after</div>' +
    '<ul><li>CBP <em>One</em></li><li>COMAR</li></ul><script>ICE</script><p id="last">Tapachula</p>';

  test('read a block at a time, it finds exactly what one read finds', () => {
    document.body.innerHTML = PAGE;
    const whole = collectBlocks(document.body).map((b) => b.text);
    const reader = createBlockReader(document.body);
    let calls = 1;
    // A deadline already passed: each call stops at the first block boundary it can.
    while (!reader.read(Number.NEGATIVE_INFINITY)) calls++;
    expect(reader.blocks.map((b) => b.text)).toEqual(whole);
    expect(calls).toBeGreaterThan(whole.length / 2);
  });

  test('when the page removes the node the reader stopped at, it reads on without repeating a block', () => {
    document.body.innerHTML = PAGE;
    const reader = createBlockReader(document.body);
    expect(reader.read(Number.NEGATIVE_INFINITY)).toBe(false);
    expect(reader.blocks.map((b) => b.text)).toEqual(['Title 42']);
    // It stopped at the <div>'s first text; the page removes the <div> and adds a paragraph at the end.
    document.querySelector('div')!.remove();
    document
      .getElementById('last')!
      .after(Object.assign(document.createElement('p'), { textContent: 'Segob' }));
    while (!reader.read(Number.NEGATIVE_INFINITY));
    expect(reader.blocks.map((b) => b.text)).toEqual(['Title 42', 'CBP One', 'COMAR', 'Tapachula', 'Segob']);
  });
});

describe('listBlockText (a PDF text layer lists its own text nodes)', () => {
  // A page's text layer as the reader makes it: one span per piece of a line, a line-end span, a hidden header.
  const LAYER =
    '<p>before</p><div class="textLayer"><span>Remain </span><span>in</span><span class="eol">\n</span>' +
    '<span>Mexico, asy-</span><span class="eol">\n</span><span>lum</span><span hidden>Running header</span></div>' +
    '<p>after</p>';
  const listedNodes = (layer: Element) =>
    [...layer.children]
      .filter((span) => !(span as HTMLElement).hidden)
      .map((span) => span.firstChild as Text);

  test('a listed block reads as the walk reads it, from the list: same text, nodes and offsets', () => {
    document.body.innerHTML = LAYER;
    const walked = collectBlocks(document.body);
    document.body.innerHTML = LAYER;
    const layer = document.querySelector('.textLayer')!;
    const nodes = listedNodes(layer);
    listBlockText(layer, nodes);
    const read = collectBlocks(document.body);
    expect(read.map((b) => b.text)).toEqual(walked.map((b) => b.text));
    expect(read[1]!.text).toBe('Remain in\nMexico, asy-\nlum');
    expect(read[1]!.nodes).toEqual(nodes);
    expect(read[1]!.starts).toEqual(walked[1]!.starts);
    // Read as the root of a rescan (the layer just put in place), too.
    expect(collectBlocks(layer).map((b) => b.text)).toEqual([read[1]!.text]);
  });

  test('the list, not the walk, is what is read; a list the page no longer matches is walked again', () => {
    document.body.innerHTML = LAYER;
    const layer = document.querySelector('.textLayer')!;
    // Only the first line listed: the rest of the layer is not read.
    listBlockText(layer, listedNodes(layer).slice(0, 3));
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['before', 'Remain in\n', 'after']);
    // A listed node taken out of the layer: the layer is walked as any element.
    layer.firstElementChild!.remove();
    expect(collectBlocks(layer).map((b) => b.text)).toEqual(['in\nMexico, asy-\nlum']);
  });
});
