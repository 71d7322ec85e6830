// Reads every glossary/entries/**/*.yaml file and validates it. Node-only (used by the build, tests and the CLI).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { type Entry, EntryError, parseEntry, type SharedEvent, sharedEventSchema } from '../schema';

export const ENTRIES_DIR = join(import.meta.dirname, '..', 'entries');
export const EVENTS_DIR = join(import.meta.dirname, '..', 'events');

/** The shared events of glossary/events/, by id; a broken file throws an EntryError naming it. */
export function loadEvents(dir = EVENTS_DIR): Map<string, SharedEvent> {
  const events = new Map<string, SharedEvent>();
  for (const file of entryFiles(dir)) {
    const shown = relative(join(dir, '..', '..'), file);
    const result = sharedEventSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      throw new EntryError(
        shown,
        result.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`),
      );
    }
    const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
    if (result.data.id !== expectedId) {
      throw new EntryError(shown, [`id: "${result.data.id}" must match the file name "${expectedId}"`]);
    }
    events.set(result.data.id, result.data);
  }
  return events;
}

let defaultEvents: Map<string, SharedEvent> | undefined;

/**
 * Replaces each timeline item `{event: id}` with the shared event's date, text and source, and adds that source to
 * the entry's sources when it is not there yet. Unknown ids are left for the schema to report.
 */
function resolveEvents(raw: unknown, events: Map<string, SharedEvent>, problems: string[]): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const entry = raw as { timeline?: unknown; sources?: unknown };
  if (!Array.isArray(entry.timeline)) return raw;
  const sources = Array.isArray(entry.sources) ? [...entry.sources] : [];
  const timeline = entry.timeline.map((item: unknown, i: number) => {
    const id = (item as { event?: unknown } | null)?.event;
    if (typeof id !== 'string') return item;
    const extra = Object.keys(item as object).filter((key) => key !== 'event');
    if (extra.length)
      problems.push(`timeline.${i}: a shared event takes no other fields (${extra.join(', ')})`);
    const event = events.get(id);
    if (!event) {
      problems.push(`timeline.${i}.event: no event "${id}" in glossary/events/`);
      return item;
    }
    if (!sources.some((s) => (s as { url?: unknown } | null)?.url === event.source.url))
      sources.push(event.source);
    return { date: event.date, en: event.en, es: event.es, source: event.source.url, event: id };
  });
  return { ...entry, timeline, sources };
}

export function entryFiles(dir = ENTRIES_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadEntryFile(file: string, events?: Map<string, SharedEvent>): Entry {
  const shown = relative(join(ENTRIES_DIR, '..', '..'), file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EntryError(shown, [`not valid YAML: ${(error as Error).message}`]);
  }
  const problems: string[] = [];
  if (!events) defaultEvents ??= loadEvents();
  raw = resolveEvents(raw, events ?? defaultEvents!, problems);
  if (problems.length) throw new EntryError(shown, problems);
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
  const events = loadEvents();
  for (const file of entryFiles(dir)) {
    try {
      entries.push(loadEntryFile(file, events));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  if (errors.length) throw new Error(`Invalid glossary entries:\n${errors.join('\n')}`);
  return entries;
}
