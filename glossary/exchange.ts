// Glossary exports for translators: TSV (English, Spanish, note — the three-column glossary OmegaT reads), CSV
// with language codes in the header (memoQ / Phrase style), and TBX (TBX-Basic on the TBX v3 structure: a concept
// entry per concept, a language section per language, terms with their type and usage status, definitions,
// sources). Every format is plain text built with escaping; nothing from an entry can become markup or a formula.

import { CATEGORY_NAMES } from './categories';
import type { Entry, UsageLabel } from './entry';
import { bareTerm, equivalentIn, oneLine, rowNote, tsvRow } from './export';
import { csvCell } from './handout';

/** OmegaT's glossary format: English, Spanish, comment; one row per entry, no header, no quoting. */
export function toTsv(entries: Entry[]): string {
  return `${entries.map(tsvRow).join('\n')}\n`;
}

export function toCsv(entries: Entry[]): string {
  const rows = [
    ['en', 'es', 'note'],
    ...entries.map((e) => [bareTerm(e.en.term).term, equivalentIn(e, 'es'), rowNote(e)]),
  ];
  return `${rows.map((cells) => cells.map((cell) => csvCell(oneLine(cell))).join(',')).join('\r\n')}\r\n`;
}

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** TBX administrative status for the entry's usage label (TBX-Basic picklist). */
const STATUS: Record<UsageLabel, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  offensive: 'deprecatedTerm-admn-sts',
};

function termSecs(entry: Entry, lang: 'en' | 'es'): string[] {
  const side = entry[lang];
  const status = STATUS[entry.usage?.label ?? 'preferred'];
  const sec = (term: string, type: string, admin: string, note?: string) =>
    `        <termSec><term>${xml(term)}</term><termNote type="termType">${type}</termNote>` +
    `<termNote type="administrativeStatus">${admin}</termNote>${note ? `<note>${xml(note)}</note>` : ''}</termSec>`;
  const { term, qualifier } = bareTerm(side.term);
  return [
    sec(term, 'fullForm', status, qualifier),
    ...(side.equivalent && side.equivalent !== term
      ? [sec(side.equivalent, 'fullForm', 'preferredTerm-admn-sts', 'what a translation should say')]
      : []),
    ...side.acronyms.map((a) => sec(a, 'acronym', 'admittedTerm-admn-sts')),
    ...side.aliases.map((a) => sec(a, 'variant', 'admittedTerm-admn-sts')),
  ];
}

export function toTbx(entries: Entry[]): string {
  const concepts = entries.map((entry) => {
    const langSecs = (['en', 'es'] as const).map((lang) =>
      [
        `      <langSec xml:lang="${lang}">`,
        `        <descrip type="definition">${xml(entry.definition[lang])}</descrip>`,
        ...termSecs(entry, lang),
        ...(entry.translator_note ? [`        <note>${xml(entry.translator_note[lang])}</note>`] : []),
        '      </langSec>',
      ].join('\n'),
    );
    return [
      `    <conceptEntry id="${xml(entry.id)}">`,
      `      <descrip type="subjectField">${xml(CATEGORY_NAMES[entry.category])}</descrip>`,
      ...entry.sources.map(
        (s) =>
          `      <xref target="${xml(s.url)}">${xml(`${s.title} — ${s.publisher} (${s.accessed})`)}</xref>`,
      ),
      ...langSecs,
      '    </conceptEntry>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <sourceDesc><p>Glosa — Mexico–US migration glossary (EN/ES). Definitions written by the Glosa project; sources cited per entry.</p></sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${concepts.join('\n')}
    </body>
  </text>
</tbx>
`;
}
