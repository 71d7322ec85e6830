// Teacher handouts: from pasted text, an HTML or text file, or the page a tab shows (#tab=ID, from the popup).
// The same engine as on pages finds the terms; the list follows the reading's order.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pageTerms } from '@/components/active-tab';
import { downloadText } from '@/components/download';
import { bundledMatcher, entriesById } from '@/components/entry-store';
import { t, uiLang } from '@/components/i18n';
import { collectBlocks } from '@/entrypoints/content/dom/collect-text';
import {
  type HandoutLangs,
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
      setSource(t('handoutFromTab', reply.title || reply.hostname));
      setFound(reply.terms.map((term) => ({ id: term.id, surface: term.surfaces[0] ?? '' })));
    });
  }, []);

  const rows = useMemo(() => handoutRows(found ?? [], entriesById, langs), [found, langs]);
  const text: HandoutText = {
    title: t('handoutTitle'),
    headers: {
      number: t('handoutNumber'),
      en: t('handoutEnglish'),
      es: t('handoutSpanish'),
      definition: t('handoutDefinition'),
    },
    exerciseTitle: t('handoutExerciseTitle'),
    exerciseHint: t('handoutExerciseHint'),
    answerKeyTitle: t('handoutAnswers'),
  };
  const exercise = withExercise ? matchingExercise(rows) : null;

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
              {source && `${source} · `}
              {t('handoutCount', rows.length)}
            </span>
            <button type="button" onClick={() => window.print()}>
              {t('handoutPrint')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText('handout.md', 'text/markdown', handoutMarkdown(rows, text, withExercise))
              }
            >
              {t('handoutDownloadMd')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText('handout.html', 'text/html', handoutHtml(rows, text, withExercise, lang))
              }
            >
              {t('handoutDownloadHtml')}
            </button>
            <button
              type="button"
              onClick={() => downloadText('handout.csv', 'text/csv', handoutCsv(rows, text.headers))}
            >
              {t('handoutDownloadCsv')}
            </button>
          </div>
          {rows.length === 0 ? (
            <p>{t('handoutNone')}</p>
          ) : (
            <>
              <h2>{text.title}</h2>
              <table>
                <thead>
                  <tr>
                    <th>{text.headers.number}</th>
                    <th>{text.headers.en}</th>
                    <th>{text.headers.es}</th>
                    <th>{text.headers.definition}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={row.id} data-entry={row.id}>
                      <td>{i + 1}</td>
                      <td lang="en">{row.en}</td>
                      <td lang="es">{row.es}</td>
                      <td>{row.definition}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {exercise && (
                <div class="exercise">
                  <h2>{text.exerciseTitle}</h2>
                  <p>{text.exerciseHint}</p>
                  <ol>
                    {rows.map((row) => (
                      <li key={row.id}>
                        {row.en} / {row.es}
                      </li>
                    ))}
                  </ol>
                  <ol type="A">
                    {exercise.letters.map((definition) => (
                      <li key={definition}>{definition}</li>
                    ))}
                  </ol>
                  <h2 class="answers">{text.answerKeyTitle}</h2>
                  <p class="answers">{exercise.answers.map((a, i) => `${i + 1}–${a}`).join(', ')}</p>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </main>
  );
}
