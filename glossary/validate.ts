// Checks that span entries: unique ids, related ids that exist, and forms claimed by two entries.
// Per-entry checks live in schema.ts. Returns readable problems instead of throwing, so every one is reported.

import { allForms, type Entry } from './entry';
import { foldForm } from './normalize';

export function crossCheck(entries: Entry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: id is used by two entries`);
    ids.add(entry.id);
  }
  for (const entry of entries) {
    for (const related of entry.related) {
      if (!ids.has(related)) problems.push(`${entry.id}: related id "${related}" does not exist`);
    }
  }
  // A form may belong to two entries only when both mark it ambiguous (the engine then decides by context).
  const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const entry of entries) {
    const ambiguous = new Set(entry.ambiguous.map(foldForm));
    for (const folded of new Set(allForms(entry).map(foldForm))) {
      const list = owners.get(folded) ?? [];
      list.push({ id: entry.id, ambiguous: ambiguous.has(folded) });
      owners.set(folded, list);
    }
  }
  for (const [folded, list] of owners) {
    if (list.length > 1 && list.some((owner) => !owner.ambiguous)) {
      problems.push(
        `form "${folded}" is claimed by ${list.map((o) => o.id).join(', ')}; keep it in one entry or mark it ambiguous in all`,
      );
    }
  }
  return problems;
}
