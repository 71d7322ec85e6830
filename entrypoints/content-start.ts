// The content script's work on a page as a file of the package (content-start.js). In the top frame it is a content
// script of its own (wxt.config.ts), injected just before the content script (entrypoints/content/index.ts), which
// finds it loaded; a frame that holds reading imports it as a module. With the hint at the top of the file (added
// by the build, see wxt.config.ts) V8 compiles every function at once, instead of one by one on the page's main
// thread as each first runs. Running in the content script's world, it leaves its start on that world's global,
// which the page cannot see.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CONTENT_START_GLOBAL } from '@/components/package-globals';
import { startPage } from './content/start';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONTENT_START_GLOBAL] = startPage;
});
