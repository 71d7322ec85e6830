// Teacher handouts: the terms of a reading, in the order they first appear, as a bilingual vocabulary list with an
// optional matching exercise and its answer key; exported as Markdown, HTML or CSV. Pure functions: the handout
// page supplies the entries found by the same engine that marks pages.

import type { Entry } from './entry';
import type { Matcher } from './match';
import { scanTexts, tally } from './page-scan';

export type HandoutLangs = 'both' | 'en' | 'es';

export interface HandoutRow {
  id: string;
  en: string;
  es: string;
  /** Short definitions in the chosen language(s), each in its own column. */
  definitions: { en?: string; es?: string };
  /** How the term was written in the reading. */
  surface: string;
}

/** Entry ids in order of first appearance in the text blocks, with the first surface seen. */
export function termsInOrder(blocks: string[], matcher: Matcher): { id: string; surface: string }[] {
  return tally(scanTexts(matcher, blocks)).map(({ id, surfaces }) => ({ id, surface: surfaces[0]! }));
}

/** The first sentence of a definition: a handout line, not a card. */
export function shortDefinition(text: string): string {
  const end = text.search(/(?<![A-Z]|EE|UU)[.!?](\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
}

/** The definition languages of a handout, in column order. */
export const definitionLangs = (langs: HandoutLangs): ('en' | 'es')[] =>
  langs === 'both' ? ['en', 'es'] : [langs];

export function handoutRows(
  found: { id: string; surface: string }[],
  byId: Map<string, Entry>,
  langs: HandoutLangs,
): HandoutRow[] {
  return found.flatMap(({ id, surface }) => {
    const entry = byId.get(id);
    if (!entry) return [];
    const definitions: HandoutRow['definitions'] = {};
    for (const lang of definitionLangs(langs)) definitions[lang] = shortDefinition(entry.definition[lang]);
    return [{ id, en: entry.en.term, es: entry.es.term, definitions, surface }];
  });
}

/** The exercise's letters as an ordered list with `type="A"` draws them: A … Z, AA, AB … (bijective base 26). */
export function exerciseLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A matching exercise: the definitions (in `lang`) in a shuffled order, seeded so a printed copy can be
 * reproduced. answers[i] is the letter of row i's definition.
 */
export function matchingExercise(
  rows: HandoutRow[],
  lang: 'en' | 'es',
  seed = 1,
): { items: string[]; answers: string[] } {
  const order = rows.map((_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const definitionOf = (row: HandoutRow) =>
    row.definitions[lang] ?? row.definitions.en ?? row.definitions.es ?? '';
  const items = order.map((rowIndex) => definitionOf(rows[rowIndex]!));
  const answers = rows.map((_, rowIndex) => exerciseLetter(order.indexOf(rowIndex)));
  return { items, answers };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const escapeMarkdown = (text: string) =>
  text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

/** CSV cell: quoted, and never read as a formula by a spreadsheet (=, +, -, @, tab, CR at the start). */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export interface HandoutText {
  title: string;
  /** "Name: ________  Date: ________" */
  nameLine: string;
  /** Where the reading came from ("Reading: …"), when known. */
  source?: string;
  /** Credit for the definitions (Glosa and its sources). */
  credit: string;
  headers: { number: string; en: string; es: string; definition: { en: string; es: string } };
  exerciseTitle: string;
  exerciseHint: string;
  answerKeyTitle: string;
}

export interface HandoutOptions {
  langs: HandoutLangs;
  withExercise: boolean;
  /** The language of the exercise's definitions (the interface language when the handout shows both). */
  exerciseLang: 'en' | 'es';
}

const answerKey = (answers: string[]) => answers.map((a, i) => `${i + 1}–${a}`).join(', ');

export function handoutMarkdown(rows: HandoutRow[], text: HandoutText, options: HandoutOptions): string {
  const h = text.headers;
  const langs = definitionLangs(options.langs);
  const cells = (values: string[]) => `| ${values.join(' | ')} |`;
  // The name line is our own text: its blanks stay plain underscores.
  const lines = [`# ${escapeMarkdown(text.title)}`, '', text.nameLine, ''];
  if (text.source) lines.push(escapeMarkdown(text.source), '');
  lines.push(
    cells([h.number, h.en, h.es, ...langs.map((lang) => h.definition[lang])].map(escapeMarkdown)),
    cells(Array(3 + langs.length).fill('---')),
    ...rows.map((r, i) =>
      cells(
        [String(i + 1), r.en, r.es, ...langs.map((lang) => r.definitions[lang] ?? '')].map(escapeMarkdown),
      ),
    ),
  );
  if (options.withExercise) {
    const { items, answers } = matchingExercise(rows, options.exerciseLang);
    lines.push('', `## ${escapeMarkdown(text.exerciseTitle)}`, '', escapeMarkdown(text.exerciseHint), '');
    lines.push(...rows.map((r, i) => `${i + 1}. ${escapeMarkdown(r.en)} / ${escapeMarkdown(r.es)}`));
    lines.push('');
    // A bullet list: lines starting "A." would otherwise run together into one paragraph.
    lines.push(...items.map((d, i) => `- **${exerciseLetter(i)}.** ${escapeMarkdown(d)}`));
    lines.push('', `## ${escapeMarkdown(text.answerKeyTitle)}`, '', answerKey(answers));
  }
  lines.push('', `_${escapeMarkdown(text.credit)}_`);
  return `${lines.join('\n')}\n`;
}

export function handoutHtml(
  rows: HandoutRow[],
  text: HandoutText,
  options: HandoutOptions,
  lang: string,
): string {
  const h = text.headers;
  const langs = definitionLangs(options.langs);
  const body = [
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<p class="name-line">${escapeHtml(text.nameLine)}</p>`,
    ...(text.source ? [`<p class="source">${escapeHtml(text.source)}</p>`] : []),
    '<table>',
    `<thead><tr>${[h.number, h.en, h.es, ...langs.map((l) => h.definition[l])].map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td lang="en">${escapeHtml(r.en)}</td><td lang="es">${escapeHtml(r.es)}</td>${langs
          .map((l) => `<td lang="${l}">${escapeHtml(r.definitions[l] ?? '')}</td>`)
          .join('')}</tr>`,
    ),
    '</tbody></table>',
  ];
  if (options.withExercise) {
    const { items, answers } = matchingExercise(rows, options.exerciseLang);
    body.push(
      `<h2>${escapeHtml(text.exerciseTitle)}</h2>`,
      `<p>${escapeHtml(text.exerciseHint)}</p>`,
      `<ol>${rows.map((r) => `<li>${escapeHtml(r.en)} / ${escapeHtml(r.es)}</li>`).join('')}</ol>`,
      `<ol type="A">${items.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>`,
      `<section class="answer-key"><h2>${escapeHtml(text.answerKeyTitle)}</h2>`,
      `<p>${answerKey(answers)}</p></section>`,
    );
  }
  body.push(`<p class="credit">${escapeHtml(text.credit)}</p>`);
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title>
<style>body{font:11pt/1.4 system-ui,sans-serif;max-width:50rem;margin:2rem auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}.name-line{margin:1rem 0}.credit{color:#555;font-size:.85em}@media print{body{margin:0}.answer-key{break-before:page}}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

export function handoutCsv(rows: HandoutRow[], headers: HandoutText['headers'], langs: HandoutLangs): string {
  const defLangs = definitionLangs(langs);
  const lines = [
    [headers.en, headers.es, ...defLangs.map((l) => headers.definition[l])],
    ...rows.map((r) => [r.en, r.es, ...defLangs.map((l) => r.definitions[l] ?? '')]),
  ];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
