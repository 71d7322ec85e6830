// What every page that runs a session shares (web pages through the content script, the PDF reader's text layers):
// "Look up" (the context menu's), keeping the session on the reader's settings and personal glossary, and
// answering the messages about the page as a whole (the popup's list of terms, "scroll to term", the navigation
// shortcut).
import type { ContentMessage } from '@/components/messaging';
import { type PersonalGlossary, watchPersonal } from '@/components/personal-store';
import type { ScanEngine } from '@/components/scan-engine';
import { loadSettings, type Settings, watchSettings } from '@/components/settings';
import type { EntryCard } from '@/glossary/cards';
import { type CardHost, createCardHost } from './card-host';
import { readerLanguage } from './hover';
import { lookUpSelection } from './lookup';
import type { PageSession } from './session';

/**
 * Runs the session with the reader's settings and personal glossary, and again on each change of either (made in
 * the popup or the options, in any tab). `engineFor` gives the scan engine for a personal glossary (a new engine
 * starts a new run); `onPersonal` hears of a new personal glossary. Returns the stop, which detaches from storage;
 * each detach is tried on its own, since the extension's APIs may already be gone when a copy of the script is
 * orphaned.
 */
export function followReaderChoices(
  session: PageSession,
  engineFor: (personal: PersonalGlossary | null) => ScanEngine,
  /** The engine to start with (for the personal glossary as loaded). */
  initial: ScanEngine,
  onPersonal: (personal: PersonalGlossary | null, engine: ScanEngine) => void = () => {},
): () => void {
  let settings: Settings | null = null;
  let engine = initial;
  let stopped = false;
  const detach = [
    watchSettings(({ settings: next }) => {
      settings = next;
      session.update(next, engine);
    }),
    watchPersonal((next) => {
      engine = engineFor(next);
      onPersonal(next, engine);
      if (settings) session.update(settings, engine);
    }),
  ];
  void loadSettings().then(({ settings: loaded }) => {
    // A change heard while the settings loaded is newer than what was read.
    if (stopped || settings) return;
    settings = loaded;
    session.update(loaded, engine);
  });
  return () => {
    stopped = true;
    for (const undo of detach) {
      try {
        undo();
      } catch {
        // The API is gone with the extension: nothing left to detach from.
      }
    }
  };
}

/**
 * The answer to a message about the page as a whole. `hostname` replaces the page's own where the reader has no
 * site to switch off (the PDF reader answers '').
 */
export function answerPageMessage(
  session: PageSession,
  message: Exclude<ContentMessage, { type: 'glosa:lookup' }>,
  hostname?: string,
): Promise<unknown> | undefined {
  switch (message.type) {
    case 'glosa:navigate':
      session.navigate();
      return undefined;
    case 'glosa:reveal':
      return Promise.resolve(session.reveal(message.id));
    case 'glosa:page-terms': {
      const terms = session.terms();
      return Promise.resolve(hostname === undefined ? terms : { ...terms, hostname });
    }
    default:
      return message satisfies never;
  }
}

/** "Look up «selection» in Glosa" on one document: `lookUp` answers the context menu's message (true: an entry). */
export interface PageLookup {
  lookUp(text: string): Promise<boolean>;
  /** Removes the look-up card, if one was made. */
  destroy(): void;
}

/**
 * The look-up for `doc`: its card is made at the first look-up. `engine` gives the scan engine with the personal
 * glossary (null: nothing to look up with); `pageAccepted` says whether the page scan found the page to be about
 * migration (ambiguous forms then count).
 */
export function createPageLookup(
  doc: Document,
  loadEntry: (id: string) => Promise<EntryCard>,
  engine: () => Promise<ScanEngine | null>,
  pageAccepted: () => boolean,
): PageLookup {
  let card: CardHost | null = null;
  let settings: Settings | null = null;
  return {
    async lookUp(text) {
      settings = (await loadSettings()).settings;
      const current = await engine();
      const hits = current && (await current.lookUp(text, pageAccepted()));
      if (!hits) return false;
      card ??= createCardHost(
        doc,
        loadEntry,
        () => card?.hide(),
        () => readerLanguage(settings!),
      );
      return lookUpSelection(doc, text, card, settings, hits);
    },
    destroy() {
      card?.destroy();
    },
  };
}
