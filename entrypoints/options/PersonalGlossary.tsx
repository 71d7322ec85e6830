// Import of a personal glossary: parse → preview (entries, errors naming line and field, conflicts with the
// bundled glossary) → apply, or cancel. Lines with errors are listed and left out, the good ones can be applied;
// a file with no good entry cannot. Removing the layer is one click.
import { useEffect, useState } from 'preact/hooks';
import { entries } from '@/components/entry-store';
import { t } from '@/components/i18n';
import { loadPersonal, type PersonalGlossary, savePersonal } from '@/components/personal-store';
import { allForms } from '@/glossary/entry';
import { foldForm } from '@/glossary/normalize';
import { conflicts, formatOf, LIMITS, type ParseResult, parsePersonal } from '@/glossary/personal';

const bundledForms = new Set(entries.flatMap((entry) => allForms(entry).map(foldForm)));
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

export function PersonalGlossarySection() {
  const [current, setCurrent] = useState<PersonalGlossary | null>(null);
  const [preview, setPreview] = useState<{ name: string; result: ParseResult; clashes: string[] } | null>(
    null,
  );
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadPersonal().then(setCurrent);
  }, []);

  const choose = async (file: File | undefined) => {
    setStatus('');
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) {
      setPreview({ name: file.name, result: { terms: [], errors: [t('personalUnknownType')] }, clashes: [] });
      return;
    }
    const result =
      file.size > LIMITS.fileBytes
        ? { terms: [], errors: [`file: larger than ${LIMITS.fileBytes / 1e6} MB`] }
        : parsePersonal(await file.text(), format, parseXml);
    setPreview({ name: file.name, result, clashes: conflicts(result.terms, bundledForms) });
  };

  const apply = async () => {
    if (!preview?.result.terms.length) return;
    const glossary: PersonalGlossary = {
      name: preview.name,
      importedOn: new Date().toISOString().slice(0, 10),
      terms: preview.result.terms,
    };
    await savePersonal(glossary);
    setCurrent(glossary);
    setPreview(null);
    const skipped = preview.result.errors.length;
    setStatus(skipped ? t('personalAppliedSome', glossary.terms.length, skipped) : t('personalApplied'));
  };

  return (
    <section class="personal" aria-labelledby="personal-title">
      <h2 id="personal-title">{t('personalTitle')}</h2>
      <p>{t('personalIntro')}</p>
      <p>
        {current
          ? t('personalCurrent', current.name, current.terms.length, current.importedOn)
          : t('personalNone')}{' '}
        {current && (
          <button
            type="button"
            onClick={async () => {
              await savePersonal(null);
              setCurrent(null);
              setStatus(t('personalRemoved'));
            }}
          >
            {t('personalRemove')}
          </button>
        )}
      </p>
      <label class="row">
        {t('personalChoose')}{' '}
        <input
          type="file"
          accept=".tsv,.txt,.csv,.tbx,.xml,.json"
          onChange={(event) => choose((event.target as HTMLInputElement).files?.[0])}
        />
      </label>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {preview && (
        <div class="preview">
          <h3>{t('personalPreview', preview.name, preview.result.terms.length)}</h3>
          {preview.result.errors.length > 0 && (
            <div role="alert">
              <p>{preview.result.terms.length ? t('personalSkipped') : t('personalErrors')}</p>
              <ul class="errors">
                {preview.result.errors.slice(0, 50).map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.clashes.length > 0 && (
            <p class="note">{t('personalConflicts', preview.clashes.join(', '))}</p>
          )}
          <table>
            <tbody>
              {preview.result.terms.slice(0, 10).map((term) => (
                <tr key={`${term.en}\u0000${term.es}`}>
                  <td lang="en">{term.en}</td>
                  <td lang="es">{term.es}</td>
                  <td>{term.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" disabled={preview.result.terms.length === 0} onClick={apply}>
              {preview.result.errors.length && preview.result.terms.length
                ? t('personalApplySome', preview.result.terms.length)
                : t('personalApply')}
            </button>{' '}
            <button type="button" onClick={() => setPreview(null)}>
              {t('personalCancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
