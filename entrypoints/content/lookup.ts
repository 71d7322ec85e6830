// "Look up «selection» in Glosa" (context menu): the best entry for any selected text opens in a card next to
// the selection, with the other matches offered below it. Works whether or not the text was marked.
import { searchEntries } from '@/components/packaged';
import type { Settings } from '@/components/settings';
import type { Matcher } from '@/glossary/match';
import type { CardHost } from './card-host';
import { cardLanguages, readerLanguage, textLanguage } from './hover';

export async function lookUpSelection(
  doc: Document,
  text: string,
  card: CardHost,
  settings: Settings,
  matcher: Matcher,
): Promise<boolean> {
  const results = await searchEntries(text, matcher);
  if (!results.length) {
    card.announce('lookupNothing', text.slice(0, 80));
    return false;
  }
  const selection = doc.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  const fallback = new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  const lang = /[áéíóúñ¿¡]/i.test(text) ? 'es' : 'en';
  const common = range?.commonAncestorContainer;
  const container = common?.nodeType === Node.ELEMENT_NODE ? (common as Element) : common?.parentElement;
  card.show({
    id: results[0]!.id,
    surface: text.replace(/\s+/g, ' ').trim().slice(0, 80),
    senseInferred: false,
    ...cardLanguages(
      settings,
      textLanguage(container ?? doc.documentElement),
      lang,
      readerLanguage(settings),
    ),
    anchorRect: () => range?.getBoundingClientRect() ?? fallback,
    contextElement:
      (range?.commonAncestorContainer as Element | undefined)?.parentElement ?? doc.documentElement,
    alternatives: results,
  });
  // Escape or a click elsewhere closes it, as for cards opened by hovering.
  const listening = new AbortController();
  const close = () => {
    card.hide();
    listening.abort();
  };
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && close(), { signal: listening.signal });
  doc.addEventListener('pointerdown', (event) => !card.holds(event) && close(), {
    signal: listening.signal,
  });
  return true;
}
