// Reads and validates glossary/vocabulary/*.yaml (see compile.ts `Vocabulary` and each file's header).
// Node-only, like load-entries.ts: a broken file names itself and the list and item at fault.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Beside, Citation, Namesake, Vocabulary } from '../compile';
import { domainKey, EXCEPT_DOMAIN } from '../forms';
import { foldForm, isWordCode } from '../normalize';
import type { TopicWord } from '../topic';

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

/**
 * A phrase with alternatives, written "{exigir|pedir} {un|otro|} rescate", as the phrases it stands for ("exigir un
 * rescate", "pedir rescate"…): verbs and determiners around a form without listing each phrase.
 */
export function alternatives(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf('}', open);
  if (close < 0) return [phrase]; // reported by the word check
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => alternatives(phrase.slice(0, open) + choice + phrase.slice(close + 1)));
}

const words = z.preprocess(
  (value) =>
    Array.isArray(value)
      ? value.flatMap((item) => (typeof item === 'string' ? alternatives(item) : [item]))
      : value,
  z.array(word),
);

/** Each language's words listed once. */
function listedOnce(lists: { en: string[]; es: string[] }, ctx: z.RefinementCtx) {
  for (const lang of ['en', 'es'] as const) {
    const seen = new Set<string>();
    lists[lang].forEach((value, index) => {
      const folded = foldForm(value);
      if (seen.has(folded))
        ctx.addIssue({ code: 'custom', path: [lang, index], message: `"${value}" is listed twice` });
      seen.add(folded);
    });
  }
}

const wordLists = z.object({ en: words, es: words }).strict().superRefine(listedOnce);

/**
 * A domain of other senses; `against`: the entries whose ambiguous forms it speaks against, or `except`: the
 * entries whose forms it does not (neither: all).
 */
const otherSense = z
  .object({
    against: z.array(z.string().min(1)).min(1).optional(),
    except: z.array(z.string().min(1)).min(1).optional(),
    en: words,
    es: words,
  })
  .strict()
  .refine((d) => !(d.against && d.except), 'a domain has `against` or `except`, not both')
  .superRefine(listedOnce);

const otherSenses = z
  .record(z.string(), otherSense)
  .refine(
    (domains) =>
      new Set(Object.values(domains).flatMap((d) => (d.against ? [domainKey(d)] : []))).size <= EXCEPT_DOMAIN,
    `at most ${EXCEPT_DOMAIN} lists of entries may be spoken against (domains with the same list share one)`,
  )
  .refine(
    (domains) => new Set(Object.values(domains).flatMap((d) => (d.except ? [domainKey(d)] : []))).size <= 1,
    'at most one list of entries may be excepted (domains with the same list share it)',
  );

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

const beside = z.array(
  z
    .object({
      entry: z.string().min(1),
      with: z.array(z.string().min(1)).min(1),
      en: words.default([]),
      es: words.default([]),
    })
    .strict(),
);

/** A group of countries.yaml: its countries' names and adjectives. */
const countryWords = z.object({ names: wordLists, adjectives: wordLists }).strict();

/** `topic`: false leaves the topic lexicon out (the learner, which writes it, must not need it). */
export function loadVocabulary(dir = VOCABULARY_DIR, topic = true): Vocabulary {
  return {
    cues: loadFile(join(dir, 'cues.yaml'), wordLists),
    shields: loadFile(join(dir, 'shields.yaml'), wordLists),
    otherSenses: loadFile(join(dir, 'other-senses.yaml'), otherSenses),
    citations: loadFile(join(dir, 'citations.yaml'), citations) satisfies Citation[],
    namesakes: loadFile(join(dir, 'namesakes.yaml'), namesakes) satisfies Namesake[],
    beside: loadFile(join(dir, 'beside.yaml'), beside) satisfies Beside[],
    names: loadFile(
      join(dir, 'names.yaml'),
      z.object({ after: z.array(word), before: z.array(word) }).strict(),
    ),
    countries: loadFile(
      join(dir, 'countries.yaml'),
      z.object({ CA: countryWords, INTL: countryWords }).partial().strict(),
    ),
    topic: topic ? loadTopic(join(dir, 'topic-words.tsv')) : [],
  };
}

/**
 * The topic lexicon (topic-words.tsv, written by `npm run learn-topic`): per line, a word of lower-case ASCII
 * letters, its weight and 1 or 0 (familiar or not), separated by tabs; lines starting with # are comments. A
 * damaged line names itself.
 */
export function loadTopic(file: string): TopicWord[] {
  const shown = relative(join(VOCABULARY_DIR, '..', '..'), file);
  const lexicon: TopicWord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line || line.startsWith('#')) return;
      const [word = '', weight = '', familiar = '', ...rest] = line.split('\t');
      if (
        !/^[a-z]+$/.test(word) ||
        !/^-?\d+(\.\d+)?$/.test(weight) ||
        !/^[01]$/.test(familiar) ||
        rest.length
      )
        throw new Error(
          `${shown}:${index + 1}: expected a lower-case word, a weight and 1 or 0, separated by tabs; found "${line}"`,
        );
      lexicon.push([word, Number(weight), familiar === '1' ? 1 : 0]);
    });
  return lexicon;
}

/**
 * Problems between the vocabulary and the entries: a citation, namesake or other sense naming an entry that does
 * not exist.
 */
export function vocabularyProblems(vocabulary: Vocabulary, ids: ReadonlySet<string>): string[] {
  return [
    ...Object.entries(vocabulary.otherSenses).flatMap(([domain, { against = [], except = [] }]) =>
      [...against, ...except]
        .filter((id) => !ids.has(id))
        .map((id) => `glossary/vocabulary/other-senses.yaml: ${domain}: no entry "${id}"`),
    ),
    ...vocabulary.citations
      .filter((citation) => !ids.has(citation.entry))
      .map((citation) => `glossary/vocabulary/citations.yaml: no entry "${citation.entry}"`),
    ...vocabulary.namesakes
      .filter((namesake) => !ids.has(namesake.entry))
      .map((namesake) => `glossary/vocabulary/namesakes.yaml: no entry "${namesake.entry}"`),
    ...vocabulary.beside
      .flatMap((item) => [item.entry, ...item.with])
      .filter((id) => !ids.has(id))
      .map((id) => `glossary/vocabulary/beside.yaml: no entry "${id}"`),
  ];
}
