// The content script. It decides whether this frame holds reading, then loads the rest (start.ts, shipped as
// content-start.js) and starts it: the top frame and cross-origin frames that hold reading are marked; a frame the
// top frame reads itself (same origin), or one without reading matter (ads, widgets), loads nothing until a
// "Look up" (the context menu's) is asked of it, and uses the extension's API only once that menu is opened in it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionApi } from '@/components/extension-api';
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
    // "Look up" is an item of the context menu, which the reader opens in this frame first: only then does the
    // frame listen for it, so a frame nobody right-clicks never touches the extension's API (extension-api.ts).
    let listening = false;
    const listen = () => {
      listening = true;
      extensionApi().runtime.onMessage.addListener(onLookup);
    };
    addEventListener('contextmenu', listen, { capture: true, once: true });
    ctx.onInvalidated(() => {
      removeEventListener('contextmenu', listen, { capture: true });
      if (listening) extensionApi().runtime.onMessage.removeListener(onLookup);
    });
  },
});
