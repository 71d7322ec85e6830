import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MATCHER_GLOBAL } from './components/package-globals';
import { HIGHLIGHT_SHEET, highlightSheet } from './entrypoints/content/dom/highlight-rules';

/**
 * WXT's content-script entry hands the script's main a ContentScriptContext; Glosa's own
 * (entrypoints/content/context.ts) takes its place. WXT's also watches the page's address (the Navigation API)
 * and announces each start to the page (a window message and a document event named after the extension's id),
 * stopping when it hears that event from a "newer copy": the announcement tells any page the extension's id, and
 * a page that replays the event would switch Glosa off on itself (tests/e2e/hostile.e2e.ts checks it cannot).
 * Glosa's script is injected only by the manifest, on a page load, so there is never an old copy to stop, and it
 * needs none of the rest; loading it cost every page's main thread at each start. Fails the build if WXT's entry
 * no longer imports the context by that name.
 */
function ownContentScriptContext(): Plugin {
  const wxtContext = 'wxt/utils/content-script-context';
  const ours = resolve('entrypoints/content/context.ts');
  return {
    name: 'glosa:own-content-script-context',
    enforce: 'pre',
    resolveId(source) {
      return source === wxtContext ? ours : null;
    },
    buildEnd() {
      for (const id of this.getModuleIds()) {
        if (id.replaceAll('\\', '/').endsWith('/wxt/dist/utils/content-script-context.mjs')) {
          throw new Error(
            "wxt.config.ts: WXT's own content-script context was bundled; check how WXT's entry imports it now.",
          );
        }
      }
    },
  };
}

/**
 * The content script's start (content-start.js, loaded by the content script as a module) and the page's own scan
 * engine (content-engine.js, loaded by the start on long pages) open with V8's hint that every function in the
 * file runs on load: Chromium then compiles them all while the module loads, off the page's main thread, instead
 * of one by one on it as each first runs (measured on the article: ~10 ms of the page's main thread). Minifiers
 * drop comments, so it is added to the finished files.
 */
function compileHintForContentStart(): Plugin {
  return {
    name: 'glosa:compile-hint-for-content-start',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const name of ['content-start.js', 'content-engine.js']) {
        const file = bundle[name];
        if (file?.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      }
    },
  };
}

/** Files of the package that the content script reads (see components/packaged.ts). */
const PACKAGED = [
  'content-start.js',
  'content-engine.js',
  'matcher.js',
  'cards/*.json',
  'card-ui.js',
  'search.js',
];

export default defineConfig({
  vite: () => ({
    plugins: [preact(), ownContentScriptContext(), compileHintForContentStart()],
    build: { sourcemap: process.env.GLOSA_SOURCEMAP === '1' },
  }),
  // `npm start` and the tests launch the browser themselves (tests/e2e/browser.ts); WXT's runner would open one.
  webExt: { disabled: true },
  // No auto-imports: every module names what it uses, and a stray identifier cannot pull a whole module
  // (the 1 MB entry store) into the content script.
  imports: false,
  // The compiled matcher ships as files of the package, apart from the content script (a string inside the content
  // script itself was parsed again on the page's thread on every page): matcher.packed, which the background
  // fetches, and matcher.js, the same text as a script that a long page's engine imports (parsed off the page's
  // thread); each entry's card text is a file the card reads when it opens (glossary/cards.ts).
  hooks: {
    'build:publicAssets': (wxt, files) => {
      // The marks' ::highlight() rules, declared with the content script below (highlight-rules.ts): on the root in
      // Chromium, on every element in Firefox (no highlight inheritance).
      files.push({
        contents: highlightSheet(wxt.config.browser === 'firefox' ? '' : ':root'),
        relativeDest: HIGHLIGHT_SHEET,
      });
      files.push({
        absoluteSrc: resolve('glossary/compiled/matcher.packed'),
        relativeDest: 'matcher.packed',
      });
      // The same text as a script for the page's own engine (components/package-globals.ts MATCHER_GLOBAL).
      const packed = readFileSync(resolve('glossary/compiled/matcher.packed'), 'utf8');
      files.push({
        contents: `globalThis[${JSON.stringify(MATCHER_GLOBAL)}] = ${JSON.stringify(packed)};\n`,
        relativeDest: 'matcher.js',
      });
      for (const name of readdirSync(resolve('glossary/compiled/cards'))) {
        files.push({ absoluteSrc: resolve('glossary/compiled/cards', name), relativeDest: `cards/${name}` });
      }
      // What PDF.js reads while drawing a PDF in the reader (entrypoints/pdf/open.ts): fonts a PDF names without
      // embedding them, character maps and image decoders. From the package, so the reader fetches nothing else.
      for (const folder of ['standard_fonts', 'cmaps', 'wasm']) {
        const from = resolve('node_modules/pdfjs-dist', folder);
        for (const name of readdirSync(from).filter((name) => !/quickjs/i.test(name))) {
          files.push({ absoluteSrc: resolve(from, name), relativeDest: `pdfjs/${folder}/${name}` });
        }
      }
    },
    // The stylesheet goes in with the content script, in every frame it runs in: the browser adds it before the
    // page's first style calculation, with no node in the page.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.some((file) => file.endsWith('content.js'))) script.css = [HIGHLIGHT_SHEET];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the address of the tab it was opened over (is it a PDF?), for that tab only.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The PDF reader asks for one site, when the reader asks it to download a PDF from a site Glosa may not reach
    // yet, and gives it back once the file is read (entrypoints/pdf/main.ts; Chrome refuses to take back a site its
    // content script may run on). Nothing else ever reaches the network.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // The content script reads the compiled matcher and card text from the package, and loads the card's
    // interface and the lookup's search from it on first use. A dynamic URL (Chrome) changes every session, so
    // pages cannot probe for the files to learn that Glosa is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? PACKAGED
        : [
            {
              resources: PACKAGED,
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'navigate-terms': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandNavigate__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'glosa@glosa.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome's `browser` namespace, with promise-returning message listeners, which the code uses unwrapped
        // (no webextension-polyfill: Firefox has always had it, and in Chrome 148+ the polyfill did nothing).
        { minimum_chrome_version: '148' }),
  }),
});
