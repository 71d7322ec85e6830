// The content script. It decides whether this frame holds reading, then loads the rest (start.ts, shipped as
// content-start.js) and starts it: the top frame and cross-origin frames that hold reading are marked; a frame the
// top frame reads itself (same origin), or one without reading matter (ads, widgets), loads nothing until a
// "Look up" (the context menu's) is asked of it.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseContentMessage } from '@/components/messaging';
import { CONTENT_START_GLOBAL } from '@/components/package-globals';
import { loadPackagedScript } from '@/components/packaged';
import { highlightsSupported } from './dom/highlight';
import { holdsReading, sameOriginTop } from './frames';
import { setPageState } from './page-state';
import type { startPage } from './start';

const loadStart = () => loadPackagedScript<typeof startPage>('/content-start.js', CONTENT_START_GLOBAL);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames get their own instance (same-origin or not); about:blank/srcdoc frames inherit their parent's URL.
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    const doc = document;
    if (window === window.top || (sameOriginTop() === null && holdsReading(doc))) {
      if (!highlightsSupported()) {
        setPageState(doc, 'off', 0);
        return;
      }
      const start = await loadStart().catch(() => null);
      // The extension went away while the page opened (reloaded, updated, switched off): nothing to mark with.
      if (!start) setPageState(doc, 'off', 0);
      else start(ctx, true);
      return;
    }
    let started: ReturnType<typeof startPage> | null = null;
    const onLookup = (raw: unknown) => {
      const message = parseContentMessage(raw);
      if (message?.type !== 'glosa:lookup') return undefined;
      return loadStart().then((start) => {
        started ??= start(ctx, false);
        return started.lookUp(message.text);
      });
    };
    browser.runtime.onMessage.addListener(onLookup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onLookup));
  },
});
