// Reads and validates glossary/vocabulary/*.yaml (context cues and shields, see compile.ts `Vocabulary`).
// Node-only, like load-entries.ts: a broken file names itself and the list and item at fault.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Vocabulary, WordLists } from '../compile';
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

function loadWordLists(file: string): WordLists {
  const shown = relative(join(VOCABULARY_DIR, '..', '..'), file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`);
  }
  const result = wordLists.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${shown}:\n${problems.join('\n')}`);
  }
  return result.data;
}

export function loadVocabulary(dir = VOCABULARY_DIR): Vocabulary {
  return {
    cues: loadWordLists(join(dir, 'cues.yaml')),
    shields: loadWordLists(join(dir, 'shields.yaml')),
  };
}
