// A card with its data: loads an entry by id, lets the reader follow related terms and come back.
// The loader is injected: on a page the card reads its entry's file from the package, extension pages read the
// store directly.
import { useEffect, useState } from 'preact/hooks';
import type { EntryCard } from '@/glossary/cards';
import { Card } from './Card';
import { t } from './i18n';

export interface CardViewProps {
  id: string;
  load: (id: string) => Promise<EntryCard>;
  firstLang: 'en' | 'es';
  definitionLangs?: ('en' | 'es')[];
  surface?: string;
  senseInferred?: boolean;
  onClose?: () => void;
  onOpenGlossary?: (id: string) => void;
  /** Other entries that matched a looked-up selection, offered under the card. */
  alternatives?: { id: string; en: string; es: string }[];
  /** Called after each render that changed the content, so the host can reposition. */
  onContentChange?: () => void;
}

export function CardView({
  id,
  load,
  firstLang,
  definitionLangs,
  surface,
  senseInferred,
  onClose,
  onContentChange,
  alternatives,
  onOpenGlossary,
}: CardViewProps) {
  const [stack, setStack] = useState<string[]>([id]);
  const [reply, setReply] = useState<EntryCard | null | 'error'>(null);
  const currentId = stack.at(-1)!;

  useEffect(() => setStack([id]), [id]);

  useEffect(() => {
    let live = true;
    setReply(null);
    load(currentId)
      .then((result) => live && setReply(result.entry ? result : 'error'))
      .catch(() => live && setReply('error'));
    return () => {
      live = false;
    };
  }, [currentId, load]);

  useEffect(() => onContentChange?.(), [reply, onContentChange]);

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
  return (
    <div class="card-view">
      <Card
        entry={reply.entry}
        surface={atRoot ? surface : undefined}
        senseInferred={atRoot ? senseInferred : false}
        firstLang={firstLang}
        definitionLangs={definitionLangs}
        relatedTerms={reply.related}
        onOpenRelated={(relatedId) => setStack((s) => [...s, relatedId])}
        onBack={atRoot ? undefined : () => setStack((s) => s.slice(0, -1))}
        onClose={onClose}
        onOpenGlossary={onOpenGlossary}
      />
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
    </div>
  );
}
