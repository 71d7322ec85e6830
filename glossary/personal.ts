// A reader's personal glossary: imported from TSV, CSV, TBX or JSON as an extra layer on top of the bundled one.
// Parsing never throws on bad input: it returns the entries it could read and, for the rest, errors naming the
// line (or concept) and field. A file with any error is refused as a whole, so a failed import changes nothing.
// Imported text is kept as plain text; it is only ever rendered as text.

import { foldForm } from './normalize';
import type { PersonalTerm } from './personal-entries';

export { PERSONAL_CATEGORY, personalEntries } from './personal-entries';
export const LIMITS = { fileBytes: 2_000_000, entries: 5000, termLength: 200, noteLength: 2000 } as const;

export type { PersonalTerm } from './personal-entries';

export interface ParseResult {
  terms: PersonalTerm[];
  errors: string[];
}

export type PersonalFormat = 'tsv' | 'csv' | 'tbx' | 'json';

const clean = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function check(term: PersonalTerm, where: string, errors: string[]): PersonalTerm | null {
  const problems: string[] = [];
  if (!term.en) problems.push('English term is empty');
  if (!term.es) problems.push('Spanish term is empty');
  if (term.en.length > LIMITS.termLength || term.es.length > LIMITS.termLength)
    problems.push(`a term is longer than ${LIMITS.termLength} characters`);
  if (term.note.length > LIMITS.noteLength)
    problems.push(`the note is longer than ${LIMITS.noteLength} characters`);
  if (/[<>]/.test(term.en + term.es)) problems.push('terms may not contain < or >');
  for (const problem of problems) errors.push(`${where}: ${problem}`);
  return problems.length ? null : term;
}

export function formatOf(fileName: string): PersonalFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'tsv' || ext === 'txt' || ext === 'utf8') return 'tsv';
  if (ext === 'csv') return 'csv';
  if (ext === 'tbx' || ext === 'xml') return 'tbx';
  if (ext === 'json') return 'json';
  return null;
}

export function parsePersonal(
  text: string,
  format: PersonalFormat,
  parseXml?: (text: string) => Document,
): ParseResult {
  if (text.length > LIMITS.fileBytes)
    return { terms: [], errors: [`file: larger than ${LIMITS.fileBytes / 1e6} MB`] };
  if (text.includes('\uFFFD'))
    return { terms: [], errors: ['file: not valid UTF-8 text (save it as UTF-8 and try again)'] };
  const result =
    format === 'tsv'
      ? parseTsv(text)
      : format === 'csv'
        ? parseCsv(text)
        : format === 'json'
          ? parseJson(text)
          : parseTbx(text, parseXml);
  if (result.terms.length > LIMITS.entries) {
    return { terms: [], errors: [`file: more than ${LIMITS.entries} entries`] };
  }
  if (!result.terms.length && !result.errors.length) result.errors.push('file: no entries found');
  return result;
}

function parseTsv(text: string): ParseResult {
  const terms: PersonalTerm[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [en = '', es = '', ...rest] = line.split('\t');
    const where = `line ${index + 1}`;
    if (!line.includes('\t')) {
      errors.push(`${where}: expected English<TAB>Spanish<TAB>note`);
      return;
    }
    const term = check({ en: clean(en), es: clean(es), note: clean(rest.join(' ')) }, where, errors);
    if (term) terms.push(term);
  });
  return { terms, errors };
}

/** RFC 4180 rows, with the line number each row starts on. */
function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((value) => value.trim())) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  // An unclosed quote swallowed the rest of the file: report that instead of a half-read row.
  if (quoted) rows.push({ line: rowLine, cells: ['\u0000unterminated'] });
  else if (cells.some((value) => value.trim())) rows.push({ line: rowLine, cells });
  return rows;
}

function parseCsv(text: string): ParseResult {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const errors: string[] = [];
  const header = rows.shift();
  const column = (pattern: RegExp) =>
    header?.cells.findIndex((cell) => pattern.test(cell.trim().toLowerCase())) ?? -1;
  const en = column(/^en([-_].*)?$|^english$/);
  const es = column(/^es([-_].*)?$|^spanish$|^español$/);
  const note = column(/^(note|notes|comment|comments|definition)$/);
  if (!header || en < 0 || es < 0) {
    return { terms: [], errors: ['line 1: the header must name an English and a Spanish column (en, es)'] };
  }
  const terms: PersonalTerm[] = [];
  for (const row of rows) {
    if (row.cells[0] === '\u0000unterminated') {
      errors.push(`line ${row.line}: a quoted cell is not closed`);
      continue;
    }
    // Cells exported with a formula guard ('=...) come back without it.
    const cell = (i: number) => clean((row.cells[i] ?? '').replace(/^'(?=[=+\-@])/, ''));
    const term = check(
      { en: cell(en), es: cell(es), note: note >= 0 ? cell(note) : '' },
      `line ${row.line}`,
      errors,
    );
    if (term) terms.push(term);
  }
  return { terms, errors };
}

function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { terms: [], errors: [`file: not valid JSON (${(error as Error).message})`] };
  }
  if (!Array.isArray(data))
    return { terms: [], errors: ['file: expected a list of {"en", "es", "note"} objects'] };
  const terms: PersonalTerm[] = [];
  const errors: string[] = [];
  data.forEach((item, index) => {
    const where = `item ${index + 1}`;
    if (typeof item !== 'object' || item === null) {
      errors.push(`${where}: expected an object with "en" and "es"`);
      return;
    }
    const record = item as Record<string, unknown>;
    const field = (key: string) => (typeof record[key] === 'string' ? clean(record[key] as string) : '');
    const term = check({ en: field('en'), es: field('es'), note: field('note') }, where, errors);
    if (term) terms.push(term);
  });
  return { terms, errors };
}

function parseTbx(text: string, parseXml?: (text: string) => Document): ParseResult {
  if (!parseXml) return { terms: [], errors: ['file: TBX needs an XML parser'] };
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return { terms: [], errors: ['file: DTDs and entities are not accepted in TBX'] };
  const doc = parseXml(text);
  if (doc.getElementsByTagName('parsererror').length) {
    return { terms: [], errors: ['file: not well-formed XML (is it truncated?)'] };
  }
  const concepts = [...doc.getElementsByTagName('conceptEntry'), ...doc.getElementsByTagName('termEntry')];
  const terms: PersonalTerm[] = [];
  const errors: string[] = [];
  concepts.forEach((concept, index) => {
    const where = `concept ${index + 1}${concept.getAttribute('id') ? ` (${concept.getAttribute('id')})` : ''}`;
    const sections = [...concept.getElementsByTagName('langSec'), ...concept.getElementsByTagName('langSet')];
    const section = (lang: string) =>
      sections.find((s) =>
        (s.getAttribute('xml:lang') ?? s.getAttribute('lang') ?? '').toLowerCase().startsWith(lang),
      );
    const firstTerm = (lang: string) =>
      clean(section(lang)?.getElementsByTagName('term')[0]?.textContent ?? '');
    const noteIn = (lang: string) => {
      const s = section(lang);
      const note = s?.getElementsByTagName('note')[0] ?? s?.querySelector('descrip[type="definition"]');
      return clean(note?.textContent ?? '');
    };
    const term = check(
      { en: firstTerm('en'), es: firstTerm('es'), note: noteIn('en') || noteIn('es') },
      where,
      errors,
    );
    if (term) terms.push(term);
  });
  return { terms, errors };
}

/** Imported forms that bundled entries already use: the bundled entry keeps them. */
export function conflicts(terms: PersonalTerm[], bundledForms: Set<string>): string[] {
  return [...new Set(terms.flatMap((t) => [t.en, t.es]).filter((form) => bundledForms.has(foldForm(form))))];
}
