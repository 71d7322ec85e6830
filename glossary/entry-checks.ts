// Content checks beyond the schema: the source policy (source-policy.ts), statuses that agree with their own
// timeline, shared events told once, US spelling and no internal section references in card text, and acronyms
// that belong to the entry, and forms the matcher can find. Each returns every problem with the file and field, so
// one run lists them all.
import { compileMatcher, NO_VOCABULARY, placeWithRegion } from './compile';
import type { Entry, SharedEvent } from './entry';
import { createMatcher, findMatches } from './match';
import { excludedReason, isPrimarySource, PRIMARY_SOURCE_GAPS } from './source-policy';

export interface Problem {
  file: string;
  field: string;
  message: string;
  level: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Statuses that describe something still in force: they go stale. */
export const LIVE_STATUSES = ['active', 'blocked', 'suspended', 'reinstated'] as const;

/**
 * Categories whose entries are still being re-verified: their problems are listed as warnings until the fixes land.
 * Empty once every category passes.
 */
export const WARN_ONLY_CATEGORIES: readonly string[] = [];

export function entryFile(entry: Pick<Entry, 'id' | 'category'>): string {
  return `glossary/entries/${entry.category}/${entry.id}.yaml`;
}

/** British spellings (and their inflections) that US-English card text must not use: [pattern, US form]. */
const BRITISH: [RegExp, string][] = [
  [/\bprogramme(s|d)?\b/i, 'program'],
  [/\bcentre(s|d)?\b/i, 'center'],
  [/\borganis(e|es|ed|ing|ation|ations|ational)\b/i, 'organiz-'],
  [/\blabour(s|ed|ing|er|ers)?\b/i, 'labor'],
  [/\bbehaviour(s|al)?\b/i, 'behavior'],
  [/\bcolour(s|ed)?\b/i, 'color'],
  [/\bfavour(s|ed|ing|able|ite|ites)?\b/i, 'favor'],
  [/\bhonour(s|ed|ing)?\b/i, 'honor'],
  [/\bneighbour(s|ing|hood|hoods)?\b/i, 'neighbor'],
  [/\bharbour(s|ed|ing)?\b/i, 'harbor'],
  [/\bdefence(s)?\b/i, 'defense'],
  [/\boffence(s)?\b/i, 'offense'],
  [/\blicence(s)?\b/i, 'license'],
  [/\bjudgement(s)?\b/i, 'judgment'],
  [/\bcatalogue(s|d)?\b/i, 'catalog'],
  [/\btravell(ed|er|ers|ing)\b/i, 'travel-'],
  [/\b(?:fuel|signal|channel|level|marshal|total|jewel)l(ed|ing)\b/i, 'one l (fueled, signaled)'],
  [/\blabell(ed|ing)\b/i, 'label-'],
  [/\bmodell(ed|ing)\b/i, 'model-'],
  [/\bcounsell(or|ors|ing|ed)\b/i, 'counsel-'],
  [/\benrol(s)?\b|\benrolment(s)?\b/i, 'enroll'],
  [/\bfulfil(s|ment)?\b/i, 'fulfill'],
  [/\bmanoeuvre(s|d)?\b/i, 'maneuver'],
  // Not "analyses": the plural of "analysis" is spelled so in US English too.
  [/\banalys(e|ed|ing)\b/i, 'analyz-'],
  [/\bparalys(e|ed|ing)\b/i, 'paralyz-'],
  [
    /\b(?:recogn|author|critic|apolog|real|summar|legal|regular|normal|priorit|character|minim|maxim|categor|final|util|civil|mobil|stabil|standard|penal|criminal|decriminal|natural|militar|harmon|formal|institutional|privat|national|central|memorial|hospital|stigmat|politic|capital|symbol|modern|subsid|sanit|jeopard|emphas|special|computer|optim|revolution|terror|visual|legitim|scrutin|famil|patron|person|synchron|industrial|global|marginal|radical|vandal|colon|human|ostrac|polar|victim|sympath|tranquil|crystal|energ|fertil|fossil|general|hypothes|immun|journal|mechan|mesmer|metabol|motor|neutral|pressur|public|rational|sensit|social|steril|subsidi|tantal|theor|urban|vapor|vocal)is(e|es|ed|ing|ation|ations)\b/i,
    '-ize',
  ],
];

/** Internal section references such as "(§M12)" from the scope document: meaningless to a reader. */
const SECTION_REF = /§\s?[A-Z]{1,2}\d+/;

/** Every text a card shows, with its field path and language. */
function cardTexts(entry: Entry): { field: string; lang: 'en' | 'es'; text: string }[] {
  const out: { field: string; lang: 'en' | 'es'; text: string }[] = [];
  for (const lang of ['en', 'es'] as const) {
    out.push({ field: `${lang}.term`, lang, text: entry[lang].term });
    out.push({ field: `definition.${lang}`, lang, text: entry.definition[lang] });
    out.push({ field: `context.${lang}`, lang, text: entry.context[lang] });
    entry.timeline.forEach((e, i) => {
      out.push({ field: `timeline.${i}.${lang}`, lang, text: e[lang] });
    });
    if (entry.usage?.alternative)
      out.push({ field: `usage.alternative.${lang}`, lang, text: entry.usage.alternative[lang] });
    if (entry.usage?.note) out.push({ field: `usage.note.${lang}`, lang, text: entry.usage.note[lang] });
    if (entry.translator_note)
      out.push({ field: `translator_note.${lang}`, lang, text: entry.translator_note[lang] });
  }
  return out;
}

/** Text outside quotation marks: a quoted British title or a Spanish phrase in quotes is not our spelling. */
function unquoted(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * An acronym belongs to the entry when it abbreviates one of the entry's names (it starts at a word's initial and
 * its letters follow in order: "DOS" ← Department of State, "Segob" ← Secretaría de Gobernación), is written as is
 * in one of them, is a phrase built on another of its acronyms ("ICE agent"), or is a form number ("I-247A"). A
 * sub-unit's acronym (PRM in the State Department's names) still passes: that one needs a reader.
 */
export function acronymFits(acronym: string, entry: Entry): boolean {
  const letters = fold(acronym).replace(/[^\p{L}\p{N}]/gu, '');
  if (!letters) return true;
  const names = [entry.en.term, entry.es.term, ...entry.en.aliases, ...entry.es.aliases];
  if (names.some((name) => name.includes(acronym))) return true;
  const own = [...entry.en.acronyms, ...entry.es.acronyms].filter((a) => a !== acronym);
  if (own.some((a) => new RegExp(`(^|\\s)${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`).test(acronym)))
    return true;
  // A form number ("I-247A") is a code, and a phrase here is a name matched only as capitalized ("Del Río").
  if (/\d|\s/.test(acronym)) return true;
  return names.some((term) => {
    const words = fold(term)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return words.some((word, start) => {
      if (word[0] !== letters[0]) return false;
      const rest = words.slice(start).join(' ');
      let at = 0;
      for (const ch of letters) {
        at = rest.indexOf(ch, at);
        if (at < 0) return false;
        at++;
      }
      return true;
    });
  });
}

/**
 * The entry's forms that the matcher can never find: compiled alone, the entry's matcher does not match a text made of
 * the form alone from end to end. A form ending in "." or a quote mark ("Tijuana, B.C.", `INM "rescue"`) is one:
 * the matcher ends a form on a word character. A place's name-plus-region aliases ("Tijuana, B.C.") are left out of
 * the matcher on purpose (compile.ts) and are not checked. Returned as [field, form].
 */
export function deadForms(entry: Entry): [string, string][] {
  const matcher = createMatcher(compileMatcher([entry], NO_VOCABULARY));
  const unmatched = placeWithRegion(entry);
  const dead: [string, string][] = [];
  for (const lang of ['en', 'es'] as const) {
    const side = entry[lang];
    const fields: [string, string][] = [
      [`${lang}.term`, side.term],
      ...side.acronyms.map((f, i): [string, string] => [`${lang}.acronyms.${i}`, f]),
      ...side.aliases.map((f, i): [string, string] => [`${lang}.aliases.${i}`, f]),
      ...side.verbs.map((f, i): [string, string] => [`${lang}.verbs.${i}`, f]),
    ];
    for (const [field, form] of fields) {
      if (unmatched.has(form)) continue;
      if (!findMatches(matcher, form).some((m) => m.start === 0 && m.end === form.length))
        dead.push([field, form]);
    }
  }
  return dead;
}

/** Problems in one entry. */
export function checkEntry(entry: Entry): Problem[] {
  const file = entryFile(entry);
  const problems: Problem[] = [];
  const level = WARN_ONLY_CATEGORIES.includes(entry.category) ? 'warning' : 'error';
  const add = (field: string, message: string) => problems.push({ file, field, message, level });

  entry.sources.forEach((source, i) => {
    const reason = excludedReason(source.url);
    if (reason) add(`sources.${i}.url`, `${source.url}: the source policy excludes this host (${reason})`);
  });
  if ((entry.legal_basis.length > 0 || entry.status) && !entry.sources.some((s) => isPrimarySource(s.url))) {
    const gap = PRIMARY_SOURCE_GAPS[entry.id];
    const message =
      'an entry with a legal basis or a status cites at least one official, statutory or court source';
    if (gap)
      problems.push({ file, field: 'sources', message: `${message} (known gap: ${gap})`, level: 'warning' });
    else add('sources', message);
  }
  const lastEvent = entry.timeline.at(-1)?.date;
  if (entry.status && entry.status_as_of && lastEvent && entry.status_as_of < lastEvent) {
    add(
      'status_as_of',
      `${entry.status_as_of} is before the timeline's last event (${lastEvent}): re-check the status`,
    );
  }

  for (const { field, lang, text } of cardTexts(entry)) {
    if (SECTION_REF.test(text))
      add(field, `internal section reference "${text.match(SECTION_REF)![0]}" shows on cards`);
    if (lang !== 'en') continue;
    for (const [pattern, us] of BRITISH) {
      const hit = unquoted(text).match(pattern);
      if (hit) add(field, `British spelling "${hit[0]}" (US English: ${us})`);
    }
  }

  for (const [field, form] of deadForms(entry)) {
    add(
      field,
      `the matcher can never find "${form}" (a form ends on a letter, a digit or ")", not on "." or a quote mark): drop the trailing punctuation, or the form`,
    );
  }

  for (const lang of ['en', 'es'] as const) {
    entry[lang].acronyms.forEach((acronym, i) => {
      if (!acronymFits(acronym, entry)) {
        add(`${lang}.acronyms.${i}`, `"${acronym}" is not an acronym of this entry's names`);
      }
    });
  }
  return problems;
}

/**
 * Timeline items that name a shared event (glossary/events/) but tell it in their own words, so they could give it
 * another date or outcome: each must be `{event: id}` instead.
 */
export function checkSharedEvents(entries: Entry[], events: Map<string, SharedEvent>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    entry.timeline.forEach((item, i) => {
      if (item.event) return;
      const text = `${item.en} ${item.es}`.toLowerCase();
      const named = [...events.values()].filter((event) =>
        event.names.some((n) => text.includes(n.toLowerCase())),
      );
      if (!named.length) return;
      const ids = named.map((event) => `${event.id} (${event.date})`).join(' or ');
      problems.push({
        file: entryFile(entry),
        field: `timeline.${i}`,
        message: `tells a shared event in its own words: write \`- event: <id>\` with ${ids} from glossary/events/, or register a new event there`,
        level: WARN_ONLY_CATEGORIES.includes(entry.category) ? 'warning' : 'error',
      });
    });
  }
  return problems;
}

/** Live statuses last confirmed more than six months before `today` (YYYY-MM-DD). */
export function staleStatuses(entries: Entry[], today: string): Problem[] {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - 6);
  const cutoff = limit.toISOString().slice(0, 10);
  return entries
    .filter(
      (e) =>
        e.status &&
        (LIVE_STATUSES as readonly string[]).includes(e.status) &&
        e.status_as_of !== undefined &&
        e.status_as_of < cutoff,
    )
    .map((e) => ({
      file: entryFile(e),
      field: 'status_as_of',
      message: `"${e.status}" was last confirmed ${e.status_as_of}, more than six months ago: re-check it`,
      level: 'warning' as const,
    }));
}

/** All content problems of the glossary (without the date-dependent stale-status list). */
export function checkContent(entries: Entry[], events: Map<string, SharedEvent>): Problem[] {
  return [...entries.flatMap(checkEntry), ...checkSharedEvents(entries, events)];
}

/** What the build and the check print: errors fail, warnings (stale statuses included) are listed. */
export function contentReport(
  entries: Entry[],
  events: Map<string, SharedEvent>,
  today: string,
): { errors: string[]; warnings: string[] } {
  const content = checkContent(entries, events);
  return {
    errors: content.filter((p) => p.level === 'error').map(formatProblem),
    warnings: [...staleStatuses(entries, today), ...content.filter((p) => p.level === 'warning')].map(
      formatProblem,
    ),
  };
}
