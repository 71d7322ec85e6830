// `npx tsx glossary/build/prune-related.ts`: removes `related` ids that name no entry, the entry itself, or an id
// already listed, in the YAML files themselves (a maintenance step after entries are renamed or merged).
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
  const own = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const seen = new Set<string>();
  const dangling = list.filter((item) => {
    const id = String(item.value ?? item);
    const drop = !ids.has(id) || id === own || seen.has(id);
    seen.add(id);
    return drop;
  });
  if (!dangling.length) continue;
  for (const item of dangling) {
    console.log(`${file.replace(/^.*entries\//, '')}: related "${item.value ?? item}" removed`);
    list.splice(list.indexOf(item), 1);
    removed++;
  }
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
console.log(`${removed} dangling related ids removed`);
