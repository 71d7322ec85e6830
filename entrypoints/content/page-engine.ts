// What every page that runs a session shares (web pages through the content script, the PDF reader's text layers):
// the packaged matcher, keeping the session on the reader's settings and personal glossary, and answering the
// messages about the page as a whole (the popup's list of terms, "scroll to term", the navigation shortcut).
import type { ContentMessage } from '@/components/messaging';
import { packagedUrl } from '@/components/packaged';
import { type PersonalGlossary, personalItem, withPersonal } from '@/components/personal-store';
import { loadSettings, type Settings, watchSettings } from '@/components/settings';
import type { Matcher } from '@/glossary/match';
import type { PageSession } from './session';

/** The compiled matcher, a file of the extension's package (see wxt.config.ts); null if it cannot be read. */
export async function loadPackedMatcher(): Promise<string | null> {
  try {
    const response = await fetch(packagedUrl('/matcher.packed'));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/**
 * Runs the session with the reader's settings and personal glossary, and again on each change of either (made in
 * the popup or the options, in any tab). `onPersonal` hears of a new personal glossary and the matcher built with
 * it. Returns the stop, which detaches from storage; each detach is tried on its own, since the extension's APIs
 * may already be gone when a copy of the script is orphaned.
 */
export function followReaderChoices(
  session: PageSession,
  bundled: Matcher,
  personal: PersonalGlossary | null,
  onPersonal: (personal: PersonalGlossary | null, matcher: Matcher) => void = () => {},
): () => void {
  let settings: Settings | null = null;
  let matcher = withPersonal(bundled, personal);
  let stopped = false;
  const detach = [
    watchSettings(({ settings: next }) => {
      settings = next;
      session.update(next, matcher);
    }),
    personalItem.watch((next) => {
      matcher = withPersonal(bundled, next);
      onPersonal(next, matcher);
      if (settings) session.update(settings, matcher);
    }),
  ];
  void loadSettings().then(({ settings: loaded }) => {
    // A change heard while the settings loaded is newer than what was read.
    if (stopped || settings) return;
    settings = loaded;
    session.update(loaded, matcher);
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
