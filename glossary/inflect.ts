// Inflected forms generated from an entry's written forms at build time, so entries list base forms only.
// Works on folded text (lowercase, no accents), which is what the matcher compares; accent shifts in plurals
// (migración → migraciones) therefore need no special case. Over-generation is harmless: a form that never occurs
// in text never matches.

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
