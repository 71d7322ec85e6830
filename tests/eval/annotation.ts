// An evaluation page's annotation (its <script id="glosa-eval"> block), and the trap pages: read by npm run eval
// (run.ts) and by the trap tests, unit and browser (no glossary imports, so the browser tests' config loads it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Annotation {
  core?: string[];
  concepts?: string[];
  also?: string[];
  must_not?: string[];
  trap?: boolean;
}

export function annotation(html: string, file: string): Annotation {
  const json = /<script type="application\/json" id="glosa-eval">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${file}: no <script id="glosa-eval"> annotation`);
  return JSON.parse(json) as Annotation;
}

/**
 * The trap pages of `dir` (pages of other domains, annotated `"trap": true`), by file name: the pages the trap tests
 * assert unmarked (fixtures.test.ts, engine.e2e.ts), whatever their names say.
 */
export function trapPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => annotation(readFileSync(join(dir, f), 'utf8'), f).trap === true)
    .sort();
}
