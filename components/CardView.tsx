// A card with its data: loads an entry by id, lets the reader follow related terms and come back.
// The loader is injected: on a page the card reads its entry's file from the package, extension pages read the
// store directly.
import { useEffect, useState } from 'preact/hooks';
import { type EntryCard, NO_CARD } from '@/glossary/cards';
import type { Entry } from '@/glossary/entry';
import { insideSurface } from '@/glossary/inside';
import { Card } from './Card';
import { t } from './i18n';

export interface CardViewProps {
  /** The entry to show; null when a lookup found none (see notFound). */
  id: string | null;
  load: (id: string) => Promise<EntryCard>;
  firstLang: 'en' | 'es';
  definitionLangs?: ('en' | 'es')[];
  surface?: string;
  sense?: 'page' | 'nearby';
  onClose?: () => void;
  onOpenGlossary?: (id: string) => void;
  /** Other entries found in a looked-up selection, offered above the card. */
  alternatives?: { id: string; en: string; es: string }[];
  /** Other entries the words on the page name, not chosen there (another country's): offered on the card. */
  sameWords?: readonly string[];
  /** A looked-up selection that names no entry: said plainly, with the closest entries as suggestions. */
  notFound?: { text: string; suggestions: { id: string; en: string; es: string }[] };
  /** Called after each render that changed the content, so the host can reposition. */
  onContentChange?: () => void;
}

export function CardView({
  id,
  load,
  firstLang,
  definitionLangs,
  surface,
  sense,
  onClose,
  onContentChange,
  alternatives,
  sameWords,
  notFound,
  onOpenGlossary,
}: CardViewProps) {
  const [stack, setStack] = useState<string[]>(id ? [id] : []);
  const [reply, setReply] = useState<EntryCard | null | 'error'>(null);
  const [sameWordsEntries, setSameWordsEntries] = useState<Entry[]>([]);
  const currentId = stack.at(-1) ?? null;
  const sameWordsKey = sameWords?.join(' ') ?? '';

  // The other entries' names, for their links: read from their own cards.
  useEffect(() => {
    let live = true;
    setSameWordsEntries([]);
    const ids = sameWordsKey ? sameWordsKey.split(' ') : [];
    if (ids.length)
      Promise.all(ids.map((other) => load(other).catch(() => NO_CARD))).then(
        (cards) => live && setSameWordsEntries(cards.flatMap((card) => (card.entry ? [card.entry] : []))),
      );
    return () => {
      live = false;
    };
  }, [sameWordsKey, load]);

  useEffect(() => setStack(id ? [id] : []), [id]);

  useEffect(() => {
    let live = true;
    setReply(null);
    if (!currentId) return;
    load(currentId)
      .then((result) => live && setReply(result.entry ? result : 'error'))
      .catch(() => live && setReply('error'));
    return () => {
      live = false;
    };
  }, [currentId, load]);

  useEffect(() => onContentChange?.(), [reply, currentId, onContentChange]);

  if (!currentId) {
    return (
      <NotFound
        text={notFound?.text ?? ''}
        suggestions={notFound?.suggestions ?? []}
        lang={firstLang}
        onOpen={(next) => setStack([next])}
        onClose={onClose}
      />
    );
  }
  if (reply === null)
    return (
      <div class="card loading" role="status">
        {t('cardLoading')}
      </div>
    );
  if (reply === 'error' || !reply.entry) {
    return (
      <div class="card" role="alert">
        {t('cardUnavailable')}
      </div>
    );
  }
  const atRoot = stack.length === 1;
  const others = (alternatives ?? []).filter((alt) => alt.id !== currentId);
  // Back from the first entry opened from "not in the glossary" returns to that message.
  const canGoBack = !atRoot || (notFound !== undefined && !id);
  return (
    <div class="card-view">
      {others.length > 0 && (
        <nav class="alternatives" aria-label={t('lookupOthers')}>
          <span>{t('lookupOthers')}:</span>
          {others.map((alt) => (
            <button
              type="button"
              class="link-button"
              key={alt.id}
              onClick={() => setStack((s) => [...s, alt.id])}
            >
              {alt[firstLang]}
            </button>
          ))}
        </nav>
      )}
      <Card
        entry={reply.entry}
        surface={atRoot && id ? surface : undefined}
        sense={atRoot ? sense : undefined}
        firstLang={firstLang}
        definitionLangs={definitionLangs}
        relatedTerms={reply.related}
        inside={atRoot && surface && reply.inside ? insideSurface(reply.inside, surface) : undefined}
        sameWords={atRoot ? sameWordsEntries : undefined}
        onOpenRelated={(relatedId) => setStack((s) => [...s, relatedId])}
        onBack={canGoBack ? () => setStack((s) => s.slice(0, -1)) : undefined}
        onClose={onClose}
        onOpenGlossary={onOpenGlossary}
      />
    </div>
  );
}

function NotFound({
  text,
  suggestions,
  lang,
  onOpen,
  onClose,
}: {
  text: string;
  suggestions: { id: string; en: string; es: string }[];
  lang: 'en' | 'es';
  onOpen: (id: string) => void;
  onClose?: () => void;
}) {
  return (
    <div
      class="card not-found"
      role="dialog"
      aria-modal="false"
      aria-labelledby="glossary-not-found"
      tabIndex={-1}
    >
      <div class="card-head">
        <p class="not-found-title" id="glossary-not-found">
          {t('lookupNotFound', text)}
        </p>
        {onClose && (
          <button type="button" class="icon-button close" onClick={onClose} aria-label={t('cardClose')}>
            ×
          </button>
        )}
      </div>
      {suggestions.length > 0 && (
        <nav class="suggestions" aria-labelledby="glossary-suggestions">
          <p id="glossary-suggestions">{t('lookupSuggestions')}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s.id}>
                <button type="button" class="link-button" data-entry={s.id} onClick={() => onOpen(s.id)}>
                  {s[lang]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
