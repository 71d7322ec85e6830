// The toolbar popup: switches for this site and for everything, the terms found on this page (a click scrolls
// to the term and opens its card), and a search over the whole glossary in both languages.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeTab, pageTerms, revealTerm } from '@/components/active-tab';
import { CardView } from '@/components/CardView';
import { entries, entriesById, loadCard } from '@/components/entry-store';
import { t, uiLang } from '@/components/i18n';
import { glossaryUrl, type PageTermsReply, parseExtensionMessage } from '@/components/messaging';
import { isPdfAddress, readerUrl } from '@/components/pdf-address';
import { useSettings } from '@/components/use-settings';
import { createSearch } from '@/glossary/search';

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
}

export function Popup() {
  const search = useMemo(() => createSearch(entries), []);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const { settings, save } = useSettings();
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageTermsReply | null | 'loading'>('loading');
  const hits = useMemo(() => search.search(query), [search, query]);
  const input = useRef<HTMLInputElement>(null);
  const lang = uiLang();
  const other = lang === 'en' ? 'es' : 'en';

  // A tab showing a PDF (the browser's viewer, where no content script runs) is offered the Glosa reader.
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  useEffect(() => {
    activeTab().then(async (tab) => {
      const id = tab?.id;
      setTabId(id);
      if (isPdfAddress(tab?.url)) setPdfUrl(tab?.url ?? null);
      setPage(id === undefined ? null : await pageTerms(id));
    });
  }, []);

  // The popup exists to search: put the caret in the box when it opens and when a card is closed.
  useEffect(() => {
    if (!openId) input.current?.focus();
  }, [openId]);

  // The page's content script says when its marks changed (a rescan after a settings change finished, or Glosa
  // stopped there): then its terms are read again.
  useEffect(() => {
    if (tabId === undefined) return;
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      if (parseExtensionMessage(raw)?.type === 'glosa:terms-changed' && sender.tab?.id === tabId) {
        void pageTerms(tabId).then(setPage);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  if (openId) {
    return (
      <main class="popup">
        <h1 class="visually-hidden">Glosa</h1>
        <CardView
          id={openId}
          load={loadCard}
          firstLang={lang}
          onClose={() => setOpenId(null)}
          onOpenGlossary={(id) => browser.tabs.create({ url: glossaryUrl(id) })}
        />
      </main>
    );
  }

  const hostname = page && page !== 'loading' ? page.hostname : '';
  const siteOn = settings && hostname ? !settings.disabledSites.includes(hostname) : false;

  return (
    <main class="popup">
      <header class="popup-head">
        <h1 class="brand">Glosa</h1>
        <nav class="links">
          <a href={browser.runtime.getURL('/browse.html')} target="_blank" rel="noopener">
            {t('popupGlossary')}
          </a>{' '}
          ·{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
            {t('popupOptions')}
          </a>{' '}
          ·{' '}
          <a href={readerUrl()} target="_blank" rel="noopener">
            {t('popupPdfReader')}
          </a>
        </nav>
      </header>

      {pdfUrl && (
        <button
          type="button"
          class="open-pdf"
          onClick={() => {
            browser.tabs.create({ url: readerUrl(pdfUrl) }).catch(() => {});
            window.close();
          }}
        >
          {t('popupOpenPdf')}
        </button>
      )}

      {/* The switches appear once, with the page's answer: shown before it, Pause would sit where the site switch
          then appears, and Preact would reuse Pause's label for it, so an early click on Pause switched the site off. */}
      {settings && page !== 'loading' && (
        <div class="switches">
          {hostname && (
            <label>
              <input
                type="checkbox"
                checked={siteOn}
                onChange={(event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const sites = settings.disabledSites.filter((s) => s !== hostname);
                  // A failed save puts the stored settings back on screen (useSettings).
                  save({ disabledSites: on ? sites : [...sites, hostname] }).catch(() => {});
                }}
              />{' '}
              {t('popupSiteSwitch', hostname)}
            </label>
          )}
          <label>
            <input
              type="checkbox"
              checked={settings.paused}
              onChange={(event) =>
                save({ paused: (event.target as HTMLInputElement).checked }).catch(() => {})
              }
            />{' '}
            {t('popupPause')}
          </label>
        </div>
      )}

      <label class="search-label" for="glosa-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="glosa-search"
        ref={input}
        type="search"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && hits[0]) setOpenId(hits[0].entry.id);
        }}
      />

      {query.trim() ? (
        <>
          <p class="summary" role="status">
            {hits.length === 1
              ? t('popupOneResult')
              : hits.length
                ? t('popupResults', hits.length)
                : t('popupNoResults', query.trim())}
          </p>
          <ul class="results">
            {hits.map(({ entry }) => (
              <li key={entry.id}>
                <button
                  type="button"
                  class="result"
                  data-entry={entry.id}
                  onClick={() => setOpenId(entry.id)}
                >
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
        </>
      ) : (
        <section class="on-page" aria-labelledby="on-page-title">
          <h2 id="on-page-title">
            {t('popupOnThisPage')}
            {page && page !== 'loading' && page.terms.length > 0 && (
              <span class="count"> · {t('popupPageTermsCount', page.terms.length)}</span>
            )}
          </h2>
          {page === null && <p class="summary">{t('popupPageUnavailable')}</p>}
          {page && page !== 'loading' && !page.active && (
            <p class="summary">
              {settings?.paused || !hostname ? t('popupPaused') : t('popupSiteOff', hostname)}
            </p>
          )}
          {page && page !== 'loading' && page.active && page.terms.length === 0 && (
            <p class="summary">{t('popupNoPageTerms')}</p>
          )}
          <ul class="page-terms">
            {page &&
              page !== 'loading' &&
              page.terms.map((term) => {
                const entry = entriesById.get(term.id);
                return (
                  <li key={term.id}>
                    <button
                      type="button"
                      class="page-term"
                      data-entry={term.id}
                      onClick={async () => {
                        if (tabId !== undefined && (await revealTerm(tabId, term.id))) window.close();
                      }}
                    >
                      <span>{entry ? entry[lang].term : term.surfaces[0]}</span>
                      <span class="count">×{term.count}</span>
                    </button>
                  </li>
                );
              })}
          </ul>
          {tabId !== undefined && page && page !== 'loading' && page.terms.length > 0 && (
            <p>
              <button
                type="button"
                class="link-button"
                onClick={() =>
                  browser.tabs.create({ url: browser.runtime.getURL(`/handout.html#tab=${tabId}`) })
                }
              >
                {t('handoutFromPage')}
              </button>
            </p>
          )}
          <p class="summary">{t('popupEntries', entries.length)}</p>
        </section>
      )}
    </main>
  );
}
