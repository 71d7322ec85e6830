// Teacher handouts: from pasted text, an HTML or text file, or the page a tab shows (#tab=ID, from the popup).
// The same engine as on pages finds the terms; the list follows the reading's order.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pageTerms } from '@/components/active-tab';
import { downloadText } from '@/components/download';
import { bundledMatcher, entriesById } from '@/components/entry-store';
import { t, uiLang } from '@/components/i18n';
import { collectBlocks } from '@/entrypoints/content/dom/collect-text';
import {
  definitionLangs,
  type HandoutLangs,
  type HandoutOptions,
  type HandoutRow,
  type HandoutText,
  handoutCsv,
  handoutHtml,
  handoutMarkdown,
  handoutRows,
  matchingExercise,
  termsInOrder,
} from '@/glossary/handout';

const MAX_BYTES = 2_000_000;

function blocksOf(content: string, isHtml: boolean): string[] {
  if (!isHtml) return content.split(/\n\s*\n/);
  // Parsed inertly (no scripts run, nothing loads), then read with the content script's own block collector.
  const doc = new DOMParser().parseFromString(content, 'text/html');
  return collectBlocks(doc.body ?? doc.documentElement).map((block) => block.text);
}

export function Handout() {
  const lang = uiLang();
  const matcher = useMemo(bundledMatcher, []);
  const [pasted, setPasted] = useState('');
  const [found, setFound] = useState<{ id: string; surface: string }[] | null>(null);
  const [source, setSource] = useState('');
  const [error, setError] = useState('');
  const [langs, setLangs] = useState<HandoutLangs>('both');
  const [withExercise, setWithExercise] = useState(false);
  const [title, setTitle] = useState(t('handoutTitle'));
  // The teacher's edits: terms left out, and the order (entry ids) when changed.
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [order, setOrder] = useState<string[] | null>(null);

  const fromText = (content: string, isHtml: boolean) => {
    setError('');
    if (new Blob([content]).size > MAX_BYTES) {
      setError(t('handoutTooLarge', '2 MB'));
      return;
    }
    setFound(termsInOrder(blocksOf(content, isHtml), matcher));
  };

  // Opened from the popup for a tab: ask that tab's content script for its terms, in reading order.
  useEffect(() => {
    const tab = /tab=(\d+)/.exec(location.hash)?.[1];
    if (!tab) return;
    pageTerms(Number(tab)).then((reply) => {
      if (!reply) {
        setError(t('handoutTabGone'));
        return;
      }
      setSource(reply.title ? `${reply.title} (${reply.hostname})` : reply.hostname);
      setFound(reply.terms.map((term) => ({ id: term.id, surface: term.surfaces[0] ?? '' })));
    });
  }, []);

  useEffect(() => {
    setDropped(new Set());
    setOrder(null);
  }, [found]);

  const allRows = useMemo(() => handoutRows(found ?? [], entriesById, langs), [found, langs]);
  const ordered = order
    ? order.map((id) => allRows.find((row) => row.id === id)).filter((row): row is HandoutRow => !!row)
    : allRows;
  const rows = ordered.filter((row) => !dropped.has(row.id));
  const move = (id: string, by: -1 | 1) => {
    const ids = ordered.map((row) => row.id);
    const at = ids.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    setOrder(ids);
  };
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(dropped);
    if (keep) next.delete(id);
    else next.add(id);
    setDropped(next);
  };
  const defLangs = definitionLangs(langs);
  const text: HandoutText = {
    title: title.trim() || t('handoutTitle'),
    nameLine: t('handoutNameLine'),
    source: source ? t('handoutSource', source) : undefined,
    credit: t('handoutCredit'),
    headers: {
      number: t('handoutNumber'),
      en: t('handoutEnglish'),
      es: t('handoutSpanish'),
      definition:
        langs === 'both'
          ? { en: t('handoutDefinitionEn'), es: t('handoutDefinitionEs') }
          : { en: t('handoutDefinition'), es: t('handoutDefinition') },
    },
    exerciseTitle: t('handoutExerciseTitle'),
    exerciseHint: t('handoutExerciseHint'),
    answerKeyTitle: t('handoutAnswers'),
  };
  const options: HandoutOptions = {
    langs,
    withExercise,
    exerciseLang: langs === 'both' ? lang : langs,
  };
  const exercise = withExercise ? matchingExercise(rows, options.exerciseLang) : null;

  return (
    <main class="handout">
      <section class="source">
        <h1>{t('handoutPageTitle')}</h1>
        <p>{t('handoutIntro')}</p>
        <label for="reading">{t('handoutPaste')}</label>
        <textarea
          id="reading"
          rows={8}
          value={pasted}
          onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)}
        />
        <p>
          <button type="button" onClick={() => fromText(pasted, /<\/?[a-z][\s\S]*>/i.test(pasted))}>
            {t('handoutMake')}
          </button>{' '}
          <label>
            {t('handoutFile')}{' '}
            <input
              type="file"
              accept=".html,.htm,.txt,text/html,text/plain"
              onChange={async (event) => {
                const file = (event.target as HTMLInputElement).files?.[0];
                if (!file) return;
                if (file.size > MAX_BYTES) {
                  setError(t('handoutTooLarge', '2 MB'));
                  return;
                }
                try {
                  const content = await file.text();
                  setSource(file.name);
                  fromText(content, /\.html?$/i.test(file.name) || /^\s*<(!doctype|html)/i.test(content));
                } catch {
                  setError(t('handoutUnreadable'));
                }
              }}
            />
          </label>
        </p>
        <fieldset class="choices">
          <legend>{t('handoutDefinitions')}</legend>
          {(
            [
              ['both', 'handoutBoth'],
              ['en', 'handoutEnglish'],
              ['es', 'handoutSpanish'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="langs" checked={langs === value} onChange={() => setLangs(value)} />{' '}
              {t(label)}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={withExercise}
              onChange={(e) => setWithExercise((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('handoutExercise')}
          </label>
        </fieldset>
        <p>
          <label for="handout-title">{t('handoutTitleLabel')}</label>{' '}
          <input
            id="handout-title"
            type="text"
            value={title}
            onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
          />
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>

      {found && (
        <section class="sheet" aria-live="polite">
          <div class="tools">
            <span>
              {source && `${t('handoutSource', source)} · `}
              {t('handoutCount', rows.length)}
            </span>
            <button type="button" onClick={() => window.print()}>
              {t('handoutPrint')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText('handout.md', 'text/markdown', handoutMarkdown(rows, text, options))
              }
            >
              {t('handoutDownloadMd')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText('handout.html', 'text/html', handoutHtml(rows, text, options, lang))
              }
            >
              {t('handoutDownloadHtml')}
            </button>
            <button
              type="button"
              onClick={() => downloadText('handout.csv', 'text/csv', handoutCsv(rows, text.headers, langs))}
            >
              {t('handoutDownloadCsv')}
            </button>
          </div>
          {allRows.length > 0 && (
            <fieldset class="pick">
              <legend>{t('handoutEditHint')}</legend>
              <ol>
                {ordered.map((row, i) => (
                  <li key={row.id} data-entry={row.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!dropped.has(row.id)}
                        onChange={(e) => toggle(row.id, (e.target as HTMLInputElement).checked)}
                        aria-label={t('handoutInclude', row.en)}
                      />{' '}
                      {row.en} / {row.es}
                    </label>{' '}
                    <button
                      type="button"
                      disabled={i === 0}
                      aria-label={t('handoutMoveUp', row.en)}
                      onClick={() => move(row.id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === ordered.length - 1}
                      aria-label={t('handoutMoveDown', row.en)}
                      onClick={() => move(row.id, 1)}
                    >
                      ↓
                    </button>
                  </li>
                ))}
              </ol>
            </fieldset>
          )}
          {rows.length === 0 ? (
            <p>{t('handoutNone')}</p>
          ) : (
            <article class="printed">
              <h2 class="printed-title">{text.title}</h2>
              <p class="name-line">{text.nameLine}</p>
              {text.source && <p class="reading-source">{text.source}</p>}
              <table>
                <thead>
                  <tr>
                    <th>{text.headers.number}</th>
                    <th>{text.headers.en}</th>
                    <th>{text.headers.es}</th>
                    {defLangs.map((l) => (
                      <th key={l}>{text.headers.definition[l]}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={row.id} data-entry={row.id}>
                      <td>{i + 1}</td>
                      <td lang="en">{row.en}</td>
                      <td lang="es">{row.es}</td>
                      {defLangs.map((l) => (
                        <td key={l} lang={l}>
                          {row.definitions[l]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {exercise && (
                <div class="exercise">
                  <h3>{text.exerciseTitle}</h3>
                  <p>{text.exerciseHint}</p>
                  <ol class="exercise-terms">
                    {rows.map((row) => (
                      <li key={row.id}>
                        {row.en} / {row.es}
                      </li>
                    ))}
                  </ol>
                  <ol type="A" class="exercise-definitions" lang={options.exerciseLang}>
                    {exercise.items.map((definition, i) => (
                      <li key={`${i}-${definition}`}>{definition}</li>
                    ))}
                  </ol>
                  <section class="answer-key">
                    <h3>{text.answerKeyTitle}</h3>
                    <p class="answers">{exercise.answers.map((a, i) => `${i + 1}–${a}`).join(', ')}</p>
                  </section>
                </div>
              )}
              <p class="credit">{text.credit}</p>
            </article>
          )}
        </section>
      )}
    </main>
  );
}
