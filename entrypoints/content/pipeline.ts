// One run of Glosa on a page with given settings: collect → match → paint → hover/keyboard → follow changes.
// Returns a handle whose stop() removes every trace (marks, style, card) so settings changes can restart it.

import type { Settings } from '@/components/settings';
import type { EntryCard } from '@/glossary/cards';
import type { Matcher } from '@/glossary/match';
import { createCardHost, HOST_TAG } from './card-host';
import { createBlockReader } from './dom/collect-text';
import { createPainter } from './dom/highlight';
import { observeChanges } from './dom/observe';
import { attachHover, readerLanguage } from './hover';
import { createKeyboardNavigation, type KeyboardNavigation } from './keyboard';
import { createMarks, type Marks } from './marks';
import { setPageState } from './page-state';
import { afterNextPaint, inSlices, scanInSlices, visibleFirst } from './scan';

export interface Running {
  marks: Marks;
  navigation: KeyboardNavigation;
  /** Scrolls to the first mark of an entry, flashes it and opens its card. */
  reveal(entryId: string): boolean;
  stop(): void;
}

export async function startPipeline(
  doc: Document,
  matcher: Matcher,
  settings: Settings,
  onCount: (count: number) => void,
  /** Reads a card's entry (from the package, or the personal glossary). */
  loadEntry: (id: string) => Promise<EntryCard>,
  /** Time the content script spent loading the matcher before this run (reported with the scan's cost). */
  loadMs = 0,
): Promise<Running | null> {
  const controller = new AbortController();
  const { signal } = controller;

  const setupStart = performance.now();
  const painter = createPainter(doc, settings.highlightStyle);
  const marks = createMarks(matcher, painter, {
    categories: new Set(settings.categories),
    firstOccurrenceOnly: settings.firstOccurrenceOnly,
  });
  const shadowRoots: ShadowRoot[] = [];
  const card = createCardHost(
    doc,
    loadEntry,
    () => hover.close(),
    () => readerLanguage(settings),
  );
  const hover = attachHover(doc, marks, card, painter, signal, shadowRoots, settings);
  const navigation = createKeyboardNavigation(doc, marks, hover, card, card.announce, card.tell, signal);
  const report = () => {
    setPageState(doc, 'ready', marks.count());
    onCount(marks.count());
  };
  const isOurs = (node: Node) => node.nodeName.toLowerCase() === HOST_TAG || node.nodeName === 'STYLE';
  // Shadow roots found now or later get the highlight rules and their own observer.
  const observed = new Set<ShadowRoot>();
  const adoptShadowRoot = (shadow: ShadowRoot) => {
    if (observed.has(shadow)) return;
    observed.add(shadow);
    if (!shadowRoots.includes(shadow)) shadowRoots.push(shadow);
    painter.styleShadowRoot(shadow);
    observeChanges(shadow, marks, isOurs, signal, report, adoptShadowRoot);
  };
  // Changes from here on are recorded, but rescanned only once the first scan is over: it works from the text
  // as read, and the rescan then reads the changed blocks afresh, so nothing the page does meanwhile is lost.
  let firstScanDone = false;
  const root = doc.body ?? doc.documentElement;
  observeChanges(root, marks, isOurs, signal, report, adoptShadowRoot, () => !firstScanDone);
  const setupMs = performance.now() - setupStart;

  // The page's text is read in slices too, between blocks; then, after the browser's next rendering update (so
  // reading positions forces no layout), the blocks in view go first.
  const scanStart = performance.now();
  const reader = createBlockReader(root, (shadow) => shadowRoots.push(shadow));
  const read = await inSlices((deadline) => reader.read(deadline), signal);
  if (signal.aborted) return null;
  await afterNextPaint();
  const orderStart = performance.now();
  const blocks = visibleFirst(reader.blocks);
  const collectMs = read.busyMs + performance.now() - orderStart;

  const stop = () => {
    controller.abort();
    hover.close();
    card.destroy();
    marks.clear();
    painter.clear();
    setPageState(doc, 'off', 0);
    onCount(0);
  };

  setPageState(doc, 'scanning', 0);
  const cost = await scanInSlices(blocks, marks, signal, () => setPageState(doc, 'scanning', marks.count()));
  if (signal.aborted) return null;
  firstScanDone = true;
  report();
  // The scan's cost, on the page's performance timeline (read by `npm run bench`, visible in DevTools).
  performance.measure('glossary-scan', {
    start: scanStart,
    detail: {
      ...cost,
      maxSliceMs: Math.max(cost.maxSliceMs, read.maxSliceMs),
      readSlices: read.slices,
      setupMs,
      collectMs,
      readMs: read.busyMs,
      matchMs: marks.matchMs(),
      loadMs,
      busyMs: cost.busyMs + collectMs + setupMs + loadMs,
      blocks: blocks.length,
      marks: marks.count(),
    },
  });

  for (const shadow of [...shadowRoots]) adoptShadowRoot(shadow);

  return {
    marks,
    navigation,
    reveal(entryId) {
      const mark = marks.all().find((m) => m.entryId === entryId);
      if (!mark) return false;
      (mark.range.startContainer.parentElement as Element | null)?.scrollIntoView({ block: 'center' });
      hover.open(mark);
      return true;
    },
    stop,
  };
}
