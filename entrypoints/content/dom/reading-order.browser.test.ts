// Reading order in a real browser: document order, with a shadow tree's text at its host and a same-origin frame's
// at the frame element; the first mark in view found from positions in the outermost viewport.
import { afterEach, expect, it } from 'vitest';
import type { Mark } from '../marks';
import { firstInView, inReadingOrder, viewportTop } from './reading-order';

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

/** A mark over the whole of a text node. */
function markOn(text: Text): Mark {
  const range = new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: text.length,
  });
  return {
    range,
    entryId: text.data,
    surface: text.data,
    lang: 'en',
    reason: 'unambiguous',
    ambiguous: false,
    alternatives: [],
    nodes: [text],
  } as Mark;
}

const textIn = (root: ParentNode, selector: string) => root.querySelector(selector)!.firstChild as Text;

async function frameWith(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 100px; border: 3px solid; padding: 5px;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

it('reads a shadow tree at its host and a frame at the frame element, whatever the layout', async () => {
  document.body.innerHTML =
    '<div style="display: flex; flex-direction: column"><p id="last" style="order: -1">omega</p><p id="first">alpha</p><div id="host"></div></div>';
  const host = document.getElementById('host')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<p><b>shadowed</b></p>';
  const frame = await frameWith('<p id="one">one</p><p id="two">two</p>');
  // The frame comes after the host in the document; the last paragraph moves to it.
  document.body.append(document.getElementById('last')!);
  const inner = frame.contentDocument!;
  const marks = [
    markOn(textIn(document, '#last')),
    markOn(textIn(inner, '#two')),
    markOn(textIn(host.shadowRoot!, 'b')),
    markOn(textIn(inner, '#one')),
    markOn(textIn(document, '#first')),
  ];
  expect(inReadingOrder(marks).map((m) => m.surface)).toEqual(['alpha', 'shadowed', 'one', 'two', 'omega']);
});

it("gives a frame's marks their place in the page's viewport, and finds the first mark in view", async () => {
  const paragraphs = Array.from({ length: 10 }, (_, i) => {
    const p = document.createElement('p');
    p.style.cssText = `height: ${innerHeight}px; margin: 0;`;
    p.textContent = `Paragraph ${i}`;
    document.body.append(p);
    return p;
  });
  const frame = await frameWith('<p id="one" style="margin: 0">one</p>');
  const inFrame = markOn(textIn(frame.contentDocument!, '#one'));
  const marks = [...paragraphs.map((p) => markOn(p.firstChild as Text)), inFrame];
  frame.scrollIntoView({ block: 'start' });
  const box = frame.getBoundingClientRect();
  // Below the frame's border and padding (3 + 5 px), plus the frame body's own margin.
  const bodyMargin = Number.parseFloat(getComputedStyle(frame.contentDocument!.body).marginTop);
  expect(viewportTop(inFrame)).toBeCloseTo(box.top + 8 + bodyMargin, 0);
  const order = inReadingOrder(marks);
  expect(order[firstInView(order)]).toBe(inFrame);
  paragraphs[4]!.scrollIntoView({ block: 'start' });
  expect(order[firstInView(order)]!.surface).toBe('Paragraph 4');
});
