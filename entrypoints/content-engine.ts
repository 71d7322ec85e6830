// The scan engine in the page (entrypoints/content/local-engine.ts) as a file of the package (content-engine.js),
// loaded by the content script's start only on pages with much text (start.ts): pages with little text are matched
// in the extension's background and never load the matching code. Running in the content script's world, it
// leaves the engine on that world's global, which the page cannot see.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CONTENT_ENGINE_GLOBAL } from '@/components/package-globals';
import { pageEngine } from './content/local-engine';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONTENT_ENGINE_GLOBAL] = pageEngine;
});
