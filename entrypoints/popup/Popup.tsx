// The toolbar popup: search the whole glossary in both languages; a result opens its card.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CardView } from '@/components/CardView';
import { entries, entryReply } from '@/components/entry-store';
import { t, uiLang } from '@/components/i18n';
import { createSearch } from '@/glossary/search';

const loadEntry = (id: string) => Promise.resolve(entryReply(id));

export function Popup() {
  const search = useMemo(() => createSearch(entries), []);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const hits = useMemo(() => search.search(query), [search, query]);
  const input = useRef<HTMLInputElement>(null);
  // The popup exists to search: put the caret in the box when it opens and when a card is closed.
  useEffect(() => {
    if (!openId) input.current?.focus();
  }, [openId]);
  const lang = uiLang();
  const other = lang === 'en' ? 'es' : 'en';

  if (openId) {
    return (
      <main class="popup theme">
        <CardView id={openId} load={loadEntry} firstLang={lang} onClose={() => setOpenId(null)} />
      </main>
    );
  }

  return (
    <main class="popup theme">
      <label class="search-label" for="glosa-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="glosa-search"
        type="search"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        ref={input}
        autoComplete="off"
        spellcheck={false}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && hits[0]) setOpenId(hits[0].entry.id);
        }}
      />
      <p class="summary" role="status">
        {query.trim()
          ? hits.length
            ? t('popupResults', hits.length)
            : t('popupNoResults', query.trim())
          : t('popupEntries', entries.length)}
      </p>
      <ul class="results">
        {hits.map(({ entry }) => (
          <li key={entry.id}>
            <button type="button" class="result" data-entry={entry.id} onClick={() => setOpenId(entry.id)}>
              <span class="pair">
                <strong lang={lang}>{entry[lang].term}</strong>
                {entry[lang].acronyms[0] && <span class="acronym"> ({entry[lang].acronyms[0]})</span>}
                <span class="sep"> · </span>
                <span lang={other}>{entry[other].term}</span>
              </span>
              <span class="gist" lang={lang}>
                {firstSentence(entry.definition[lang])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
}
