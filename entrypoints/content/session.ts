// The page session: the one owner of Glosa's work on a page. It holds the painter (one per page, for its whole
// life) and at most one run: collect → match → paint → hover/keyboard → follow changes, with one AbortSignal.
// A settings change that alters what is marked (on/off for the site, categories, first occurrence only, the
// personal glossary) aborts the run and starts another; every other setting (style, hover delay, trigger,
// languages, badge) applies in place, with no rescan.
import type { PageTermsReply } from '@/components/messaging';
import type { ScanEngine } from '@/components/scan-engine';
import { isActiveOn, type Settings } from '@/components/settings';
import type { EntryCard } from '@/glossary/cards';
import { tally } from '@/glossary/tally';
import { type CardHost, createCardHost, HOST_TAG } from './card-host';
import { collectBlocks, createBlockReader, type TextBlock } from './dom/collect-text';
import { createPainter } from './dom/highlight';
import { observeChanges } from './dom/observe';
import { inReadingOrder } from './dom/reading-order';
import { frameDocument, holdsReading, readingFrames } from './frames';
import { attachHover, type CardControl, type Hover, readerLanguage } from './hover';
import { createKeyboardNavigation, type KeyboardNavigation } from './keyboard';
import { createMarks, type Mark, type Marks } from './marks';
import { setPageState } from './page-state';
import { afterNextPaint, inSlices, type ScanCost, scanInSlices, visibleFirst } from './scan';
import { measure } from './timing';

export interface PageSession {
  /**
   * Applies new settings or a new scan engine (the personal glossary changed): in place, or by a new run.
   */
  update(settings: Settings, engine: ScanEngine): void;
  /** The page's terms for the popup and the handout: whole page, in reading order. */
  terms(): PageTermsReply;
  /** Whether the page's body is about migration (the page scan's verdict), for a lookup's senses. */
  pageAccepted(): boolean;
  /** Starts keyboard navigation of the terms. */
  navigate(): void;
  /** Scrolls to the first mark of an entry, flashes it and opens its card. */
  reveal(entryId: string): boolean;
  /** Leaves the page as it was. */
  stop(): void;
}

interface Run {
  marks: Marks;
  navigation: KeyboardNavigation;
  control: CardControl;
  stop(): void;
}

/** What decides which marks there are: a change here needs a new run; anything else is applied in place. */
function markingKey(settings: Settings, hostname: string): string {
  return JSON.stringify([
    isActiveOn(settings, hostname),
    [...settings.categories].sort(),
    settings.firstOccurrenceOnly,
  ]);
}

export function createPageSession(
  doc: Document,
  /** Reads a card's entry (from the package, or the personal glossary). */
  loadEntry: (id: string) => Promise<EntryCard>,
  onCount: (count: number, settings: Settings) => void,
  /**
   * The page is short and matched in the background: its blocks go over in one message and are answered at once,
   * so the first scan hands them over in document order as soon as they are read, with no wait for a rendering
   * update to find the blocks in view first.
   */
  short = false,
): PageSession {
  const hostname = location.hostname;
  // One object for the session's life, updated in place: hover and cards read it at the moment they act.
  let live: Settings | null = null;
  let painter: ReturnType<typeof createPainter> | null = null;
  let run: Run | null = null;
  let key = '';
  let runEngine: ScanEngine | null = null;
  /** Every document this session marks (the page and its same-origin frames that hold reading). */
  const docs = new Set<Document>([doc]);

  const count = () => run?.marks.count() ?? 0;
  /** Each document's <html> says how many marks are in it; the badge and the popup count the whole page. */
  const countIn = (d: Document) => (docs.size === 1 ? count() : (run?.marks.countIn(d) ?? 0));
  /** The run's list of terms as last told to the extension (the badge, an open popup), to tell only changes. */
  let told = -1;
  const report = () => {
    for (const d of docs) setPageState(d, 'ready', countIn(d));
    const listed = run?.marks.listed() ?? -1;
    if (!live || listed === told) return;
    told = listed;
    onCount(count(), live);
  };

  const startRun = (settings: Settings, engine: ScanEngine): Run => {
    const controller = new AbortController();
    const { signal } = controller;
    painter ??= createPainter(settings.highlightStyle);
    told = -1;
    const paint = painter;
    const setupStart = performance.now();
    // Changes are recorded from the start, but rescanned only once the first scan is over: it works from the text
    // as read, and the rescan then reads the changed blocks afresh, so nothing the page does meanwhile is lost.
    let firstScanDone = false;
    /** Pointer handling starts with the first mark painted (see Hover.arm). */
    let marked = false;
    const marks = createMarks(engine, paint, {
      categories: new Set(settings.categories),
      firstOccurrenceOnly: settings.firstOccurrenceOnly,
      // The background restarted and gave the page's marks again (the PDF reader's engine, components/scan-remote.ts).
      onReset: () => {
        if (firstScanDone && !signal.aborted) report();
      },
      onFirstMark: () => {
        marked = true;
        for (const { hover } of parts.values()) hover.arm();
      },
    });
    /** Tells the page's count once the engine has answered what was just asked of it. */
    const reportWhenIdle = () =>
      void marks.idle().then(() => {
        if (!signal.aborted) report();
      });
    const shadowRoots: ShadowRoot[] = [];
    // Each document gets its own card and pointer handling; the keyboard goes to the card of the mark's document.
    const parts = new Map<Document, { card: CardHost; hover: Hover }>();
    const partsFor = (d: Document) => {
      let found = parts.get(d);
      if (!found) {
        const card = createCardHost(
          d,
          loadEntry,
          () => found?.hover.close(),
          () => readerLanguage(live as Settings),
        );
        const hover = attachHover(d, marks, card, paint, signal, shadowRoots, live as Settings);
        if (marked) hover.arm();
        found = { card, hover };
        parts.set(d, found);
      }
      return found;
    };
    const top = partsFor(doc);
    const control: CardControl = {
      open: (mark: Mark) => {
        const target = mark.range.startContainer.ownerDocument ?? doc;
        for (const [d, { hover }] of parts) if (d !== target) hover.close();
        partsFor(target).hover.open(mark);
      },
      close: () => {
        for (const { hover } of parts.values()) hover.close();
      },
      current: () => [...parts.values()].map(({ hover }) => hover.current()).find(Boolean) ?? null,
    };
    const navigation = createKeyboardNavigation(
      doc,
      marks,
      control,
      top.card,
      top.card.announce,
      top.card.tell,
      signal,
    );

    const isOurs = (node: Node) => node.nodeName.toLowerCase() === HOST_TAG || node.nodeName === 'STYLE';
    const observed = new Set<ShadowRoot>();
    const held = () => !firstScanDone;
    const adoptShadowRoot = (shadow: ShadowRoot) => {
      if (observed.has(shadow)) return;
      observed.add(shadow);
      if (!shadowRoots.includes(shadow)) shadowRoots.push(shadow);
      paint.styleShadowRoot(shadow);
      observeChanges(shadow, marks, isOurs, signal, reportWhenIdle, adoptShadowRoot, held);
    };
    const bodyOf = (d: Document) => d.body ?? d.documentElement;
    const follow = (d: Document) => {
      partsFor(d);
      observeChanges(bodyOf(d), marks, isOurs, signal, reportWhenIdle, adoptShadowRoot, held);
    };
    follow(doc);

    // A same-origin frame that holds reading is read as part of this page, now or when it loads later.
    const adoptFrame = (d: Document) => {
      if (docs.has(d) || !holdsReading(d)) return false;
      docs.add(d);
      follow(d);
      return true;
    };
    const frameDocs = readingFrames(doc).filter(adoptFrame);
    doc.addEventListener(
      'load',
      (event) => {
        const target = event.target as Element;
        if (!firstScanDone || (target.localName !== 'iframe' && target.localName !== 'frame')) return;
        const d = frameDocument(target);
        if (!d || !adoptFrame(d)) return;
        for (const block of collectBlocks(bodyOf(d), adoptShadowRoot)) marks.scanBlock(block);
        marks.settle();
        reportWhenIdle();
      },
      { capture: true, signal },
    );
    const setupMs = performance.now() - setupStart;

    const scan = async () => {
      // A short page goes straight to 'ready', with its marks: an attribute written now would cost the page a
      // rendering update of its own, a few milliseconds before the one that paints them.
      if (!short) for (const d of docs) setPageState(d, 'scanning', 0);
      // The page's text is read in slices too, between blocks; then, after the browser's next rendering update
      // (so reading positions forces no layout), the blocks in view go first.
      const scanStart = performance.now();
      const readers = [doc, ...frameDocs].map((d) =>
        createBlockReader(bodyOf(d), (s) => shadowRoots.push(s)),
      );
      let current = 0;
      const read = await inSlices((deadline) => {
        while (current < readers.length) {
          if (!readers[current]!.read(deadline)) return false;
          current++;
        }
        return true;
      }, signal);
      if (signal.aborted) return;
      if (!short) {
        await afterNextPaint();
        if (signal.aborted) return;
      }
      const orderStart = performance.now();
      const blocks: TextBlock[] = [
        ...(short ? readers[0]!.blocks : visibleFirst(readers[0]!.blocks)),
        ...readers.slice(1).flatMap((r) => r.blocks),
      ];
      const collectMs = read.busyMs + performance.now() - orderStart;
      // The count on <html> waits for the end: any change of the page's DOM, an attribute included, makes the
      // browser's next rendering rebuild every painted mark and repaint their text.
      // A short page's own text is painted whole, as soon as its marks come; what it gains later is windowed.
      if (short) paint.paintAtOnce(doc);
      let cost: ScanCost;
      try {
        cost = await scanInSlices(blocks, marks, signal);
        if (signal.aborted) return;
        await marks.idle();
      } finally {
        paint.paintAtOnce(null);
      }
      if (signal.aborted) return;
      // 'ready' once the marks near the viewport are painted, not a frame before.
      await paint.settled();
      if (signal.aborted) return;
      firstScanDone = true;
      report();
      measure('glossary-scan', scanStart, {
        ...cost,
        maxSliceMs: Math.max(cost.maxSliceMs, read.maxSliceMs),
        readSlices: read.slices,
        setupMs,
        collectMs,
        readMs: read.busyMs,
        matchMs: marks.matchMs(),
        busyMs: cost.busyMs + collectMs + setupMs,
        blocks: blocks.length,
        marks: marks.count(),
      });
      for (const shadow of [...shadowRoots]) adoptShadowRoot(shadow);
    };
    void scan();

    return {
      marks,
      navigation,
      control,
      stop() {
        controller.abort();
        for (const { hover, card } of parts.values()) {
          hover.close();
          card.destroy();
        }
        // Only this run's marks: the painter and its highlights stay for the next run.
        marks.clear();
        paint.setActive(null);
      },
    };
  };

  const stopRun = () => {
    run?.stop();
    run = null;
  };

  return {
    update(settings, engine) {
      if (live) Object.assign(live, settings);
      else live = structuredClone(settings);
      painter?.setStyle(settings.highlightStyle);
      const nextKey = markingKey(settings, hostname);
      if (nextKey === key && engine === runEngine) {
        // Nothing marked changes: the style, pointer and card settings above already apply; the badge follows.
        if (run) onCount(count(), live);
        return;
      }
      key = nextKey;
      runEngine = engine;
      // The old run is stopped before the new one starts, so nothing of it can touch the new one's marks.
      stopRun();
      if (!isActiveOn(settings, hostname)) {
        for (const d of docs) setPageState(d, 'off', 0);
        onCount(0, live);
        return;
      }
      run = startRun(live, engine);
    },
    terms() {
      // In reading order, so a handout lists terms as a reader meets them.
      const ordered = inReadingOrder(run?.marks.all() ?? [], doc);
      const terms = tally(ordered).map(({ id, surfaces, count }) => ({ id, surfaces, count }));
      return { hostname, title: doc.title, active: run !== null, terms };
    },
    pageAccepted: () => run?.marks.pageAccepted() ?? false,
    navigate() {
      run?.navigation.start();
    },
    reveal(entryId) {
      const of = run?.marks.all().filter((m) => m.entryId === entryId) ?? [];
      const mark = inReadingOrder(of, doc)[0];
      if (!run || !mark) return false;
      (mark.range.startContainer.parentElement as Element | null)?.scrollIntoView({ block: 'center' });
      run.control.open(mark);
      return true;
    },
    stop() {
      stopRun();
      painter?.clear();
      painter = null;
      key = '';
      runEngine = null;
      for (const d of docs) if (d.defaultView) setPageState(d, 'off', 0);
      if (live) onCount(0, live);
    },
  };
}
