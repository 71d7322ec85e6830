// What the built extension ships where: zod (the entry schema's validation library) belongs to the build, not to
// the code that runs on every page, in every card or in the service worker; and the service worker holds only the
// menu, the shortcut and the badge, so it starts small.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

/** Every JavaScript file a built entry point loads: itself and the shared chunks it imports, transitively. */
function filesOf(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const [, path] of code.matchAll(
      /(?:from|import)\s*\(?\s*["'`](?:\.{0,2}\/)*(chunks\/[^"'`]+\.js)["'`]/g,
    )) {
      visit(path!);
    }
  };
  visit(entry);
  return [...seen];
}

const ZOD = /\$Zod(?:Type|Error|String|Object)/;

describe('built bundles', () => {
  it('the build exists', () => {
    expect(existsSync(join(EXTENSION_DIR, 'manifest.json')), 'run `npm run build` first').toBe(true);
  });

  it('background.js is at most 200 kB: no glossary data, search or compiler in the service worker', () => {
    const files = filesOf('background.js');
    const bytes = files.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(200_000);
  });

  for (const entry of ['content-scripts/content.js', 'content-start.js', 'card-ui.js', 'background.js']) {
    it(`${entry} and its chunks carry no zod`, () => {
      for (const file of filesOf(entry)) {
        expect(ZOD.test(readFileSync(join(EXTENSION_DIR, file), 'utf8')), `zod in ${file}`).toBe(false);
      }
    });
  }

  it('no file of the package carries zod', () => {
    // The options page validates settings and imports with hand-written checks; the build-time schema is the only
    // zod user, so no file of the package should carry it at all.
    const all = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(all.length).toBeGreaterThan(3);
    const withZod = all.filter((f) => ZOD.test(readFileSync(join(EXTENSION_DIR, f), 'utf8')));
    expect(withZod.map((f) => relative('.', f))).toEqual([]);
  });
});
