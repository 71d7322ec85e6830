// The teacher's handout as it is printed and handed out: terms dropped and reordered before printing, a title, a
// name/date line, the reading credited, definitions in two columns, a sensible length, an answer key whose letters
// are the exercise's own and that never leaves its heading alone, and Markdown whose lines stay apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const handoutUrl = () => `chrome-extension://${browser.extensionId}/handout.html`;

interface CompiledEntry {
  id: string;
  category: string;
  en: { term: string };
  ambiguous: string[];
}

/** A reading naming `count` unambiguous entries by their English terms, one sentence each. */
function readingWith(count: number): string {
  const entries = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'glossary', 'compiled', 'entries.json'), 'utf8'),
  ) as CompiledEntry[];
  const plain = entries.filter(
    (e) => e.ambiguous.length === 0 && !/[()"“]/.test(e.en.term) && e.category !== 'geography',
  );
  return plain
    .slice(0, count)
    .map((e) => `The class read about the ${e.en.term} today.`)
    .join('\n\n');
}

async function makeHandout(page: Page, reading: string): Promise<void> {
  await page.goto(handoutUrl());
  await page.getByLabel('Reading').fill(reading);
  await page.getByRole('button', { name: 'Make the handout' }).click();
  await page.locator('.printed tbody tr').first().waitFor();
}

/** The index an ordered list's upper-alpha marker stands for (A = 0, Z = 25, AA = 26). */
const letterIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

test('past 26 terms the answer key uses the exercise letters; the key keeps its heading when printed', async () => {
  const page = await browser.context.newPage();
  await makeHandout(page, readingWith(30));
  await page.getByLabel('English', { exact: true }).check();
  await page.getByLabel('Add a matching exercise and its answer key').check();
  const terms = await page.locator('.printed tbody tr').count();
  expect(terms).toBeGreaterThan(26);
  const definitions = await page.locator('.printed tbody tr td:last-child').allInnerTexts();
  const items = await page.locator('.exercise-definitions li').allInnerTexts();
  const key = (await page.locator('.answer-key .answers').innerText()).split(', ');
  expect(key).toHaveLength(terms);
  for (const [i, answer] of key.entries()) {
    const [number, letters] = answer.split('–');
    expect(number).toBe(String(i + 1));
    expect(letters).toMatch(/^[A-Z]+$/);
    expect(items[letterIndex(letters!)]).toBe(definitions[i]);
  }

  // Printed, the key starts one page with its heading: only one page break in the exercise, before them both.
  await page.emulateMedia({ media: 'print' });
  const breaks = await page
    .locator('.exercise *')
    .evaluateAll((nodes) =>
      nodes.filter((node) => getComputedStyle(node).breakBefore === 'page').map((node) => node.className),
    );
  expect(breaks).toEqual(['answer-key']);
  expect(await page.locator('.answer-key h3').count()).toBe(1);
  await page.close();
});

test('a handout to hand out: drop and reorder terms, title, name/date line, source, two columns, few pages', async () => {
  const page = await browser.context.newPage();
  await makeHandout(page, readingWith(20));
  const ids = await page.locator('.printed tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.entry));
  expect(ids).toHaveLength(20);
  const headers = await page.locator('.printed thead th').allInnerTexts();
  expect(headers).toEqual(['#', 'English', 'Spanish', 'Definition (English)', 'Definition (Spanish)']);
  expect(await page.locator('.printed tbody tr').first().locator('td').nth(3).innerText()).not.toContain(
    ' / ',
  );

  // Leave the second term out and move the fourth up.
  const firstTerm = await page.locator('.printed tbody tr').nth(1).locator('td').nth(1).innerText();
  await page.getByLabel(`Include “${firstTerm}”`).uncheck();
  const fourth = await page.locator('.printed tbody tr').nth(3).locator('td').nth(1).innerText();
  await page.getByRole('button', { name: `Move “${fourth}” up` }).click();
  const edited = await page
    .locator('.printed tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.dataset.entry));
  expect(edited).toHaveLength(19);
  expect(edited).not.toContain(ids[1]);
  expect(edited.slice(0, 3)).toEqual([ids[0], ids[2], ids[4]]);

  await page.getByLabel('Handout title').fill('Week 3: the border');
  expect(await page.locator('.printed-title').innerText()).toBe('Week 3: the border');
  expect(await page.locator('.printed .name-line').innerText()).toMatch(/^Name: _+\s+Date: _+$/);
  expect(await page.locator('.printed .credit').innerText()).toContain('Glosa');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Markdown' }).click();
  const md = readFileSync(await (await downloading).path(), 'utf8');
  expect(md.startsWith('# Week 3: the border\n\nName: ')).toBe(true);
  expect(md.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| #'))).toHaveLength(20);

  // 20 terms with both definitions print on at most three pages.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(3);
  await page.close();
});
