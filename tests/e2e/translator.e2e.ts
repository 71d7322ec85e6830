// The translator's workflows: what the card copies follows the translator notes, the status line says what was
// copied, and the glossary's exports are read back by a standard CSV reader and an XML parser as CAT tools would.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SMUGGLING_PAGE = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Tráfico</title></head>
<body><p>Los migrantes pagaron a un pollero para cruzar la frontera; la Guardia Nacional los detuvo cerca de
la estación migratoria del INM en Tapachula, donde pidieron asilo ante la COMAR.</p></body></html>`;

beforeAll(async () => {
  server = await serveFixtures({ '/smuggling-es.html': SMUGGLING_PAGE });
  browser = await launchWithExtension();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('copy from the card', () => {
  test('the pair gives the equivalent the notes call for, and the status line says what was copied', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/smuggling-es.html'));
    await waitForReady(page);
    await hoverTerm(page, 'pollero');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: 'Copy pair' }).click();
    await expect.poll(() => clipboard(page)).toBe('pollero — smuggler');
    expect(await card(page).getByRole('status').last().innerText()).toBe('Copied: term pair');
    await card(page).getByRole('button', { name: 'Copy row (TSV)' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^pollero\tpollero\tIn English write: smuggler\./);
    expect(await card(page).getByRole('status').last().innerText()).toBe('Copied: glossary row (TSV)');

    await page.mouse.move(1, 1);
    await hoverTerm(page, 'Guardia Nacional');
    await expect.poll(() => card(page).getAttribute('data-entry')).toBe('guardia-nacional');
    await card(page).getByRole('button', { name: 'Copy pair' }).click();
    await expect.poll(() => clipboard(page)).toBe('Guardia Nacional (GN) — Mexican National Guard');
    await page.close();
  });
});

describe('exports', () => {
  const browseUrl = () => `chrome-extension://${browser.extensionId}/browse.html`;

  const names: string[] = [];
  async function download(page: Page, button: string): Promise<string> {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await downloading;
    names.push(file.suggestedFilename());
    return readFileSync(await file.path(), 'utf8');
  }

  test('TSV and CSV read back cell for cell; term cells hold bare terms; TBX parses with readable subjects', async () => {
    const page = await browser.context.newPage();
    await page.goto(browseUrl());
    const listed = await page.locator('.entries li').count();
    expect(listed).toBeGreaterThan(300);

    const tsv = await download(page, 'TSV (OmegaT)');
    // OmegaT reads glossaries named .utf8 as UTF-8; .txt or .tab would be read in the system's encoding.
    expect(names.at(-1)).toBe('glosa-en-es.utf8');
    // A standard reader, tab-delimited, with its default quoting rules: a cell starting with " would be taken
    // for a quoted cell (and fail or lose its quotes).
    const rows = parse(tsv, { delimiter: '\t' }) as string[][];
    expect(rows).toHaveLength(listed);
    expect(rows.every((row) => row.length === 3)).toBe(true);
    expect(tsv.split(/[\t\n]/).filter((cell) => cell.startsWith('"'))).toEqual([]);
    const terms = rows.flatMap((row) => row.slice(0, 2));
    // Qualifiers such as "(immigration detention, Mexico)" are not part of any term a text contains.
    expect(terms.filter((term) => /\((Mexico|immigration detention|CBP|INM)/.test(term))).toEqual([]);
    expect(terms.filter((term) => /^["“«]/.test(term))).toEqual([]);
    const securing = rows.find((row) => row[1] === 'aseguramiento')!;
    expect(securing[0]).toBe('securing');
    expect(securing[2]).toContain('immigration detention, Mexico');

    const csv = parse(await download(page, 'CSV'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(listed);
    expect(Object.keys(csv[0]!)).toEqual(['en', 'es', 'note']);
    expect(csv.find((row) => row.es === 'aseguramiento')?.en).toBe('securing');

    const tbx = await download(page, 'TBX');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        concepts: doc.getElementsByTagName('conceptEntry').length,
        subjects: [
          ...new Set(
            [...doc.querySelectorAll('descrip[type="subjectField"]')].map((node) => node.textContent),
          ),
        ],
      };
    }, tbx);
    expect(parsed.errors).toBe(0);
    expect(parsed.concepts).toBe(listed);
    expect(parsed.subjects).toContain('Mexican institutions');
    expect(parsed.subjects.filter((subject) => /^[a-z]+(-[a-z]+)*$/.test(subject ?? ''))).toEqual([]);
    await page.close();
  });
});
