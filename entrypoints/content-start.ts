// The content script's work on a page as a file of the package (content-start.js), loaded by the content script
// (entrypoints/content/index.ts) as a module: Chromium compiles a module off the page's main thread while it
// loads, and with the hint at the top of the file (added by the build, see wxt.config.ts) compiles every function
// there too, which a content script's own file gets neither of. Running in the content script's world, it leaves
// its start on that world's global, which the page cannot see.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CONTENT_START_GLOBAL } from '@/components/package-globals';
import { startPage } from './content/start';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONTENT_START_GLOBAL] = startPage;
});
