// Reads and validates glossary/vocabulary/*.yaml (see compile.ts `Vocabulary` and each file's header).
// Node-only, like load-entries.ts: a broken file names itself and the list and item at fault.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Citation, Namesake, Vocabulary } from '../compile';
import { foldForm, isWordCode } from '../normalize';

export const VOCABULARY_DIR = join(import.meta.dirname, '..', 'vocabulary');

const word = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !/[<>]/.test(value), 'must not contain < or >')
  .refine((value) => {
    const folded = foldForm(value);
    if (!folded) return true; // reported as empty
    return isWordCode(folded.charCodeAt(0)) && isWordCode(folded.charCodeAt(folded.length - 1));
  }, 'must start and end with a letter or digit');

const wordLists = z
  .object({ en: z.array(word), es: z.array(word) })
  .strict()
  .superRefine((lists, ctx) => {
    for (const lang of ['en', 'es'] as const) {
      const seen = new Set<string>();
      lists[lang].forEach((value, index) => {
        const folded = foldForm(value);
        if (seen.has(folded))
          ctx.addIssue({ code: 'custom', path: [lang, index], message: `"${value}" is listed twice` });
        seen.add(folded);
      });
    }
  });

function loadFile<T>(file: string, schema: z.ZodType<T>): T {
  const shown = relative(join(VOCABULARY_DIR, '..', '..'), file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'), { merge: true }); // merge keys: citations.yaml's `<<: *ina`
  } catch (error) {
    throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${shown}:\n${problems.join('\n')}`);
  }
  return result.data;
}

const number = z.string().regex(/^\d+[a-z]?$/, 'expected a number such as "42" or "8"');
const section = z
  .string()
  .regex(/^\d+[a-z]?(\([a-z0-9]+\))*$/i, 'expected a section such as "265", "1229a" or "235(b)(1)"');
const citations = z.array(
  z
    .object({
      entry: z.string().min(1),
      title: number,
      sections: z.array(section).min(1),
      act: z
        .object({ en: z.array(word).min(1), es: z.array(word).min(1), sections: z.array(section).min(1) })
        .strict()
        .optional(),
    })
    .strict(),
);

const namesakes = z.array(
  z
    .object({ entry: z.string().min(1), en: z.array(word).default([]), es: z.array(word).default([]) })
    .strict(),
);

export function loadVocabulary(dir = VOCABULARY_DIR): Vocabulary {
  return {
    cues: loadFile(join(dir, 'cues.yaml'), wordLists),
    shields: loadFile(join(dir, 'shields.yaml'), wordLists),
    otherSenses: loadFile(join(dir, 'other-senses.yaml'), z.record(z.string(), wordLists)),
    citations: loadFile(join(dir, 'citations.yaml'), citations) satisfies Citation[],
    namesakes: loadFile(join(dir, 'namesakes.yaml'), namesakes) satisfies Namesake[],
    countries: loadFile(
      join(dir, 'countries.yaml'),
      z
        .object({ CA: z.object({ names: wordLists, adjectives: wordLists }).strict() })
        .partial()
        .strict(),
    ),
  };
}

/** Problems between the vocabulary and the entries: a citation or namesake naming an entry that does not exist. */
export function vocabularyProblems(vocabulary: Vocabulary, ids: ReadonlySet<string>): string[] {
  return [
    ...vocabulary.citations
      .filter((citation) => !ids.has(citation.entry))
      .map((citation) => `glossary/vocabulary/citations.yaml: no entry "${citation.entry}"`),
    ...vocabulary.namesakes
      .filter((namesake) => !ids.has(namesake.entry))
      .map((namesake) => `glossary/vocabulary/namesakes.yaml: no entry "${namesake.entry}"`),
  ];
}
