// The page engine over the reader's text layers: the content script's own run (read, match, decide senses, paint,
// hover, keyboard, card), started on this extension page as on any web page, with the reader's settings, personal
// glossary, and answers to the popup (its list of terms, "reveal", the navigation shortcut).
import { browser } from 'wxt/browser';
import { CARD_UI_GLOBAL, cardUi } from '@/components/card-ui';
import { type PageTermsReply, parseContentMessage, sendToExtension } from '@/components/messaging';
import { loadEntryCard, packagedUrl } from '@/components/packaged';
import { loadPersonal, personalItem, withPersonal } from '@/components/personal-store';
import { loadSettings, type Settings, watchSettings } from '@/components/settings';
import { rangeOf } from '@/entrypoints/content/dom/hit-test';
import { type Running, startPipeline } from '@/entrypoints/content/pipeline';
import type { Matcher } from '@/glossary/match';
import { unpackMatcher } from '@/glossary/pack';
import { tally } from '@/glossary/page-scan';

// The card's interface is part of this page's bundle (the content script loads it from the package instead).
(globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = cardUi;

async function loadMatcher(): Promise<Matcher> {
  const response = await fetch(packagedUrl('/matcher.packed'));
  if (!response.ok) throw new Error(`matcher.packed: ${response.status}`);
  return unpackMatcher(await response.text());
}

/** Starts the engine on `doc`; returns its stop. The document's text may keep growing (pages read later). */
export function startEngine(doc: Document, title: () => string): () => void {
  let stopped = false;
  let running: Running | null = null;
  let generation = 0;
  let settings: Settings | null = null;
  let personal: Awaited<ReturnType<typeof loadPersonal>> = null;
  let bundled: Matcher | null = null;
  const detach: (() => void)[] = [];

  const sendCount = (count: number) =>
    sendToExtension({ type: 'glosa:terms-changed', count, badge: settings?.badge ?? false });

  const apply = async () => {
    const mine = ++generation;
    running?.stop();
    running = null;
    if (!settings || !bundled || stopped || settings.paused) return;
    const started = await startPipeline(doc, withPersonal(bundled, personal), settings, sendCount, (id) =>
      loadEntryCard(id, personal),
    );
    if (mine !== generation || stopped) started?.stop();
    else running = started;
  };

  const terms = (): PageTermsReply => {
    const ordered = (running?.marks.all() ?? [])
      .map((mark) => ({ mark, rect: rangeOf(mark).getBoundingClientRect() }))
      .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
      .map(({ mark }) => mark);
    return {
      hostname: '',
      title: title(),
      active: running !== null,
      terms: tally(ordered).map(({ id, surfaces, count }) => ({ id, surfaces, count })),
    };
  };

  const onMessage = (raw: unknown) => {
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'glosa:navigate':
        running?.navigation.start();
        return undefined;
      case 'glosa:reveal':
        return Promise.resolve(running?.reveal(message.id) ?? false);
      case 'glosa:page-terms':
        return Promise.resolve(terms());
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  detach.push(() => browser.runtime.onMessage.removeListener(onMessage));

  void (async () => {
    [bundled, personal, settings] = await Promise.all([
      loadMatcher(),
      loadPersonal(),
      loadSettings().then((parsed) => parsed.settings),
    ]);
    if (stopped) return;
    detach.push(
      watchSettings(({ settings: next }) => {
        settings = next;
        void apply();
      }),
      personalItem.watch((glossary) => {
        personal = glossary;
        void apply();
      }),
    );
    await apply();
  })();

  return () => {
    stopped = true;
    generation++;
    running?.stop();
    running = null;
    for (const undo of detach) undo();
  };
}
