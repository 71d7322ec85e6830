// The options page. Every change is saved at once to storage.sync; open tabs pick it up without a reload.
import { useState } from 'preact/hooks';
import { downloadText } from '@/components/download';
import { type MessageKey, t } from '@/components/i18n';
import {
  exportSettings,
  importSettings,
  type ParsedSettings,
  type Settings,
  validSetting,
} from '@/components/settings';
import { useSettings } from '@/components/use-settings';
import { CATEGORIES } from '@/glossary/categories';
import { PersonalGlossarySection } from './PersonalGlossary';

type Choice<T extends string> = [value: T, label: MessageKey];

function Radios<T extends string>({
  name,
  legend,
  value,
  choices,
  onChange,
}: {
  name: string;
  legend: MessageKey;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />{' '}
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

export function Options({ initial }: { initial: ParsedSettings }) {
  const { settings: current, reset, save } = useSettings(initial);
  const settings = current ?? initial.settings;
  const [status, setStatus] = useState('');
  const [delayError, setDelayError] = useState('');

  // Saving can fail (storage.sync quota, a profile in trouble): the previous settings stay, and the reader is told.
  const update = async (patch: Partial<Settings>) => {
    try {
      await save(patch);
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(t('optionsSaveFailed', (error as Error).message));
    }
  };

  const download = () => downloadText('glosa-settings.json', 'application/json', exportSettings(settings));

  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (file.size > 1_000_000) throw new Error('file larger than 1 MB');
      await save(importSettings(await file.text()).settings);
      setStatus(t('optionsImported'));
    } catch (error) {
      setStatus(t('optionsImportFailed', (error as Error).message));
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {reset.length > 0 && (
        <p class="note" role="alert">
          {t('optionsResetNote', reset.join(', '))}
        </p>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>

      <h2>{t('optionsCard')}</h2>
      <Radios
        name="languageOrder"
        legend="optionsLanguageOrder"
        value={settings.languageOrder}
        choices={[
          ['page', 'optionsOrderPage'],
          ['en-first', 'optionsOrderEn'],
          ['es-first', 'optionsOrderEs'],
        ]}
        onChange={(languageOrder) => update({ languageOrder })}
      />
      <Radios
        name="definitions"
        legend="optionsDefinitions"
        value={settings.definitions}
        choices={[
          ['both', 'optionsDefinitionsBoth'],
          ['other', 'optionsDefinitionsOther'],
        ]}
        onChange={(definitions) => update({ definitions })}
      />
      <Radios
        name="uiLanguage"
        legend="optionsUiLanguage"
        value={settings.uiLanguage}
        choices={[
          ['auto', 'optionsUiAuto'],
          ['en', 'optionsUiEnglish'],
          ['es', 'optionsUiSpanish'],
        ]}
        onChange={(uiLanguage) => update({ uiLanguage }).then(() => location.reload())}
      />

      <h2>{t('optionsOpening')}</h2>
      <Radios
        name="trigger"
        legend="optionsTrigger"
        value={settings.trigger}
        choices={[
          ['hover', 'optionsTriggerHover'],
          ['modifier', 'optionsTriggerModifier'],
          ['click', 'optionsTriggerClick'],
        ]}
        onChange={(trigger) => update({ trigger })}
      />
      {settings.trigger === 'modifier' && (
        <label class="row">
          {t('optionsModifierKey')}{' '}
          <select
            value={settings.modifierKey}
            onChange={(event) =>
              update({ modifierKey: (event.target as HTMLSelectElement).value as Settings['modifierKey'] })
            }
          >
            <option value="Alt">Alt</option>
            <option value="Shift">Shift</option>
            <option value="Control">Ctrl</option>
          </select>
        </label>
      )}
      <label class="row">
        {t('optionsHoverDelay')}{' '}
        <input
          type="number"
          min={0}
          max={2000}
          step={10}
          value={settings.hoverDelayMs}
          aria-invalid={delayError ? 'true' : undefined}
          aria-describedby={delayError ? 'hover-delay-error' : undefined}
          onChange={(event) => {
            const field = event.target as HTMLInputElement;
            const raw = field.value.trim();
            const value = raw === '' ? undefined : validSetting('hoverDelayMs', Number(raw));
            if (value === undefined) {
              setDelayError(t('optionsHoverDelayInvalid', raw || '—', settings.hoverDelayMs));
              return;
            }
            setDelayError('');
            update({ hoverDelayMs: value });
          }}
        />
      </label>
      {delayError && (
        <p class="field-error" id="hover-delay-error" role="alert">
          {delayError}
        </p>
      )}

      <h2>{t('optionsMarking')}</h2>
      <Radios
        name="highlightStyle"
        legend="optionsHighlightStyle"
        value={settings.highlightStyle}
        choices={[
          ['underline', 'optionsStyleUnderline'],
          ['tint', 'optionsStyleTint'],
          ['none', 'optionsStyleNone'],
        ]}
        onChange={(highlightStyle) => update({ highlightStyle })}
      />
      <label class="row">
        <input
          type="checkbox"
          checked={settings.firstOccurrenceOnly}
          onChange={(event) => update({ firstOccurrenceOnly: (event.target as HTMLInputElement).checked })}
        />{' '}
        {t('optionsFirstOnly')}
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.badge}
          onChange={(event) => update({ badge: (event.target as HTMLInputElement).checked })}
        />{' '}
        {t('optionsBadge')}
      </label>
      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              name="category"
              value={category}
              checked={settings.categories.includes(category)}
              onChange={(event) => {
                const on = (event.target as HTMLInputElement).checked;
                const rest = settings.categories.filter((c) => c !== category);
                update({ categories: on ? [...rest, category] : rest });
              }}
            />{' '}
            {t(`category_${category.replace('-', '_')}` as MessageKey)}
          </label>
        ))}
      </fieldset>

      <h2>{t('optionsSites')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p>{t('optionsNoSites')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={t('optionsRemoveSite', site)}
                onClick={() => update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <PersonalGlossarySection />

      <h2>{t('optionsFile')}</h2>
      <p class="row">
        <button type="button" onClick={download}>
          {t('optionsExport')}
        </button>{' '}
        <label class="file">
          {t('optionsImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => upload((event.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
    </main>
  );
}
