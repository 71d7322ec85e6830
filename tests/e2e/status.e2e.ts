// A status on the card says when it was last checked, not that it is current (issue 19): the chip a reader sees
// carries the entry's status_as_of date from the built glossary.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Entry } from '@/glossary/entry';
import { hoverTerm } from './page-helpers';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

test('the status chip reads "status last checked <date>"', async () => {
  const entries = JSON.parse(readFileSync('glossary/compiled/entries.json', 'utf8')) as Entry[];
  const mpp = entries.find((e) => e.id === 'mpp')!;
  expect(mpp.status_as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const page = await suite.open('/remain-in-mexico-en.html');
  await hoverTerm(page, 'Remain in Mexico');
  const chip = page.locator('glossary-card .card[data-entry="mpp"] .chip.status');
  await chip.waitFor();
  expect(await chip.innerText()).toBe(`Reinstated · status last checked ${mpp.status_as_of}`);
  await page.close();
});
