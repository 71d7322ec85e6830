// The page engine over the reader's text layers: the content script's page session (entrypoints/content/session.ts:
// read, match, decide senses, windowed painting, hover, keyboard, card), run on this extension page as on any web
// page, with the reader's settings and personal glossary, answering the popup (its list of terms, "reveal"), the
// navigation shortcut and the context menu's "Look up". The text layers keep arriving after the start (pages read later): the session follows them
// as it follows any page that changes.
import { browser } from 'wxt/browser';
import { cardUi } from '@/components/card-ui';
import { loadEntryCard } from '@/components/entry-card';
import { parseContentMessage, sendToExtension } from '@/components/messaging';
import { CARD_UI_GLOBAL } from '@/components/package-globals';
import { loadPersonal, type PersonalGlossary } from '@/components/personal-store';
import type { ScanEngine } from '@/components/scan-engine';
import { remoteEngine } from '@/components/scan-remote';
import type { Settings } from '@/components/settings';
import { answerPageMessage, createPageLookup, followReaderChoices } from '@/entrypoints/content/page-engine';
import { createPageSession } from '@/entrypoints/content/session';

// The card's interface is part of this page's bundle (the content script loads it from the package instead).
(globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = cardUi;

/** Starts the engine on `doc`; returns its stop. */
export function startEngine(doc: Document): () => void {
  let stopped = false;
  let personal: PersonalGlossary | null = null;
  const session = createPageSession(
    doc,
    (id) => loadEntryCard(id, personal),
    (count: number, settings: Settings) =>
      sendToExtension({ type: 'glosa:terms-changed', count, badge: settings.badge }),
  );
  const detach: (() => void)[] = [];
  let engine: ScanEngine | null = null;
  let loaded: Promise<void> = Promise.resolve();
  const lookup = createPageLookup(
    doc,
    (id) => loadEntryCard(id, personal),
    async () => {
      await loaded;
      return engine;
    },
    () => session.pageAccepted(),
  );
  detach.push(() => lookup.destroy());

  const onMessage = (raw: unknown) => {
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    if (message.type === 'glosa:lookup') return lookup.lookUp(message.text);
    // No site here: the popup shows no site switch for the reader (the pause still applies).
    return answerPageMessage(session, message, '');
  };
  browser.runtime.onMessage.addListener(onMessage);
  detach.push(() => browser.runtime.onMessage.removeListener(onMessage));

  loaded = (async () => {
    personal = await loadPersonal();
    if (stopped) return;
    // Matched in the extension's background (components/scan-remote.ts): there the matcher stays
    // loaded and the reading's matching and sense decisions (~100 ms for 100 pages) leave this page's main thread.
    const engineFor = () =>
      remoteEngine((message) => {
        console.error(`Glosa is off on this page: ${message}`);
        session.stop();
      });
    engine = engineFor();
    detach.push(
      followReaderChoices(session, engineFor, engine, (next, nextEngine) => {
        personal = next;
        engine = nextEngine;
      }),
    );
  })();

  return () => {
    stopped = true;
    session.stop();
    for (const undo of detach) undo();
  };
}
