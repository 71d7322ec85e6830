// "Look up «selection» in Glosa" (context menu). The card opens next to the selection on an entry only when the
// page matcher finds one in the selected text (glossary/lookup.ts, asked of the scan engine); other terms found in it are listed above the
// card. When it finds none, the card says the text is not in the glossary and offers the closest entries as
// suggestions. Works whether or not the text was marked.
import { searchEntries } from '@/components/packaged';
import type { Settings } from '@/components/settings';
import type { LookupHit } from '@/glossary/lookup';
import type { CardHost } from './card-host';
import { cardLanguages, readerLanguage, textLanguage } from './hover';

export async function lookUpSelection(
  doc: Document,
  text: string,
  card: CardHost,
  settings: Settings,
  /** What the matcher finds in the selection, with the page's senses (glossary/lookup.ts). */
  hits: LookupHit[],
): Promise<boolean> {
  const selected = text.replace(/\s+/g, ' ').trim();
  const suggestions = hits.length
    ? []
    : await searchEntries(selected).catch(() => [] as Awaited<ReturnType<typeof searchEntries>>);
  const selection = doc.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  const fallback = new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
  const lang = /[áéíóúñ¿¡]/i.test(selected) ? 'es' : 'en';
  const common = range?.commonAncestorContainer;
  const container = common?.nodeType === Node.ELEMENT_NODE ? (common as Element) : common?.parentElement;
  const [best, ...others] = hits;
  card.show({
    id: best?.id ?? null,
    surface: (best?.surface ?? selected).slice(0, 80),
    ...cardLanguages(
      settings,
      textLanguage(container ?? doc.documentElement),
      lang,
      readerLanguage(settings),
    ),
    anchorRect: () => range?.getBoundingClientRect() ?? fallback,
    contextElement: container ?? doc.documentElement,
    alternatives: others.map((hit) => ({ id: hit.id, en: hit.surface, es: hit.surface })),
    ...(best?.sameWords ? { sameWords: best.sameWords } : {}),
    notFound: best ? undefined : { text: selected.slice(0, 80), suggestions },
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
  return Boolean(best);
}
