// Lists the forms marked without evidence: every compiled form of an entry that is neither ambiguous nor of a
// general institution (evidence: false), with its words and whether it is all-caps. For audits of precision.
import { compileMatcher } from '../compile';
import { FORM_AMBIGUOUS, FORM_CASE_SENSITIVE, FORM_SPANISH } from '../forms';
import { loadEntries } from './load-entries';
import { loadVocabulary } from './load-vocabulary';

const entries = loadEntries();
const data = compileMatcher(entries, loadVocabulary());
const rows: string[] = [];
for (const [, [candidates]] of data.groups) {
  for (const [form, , terminals] of candidates) {
    for (const [entry, flags, exact] of terminals) {
      if (entry < 0 || flags & FORM_AMBIGUOUS || !entries[entry]!.evidence) continue;
      const surface = exact ?? form;
      const words = surface.split(/[\s-]+/).filter(Boolean).length;
      const caps = exact !== undefined && /^[A-Z0-9.&/ -]+$/.test(exact) && /[A-Z]/.test(exact) ? 'CAPS' : '';
      const cs = flags & FORM_CASE_SENSITIVE ? 'cs' : '';
      const lang = flags & FORM_SPANISH ? 'es' : 'en';
      rows.push([words, caps, cs, lang, surface, entries[entry]!.id].join('\t'));
    }
  }
}
rows.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
console.log(rows.join('\n'));
