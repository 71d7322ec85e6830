// `npx tsx glossary/build/prune-related.ts`: removes `related` ids that name no entry, in the YAML files
// themselves (a maintenance step after entries are renamed, merged or not yet written). Prints what it removed.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { entryFiles } from './load-entries';

const files = entryFiles();
const ids = new Set(files.map((file) => file.replace(/^.*\//, '').replace(/\.yaml$/, '')));
let removed = 0;
for (const file of files) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const related = doc.get('related');
  const list = (related as { items?: { value?: unknown }[] } | undefined)?.items;
  if (!list) continue;
  const dangling = list.filter((item) => !ids.has(String(item.value ?? item)));
  if (!dangling.length) continue;
  for (const item of dangling) {
    console.log(`${file.replace(/^.*entries\//, '')}: related "${item.value ?? item}" removed`);
    list.splice(list.indexOf(item), 1);
    removed++;
  }
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
console.log(`${removed} dangling related ids removed`);
