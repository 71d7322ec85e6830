// The page engine over the reader's text layers: the content script's page session (entrypoints/content/session.ts:
// read, match, decide senses, windowed painting, hover, keyboard, card), run on this extension page as on any web
// page, with the reader's settings and personal glossary, answering the popup (its list of terms, "reveal") and the
// navigation shortcut. The text layers keep arriving after the start (pages read later): the session follows them
// as it follows any page that changes.
import { browser } from 'wxt/browser';
import { cardUi } from '@/components/card-ui';
import { parseContentMessage, sendToExtension } from '@/components/messaging';
import { CARD_UI_GLOBAL } from '@/components/package-globals';
import { loadEntryCard, packagedUrl } from '@/components/packaged';
import { loadPersonal, type PersonalGlossary, personalItem, withPersonal } from '@/components/personal-store';
import { loadSettings, type Settings, watchSettings } from '@/components/settings';
import { createPageSession } from '@/entrypoints/content/session';
import type { Matcher } from '@/glossary/match';
import { unpackMatcher } from '@/glossary/pack';

// The card's interface is part of this page's bundle (the content script loads it from the package instead).
(globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = cardUi;

async function loadMatcher(): Promise<Matcher> {
  const response = await fetch(packagedUrl('/matcher.packed'));
  if (!response.ok) throw new Error(`matcher.packed: ${response.status}`);
  return unpackMatcher(await response.text());
}

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

  const onMessage = (raw: unknown) => {
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'glosa:navigate':
        session.navigate();
        return undefined;
      case 'glosa:reveal':
        return Promise.resolve(session.reveal(message.id));
      case 'glosa:page-terms':
        // No site here: the popup shows no site switch for the reader (the pause still applies).
        return Promise.resolve({ ...session.terms(), hostname: '' });
      default:
        // "Look up" runs in web pages' content scripts; the reader's text is marked, and its card opens on hover.
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  detach.push(() => browser.runtime.onMessage.removeListener(onMessage));

  void (async () => {
    const [bundled, glossary, parsed] = await Promise.all([loadMatcher(), loadPersonal(), loadSettings()]);
    if (stopped) return;
    personal = glossary;
    let settings = parsed.settings;
    let matcher = withPersonal(bundled, personal);
    detach.push(
      watchSettings(({ settings: next }) => {
        settings = next;
        session.update(settings, matcher);
      }),
      personalItem.watch((next) => {
        personal = next;
        matcher = withPersonal(bundled, next);
        session.update(settings, matcher);
      }),
    );
    session.update(settings, matcher);
  })();

  return () => {
    stopped = true;
    session.stop();
    for (const undo of detach) undo();
  };
}
