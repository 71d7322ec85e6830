// The entry schema: the source of truth for an entry's shape, one YAML file per concept under
// glossary/entries/<category>/<id>.yaml. Validated with zod at build time (glossary/build/compile-glossary.ts) and by
// tests/unit/entries.test.ts, so a broken entry names its file and field instead of shipping.
// Build tooling and tests only: runtime code imports entry.ts (the types and constants), so zod never ships in the
// extension (tests/e2e/bundles.e2e.ts checks the built files).
import { z } from 'zod';

import { allForms, CATEGORIES, ENTRY_ID, JURISDICTIONS, STATUSES, USAGE_LABELS } from './entry';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(value).toISOString().startsWith(value),
    {
      message: 'not a real calendar date',
    },
  );

// YAML turns an unquoted 2025-01-20 into a Date; accept both and keep the string form.
const dateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

const text = z.string().trim().min(1, 'must not be empty');

/** A text that exists in both languages. */
const bilingual = z.object({ en: text, es: text }).strict();
export type Bilingual = z.infer<typeof bilingual>;

const form = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !/[<>]/.test(value), 'must not contain < or >');

const languageSide = z
  .object({
    /** The display term: the name a careful writer in this language uses. */
    term: form,
    /** Case-sensitive abbreviations as the press writes them ("ICE", "Comar"). */
    acronyms: z.array(form).default([]),
    /** Other names and press variants, matched case- and accent-insensitively. Inflections are generated. */
    aliases: z.array(form).default([]),
    /**
     * Forms led by a verb's infinitive ("deportar", "autodeportarse", "exceder las 36 horas", "self-deport"): the
     * build adds its conjugations (inflect.ts), each ambiguous when the verb is listed in `ambiguous`.
     */
    verbs: z.array(form).default([]),
    /** Where usage differs by region: MX, US-es (US Spanish-language media), ES-ES (Spain/EU), US, UK. */
    regional: z.partialRecord(z.enum(['MX', 'US-es', 'ES-ES', 'US', 'UK']), form).optional(),
    /**
     * What a translation into this language should say, when it is not `term` (slang kept as the headword, a
     * description standing in for a name): "smuggler" for coyote. The copy and export formats give it.
     */
    equivalent: form.optional(),
  })
  .strict();

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

export const sourceSchema = z
  .object({
    title: text,
    publisher: text,
    url: httpsUrl,
    accessed: dateField,
  })
  .strict();

const timelineEvent = z
  .object({
    date: dateField,
    en: text,
    es: text,
    /** The url (one of the entry's sources) that shows this event. */
    source: httpsUrl.optional(),
    /** Set when the event is shared and comes from glossary/events/<id>.yaml (see build/load-entries.ts). */
    event: z.string().optional(),
  })
  .strict();

const usage = z
  .object({
    label: z.enum(USAGE_LABELS),
    /** What to say instead, when the label is deprecated or offensive. */
    alternative: bilingual.optional(),
    note: bilingual.optional(),
  })
  .strict()
  .refine((value) => value.label === 'preferred' || value.label === 'admitted' || value.alternative, {
    message: 'a deprecated or offensive term needs an alternative',
    path: ['alternative'],
  });

export const entrySchema = z
  .object({
    id: z.string().regex(ENTRY_ID, 'must be kebab-case (a-z, 0-9, -)'),
    category: z.enum(CATEGORIES),
    jurisdiction: z.array(z.enum(JURISDICTIONS)).min(1, 'name at least one jurisdiction'),
    en: languageSide,
    es: languageSide,
    definition: bilingual,
    /** One line: why this is in the news. */
    context: bilingual,
    status: z.enum(STATUSES).optional(),
    status_as_of: dateField.optional(),
    /** The url (one of the entry's sources) that shows the status as of that date. */
    status_source: httpsUrl.optional(),
    timeline: z.array(timelineEvent).default([]),
    legal_basis: z.array(text).default([]),
    usage: usage.optional(),
    translator_note: bilingual.optional(),
    related: z.array(z.string()).default([]),
    /**
     * The general concept this entry is one kind of (Siglo XXI is an estación migratoria), one of `related` so the
     * card links it. A mark of this entry covers that concept too: the evaluation counts it found.
     */
    broader: z.string().optional(),
    /** Forms (from en/es above) that also mean something outside migration: marked only in migration context. */
    ambiguous: z.array(form).default([]),
    /**
     * False for general institutions and documents (Sedena, the Supreme Court, a passport): marked, but their names
     * are no evidence that a text is about migration, so they do not make "coyote" or "caravana" nearby count.
     */
    evidence: z.boolean().default(true),
    sources: z.array(sourceSchema).min(1, 'cite at least one source'),
    last_verified: dateField,
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (let i = 1; i < entry.timeline.length; i++) {
      if (entry.timeline[i]!.date < entry.timeline[i - 1]!.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', i, 'date'],
          message: 'timeline dates must be in order',
        });
      }
    }
    if (entry.status && !entry.status_as_of) {
      ctx.addIssue({
        code: 'custom',
        path: ['status_as_of'],
        message: 'a status needs the date it is true as of',
      });
    }
    if (entry.status && !entry.status_source) {
      ctx.addIssue({
        code: 'custom',
        path: ['status_source'],
        message: 'a status needs the source that shows it (one of the sources urls)',
      });
    }
    const urls = new Set(entry.sources.map((s) => s.url));
    if (entry.status_source && !urls.has(entry.status_source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['status_source'],
        message: `"${entry.status_source}" is not one of the entry's sources`,
      });
    }
    entry.timeline.forEach((event, i) => {
      if (event.source && !urls.has(event.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', i, 'source'],
          message: `"${event.source}" is not one of the entry's sources`,
        });
      }
    });
    const forms = new Set(allForms(entry).map((f) => f.toLowerCase()));
    entry.ambiguous.forEach((f, i) => {
      if (!forms.has(f.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['ambiguous', i],
          message: `"${f}" is not one of the entry's forms`,
        });
      }
    });
    if (
      entry.broader !== undefined &&
      (entry.broader === entry.id || !entry.related.includes(entry.broader))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['broader'],
        message: 'broader names another entry, listed in related too (the card links it)',
      });
    }
    if (entry.related.includes(entry.id)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'an entry cannot be related to itself' });
    }
  });

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;

export class EntryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EntryError';
  }
}

/** Validates one parsed entry; throws an EntryError naming the file and each bad field. */
export function parseEntry(raw: unknown, file: string): Entry {
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    throw new EntryError(
      file,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`),
    );
  }
  const expectedId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (result.data.id !== expectedId) {
    throw new EntryError(file, [`id: "${result.data.id}" must match the file name "${expectedId}"`]);
  }
  return result.data;
}

/**
 * An event several entries mention (a ruling, an executive order, a program's start or end), recorded once in
 * glossary/events/<id>.yaml. A timeline item `{event: <id>}` takes its date, text and source from here, and any
 * other timeline item naming it is an error (see entry-checks.ts), so two entries cannot tell it differently.
 */
export const sharedEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
    date: dateField,
    en: text,
    es: text,
    /** Names that identify the event in a timeline's text ("Trump v. Barbara", "14160"). */
    names: z.array(text).min(1, 'name the event at least once'),
    source: sourceSchema,
  })
  .strict();
export type SharedEvent = z.output<typeof sharedEventSchema>;
