// Which laws, sections and cases named in the entries' `legal_basis` have no entry of their own: a law counts as
// covered when the glossary's own matcher marks its whole name. Printed by check-entries.ts as information, to
// choose new entries (a missing law is not an error).
import { findMatches, type Matcher } from '../match';
import type { Entry } from '../schema';

export type LawKind = 'law' | 'section' | 'case';

export interface NamedLaw {
  kind: LawKind;
  /** The name as written for display and for the coverage test ("INA §212(f)", "Plyler v. Doe"). */
  name: string;
  /** Ids of the entries whose legal_basis names it. */
  citedBy: string[];
}

const CAP = "[A-ZÁÉÍÓÚÑ][\\w.'’-]*";
const CASE_LINK = '(?:of|the|for|and|de|del|la)';
const PATTERNS: [LawKind, RegExp, (m: RegExpExecArray) => string | string[]][] = [
  // Court cases: "Arizona v. United States", "DHS v. Regents of the University of California", BIA "Matter of X".
  [
    'case',
    new RegExp(
      `(${CAP}(?:\\s+(?:${CAP}|${CASE_LINK}))*)\\s+v\\.\\s+(${CAP}(?:\\s+(?:${CAP}|${CASE_LINK}))*)`,
      'g',
    ),
    (m) => `${m[1]} v. ${m[2]!.replace(/\s+(?:of|the|for|and|de|del|la)$/, '')}`,
  ],
  ['case', new RegExp(`Matter of (${CAP}(?:\\s+(?:${CAP}|and))*)`, 'g'), (m) => `Matter of ${m[1]}`],
  [
    'case',
    /(amparo en revisión|contradicción de tesis|acción de inconstitucionalidad) (\d+\/\d{4})/g,
    (m) => `${m[1]} ${m[2]}`,
  ],
  // INA sections, also in lists ("INA §§212(f) and 215(a)", "INA §236 and §287"): section and first subsection.
  [
    'section',
    /INA §§?\s*(\d+[A-Z]?(?:\([a-z0-9]+\))?(?:(?:,| and|–)\s*§?\s*\d+[A-Z]?(?:\([a-z0-9]+\))?(?!\s*U\.S\.C))*)/g,
    (m) => m[1]!.split(/,|and|–/).map((s) => `INA §${s.replace(/[§\s]/g, '')}`),
  ],
  // US Code sections (dropped below when the line names the same provision by its INA number), and CFR sections.
  ['section', /(\d+) U\.S\.C\. §§?\s*(\d+[a-z]?(?:\([a-z0-9]+\))?)/g, (m) => `${m[1]} U.S.C. §${m[2]}`],
  ['section', /(\d+) C\.?F\.?R\.? (?:§§?\s*|part )?(\d+(?:\.\d+)?)/g, (m) => `${m[1]} C.F.R. §${m[2]}`],
  // Instruments by number.
  ['law', /(?:Executive Order|EO) (\d{5})/g, (m) => `Executive Order ${m[1]}`],
  ['law', /Proclamation (\d{4,5})/g, (m) => `Proclamation ${m[1]}`],
  ['law', /Pub(?:lic|\.) L(?:aw|\.) (\d+(?:-\d+)?)/g, (m) => `Public Law ${m[1]}`],
  // Named acts, treaties and constitutions.
  [
    'law',
    /\b((?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|of|and|the|for|on)\s+)*Act)\b(?: of \d{4})?/g,
    (m) => m[0],
  ],
  ['law', /\b(INA|IIRIRA|IRCA|TVPRA)\b/g, (m) => m[1]!],
  [
    'law',
    /\b(?:[A-Z][\w'’-]*\s+)*(?:Convention|Protocol|Charter|Declaration|Compact)(?:,?\s+(?:[A-Z][\w'’-]*|against|relating|to|the|on|of|for|and|in|by)(?![\w'’-]))+/g,
    (m) => m[0].replace(/\s+(?:against|relating|to|the|on|of|for|and|in|by)$/, ''),
  ],
  ['law', /\b(?:US|U\.S\.) Constitution\b/g, () => 'US Constitution'],
  [
    'law',
    /\b(?:Ley|Reglamento|Constitución)(?:,?\s+(?!DOF|Título|Capítulo)(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*|de|del|la|las|los|el|y|e|en|sobre|para|que|crea|por|a)(?![\wáéíóúñ]))+/g,
    (m) => m[0].replace(/\s+(?:de|del|la|las|los|el|y|e|en|sobre|para|que|por|a)$/, ''),
  ],
];

// Words a pattern may catch that are not a law's name on their own.
const NOT_A_LAW = new Set([
  'Protocol',
  'Convention',
  'Charter',
  'Declaration',
  'Compact',
  'Act',
  'Ley',
  'Reglamento',
  'Constitución',
]);

/** The laws, sections and cases a legal_basis line names, in order, without duplicates. */
export function lawsNamed(line: string): { kind: LawKind; name: string }[] {
  const found = new Map<string, LawKind>();
  const hasIna = /INA §/.test(line);
  for (const [kind, pattern, name] of PATTERNS) {
    for (const m of line.matchAll(pattern)) {
      if (hasIna && m[0].includes('U.S.C.') && m[1] === '8') continue;
      const names = name(m as RegExpExecArray);
      for (const n of Array.isArray(names) ? names : [names]) {
        const clean = n.trim();
        if (clean && !NOT_A_LAW.has(clean) && !found.has(clean)) found.set(clean, kind);
      }
    }
  }
  return [...found].map(([name, kind]) => ({ kind, name }));
}

/** True when one match of the glossary spans the whole name, with or without a trailing "of 2000". */
export function isCovered(matcher: Matcher, name: string): boolean {
  // A form ends on a word or ")", so a name's final period ("D.V.D.") stays outside the match.
  const spans = (text: string) =>
    findMatches(matcher, text).some(
      (m) => m.entry >= 0 && m.start === 0 && m.end >= text.replace(/[^\p{L}\p{N})]+$/u, '').length,
    );
  const core = name.replace(/ of \d{4}$/, '');
  return spans(name) || (core !== name && spans(core));
}

/** Every law named in some legal_basis that no entry's forms cover, most-cited first. */
export function uncoveredLaws(entries: Entry[], matcher: Matcher): NamedLaw[] {
  const laws = new Map<string, NamedLaw>();
  for (const entry of entries) {
    for (const line of entry.legal_basis) {
      for (const { kind, name } of lawsNamed(line)) {
        const law = laws.get(name) ?? { kind, name, citedBy: [] };
        if (!law.citedBy.includes(entry.id)) law.citedBy.push(entry.id);
        laws.set(name, law);
      }
    }
  }
  return [...laws.values()]
    .filter((law) => !isCovered(matcher, law.name))
    .sort((a, b) => b.citedBy.length - a.citedBy.length || a.name.localeCompare(b.name));
}

/** The report check-entries prints: laws and cases one a line with who cites them, sections packed. */
export function formatUncovered(laws: NamedLaw[]): string {
  const of = (kind: LawKind) => laws.filter((law) => law.kind === kind);
  const cited = (law: NamedLaw) =>
    `${law.citedBy.slice(0, 6).join(', ')}${law.citedBy.length > 6 ? `, … (${law.citedBy.length})` : ''}`;
  const lines = [
    `Named in a legal_basis but no entry's forms cover them (information, not an error): ${of('law').length} laws, ${of('case').length} cases, ${of('section').length} sections`,
    ...of('law').map((law) => `  law      ${law.name} — ${cited(law)}`),
    ...of('case').map((law) => `  case     ${law.name} — ${cited(law)}`),
    `  sections ${of('section')
      .map((law) => (law.citedBy.length > 1 ? `${law.name} (${law.citedBy.length})` : law.name))
      .join('; ')}`,
  ];
  return lines.join('\n');
}
