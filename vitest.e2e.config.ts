// Real-browser tests: the built extension loaded in Chromium (see tests/e2e/browser.ts). One file at a time,
// each with its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
