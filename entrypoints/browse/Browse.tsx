// The full-page glossary: search, filters (category, jurisdiction, status), an A–Z list, and one view per entry
// with a permalink (#id). Related terms link to their entries; the print stylesheet prints the entry alone.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Card } from '@/components/Card';
import { downloadText } from '@/components/download';
import { entries, entriesById } from '@/components/entry-store';
import { type MessageKey, t, uiLang } from '@/components/i18n';
import { compareTerms, indexLetter } from '@/glossary/alphabet';
import { CATEGORIES } from '@/glossary/categories';
import { JURISDICTIONS, STATUSES } from '@/glossary/entry';
import { toCsv, toTbx, toTsv } from '@/glossary/exchange';
import { createSearch } from '@/glossary/search';

const idFromHash = () => decodeURIComponent(location.hash.replace(/^#/, ''));

export function Browse() {
  const lang = uiLang();
  const search = useMemo(() => createSearch(entries), []);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState(idFromHash());

  useEffect(() => {
    const onHash = () => setSelected(idFromHash());
    // Printing shows the timeline and legal basis too, not only their summaries.
    const openDetails = () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('beforeprint', openDetails);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('beforeprint', openDetails);
    };
  }, []);

  const list = useMemo(() => {
    const base = query.trim()
      ? search.search(query, entries.length).map((hit) => hit.entry)
      : [...entries].sort((a, b) => compareTerms(a[lang].term, b[lang].term, lang));
    return base.filter(
      (entry) =>
        (!category || entry.category === category) &&
        (!jurisdiction || entry.jurisdiction.includes(jurisdiction as (typeof JURISDICTIONS)[number])) &&
        (!status || entry.status === status),
    );
  }, [search, query, category, jurisdiction, status, lang]);

  // The A–Z index: the letters the list files its terms under, each with its first entry (alphabetical list only).
  const letters = useMemo(() => {
    const first = new Map<string, string>();
    if (!query.trim())
      for (const item of list) {
        const letter = indexLetter(item[lang].term);
        if (!first.has(letter)) first.set(letter, item.id);
      }
    return first;
  }, [list, query, lang]);
  const jumpTo = (id: string) => {
    const link = document.querySelector<HTMLAnchorElement>(`.entries a[href="#${CSS.escape(id)}"]`);
    link?.scrollIntoView({ block: 'start' });
    link?.focus();
  };

  const entry = selected ? entriesById.get(selected) : undefined;
  const related = Object.fromEntries(
    (entry?.related ?? []).flatMap((id) => {
      const other = entriesById.get(id);
      return other ? [[id, { en: other.en.term, es: other.es.term }]] : [];
    }),
  );

  return (
    <div class="browse">
      <aside class="index">
        <h1>{t('browseTitle')}</h1>
        <input
          type="search"
          aria-label={t('browseSearch')}
          placeholder={t('popupSearchPlaceholder')}
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <div class="filters">
          <select
            aria-label={t('browseCategory')}
            value={category}
            onChange={(e) => setCategory((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('browseAllCategories')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c.replace('-', '_')}` as MessageKey)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('browseJurisdiction')}
            value={jurisdiction}
            onChange={(e) => setJurisdiction((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('browseAllJurisdictions')}</option>
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {t(`jurisdiction${j}` as MessageKey)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('browseStatus')}
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('browseAllStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status${s[0]!.toUpperCase()}${s.slice(1)}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <p class="count" role="status">
          {t('browseCount', list.length, entries.length)}
        </p>
        <fieldset class="export">
          <legend>{t('browseExport')}</legend>
          <button
            type="button"
            // OmegaT reads a glossary named .utf8 as UTF-8 (.txt and .tab in the system's encoding).
            onClick={() => downloadText('glosa-en-es.utf8', 'text/tab-separated-values', toTsv(list))}
          >
            {t('browseExportTsv')}
          </button>{' '}
          <button type="button" onClick={() => downloadText('glosa.csv', 'text/csv', toCsv(list))}>
            {t('browseExportCsv')}
          </button>{' '}
          <button
            type="button"
            onClick={() => downloadText('glosa.tbx', 'application/x-tbx+xml', toTbx(list))}
          >
            {t('browseExportTbx')}
          </button>
        </fieldset>
        {letters.size > 0 && (
          <nav class="az" aria-label={t('browseIndex')}>
            {[...letters].map(([letter, id]) => (
              <button type="button" key={letter} class="letter" onClick={() => jumpTo(id)}>
                {letter}
              </button>
            ))}
          </nav>
        )}
        <ul class="entries">
          {list.map((item) => (
            <li key={item.id} data-letter={letters.size ? indexLetter(item[lang].term) : undefined}>
              <a href={`#${item.id}`} aria-current={item.id === selected ? 'page' : undefined}>
                <span lang={lang}>{item[lang].term}</span>{' '}
                <span class="other" lang={lang === 'en' ? 'es' : 'en'}>
                  {item[lang === 'en' ? 'es' : 'en'].term}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </aside>
      <main class="entry">
        {entry ? (
          <>
            <button type="button" class="print" onClick={() => window.print()}>
              {t('browsePrint')}
            </button>
            <Card
              entry={entry}
              firstLang={lang}
              relatedTerms={related}
              onOpenRelated={(id) => {
                location.hash = id;
              }}
            />
          </>
        ) : (
          <p>{selected ? t('browseNotFound', selected) : t('browsePick')}</p>
        )}
      </main>
    </div>
  );
}
