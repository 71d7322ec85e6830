// DOM modules' tests in a real browser (Debian's Chromium): `*.browser.test.ts` beside the code they test, where
// Highlight, CSS.highlights, layout and caretPositionFromPoint exist. Whole-extension behaviour is in tests/e2e.
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // WXT's test plugin sets up a fake extension API for Node; these modules use none, only the `@/` alias.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['entrypoints/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      screenshotFailures: false,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
