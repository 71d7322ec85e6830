// The bilingual card: one concept in both languages. Used on pages (inside a shadow root), in the popup and in
// tests. Props only; fetching the entry and positioning belong to the caller. All text is rendered as text.
import type { Entry, Status, UsageLabel } from '@/glossary/entry';
import { PERSONAL_CATEGORY } from '@/glossary/personal';
import { CardActions } from './CardActions';
import { type MessageKey, t } from './i18n';

export interface CardProps {
  entry: Entry;
  /** The term as written on the page, when the card was opened from a page. */
  surface?: string;
  /** The language to show first: the page's language or the reader's choice. */
  firstLang: 'en' | 'es';
  /** Definitions to show, in order (default: both, first language first). */
  definitionLangs?: ('en' | 'es')[];
  /**
   * When the form has other meanings and nothing in its own passage showed the migration sense: inferred from
   * the page ('page') or from the glossary terms around it ('nearby'). See glossary/context.ts.
   */
  sense?: 'page' | 'nearby';
  onClose?: () => void;
  /** Opens a related entry; when absent, related terms are not shown as links. */
  onOpenRelated?: (id: string) => void;
  relatedTerms?: Record<string, { en: string; es: string }>;
  /**
   * Other entries named inside the words on the page ("repatriación" in "constancia de repatriación"): the page
   * marks only the longest term, so the card leads to the shorter ones (glossary/inside.ts). Labels come from
   * relatedTerms.
   */
  inside?: string[];
  /**
   * Other entries the same words name, which the page's evidence did not choose ("deportación": the US removal or
   * Mexico's deportation). Shown with their jurisdictions, each a link to its card.
   */
  sameWords?: Entry[];
  onBack?: () => void;
  /** Opens the entry in the full-page glossary (absent there). */
  onOpenGlossary?: (id: string) => void;
}

const STATUS_KEYS: Record<Status, MessageKey> = {
  active: 'statusActive',
  ended: 'statusEnded',
  suspended: 'statusSuspended',
  reinstated: 'statusReinstated',
  blocked: 'statusBlocked',
  historical: 'statusHistorical',
  proposed: 'statusProposed',
};

const USAGE_KEYS: Record<UsageLabel, MessageKey> = {
  preferred: 'usagePreferred',
  admitted: 'usageAdmitted',
  deprecated: 'usageDeprecated',
  offensive: 'usageOffensive',
};

const LANG_NAMES = { en: 'English', es: 'Español' } as const;

export function Card({
  entry,
  surface,
  firstLang,
  definitionLangs,
  sense,
  onClose,
  onOpenRelated,
  relatedTerms,
  inside = [],
  sameWords = [],
  onBack,
  onOpenGlossary,
}: CardProps) {
  const langs = firstLang === 'en' ? (['en', 'es'] as const) : (['es', 'en'] as const);
  const titleId = `glossary-card-title-${entry.id}`;
  // A personal entry has only what the reader imported: two terms and a note.
  const personal = entry.category === (PERSONAL_CATEGORY as string);
  const usage = entry.usage && entry.usage.label !== 'preferred' ? entry.usage : undefined;

  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-entry={entry.id}
      tabIndex={-1}
    >
      <div class="card-head">
        {onBack && (
          <button type="button" class="icon-button" onClick={onBack} aria-label={t('cardBack')}>
            ←
          </button>
        )}
        <div class="terms" id={titleId}>
          {langs.map((lang) => (
            <p class="term" lang={lang} key={lang}>
              <span class="lang-tag" title={LANG_NAMES[lang]}>
                {lang.toUpperCase()}
              </span>
              <span class="term-text">{entry[lang].term}</span>
              {entry[lang].acronyms.length > 0 && (
                <span class="acronyms"> ({entry[lang].acronyms.join(', ')})</span>
              )}
            </p>
          ))}
        </div>
        {onClose && (
          <button type="button" class="icon-button close" onClick={onClose} aria-label={t('cardClose')}>
            ×
          </button>
        )}
      </div>

      <div class="meta">
        {surface && (
          <span class="chip surface">
            {t('cardOnPage')}: «{surface}»
          </span>
        )}
        {entry.status && (
          <span class={`chip status status-${entry.status}`}>
            {t(STATUS_KEYS[entry.status])}
            {entry.status_as_of ? ` · ${t('cardStatusChecked', entry.status_as_of)}` : ''}
          </span>
        )}
        {entry.jurisdiction.map((j) => (
          <span class="chip" key={j}>
            {t(`jurisdiction${j}` as MessageKey)}
          </span>
        ))}
      </div>

      {inside.length > 0 && (
        <TermLinks
          class="inside"
          title={t('cardInside')}
          terms={inside.map((id) => ({ id, label: relatedTerms?.[id]?.[firstLang] ?? id }))}
          onOpen={onOpenRelated}
        />
      )}

      {sense && <p class="notice">{t(sense === 'page' ? 'cardSenseInferred' : 'cardSenseNearby')}</p>}

      {sameWords.length > 0 && (
        <TermLinks
          class="same-words"
          title={t('cardSameWords')}
          terms={sameWords.map((other) => ({
            id: other.id,
            label: `${other[firstLang].term} (${other.jurisdiction.map((j) => t(`jurisdiction${j}` as MessageKey)).join(', ')})`,
          }))}
          onOpen={onOpenRelated}
        />
      )}

      {usage && (
        <div class={`warning usage-${usage.label}`} role="note">
          <strong>{t(USAGE_KEYS[usage.label])}</strong>
          {usage.alternative && (
            <span>
              {' '}
              — {t('cardPreferInstead')}: <span lang="en">{usage.alternative.en}</span> /{' '}
              <span lang="es">{usage.alternative.es}</span>
            </span>
          )}
          {usage.note && <p lang={firstLang}>{usage.note[firstLang]}</p>}
        </div>
      )}

      {personal
        ? entry.definition.en && (
            <section class="definition personal-note">
              <h2 class="section-title">{t('cardPersonalNote')}</h2>
              <p>{entry.definition.en}</p>
            </section>
          )
        : (definitionLangs ?? langs).map((lang) => (
            <section class="definition" lang={lang} key={lang}>
              <p>
                <span class="lang-tag">{lang.toUpperCase()}</span> {entry.definition[lang]}
              </p>
            </section>
          ))}

      <CardActions
        entry={entry}
        firstLang={firstLang}
        onOpenGlossary={personal ? undefined : onOpenGlossary}
        withCitation={!personal}
      />

      {personal ? (
        <p class="verified">{t('cardPersonal', entry.last_verified)}</p>
      ) : (
        <CardDetails
          entry={entry}
          langs={langs}
          firstLang={firstLang}
          onOpenRelated={onOpenRelated}
          relatedTerms={relatedTerms}
        />
      )}
    </div>
  );
}

/** A line of other entries' terms after a title ("In this term: …"), each a link to its card when it can open one. */
function TermLinks({
  class: className,
  title,
  terms,
  onOpen,
}: {
  class: string;
  title: string;
  terms: { id: string; label: string }[];
  onOpen?: (id: string) => void;
}) {
  return (
    <p class={className}>
      {title}:{' '}
      {terms.map(({ id, label }, index) => (
        <span key={id}>
          {index > 0 && ', '}
          {onOpen ? (
            <button type="button" class="link-button" onClick={() => onOpen(id)}>
              {label}
            </button>
          ) : (
            label
          )}
        </span>
      ))}
    </p>
  );
}

/** What follows the definition and the actions: the news context, notes, and the details one click away. */
function CardDetails({
  entry,
  langs,
  firstLang,
  onOpenRelated,
  relatedTerms,
}: {
  entry: Entry;
  langs: readonly ('en' | 'es')[];
  firstLang: 'en' | 'es';
  onOpenRelated?: (id: string) => void;
  relatedTerms?: Record<string, { en: string; es: string }>;
}) {
  return (
    <>
      <section class="context">
        <h2 class="section-title">{t('cardContext')}</h2>
        {langs.map((lang) => (
          <p lang={lang} key={lang}>
            {entry.context[lang]}
          </p>
        ))}
      </section>

      {entry.translator_note && (
        <section class="translator-note">
          <h2 class="section-title">{t('cardTranslatorNote')}</h2>
          <p lang={firstLang}>{entry.translator_note[firstLang]}</p>
        </section>
      )}

      {entry.timeline.length > 0 && (
        <details class="timeline">
          <summary>{t('cardTimeline')}</summary>
          <ol>
            {entry.timeline.map((event) => (
              <li key={event.date + event.en}>
                <time dateTime={event.date}>{event.date}</time>{' '}
                <span lang={firstLang}>{event[firstLang]}</span>
              </li>
            ))}
          </ol>
        </details>
      )}

      {entry.legal_basis.length > 0 && (
        <details class="legal">
          <summary>{t('cardLegalBasis')}</summary>
          <ul>
            {entry.legal_basis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ul>
        </details>
      )}

      {entry.related.length > 0 && (
        <section class="related">
          <h2 class="section-title">{t('cardRelated')}</h2>
          <ul>
            {entry.related.map((id) => {
              const label = relatedTerms?.[id]?.[firstLang] ?? id;
              return (
                <li key={id}>
                  {onOpenRelated ? (
                    <button type="button" class="link-button" onClick={() => onOpenRelated(id)}>
                      {label}
                    </button>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <details class="sources">
        <summary>
          {t('cardSources')} ({entry.sources.length})
        </summary>
        <ul>
          {entry.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              — {source.publisher}, {t('cardAccessed', source.accessed)}
            </li>
          ))}
        </ul>
      </details>
      <p class="verified">{t('cardVerified', entry.last_verified)}</p>
    </>
  );
}
