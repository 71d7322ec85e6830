// What most browser test files share: one browser with the built extension and one fixture server for the file,
// both closed after it, and a way to open a fixture page once Glosa is ready on it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { waitForReady } from './page-helpers';
import { type FixtureServer, serveFixtures } from './server';

export interface Suite {
  /** Set before the file's first test runs. */
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** A new tab on a fixture page (a path on the fixture server), once Glosa is ready on it. */
  open(path: string): Promise<Page>;
}

/** `routes`: generated pages to serve beside the fixtures (path → html). */
export function useExtensionSuite(routes: Record<string, string> = {}): Suite {
  const suite = {
    async open(path: string): Promise<Page> {
      const page = await suite.browser.context.newPage();
      await page.goto(suite.server.url(path));
      await waitForReady(page);
      return page;
    },
  } as Suite;
  beforeAll(async () => {
    suite.server = await serveFixtures(routes);
    suite.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
