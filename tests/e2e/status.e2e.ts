// A status on the card says when it was last checked, not that it is current (issue 19): the chip a reader sees
// carries the entry's status_as_of date from the built glossary.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Entry } from '@/glossary/entry';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { hoverTerm, waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the status chip reads "status last checked <date>"', async () => {
  const entries = JSON.parse(readFileSync('glossary/compiled/entries.json', 'utf8')) as Entry[];
  const mpp = entries.find((e) => e.id === 'mpp')!;
  expect(mpp.status_as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const page = await browser.context.newPage();
  await page.goto(server.url('/remain-in-mexico-en.html'));
  await waitForReady(page);
  await hoverTerm(page, 'Remain in Mexico');
  const chip = page.locator('glossary-card .card[data-entry="mpp"] .chip.status');
  await chip.waitFor();
  expect(await chip.innerText()).toBe(`Reinstated · status last checked ${mpp.status_as_of}`);
  await page.close();
});
