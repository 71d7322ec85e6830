// Keyboard-only use: the navigation shortcut's message starts term navigation; J/K (or arrows) move the card,
// each move is announced, Enter focuses the card (a labelled dialog), Escape leaves.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

const card = (page: Page) => page.locator('glossary-card .card[data-entry]');
const announcement = (page: Page) =>
  page.locator('glossary-card [role="status"][aria-live]').last().innerText();

/** Does what the background does when the shortcut (manifest command) fires: message the active tab. */
async function pressShortcut(): Promise<void> {
  await suite.browser.worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.tabs.sendMessage(tab.id, { type: 'glosa:navigate' });
  })()`);
}

test('navigate terms with the keyboard, with announcements and focus', async () => {
  const page = await suite.open('/remain-in-mexico-en.html');
  await page.bringToFront();
  await pressShortcut();
  await card(page).waitFor();
  expect(await announcement(page)).toMatch(/^Term 1 of \d+: /);
  await page.keyboard.press('j');
  await expect.poll(() => announcement(page)).toMatch(/^Term 2 of \d+: Remain in Mexico$/);
  await expect.poll(() => card(page).getAttribute('data-entry')).toBe('mpp');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => announcement(page)).toMatch(/^Term 3 of \d+: TIJUANA$/);
  await page.keyboard.press('k');
  await expect.poll(() => announcement(page)).toMatch(/^Term 2 of \d+: Remain in Mexico$/);
  await expect.poll(() => card(page).getAttribute('data-entry')).toBe('mpp');

  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return {
      host: host?.tagName,
      role: inner?.getAttribute('role'),
      label: inner?.getAttribute('aria-labelledby'),
    };
  });
  expect(focused.host).toBe('GLOSSARY-CARD');
  expect(focused.role).toBe('dialog');
  expect(focused.label).toBeTruthy();
  // Inside the card, Tab reaches its buttons and links.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toMatch(
    /BUTTON|A/,
  );

  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
  await page.close();
});

test('Enter right after a move focuses the card of the term moved to, once it is shown', async () => {
  const page = await suite.open('/remain-in-mexico-en.html');
  await page.bringToFront();
  await pressShortcut();
  await card(page).waitFor();
  // No wait between the keys: the card for the second term may not be rendered yet when Enter arrives.
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const inner = document.activeElement?.shadowRoot?.activeElement;
        return `${document.activeElement?.tagName} ${inner?.getAttribute('role')} ${inner?.getAttribute('data-entry')}`;
      }),
    )
    .toBe('GLOSSARY-CARD dialog mpp');
  await page.close();
});
