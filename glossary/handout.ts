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
  /** Short definition(s) in the chosen language(s). */
  definition: string;
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

export function handoutRows(
  found: { id: string; surface: string }[],
  byId: Map<string, Entry>,
  langs: HandoutLangs,
): HandoutRow[] {
  return found.flatMap(({ id, surface }) => {
    const entry = byId.get(id);
    if (!entry) return [];
    const definition =
      langs === 'both'
        ? `${shortDefinition(entry.definition.en)} / ${shortDefinition(entry.definition.es)}`
        : shortDefinition(entry.definition[langs]);
    return [{ id, en: entry.en.term, es: entry.es.term, definition, surface }];
  });
}

/** A matching exercise: the definitions in a shuffled order (seeded, so a printed copy can be reproduced). */
export function matchingExercise(rows: HandoutRow[], seed = 1): { letters: string[]; answers: string[] } {
  const order = rows.map((_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const letter = (n: number) =>
    n < 26 ? String.fromCharCode(65 + n) : `${String.fromCharCode(65 + (n % 26))}${Math.floor(n / 26)}`;
  const letters = order.map((rowIndex) => rows[rowIndex]!.definition);
  // answers[i] = the letter of row i's definition in the shuffled list
  const answers = rows.map((_, rowIndex) => letter(order.indexOf(rowIndex)));
  return { letters, answers };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const escapeMarkdownCell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** CSV cell: quoted, and never read as a formula by a spreadsheet (=, +, -, @, tab, CR at the start). */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export interface HandoutText {
  title: string;
  headers: { number: string; en: string; es: string; definition: string };
  exerciseTitle: string;
  exerciseHint: string;
  answerKeyTitle: string;
}

export function handoutMarkdown(rows: HandoutRow[], text: HandoutText, withExercise: boolean): string {
  const h = text.headers;
  const lines = [
    `# ${text.title}`,
    '',
    `| ${h.number} | ${h.en} | ${h.es} | ${h.definition} |`,
    '|---|---|---|---|',
    ...rows.map((r, i) => `| ${i + 1} | ${[r.en, r.es, r.definition].map(escapeMarkdownCell).join(' | ')} |`),
  ];
  if (withExercise) {
    const { letters, answers } = matchingExercise(rows);
    lines.push('', `## ${text.exerciseTitle}`, '', text.exerciseHint, '');
    lines.push(...rows.map((r, i) => `${i + 1}. ${escapeMarkdownCell(r.en)} / ${escapeMarkdownCell(r.es)}`));
    lines.push('');
    lines.push(...letters.map((d, i) => `${String.fromCharCode(65 + (i % 26))}. ${escapeMarkdownCell(d)}`));
    lines.push('', `## ${text.answerKeyTitle}`, '', answers.map((a, i) => `${i + 1}–${a}`).join(', '));
  }
  return `${lines.join('\n')}\n`;
}

export function handoutHtml(
  rows: HandoutRow[],
  text: HandoutText,
  withExercise: boolean,
  lang: string,
): string {
  const h = text.headers;
  const body = [
    `<h1>${escapeHtml(text.title)}</h1>`,
    '<table>',
    `<thead><tr><th>${escapeHtml(h.number)}</th><th>${escapeHtml(h.en)}</th><th>${escapeHtml(h.es)}</th><th>${escapeHtml(h.definition)}</th></tr></thead>`,
    '<tbody>',
    ...rows.map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td lang="en">${escapeHtml(r.en)}</td><td lang="es">${escapeHtml(r.es)}</td><td>${escapeHtml(r.definition)}</td></tr>`,
    ),
    '</tbody></table>',
  ];
  if (withExercise) {
    const { letters, answers } = matchingExercise(rows);
    body.push(
      `<h2>${escapeHtml(text.exerciseTitle)}</h2>`,
      `<p>${escapeHtml(text.exerciseHint)}</p>`,
      `<ol>${rows.map((r) => `<li>${escapeHtml(r.en)} / ${escapeHtml(r.es)}</li>`).join('')}</ol>`,
      `<ol type="A">${letters.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>`,
      `<h2>${escapeHtml(text.answerKeyTitle)}</h2>`,
      `<p>${answers.map((a, i) => `${i + 1}–${a}`).join(', ')}</p>`,
    );
  }
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

export function handoutCsv(rows: HandoutRow[], headers: HandoutText['headers']): string {
  const lines = [
    [headers.en, headers.es, headers.definition],
    ...rows.map((r) => [r.en, r.es, r.definition]),
  ];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
