// The live observer in a real browser: a change inside any inline element rescans the whole block around it, as
// the reader read it (one tag table for both), so no mark is left painted over text that has gone.
import { afterEach, describe, expect, it } from 'vitest';
import { localEngine } from '@/components/scan-worker';
import packed from '@/glossary/compiled/matcher.packed?raw';
import { unpackMatcher } from '@/glossary/pack';
import { createMarks, type Marks } from '../marks';
import type { ScanCost } from '../scan';
import { collectBlocks } from './collect-text';
import { createPainter } from './highlight';
import { termHighlight } from './highlight-rules';
import { observeChanges } from './observe';
import { INLINE_TAGS } from './tags';

// The glossary as built (npm run glossary), as the content script loads it.
const matcher = unpackMatcher(packed);

const VOID = new Set(['WBR']);
const RUBY_PARTS = new Set(['RB', 'RP', 'RT']);

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  CSS.highlights.clear();
});

/** Starts marking `root` as the content script does: read, mark, then follow changes. */
function watch(root: Element) {
  stop = new AbortController();
  const painter = createPainter();
  const marks = createMarks(localEngine(matcher), painter);
  for (const block of collectBlocks(root)) marks.scanBlock(block);
  marks.settle();
  let rescanned: (cost: ScanCost) => void = () => {};
  observeChanges(
    root,
    marks,
    () => false,
    stop.signal,
    (cost) => rescanned(cost),
  );
  const nextRescan = () => new Promise<ScanCost>((resolve) => (rescanned = resolve));
  return { marks, painter, nextRescan };
}

const surfaces = (marks: Marks) => marks.all().map((m) => m.surface);
const painted = () => CSS.highlights.get(termHighlight('underline', 'light'))?.size ?? 0;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('when a change is rescanned', () => {
  it('a change after a quiet spell is marked and painted before the frame that shows it renders', async () => {
    const p = document.createElement('p');
    p.textContent = 'Under the asylum officer today.';
    document.body.append(p);
    const { marks, painter } = watch(document.body);
    await painter.settled();
    expect(painted()).toBe(1);
    p.textContent = 'Under Remain in Mexico today.';
    // After the observer's callback (a microtask): frame callbacks run in the order they were asked for.
    await Promise.resolve();
    await nextFrame();
    expect(surfaces(marks)).toEqual(['Remain in Mexico']);
    expect(painted()).toBe(1);
  });

  it('changes that follow closely are rescanned together after a quiet period', async () => {
    const p = document.createElement('p');
    p.textContent = 'Under the policy today.';
    document.body.append(p);
    const { marks, nextRescan } = watch(document.body);
    let rescan = nextRescan();
    p.textContent = 'Under Remain in Mexico today.';
    await rescan;
    rescan = nextRescan();
    p.textContent = 'Under the asylum officer today.';
    await Promise.resolve();
    await nextFrame();
    expect(surfaces(marks)).toEqual(['Remain in Mexico']);
    await rescan;
    expect(surfaces(marks)).toEqual(['asylum officer']);
  });
});

describe('a large change (a page adding hundreds of blocks at once)', () => {
  const PARAGRAPHS = 3000;
  const paragraphs = (text: string) =>
    Array.from({ length: PARAGRAPHS }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `${i}: ${text}`;
      return p;
    });
  const countOf = (marks: Marks, surface: string) => surfaces(marks).filter((s) => s === surface).length;

  it('added inside one element: every block is marked, in several slices', async () => {
    const { marks, nextRescan } = watch(document.body);
    const rescan = nextRescan();
    const holder = document.createElement('div');
    holder.append(...paragraphs('Under Remain in Mexico today.'));
    document.body.append(holder);
    const cost = await rescan;
    expect(countOf(marks, 'Remain in Mexico')).toBe(PARAGRAPHS);
    expect(cost.slices).toBeGreaterThan(1);
  });

  it('added as hundreds of blocks (one rescan of the whole body): every block is marked, in several slices', async () => {
    const { marks, nextRescan } = watch(document.body);
    const rescan = nextRescan();
    document.body.append(...paragraphs('Under Remain in Mexico today.'));
    const cost = await rescan;
    expect(countOf(marks, 'Remain in Mexico')).toBe(PARAGRAPHS);
    expect(cost.slices).toBeGreaterThan(1);
  });

  it('what changes while the slices run is rescanned after them, leaving no stale mark', async () => {
    const { marks, nextRescan } = watch(document.body);
    const rescan = nextRescan();
    const holder = document.createElement('div');
    const ps = paragraphs('Under the asylum officer today.');
    holder.append(...ps);
    document.body.append(holder);
    await Promise.resolve();
    await nextFrame();
    // The first slice has run, not the last.
    expect(marks.count()).toBeGreaterThan(0);
    expect(marks.count()).toBeLessThan(PARAGRAPHS);
    ps[0]!.textContent = 'Under Remain in Mexico today.'; // already rescanned
    ps.at(-1)!.textContent = 'Nothing to mark.'; // not yet
    ps[1]!.remove();
    await rescan;
    await expect.poll(() => countOf(marks, 'Remain in Mexico')).toBe(1);
    expect(countOf(marks, 'asylum officer')).toBe(PARAGRAPHS - 3);
    expect(marks.all().every((m) => m.range.startContainer.isConnected)).toBe(true);
  });

  it('nothing is marked once the run is stopped while the slices run', async () => {
    const { marks } = watch(document.body);
    const holder = document.createElement('div');
    holder.append(...paragraphs('Under Remain in Mexico today.'));
    document.body.append(holder);
    await Promise.resolve();
    await nextFrame();
    expect(marks.count()).toBeLessThan(PARAGRAPHS);
    // As the session stops a run (a settings change): abort, then clear its marks.
    stop.abort();
    marks.clear();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marks.count()).toBe(0);
    expect(painted()).toBe(0);
  });
});

describe('what the popup lists (marks.listed(): the page tells the extension only when it moves)', () => {
  it('stays put when a rescan puts back the same terms, and moves when a term comes or goes', async () => {
    const p = document.createElement('p');
    p.textContent = 'Under the asylum officer today.';
    document.body.append(p);
    const { marks, nextRescan } = watch(document.body);
    const first = marks.listed();
    let rescan = nextRescan();
    p.textContent = 'Again: the asylum officer, today.';
    await rescan;
    expect(surfaces(marks)).toEqual(['asylum officer']);
    expect(marks.listed()).toBe(first);
    rescan = nextRescan();
    p.append(' Remain in Mexico.');
    await rescan;
    expect(marks.listed()).not.toBe(first);
  });
});

describe('a live update inside an inline element', () => {
  for (const tag of INLINE_TAGS.filter((t) => !VOID.has(t))) {
    it(`<${tag.toLowerCase()}>: a term written in is marked, and unmarked when replaced`, async () => {
      const p = document.createElement('p');
      const inner = document.createElement(tag);
      inner.textContent = 'the policy';
      // Ruby parts only mean something inside <ruby>.
      const holder = RUBY_PARTS.has(tag) ? document.createElement('ruby') : p;
      if (holder !== p) p.append(holder);
      holder.append(inner);
      p.prepend('Under ');
      p.append(' today.');
      document.body.append(p);
      const { marks, nextRescan } = watch(document.body);
      expect(surfaces(marks)).toEqual([]);

      const text = inner.firstChild as Text;
      let rescan = nextRescan();
      text.data = 'Remain in Mexico';
      await rescan;
      expect(surfaces(marks)).toEqual(['Remain in Mexico']);
      expect(marks.blocks()).toEqual([p]);
      await expect.poll(painted).toBe(1);

      rescan = nextRescan();
      inner.replaceChildren('another program');
      await rescan;
      expect(surfaces(marks)).toEqual([]);
      await expect.poll(painted).toBe(0);
    });
  }

  it('<wbr> added inside a term keeps one mark over the whole block', async () => {
    const p = document.createElement('p');
    p.textContent = 'Under Remain in Mexico today.';
    document.body.append(p);
    const { marks, nextRescan } = watch(document.body);
    expect(surfaces(marks)).toEqual(['Remain in Mexico']);
    const rescan = nextRescan();
    const rest = (p.firstChild as Text).splitText('Under Remain in Mex'.length);
    p.insertBefore(document.createElement('wbr'), rest);
    rest.data = 'ico and more.';
    await rescan;
    expect(surfaces(marks)).toEqual(['Remain in Mexico']);
    await expect.poll(painted).toBe(1);
  });

  it('lower-case tag names (an XHTML document) are inline too', async () => {
    const doc = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body><p>Under <ins>the policy</ins> today.</p></body></html>',
      'application/xhtml+xml',
    );
    const body = doc.body;
    const ins = body.querySelector('ins')!;
    expect(ins.nodeName).toBe('ins');
    const { marks, nextRescan } = watch(body);
    let rescan = nextRescan();
    (ins.firstChild as Text).data = 'Remain in Mexico';
    await rescan;
    expect(surfaces(marks)).toEqual(['Remain in Mexico']);
    rescan = nextRescan();
    (ins.firstChild as Text).data = 'another program';
    await rescan;
    expect(surfaces(marks)).toEqual([]);
  });
});
