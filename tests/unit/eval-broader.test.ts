// The evaluation (tests/eval/run.ts) counts an entry's broader concept as found where the entry is marked:
// "Estación Migratoria Siglo XXI" is one mark, of siglo-xxi, whose card links the estación migratoria.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { evaluatePage } from '../eval/run';
import { matcherFor } from './helpers';

// Compiled once when the file loads, as fixtures.test.ts does: compiling the whole glossary takes seconds on a busy
// machine, which is setup, not the behaviour under test.
const entries = loadEntries();
const matcher = matcherFor(entries);

test("a specific entry's mark covers its broader concept (the entries' `broader` field)", () => {
  const broader = new Map(entries.flatMap((e) => (e.broader ? [[e.id, e.broader] as const] : [])));
  expect(broader.get('siglo-xxi')).toBe('estacion-migratoria');
  expect(broader.get('in-absentia')).toBe('final-order-of-removal');
  // ICE's detention centers are ICE detention: "held at the Delaney Hall detention center".
  for (const center of ['delaney-hall', 'krome', 'camp-east-montana'])
    expect(broader.get(center), center).toBe('ice-detention');
  // The ports of entry named ("la garita El Chaparral", "the San Ysidro port of entry") are ports of entry.
  for (const port of ['el-chaparral', 'san-ysidro', 'otay-mesa'])
    expect(broader.get(port), port).toBe('port-of-entry');
  const file = join(mkdtempSync(join(tmpdir(), 'glosa-eval-')), 'page.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="es"><head><script type="application/json" id="glosa-eval">{"core": ["estacion-migratoria"], "concepts": ["inm"]}</script></head>
<body><p>El Instituto Nacional de Migración lo alojó en la Estación Migratoria Siglo XXI de Tapachula.</p></body></html>`,
  );
  const ids = new Set(entries.map((e) => e.id));
  const without = evaluatePage(file, matcher, ids);
  expect(without.found.has('estacion-migratoria')).toBe(false);
  const withBroader = evaluatePage(file, matcher, ids, broader);
  expect(withBroader.found.has('estacion-migratoria')).toBe(true);
  expect(withBroader.wrong.filter((w) => w.includes('siglo-xxi'))).toEqual([]);
});
