// The content script: a short pipeline wiring small modules.

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isNavigateRequest, requestEntry } from '@/components/messaging';
import type { MatcherData } from '@/glossary/compile';
// page text → blocks → matches (glossary/match) → senses (glossary/context) → highlights → card on hover.
import matcherData from '@/glossary/compiled/matcher.json';
import { createMatcher } from '@/glossary/match';
import { createCardHost, HOST_TAG } from './card-host';
import { collectBlocks } from './collect-text';
import { createPainter, highlightsSupported } from './highlight';
import { attachHover } from './hover';
import { createKeyboardNavigation } from './keyboard';
import { createMarks } from './marks';
import { observeChanges } from './observe';
import { setPageState } from './page-state';
import { afterNextPaint, scanInSlices, visibleFirst } from './scan';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames get their own instance (same-origin or not); about:blank/srcdoc frames inherit their parent's URL.
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    const doc = document;
    // Tiny frames are ads, trackers and widgets, not reading matter.
    if (window !== window.top && (window.innerWidth < 200 || window.innerHeight < 80)) return;
    if (!highlightsSupported()) {
      setPageState(doc, 'off', 0);
      return;
    }
    // Blocks are collected (and ordered by position) before our <style> goes in, so reading positions does not
    // force the page to recompute its styles.
    const root = doc.body ?? doc.documentElement;
    const scanStart = performance.now();
    const shadowRoots: ShadowRoot[] = [];
    const collected = collectBlocks(root, (shadow) => shadowRoots.push(shadow));
    const readMs = performance.now() - scanStart;
    // Positions are read after the browser's own next layout, so ordering blocks never forces one.
    await afterNextPaint();
    const orderStart = performance.now();
    const blocks = visibleFirst(collected);
    const collectMs = readMs + performance.now() - orderStart;

    const setupStart = performance.now();
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;

    const matcher = createMatcher(matcherData as unknown as MatcherData);
    const painter = createPainter(doc);
    const marks = createMarks(matcher, painter);
    const card = createCardHost(doc, requestEntry, () => hover.close());
    const hover = attachHover(doc, marks, card, painter, signal, shadowRoots);
    const report = () => setPageState(doc, 'ready', marks.count());
    const navigation = createKeyboardNavigation(doc, marks, hover, card, card.announce, signal);
    const onMessage = (message: unknown) => {
      if (isNavigateRequest(message)) navigation.start();
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

    signal.addEventListener('abort', () => {
      hover.close();
      card.destroy();
      marks.clear();
      painter.clear();
      setPageState(doc, 'off', 0);
    });

    const setupMs = performance.now() - setupStart;
    setPageState(doc, 'scanning', 0);
    const cost = await scanInSlices(blocks, marks, signal, () =>
      setPageState(doc, 'scanning', marks.count()),
    );
    if (signal.aborted) return;
    report();
    // The scan's cost, on the page's performance timeline (read by `npm run bench`, visible in DevTools).
    performance.measure('glossary-scan', {
      start: scanStart,
      detail: {
        ...cost,
        setupMs,
        collectMs,
        readMs,
        busyMs: cost.busyMs + collectMs + setupMs,
        blocks: blocks.length,
        marks: marks.count(),
      },
    });

    const isOurs = (node: Node) =>
      node.nodeName.toLowerCase() === HOST_TAG || card.host.contains(node) || node.nodeName === 'STYLE';
    // Shadow roots found now or later get the highlight rules and their own observer.
    const observed = new Set<ShadowRoot>();
    const adoptShadowRoot = (shadow: ShadowRoot) => {
      if (observed.has(shadow)) return;
      observed.add(shadow);
      if (!shadowRoots.includes(shadow)) shadowRoots.push(shadow);
      painter.styleShadowRoot(shadow);
      observeChanges(shadow, marks, isOurs, signal, report, adoptShadowRoot);
    };
    for (const shadow of [...shadowRoots]) adoptShadowRoot(shadow);
    observeChanges(root, marks, isOurs, signal, report, adoptShadowRoot);
  },
});
