// Inflected forms generated from an entry's written forms at build time, so entries list base forms only.
// Works on folded text (lowercase, no accents), which is what the matcher compares; accent shifts in plurals
// (migración → migraciones) therefore need no special case. Over-generation is harmless when a form never occurs
// in text, since it never matches; a generated form that is an ordinary word of another sense is not (a verb's
// "deporte": NOT_VERB_FORMS below).

const SPANISH_STOP = new Set([
  'de',
  'del',
  'a',
  'al',
  'en',
  'por',
  'desde',
  'hasta',
  'para',
  'con',
  'sin',
  'sobre',
  'ante',
  'bajo',
  'entre',
  'hacia',
  'contra',
]);
const SPANISH_UNINFLECTED = new Set([
  'y',
  'o',
  'e',
  'u',
  'no',
  'la',
  'el',
  'los',
  'las',
  'lo',
  'un',
  'una',
  'se',
  // "los NNA no acompañados": niñas, niños y adolescentes, already plural.
  'nna',
]);

/**
 * English: plural of the last word, and possessives ("asylum seeker" → "asylum seekers", "asylum seeker's"); in a
 * phrase whose head comes before "of", "to" or "in", the head's plural too ("port of entry" → "ports of entry",
 * "notice to appear" → "notices to appear", "migrant in transit" → "migrants in transit", "arrest at the immigration
 * court" → "arrests at the immigration court").
 */
export function englishForms(folded: string): string[] {
  const words = folded.split(' ');
  const last = words.at(-1)!;
  if (!/[a-z]$/.test(last)) return [folded];
  const forms = [folded];
  // A last word in -s is already plural ("refugees") or a name ("Texas"): possessives only.
  if (/[^su]s$/.test(last)) forms.push(`${folded}'s`, `${folded}'`);
  else {
    const plurals = englishPlurals(last).map((plural) => [...words.slice(0, -1), plural].join(' '));
    // Possessive of a plural: "asylum seekers'", but "children's".
    const pluralPossessives = plurals.map((phrase) => (phrase.endsWith('s') ? `${phrase}'` : `${phrase}'s`));
    forms.push(...plurals, `${folded}'s`, ...pluralPossessives);
  }
  const preposition = words.findIndex((word, i) => i > 0 && HEAD_PREPOSITIONS.has(word));
  // The head is the word before the preposition; a person word first is the head whatever follows ("person
  // seeking asylum" → "people seeking asylum").
  const headAt = words.length > 1 && IRREGULAR_PLURALS[words[0]!] ? 0 : preposition - 1;
  const head = words[headAt];
  if (head && headAt < words.length - 1 && /[a-z]$/.test(head) && !/[^su]s$/.test(head)) {
    for (const plural of englishPlurals(head)) {
      forms.push(words.map((word, i) => (i === headAt ? plural : word)).join(' '));
    }
  }
  return forms;
}

// Heads before "in" are safe because a bare "Remain in Mexico" is case-sensitive (mpp.yaml): otherwise "remains in
// Mexico", a verb, would be generated and matched.
const HEAD_PREPOSITIONS = new Set(['of', 'to', 'in', 'at']);

// The irregular plurals glossary names end in ("unaccompanied children", "stateless persons", "undocumented people").
const IRREGULAR_PLURALS: Record<string, string[]> = {
  child: ['children'],
  person: ['persons', 'people'],
  man: ['men'],
  woman: ['women'],
};

function englishPlurals(word: string): string[] {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`]; // "process" → "processes", "status" → "statuses"
  return [`${word}s`];
}

/**
 * Case-sensitive forms: possessive ("ICE's"); the plural of an all-caps acronym ("NTAs") or a form's number
 * ("I-213s") unless `lettersPlural` is false; and of the last word of a phrase ending in a common noun ("ICE raids"), hyphenated or not ("A-numbers").
 */
export function acronymForms(acronym: string, lettersPlural = true): string[] {
  const forms = [acronym, `${acronym}'s`];
  if (lettersPlural && /^[A-Z]+$/.test(acronym) && acronym.length > 1) forms.push(`${acronym}s`);
  // A form's number is counted the same way: "fill out I-213s", "two I-94s".
  if (lettersPlural && /^[A-Z]{1,2}-\d+[A-Z]?$/.test(acronym)) forms.push(`${acronym}s`);
  // A case-sensitive phrase ending in a common noun: "ICE raid" → "ICE raids".
  const last = /(?:^|[ -])([a-z]+)$/.exec(acronym)?.[1];
  if (last && last !== acronym) {
    for (const word of englishPlurals(last)) forms.push(`${acronym.slice(0, -last.length)}${word}`);
  }
  return forms;
}

/**
 * Spanish: number and gender of the head of the phrase — the words before the first preposition
 * ("solicitante de asilo" → "solicitantes de asilo"; "niño no acompañado" → "niños no acompañados",
 * "niño no acompañada"…). Gender changes only participles (-ado/-ido), where it is regular.
 */
export function spanishForms(folded: string): string[] {
  const words = folded.split(' ');
  const stop = words.findIndex((word, i) => i > 0 && SPANISH_STOP.has(word));
  const headEnd = stop < 0 ? words.length : stop;
  const variants = new Set<string>();
  for (const feminine of [false, true]) {
    for (const plural of [false, true]) {
      const inflected = words.map((token, i) => {
        // Keep trailing punctuation in place: "niña," → "niñas,".
        const [, word = '', trailing = ''] = /^(.*?)([^a-z]*)$/.exec(token) ?? [];
        if (i >= headEnd || SPANISH_UNINFLECTED.has(word) || !/[a-z]$/.test(word)) return token;
        let result = word;
        if (feminine && /(ad|id)o$/.test(result)) result = `${result.slice(0, -1)}a`;
        if (plural) result = spanishPlural(result);
        return result + trailing;
      });
      variants.add(inflected.join(' '));
    }
  }
  return [...variants];
}

function spanishPlural(word: string): string {
  if (/s$/.test(word) || word.length < 3) return word; // already plural, or invariable (crisis, tesis)
  if (/[aeiou]$/.test(word)) return `${word}s`;
  if (/z$/.test(word)) return `${word.slice(0, -1)}ces`;
  return `${word}es`;
}

// Verbs: an entry's `verbs` (schema.ts) are forms led by an infinitive ("deportar", "autodeportarse", "exceder las
// 36 horas", "self-deport", "enter without inspection"); the compiler adds every conjugation of that first word, the
// rest of the phrase unchanged. They take the form as written, lowercased ("self-deport" is one word only before the
// fold), and write no accents: the compiler folds what they return, and "deportó" folds to "deporto".

/**
 * Conjugated forms that are common words of another sense, never generated: "deporte(s)" (sport) is
 * deportar's present subjunctive.
 */
const NOT_VERB_FORMS = new Set(['deporte', 'deportes']);

/** Object pronouns written onto an infinitive or a gerund ("deportarlos", "deportandolas"). */
const ENCLITICS = ['lo', 'la', 'los', 'las', 'le', 'les'];

// The persons the press writes: yo, tú, él/ella/usted, nosotros, ellos/ustedes. Each tense lists its endings in that
// order; a reflexive verb puts its pronoun of the same person before them ("se autodeportó"). The imperfect
// subjunctive is the -ra one of Mexican and US Spanish ("deportara"), not Spain's -se ("deportase"): fewer forms in
// the matcher.
const REFLEXIVE_PRONOUNS = ['me', 'te', 'se', 'nos', 'se'];
type Paradigm = 'ar' | 'er' | 'ir';
const SPANISH_TENSES: Record<Paradigm, string[][]> = {
  ar: [
    ['o', 'as', 'a', 'amos', 'an'], // present
    ['e', 'aste', 'o', 'amos', 'aron'], // preterite
    ['aba', 'abas', 'aba', 'abamos', 'aban'], // imperfect
    ['are', 'aras', 'ara', 'aremos', 'aran'], // future
    ['aria', 'arias', 'aria', 'ariamos', 'arian'], // conditional
    ['e', 'es', 'e', 'emos', 'en'], // present subjunctive
    ['ara', 'aras', 'ara', 'aramos', 'aran'], // imperfect subjunctive
  ],
  er: [
    ['o', 'es', 'e', 'emos', 'en'],
    ['i', 'iste', 'io', 'imos', 'ieron'],
    ['ia', 'ias', 'ia', 'iamos', 'ian'],
    ['ere', 'eras', 'era', 'eremos', 'eran'],
    ['eria', 'erias', 'eria', 'eriamos', 'erian'],
    ['a', 'as', 'a', 'amos', 'an'],
    ['iera', 'ieras', 'iera', 'ieramos', 'ieran'],
  ],
  ir: [
    ['o', 'es', 'e', 'imos', 'en'],
    ['i', 'iste', 'io', 'imos', 'ieron'],
    ['ia', 'ias', 'ia', 'iamos', 'ian'],
    ['ire', 'iras', 'ira', 'iremos', 'iran'],
    ['iria', 'irias', 'iria', 'iriamos', 'irian'],
    ['a', 'as', 'a', 'amos', 'an'],
    ['iera', 'ieras', 'iera', 'ieramos', 'ieran'],
  ],
};
const GERUND: Record<Paradigm, string> = { ar: 'ando', er: 'iendo', ir: 'iendo' };

/**
 * The stem-changing verbs the entries conjugate, by infinitive: the changed stem and the tenses (indexes into
 * SPANISH_TENSES) and persons that take it. pedir (pedir refugio): pido, pidió, pida, pidiera, pidiendo;
 * promover (promover un amparo): promueve, promueva.
 */
const STEM_CHANGES: Record<
  string,
  { stem: string; changes: (tense: number, person: number) => boolean; gerund?: boolean }
> = {
  pedir: {
    stem: 'pid',
    changes: (tense, person) =>
      (tense === 0 && person !== 3) ||
      tense === 5 ||
      (tense === 1 && (person === 2 || person === 4)) ||
      tense >= 6,
    gerund: true,
  },
  promover: { stem: 'promuev', changes: (tense, person) => (tense === 0 || tense === 5) && person !== 3 },
};
const PARTICIPLE: Record<Paradigm, string> = { ar: 'ado', er: 'ido', ir: 'ido' };

/**
 * The stem's spelling before an ending, so the sound stays: aplicar → apliqué, cruzar → crucé, albergar →
 * albergué; vencer → venzo, exigir → exijo.
 */
function spell(stem: string, ending: string, paradigm: Paradigm): string {
  if (paradigm === 'ar' && ending.startsWith('e')) {
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}qu${ending}`;
    if (stem.endsWith('g')) return `${stem}u${ending}`;
    if (stem.endsWith('z')) return `${stem.slice(0, -1)}c${ending}`;
  }
  if (paradigm !== 'ar' && /^[ao]/.test(ending)) {
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}z${ending}`;
    if (stem.endsWith('g')) return `${stem.slice(0, -1)}j${ending}`;
  }
  return stem + ending;
}

/**
 * Spanish: every simple tense of the phrase's first word, a regular -ar, -er or -ir infinitive, reflexive or not
 * ("autodeportarse" → "se autodeporto", "me autodeporte", "autodeportandose"), its gerund and its participle (with
 * gender and number: "deportadas"); a verb alone also with an object pronoun on its infinitive and gerund
 * ("deportarlos", "deportandola"). The rest of the phrase follows each form unchanged ("exceda las 36 horas").
 */
export function spanishVerbForms(folded: string): string[] {
  const [first = '', ...rest] = folded.split(' ');
  const match = /^(.+)(ar|er|ir)(se)?$/.exec(first);
  if (!match)
    throw new Error(`"${folded}": a Spanish verb starts with its infinitive (-ar, -er, -ir, -arse…)`);
  const [, stem = '', paradigm, reflexive] = match as unknown as [
    string,
    string,
    Paradigm,
    string | undefined,
  ];
  const infinitive = `${stem}${paradigm}`;
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms = new Set<string>();
  const change = STEM_CHANGES[infinitive];
  SPANISH_TENSES[paradigm].forEach((tense, t) => {
    tense.forEach((ending, person) => {
      const verb = spell(change?.changes(t, person) ? change.stem : stem, ending, paradigm);
      forms.add(reflexive ? `${REFLEXIVE_PRONOUNS[person]} ${verb}` : verb);
    });
  });
  const gerund = (change?.gerund ? change.stem : stem) + GERUND[paradigm];
  // A reflexive verb's pronoun rides on its infinitive and gerund: "autodeportarse", "autodeportarme",
  // "autodeportandose"; a plain verb alone takes an object pronoun there.
  const enclitics = reflexive ? ['me', 'te', 'se', 'nos'] : rest.length ? [''] : ['', ...ENCLITICS];
  for (const pronoun of enclitics) forms.add(infinitive + pronoun).add(gerund + pronoun);
  const participle = stem + PARTICIPLE[paradigm];
  for (const inflected of [participle, `${participle.slice(0, -1)}a`])
    forms.add(inflected).add(`${inflected}s`);
  return [...forms].filter((form) => !NOT_VERB_FORMS.has(form)).map((form) => form + tail);
}

// The irregular pasts the entries conjugate: "seek asylum in Mexico" → "sought asylum in Mexico", "come in without
// inspection" → "came in without inspection".
const IRREGULAR_PAST: Record<string, string> = { seek: 'sought', come: 'came' };

/**
 * English: a regular verb's third person, past (= participle) and gerund ("deport" → "deports", "deported",
 * "deporting"; "remove" → "removed", "removing"; "agree" → "agreeing"; "apply" → "applies", "applied"; "stop" → "stopped"), of the
 * phrase's first word ("self-deport", "enter without inspection").
 */
export function englishVerbForms(folded: string): string[] {
  const [first = '', ...rest] = folded.split(' ');
  if (!/^[a-z-]*[a-z]$/.test(first))
    throw new Error(`"${folded}": an English verb starts with its base form`);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const word = first.slice(first.lastIndexOf('-') + 1);
  const prefix = first.slice(0, first.length - word.length);
  let third: string;
  let past: string;
  let gerund: string;
  const irregular = IRREGULAR_PAST[word];
  if (irregular) {
    third = `${word}s`;
    past = irregular;
    gerund = /[^e]e$/.test(word) ? `${word.slice(0, -1)}ing` : `${word}ing`;
  } else if (/[^aeiou]y$/.test(word)) {
    third = `${word.slice(0, -1)}ies`;
    past = `${word.slice(0, -1)}ied`;
    gerund = `${word}ing`;
  } else if (/ie$/.test(word)) {
    third = `${word}s`;
    past = `${word}d`;
    gerund = `${word.slice(0, -2)}ying`;
  } else if (/e$/.test(word)) {
    third = `${word}s`;
    past = `${word}d`;
    gerund = /ee$/.test(word) ? `${word}ing` : `${word.slice(0, -1)}ing`;
  } else {
    third = /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
    // One syllable ending in one vowel and one consonant doubles it: "stop" → "stopped" (not "deport", "cross").
    const stem = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(word) ? word + word.at(-1) : word;
    past = `${stem}ed`;
    gerund = `${stem}ing`;
  }
  return [word, third, past, gerund].map((form) => prefix + form + tail);
}
