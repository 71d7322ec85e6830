// The content script's work on a page, loaded by the content script itself (index.ts) as a file of the package
// (content-start.js, see entrypoints/content-start.ts): hands the page to its session (session.ts), which applies
// each settings change in place or with a new run, so a site switch, a pause or a new highlight style applies
// without a reload. Where the page's text is matched and its senses decided depends on how much text the page
// holds when Glosa starts (engine-choice.ts): in the extension's background for most pages, in the page itself for
// long documents.
import { browser } from 'wxt/browser';
import { loadEntryCard } from '@/components/entry-card';
import { parseContentMessage, sendToExtension } from '@/components/messaging';
import { CONTENT_ENGINE_GLOBAL, MATCHER_GLOBAL } from '@/components/package-globals';
import { loadPackagedScript } from '@/components/packaged';
import { loadPersonal, type PersonalGlossary } from '@/components/personal-store';
import type { ScanEngine } from '@/components/scan-engine';
import { remoteEngine } from '@/components/scan-remote';
import type { Settings } from '@/components/settings';
import type { EntryCard } from '@/glossary/cards';
import type { ScriptContext } from './context';
import { matchesInPage } from './engine-choice';
import type { EngineFor, pageEngine } from './local-engine';
import { answerPageMessage, createPageLookup, followReaderChoices } from './page-engine';
import { setPageState } from './page-state';
import { createPageSession } from './session';

/** How often an idle page checks that the extension is still there (one property read). */
const ORPHAN_CHECK_MS = 3000;

/** What a frame's start leaves for the content script: "Look up" in this frame. */
export interface PageStart {
  lookUp(text: string): Promise<boolean>;
}

/**
 * Starts Glosa in this frame. `reading`: the frame holds reading to mark (the top frame, or a cross-origin frame
 * with reading matter); otherwise only "Look up" (the context menu's) is answered here, through the result.
 */
export function startPage(ctx: ScriptContext, reading: boolean): PageStart {
  const doc = document;
  const isTop = window === window.top;
  // The personal glossary as last loaded (its entries' cards come from it): read when a card first opens.
  let personalGlossary: PersonalGlossary | null | undefined;
  // Opening a card is when a reader would meet an orphaned copy: check first (ctx.isInvalid stops this copy, which
  // removes the card, when the extension has gone) and never resolve in that case.
  const loadEntry = async (id: string) => {
    if (ctx.isInvalid) return ctx.block<EntryCard>();
    if (personalGlossary === undefined) personalGlossary = await loadPersonal();
    return loadEntryCard(id, personalGlossary);
  };

  let session: ReturnType<typeof createPageSession> | null = null;
  /** What happens when the engine cannot scan (a damaged package): set by markPage. */
  let fail = (message: string) => reportDamaged(message);
  const remoteFor = (): ScanEngine => remoteEngine((message) => fail(message));
  /** The run's engine; until there is one, "Look up" asks the background. */
  let engine: ScanEngine | null = null;

  // "Look up" goes to the frame holding the selection, whatever the frame holds.
  const lookup = createPageLookup(
    doc,
    loadEntry,
    () => Promise.resolve(engine ?? remoteFor()),
    () => session?.pageAccepted() ?? false,
  );
  const lookUp = (text: string) => lookup.lookUp(text);
  ctx.onInvalidated(() => lookup.destroy());
  if (reading) void markPage();
  return { lookUp };

  /** The engine for this page's size (see engine-choice.ts); null when the package cannot be read. */
  async function chooseEngine(): Promise<EngineFor | null> {
    if (!matchesInPage(doc)) return remoteFor;
    const [make, packed] = await Promise.all([
      loadPackagedScript<typeof pageEngine>('/content-engine.js', CONTENT_ENGINE_GLOBAL).catch(() => null),
      loadPackagedScript<string>('/matcher.js', MATCHER_GLOBAL).catch((error: Error) => error),
    ]);
    // The extension went away while the page opened: nothing to mark with.
    if (ctx.isInvalid || !make) return null;
    if (packed instanceof Error) {
      // A file of the package that does not run (cut short by an interrupted update or a disk error).
      reportDamaged(`packed matcher: matcher.js is damaged (${packed.message})`);
      return null;
    }
    try {
      const engineFor = make(packed);
      if (personalGlossary === undefined) personalGlossary = await loadPersonal();
      return engineFor;
    } catch (error) {
      reportDamaged((error as Error).message);
      return null;
    }
  }

  async function markPage() {
    const engineFor = await chooseEngine();
    if (!engineFor) {
      setPageState(doc, 'off', 0);
      return;
    }
    const first = engineFor(personalGlossary ?? null);
    engine = first;
    // The top frame tells the extension when its marks change (the badge, and the popup's list of terms: a popup
    // opened before this script could answer learns of the page this way).
    const sendCount = (count: number, current: Settings) => {
      if (isTop) sendToExtension({ type: 'glosa:terms-changed', count, badge: current.badge });
    };
    const running = createPageSession(doc, loadEntry, sendCount, engineFor === remoteFor);
    session = running;

    const onMessage = (raw: unknown) => {
      const message = parseContentMessage(raw);
      if (!message) return undefined;
      if (message.type === 'glosa:lookup') return lookUp(message.text);
      // Everything else is for the page as a whole: the top frame answers.
      return isTop ? answerPageMessage(running, message) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // A personal glossary imported or removed in the options applies to open tabs too: a new engine, a new run.
    const stopFollowing = followReaderChoices(running, engineFor, first, (glossary, next) => {
      personalGlossary = glossary;
      engine = next;
    });
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      running.stop();
      stopFollowing();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The API is gone with the extension: nothing left to detach from.
      }
    };
    fail = (message) => {
      reportDamaged(message);
      stop();
      setPageState(doc, 'off', 0);
    };
    // An update, reload, disable or uninstall orphans this copy of the script (browsers do not unload it). The
    // context notices only when its `isInvalid` is read, which its interval does at each tick: this empty interval
    // is that read every few seconds. Reader actions check too (loadEntry).
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);
    // The extension was updated, reloaded or removed: this old copy leaves the page as it was, first, because the
    // extension APIs it would also detach from may now throw.
    ctx.onInvalidated(stop);
  }
}

/** A damaged package: nothing can be marked, and the page is left exactly as it was. */
function reportDamaged(message: string): void {
  console.error(`Glosa is off on this page: ${message}. Reinstalling Glosa repairs it.`);
}
