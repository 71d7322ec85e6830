// The card's actions: copy in three forms (term pair, TSV row, citation) and listen to the term in each
// language with the browser's speech synthesis (the buttons only appear when a voice for that language exists).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '@/glossary/entry';
import { citation, termPair, tsvRow } from '@/glossary/export';
import { copyText } from './clipboard';
import { t } from './i18n';

function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() =>
    typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices(),
  );
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

function speak(text: string, voice: SpeechSynthesisVoice) {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.speak(utterance);
}

export function CardActions({
  entry,
  firstLang,
  onOpenGlossary,
  withCitation = true,
}: {
  entry: Entry;
  firstLang: 'en' | 'es';
  onOpenGlossary?: (id: string) => void;
  /** A citation needs a source: entries without any (personal ones) offer none. */
  withCitation?: boolean;
}) {
  const [status, setStatus] = useState('');
  const root = useRef<HTMLFieldSetElement>(null);
  const voices = useVoices();
  const voiceFor = (lang: 'en' | 'es') => voices.find((v) => v.lang.toLowerCase().startsWith(lang));

  const copy = async (text: string, label: string) => {
    const ok = root.current ? await copyText(text, root.current) : false;
    setStatus(ok ? t('cardCopied', label) : t('cardCopyFailed'));
  };

  // Each button, what the status line says was copied, and the text.
  type Copy = [label: string, what: string, text: () => string];
  const copies: Copy[] = [
    [t('cardCopyPair'), t('cardCopiedPair'), () => termPair(entry, firstLang)],
    [t('cardCopyRow'), t('cardCopiedRow'), () => tsvRow(entry)],
    ...(withCitation
      ? [[t('cardCopyCitation'), t('cardCopiedCitation'), () => citation(entry, firstLang)] satisfies Copy]
      : []),
  ];
  const listens = (
    [
      ['es', t('cardListenEs')],
      ['en', t('cardListenEn')],
    ] as const
  ).filter(([lang]) => voiceFor(lang));

  return (
    <fieldset class="actions" ref={root}>
      <legend class="visually-hidden">{t('cardActions')}</legend>
      {copies.map(([label, what, text]) => (
        <button type="button" class="action" key={label} onClick={() => copy(text(), what)}>
          {label}
        </button>
      ))}
      {listens.map(([lang, label]) => (
        <button
          type="button"
          class="action"
          key={lang}
          onClick={() => speak(entry[lang].term, voiceFor(lang)!)}
        >
          🔊 {label}
        </button>
      ))}
      {onOpenGlossary && (
        <button type="button" class="action" onClick={() => onOpenGlossary(entry.id)}>
          {t('cardOpenGlossary')}
        </button>
      )}
      <p class="action-status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
