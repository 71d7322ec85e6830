// Reads every glossary/entries/**/*.yaml file and validates it. Node-only (used by the build, tests and the CLI).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { type Entry, EntryError, parseEntry } from '../schema';

export const ENTRIES_DIR = join(import.meta.dirname, '..', 'entries');

export function entryFiles(dir = ENTRIES_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadEntryFile(file: string): Entry {
  const shown = relative(join(ENTRIES_DIR, '..', '..'), file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EntryError(shown, [`not valid YAML: ${(error as Error).message}`]);
  }
  const entry = parseEntry(raw, shown);
  const folder = file.split(/[\\/]/).at(-2);
  if (folder !== entry.category) {
    throw new EntryError(shown, [`category: "${entry.category}" does not match its folder "${folder}"`]);
  }
  return entry;
}

/** Loads all entries; collects every file's problems before failing. */
export function loadEntries(dir = ENTRIES_DIR): Entry[] {
  const entries: Entry[] = [];
  const errors: string[] = [];
  for (const file of entryFiles(dir)) {
    try {
      entries.push(loadEntryFile(file));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  if (errors.length) throw new Error(`Invalid glossary entries:\n${errors.join('\n')}`);
  return entries;
}
