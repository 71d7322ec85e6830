// The content script: loads the matcher once, runs the pipeline (pipeline.ts) with the reader's settings, and
// restarts it when they change — so a site switch, a pause or a new highlight style applies without a reload.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type PageTermsReply, parseContentMessage, sendToExtension } from '@/components/messaging';
import { loadEntryCard } from '@/components/packaged';
import { loadPersonal, personalItem, withPersonal } from '@/components/personal-store';
import { isActiveOn, loadSettings, type Settings, watchSettings } from '@/components/settings';
import type { EntryCard } from '@/glossary/cards';
import type { Matcher } from '@/glossary/match';
import { unpackMatcher } from '@/glossary/pack';
import { tally } from '@/glossary/page-scan';
import { type CardHost, createCardHost } from './card-host';
import { highlightsSupported } from './dom/highlight';
import { rangeOf } from './dom/hit-test';
import { readerLanguage } from './hover';
import { lookUpSelection } from './lookup';
import { setPageState } from './page-state';
import { type Running, startPipeline } from './pipeline';

/** How often an idle page checks that the extension is still there (one property read). */
const ORPHAN_CHECK_MS = 3000;

/** The compiled matcher, a file of the extension's package (see wxt.config.ts); null if it cannot be read. */
async function loadPackedMatcher(): Promise<string | null> {
  try {
    // A file added at build time: WXT's typed list of public paths does not know it.
    const response = await fetch((browser.runtime.getURL as (path: string) => string)('/matcher.packed'));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

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
    const [packed, personal] = await Promise.all([loadPackedMatcher(), loadPersonal()]);
    if (packed === null) {
      // The extension went away while the page opened (reloaded, updated, switched off): nothing to mark with.
      setPageState(doc, 'off', 0);
      return;
    }
    const loadStart = performance.now();
    let bundled: Matcher;
    try {
      bundled = unpackMatcher(packed);
    } catch (error) {
      // A damaged package: nothing can be marked, and the page is left exactly as it was.
      console.error(`Glosa is off on this page: ${(error as Error).message}. Reinstalling Glosa repairs it.`);
      setPageState(doc, 'off', 0);
      return;
    }
    const loadMs = performance.now() - loadStart;
    let personalGlossary = personal;
    let matcher = withPersonal(bundled, personal);
    const hostname = location.hostname;
    let settings: Settings;
    let running: Running | null = null;
    let generation = 0;

    // The top frame tells the extension when its marks change (the badge, and the popup's list of terms).
    const sendCount = (count: number) => {
      if (window === window.top)
        sendToExtension({ type: 'glosa:terms-changed', count, badge: settings.badge });
    };

    const apply = async (next: Settings) => {
      settings = next;
      const mine = ++generation;
      running?.stop();
      running = null;
      if (!isActiveOn(next, hostname)) {
        setPageState(doc, 'off', 0);
        return;
      }
      const started = await startPipeline(doc, matcher, next, sendCount, loadEntry, loadMs);
      // A newer settings change arrived while this run was scanning: it wins.
      if (mine !== generation) started?.stop();
      else running = started;
    };

    // Opening a card is when a reader would meet an orphaned copy: check first (ctx.isInvalid stops this copy, which
    // removes the card, when the extension has gone) and never resolve in that case.
    const loadEntry = (id: string) =>
      ctx.isInvalid ? ctx.block<EntryCard>() : loadEntryCard(id, personalGlossary);

    let lookupCard: CardHost | null = null;
    const onMessage = (raw: unknown) => {
      const message = parseContentMessage(raw);
      if (!message) return undefined;
      // A lookup goes to the frame holding the selection; everything else to the top frame.
      if (message.type === 'glosa:lookup') {
        lookupCard ??= createCardHost(
          doc,
          loadEntry,
          () => lookupCard?.hide(),
          () => readerLanguage(settings),
        );
        return lookUpSelection(
          doc,
          message.text,
          lookupCard,
          settings,
          matcher,
          running?.marks.pageAccepted() ?? false,
        );
      }
      if (window !== window.top) return undefined;
      switch (message.type) {
        case 'glosa:navigate':
          running?.navigation.start();
          return undefined;
        case 'glosa:reveal':
          return Promise.resolve(running?.reveal(message.id) ?? false);
        case 'glosa:page-terms':
          return Promise.resolve(pageTermsReply());
        default:
          return message satisfies never;
      }
    };
    const pageTermsReply = (): PageTermsReply => {
      // In reading order (top to bottom), so a handout lists terms as a reader meets them.
      const ordered = (running?.marks.all() ?? [])
        .map((mark) => ({ mark, rect: rangeOf(mark).getBoundingClientRect() }))
        .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
        .map(({ mark }) => mark);
      const terms = tally(ordered).map(({ id, surfaces, count }) => ({ id, surfaces, count }));
      return { hostname, title: doc.title, active: running !== null, terms };
    };
    browser.runtime.onMessage.addListener(onMessage);

    const unwatch = watchSettings(({ settings: next }) => void apply(next));
    // A personal glossary imported or removed in the options applies to open tabs too.
    const unwatchPersonal = personalItem.watch((glossary) => {
      personalGlossary = glossary;
      matcher = withPersonal(bundled, glossary);
      void apply(settings);
    });
    // An update, reload, disable or uninstall orphans this copy of the script (browsers do not unload it), and
    // WXT notices only when asked: so ask every few seconds and on each reader action (see hover.ts).
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);
    ctx.onInvalidated(() => {
      // The extension was updated, reloaded or removed: this old copy leaves the page as it was, first, because
      // the extension APIs it would also detach from may now throw.
      generation++;
      lookupCard?.destroy();
      running?.stop();
      running = null;
      for (const detach of [
        unwatch,
        unwatchPersonal,
        () => browser.runtime.onMessage.removeListener(onMessage),
      ]) {
        try {
          detach();
        } catch {
          // The API is gone with the extension: nothing left to detach from.
        }
      }
    });
    await apply((await loadSettings()).settings);
  },
});
