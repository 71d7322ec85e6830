// The pages of an open PDF, in one continuous scroll. Every page gets a placeholder at once (a 500-page file
// opens as fast as a short one); its text layer is read in page order in the background, the pages in view first;
// its image is drawn only while it is near the viewport, and dropped when far away, so memory stays flat.
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { yieldToMain } from '@/entrypoints/content/scan';
import { carriedOver } from './layout';
import {
  bodyOf,
  type Carried,
  type PageBody,
  type PageText,
  readPageText,
  renderTextLayer,
} from './text-layer';

/** How many pages the background reading makes and puts in place in one task (see makeLayer). */
const BATCH = 16;

export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

export interface Viewer {
  readonly pageCount: number;
  /** Resolves when the first page's text layer is on the page. */
  readonly firstPage: Promise<void>;
  /** Resolves when every page's text has been read into its text layer, with the number of characters read. */
  readonly allText: Promise<number>;
  zoom(): number;
  setZoom(zoom: number): void;
  currentPage(): number;
  goTo(page: number): void;
  /** The text layer elements of the pages read so far, in page order. */
  textLayers(): HTMLElement[];
  destroy(): void;
}

interface LayerInputs {
  page: PDFPageProxy;
  text: PageText;
  own: PageBody;
  skip: number;
  carried: Carried | null;
}

/** A page's text layer made, waiting to be put in place. */
interface Layer {
  page: PDFPageProxy;
  layer: HTMLElement;
  chars: number;
}

interface PageView {
  element: HTMLElement;
  layer: HTMLElement;
  canvas: HTMLCanvasElement | null;
  drawnAt: number;
  task: RenderTask | null;
  /** The page size its element has now ("width height"), so an unchanged size is not set again. */
  size: string;
}

export function createViewer(
  pdf: PDFDocumentProxy,
  container: HTMLElement,
  onPageChange: (page: number) => void,
): Viewer {
  const controller = new AbortController();
  const { signal } = controller;
  const count = pdf.numPages;
  let zoom = 1;
  // The first page's height, to which a page's content may overflow (reader.css).
  let overflow = 792;
  const setScale = () => {
    container.style.setProperty('--total-scale-factor', String(zoom));
    container.style.setProperty('--page-overflow', `${Math.ceil(zoom * overflow)}px`);
  };
  setScale();

  const views: PageView[] = [];
  const fragment = document.createDocumentFragment();
  for (let n = 1; n <= count; n++) {
    const element = document.createElement('div');
    element.className = 'page';
    element.dataset.page = String(n);
    // Each page above the next: the lines a page carries over from the next (text-layer.ts) lie over it.
    element.style.zIndex = String(count - n + 1);
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    element.append(layer);
    fragment.append(element);
    views.push({ element, layer, canvas: null, drawnAt: 0, task: null, size: '' });
  }
  container.replaceChildren(fragment);

  // Setting a size, even the same one, is a change to the document (see makeLayer for why that counts).
  const setSize = (view: PageView, page: PDFPageProxy) => {
    const { width, height } = page.getViewport({ scale: 1 });
    const size = `${width} ${height}`;
    if (size === view.size) return;
    view.size = size;
    view.element.style.setProperty('--page-width', `${width}px`);
    view.element.style.setProperty('--page-height', `${height}px`);
  };

  const pages = new Map<number, Promise<PDFPageProxy>>();
  const pageOf = (n: number) => {
    let found = pages.get(n);
    if (!found) {
      found = pdf.getPage(n);
      pages.set(n, found);
    }
    return found;
  };
  const texts = new Map<number, Promise<PageText>>();
  const textOf = (n: number) => {
    let found = texts.get(n);
    if (!found) {
      found = pageOf(n).then(readPageText);
      texts.set(n, found);
    }
    return found;
  };
  let chars = 0;
  // Running headers are recognised against one fixed neighbour: the page before, or for page 1 the page after.
  const neighbourOf = (n: number) => (n > 1 ? n - 1 : n < count ? n + 1 : 0);
  const bodyAt = async (n: number) => {
    const m = neighbourOf(n);
    const [text, neighbour] = await Promise.all([textOf(n), m ? textOf(m) : undefined]);
    return bodyOf(text, neighbour);
  };
  // What a page's text layer is made from (read by PDF.js's worker; nothing in the document changes meanwhile).
  const inputs = new Map<number, Promise<LayerInputs>>();
  const inputsOf = (n: number) => {
    let found = inputs.get(n);
    if (!found) {
      found = (async () => {
        const page = await pageOf(n);
        const text = await textOf(n);
        const own = await bodyAt(n);
        // A paragraph running over a page break is read in one piece, with the page where it starts.
        const skip = n > 1 ? carriedOver((await bodyAt(n - 1)).body, own.body) : 0;
        let carried: Carried | null = null;
        if (n < count && skip < own.body.length) {
          const next = await bodyAt(n + 1);
          const lines = next.body.slice(0, carriedOver(own.body, next.body));
          if (lines.length) carried = { page: await pageOf(n + 1), text: await textOf(n + 1), lines };
        }
        return { page, text, own, skip, carried };
      })();
      inputs.set(n, found);
    }
    return found;
  };
  // The text layer itself: elements made apart from the document, then put in place (place). While Glosa's marks
  // are on the page, any element made or moved in a frame, even one not in the document yet, makes Chromium repaint
  // every marked piece of text in that frame (~77 paint calls a frame for two screens of marks; the same with the
  // highlight style 'none'), so the background reading makes its pages' elements BATCH pages at a time, in one task.
  const made = new Map<number, Promise<Layer | null>>();
  const makeLayer = (n: number) => {
    let found = made.get(n);
    if (!found) {
      found = (async () => {
        const { page, text, own, skip, carried } = await inputsOf(n);
        if (signal.aborted) return null;
        const layer = await renderTextLayer(page, text, own, skip, carried);
        return { page, layer, chars: text.lines.reduce((sum, line) => sum + line.text.trim().length, 0) };
      })();
      made.set(n, found);
    }
    return found;
  };
  const placed = new Set<number>();
  const place = (n: number, done: Layer | null) => {
    if (!done || placed.has(n) || signal.aborted) return;
    placed.add(n);
    const view = views[n - 1]!;
    setSize(view, done.page);
    view.layer.replaceWith(done.layer);
    view.layer = done.layer;
    chars += done.chars;
  };
  const layerOf = async (n: number) => place(n, await makeLayer(n));

  const firstPage = (async () => {
    // Every placeholder takes the first page's size until its own page is read.
    const first = await pageOf(1);
    for (const view of views) setSize(view, first);
    overflow = first.getViewport({ scale: 1 }).height;
    setScale();
    await layerOf(1);
  })();

  // The first image drawn (or given up): the background reading waits for it, since PDF.js's worker, which also
  // prepares what the image is drawn from, would otherwise first extract the text of a whole batch of pages. A
  // hidden page draws nothing (no rendering, so no intersections): there the reading does not wait.
  let imageDone = () => {};
  const firstImage = new Promise<void>((resolve) => {
    imageDone = resolve;
    const hidden = () => {
      if (document.visibilityState === 'hidden') resolve();
    };
    hidden();
    document.addEventListener('visibilitychange', hidden, { signal });
  });
  const allText = (async () => {
    await firstPage;
    await firstImage;
    for (let n = 2; n <= count && !signal.aborted; n += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, count - n + 1) }, (_, i) => n + i);
      await Promise.all(batch.map(inputsOf));
      for (const m of batch) place(m, await makeLayer(m));
      await yieldToMain();
    }
    return chars;
  })();

  // A page's image: drawn by PDF.js (in its renderer worker where the browser allows) into a canvas apart from the
  // document, then handed to the page's own canvas as a bitmap. The page's canvas is put in place when the page comes
  // near, in the same task as the painting window's change for that page, and only its pixels change when the image
  // is ready: while marks are on the page, any element added or attribute set makes Chromium repaint every marked
  // piece of text near the view in that frame, so the page's changes share one frame instead of taking two.
  const draw = async (view: PageView, n: number) => {
    try {
      await drawImage(view, n);
    } finally {
      imageDone();
    }
  };
  const drawImage = async (view: PageView, n: number) => {
    if (view.drawnAt === zoom || signal.aborted) return;
    view.task?.cancel();
    if (!view.canvas) {
      view.canvas = document.createElement('canvas');
      view.element.prepend(view.canvas);
    }
    const shown = view.canvas;
    const page = await pageOf(n);
    if (view.canvas !== shown) return;
    setSize(view, page);
    void layerOf(n);
    const scale = zoom * (window.devicePixelRatio || 1);
    const viewport = page.getViewport({ scale });
    const target = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const drawnAt = zoom;
    // PDF.js draws into any canvas with a 2D context; its types only name the element.
    const task = page.render({ canvas: target as unknown as HTMLCanvasElement, viewport });
    view.task = task;
    try {
      await task.promise;
    } catch {
      // Cancelled (zoomed or scrolled away) or a damaged page: the text layer stays readable either way.
      return;
    }
    if (view.task !== task || view.canvas !== shown) return;
    view.task = null;
    view.drawnAt = drawnAt;
    shown.getContext('bitmaprenderer')?.transferFromImageBitmap(target.transferToImageBitmap());
  };
  const release = (view: PageView) => {
    view.task?.cancel();
    view.task = null;
    view.canvas?.getContext('bitmaprenderer')?.transferFromImageBitmap(null);
    view.canvas?.remove();
    view.canvas = null;
    view.drawnAt = 0;
  };

  // The page in view, and the one the toolbar shows. Showing a new number changes the document, which costs a frame
  // the repaint of every mark near the view (see draw): while scrolling, the number is shown with the changes a page
  // coming near or going away makes anyway, and at once when the scrolling stops.
  let current = 1;
  let reported = 1;
  let settling = 0;
  const report = () => {
    clearTimeout(settling);
    if (current === reported || signal.aborted) return;
    reported = current;
    onPageChange(current);
  };

  const near = new Set<number>();
  const observer = new IntersectionObserver(
    (records) => {
      for (const record of records) {
        const n = Number((record.target as HTMLElement).dataset.page);
        if (record.isIntersecting) {
          near.add(n);
          void draw(views[n - 1]!, n);
        } else {
          near.delete(n);
          release(views[n - 1]!);
        }
      }
      report();
    },
    { rootMargin: '100% 0px' },
  );
  for (const view of views) observer.observe(view.element);

  const pageAtCenter = () => {
    const middle = window.innerHeight / 3;
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (views[mid]!.element.getBoundingClientRect().bottom < middle) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  let scheduled = false;
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        current = pageAtCenter();
        clearTimeout(settling);
        if (current !== reported) settling = window.setTimeout(report, 150);
      });
    },
    { passive: true, signal },
  );

  return {
    pageCount: count,
    firstPage,
    allText,
    zoom: () => zoom,
    setZoom(next) {
      if (next === zoom) return;
      const view = views[current - 1]!;
      const offset = -view.element.getBoundingClientRect().top / view.element.offsetHeight;
      zoom = next;
      setScale();
      window.scrollTo({ top: view.element.offsetTop + offset * view.element.offsetHeight });
      for (const n of near) void draw(views[n - 1]!, n);
    },
    currentPage: () => current,
    goTo(n) {
      const view = views[Math.min(Math.max(n, 1), count) - 1];
      view?.element.scrollIntoView({ block: 'start' });
    },
    textLayers: () => views.map((view) => view.layer).filter((layer) => layer.childElementCount > 0),
    destroy() {
      controller.abort();
      clearTimeout(settling);
      observer.disconnect();
      for (const view of views) release(view);
      void pdf.loadingTask.destroy();
    },
  };
}
