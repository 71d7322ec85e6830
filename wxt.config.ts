import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * WXT's content-script context announces each start to the page (a window message and a document event named
 * after the extension's id) and stops when it hears that event from a "newer copy". Both are the page's to use:
 * the announcement tells any page the extension's id, and a page that replays the event switches Glosa off on
 * itself (tried: 45 marks to none; tests/e2e/hostile.e2e.ts checks it cannot). The handshake exists so an old copy
 * stops when a new one is injected into the same page; Glosa's script is injected only by the manifest, on a page
 * load, so there is never an old copy to stop (an orphaned copy still notices that the extension has gone: see
 * entrypoints/content/start.ts). WXT has no option for this (only the window message can be turned off), hence
 * the patch, which fails the build if WXT's code changes under it.
 */
function silentContentScriptStart(): Plugin {
  const announcement = '\t\tthis.stopOldScripts();\n\t\tthis.listenForNewerScripts();\n';
  return {
    name: 'glosa:silent-content-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/wxt/dist/utils/content-script-context.mjs')) return null;
      if (!code.includes(announcement)) {
        throw new Error(
          "wxt.config.ts: WXT's content-script context no longer starts as expected; check that it still announces itself to the page before updating this patch.",
        );
      }
      return code.replace(announcement, '');
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
  'matcher.packed',
  'cards/*.json',
  'card-ui.js',
  'search.js',
];

export default defineConfig({
  vite: () => ({
    plugins: [preact(), silentContentScriptStart(), compileHintForContentStart()],
    build: { sourcemap: process.env.GLOSA_SOURCEMAP === '1' },
  }),
  // `npm start` and the tests launch the browser themselves (tests/e2e/browser.ts); WXT's runner would open one.
  webExt: { disabled: true },
  // No auto-imports: every module names what it uses, and a stray identifier cannot pull a whole module
  // (the 1 MB entry store) into the content script.
  imports: false,
  // The compiled matcher ships as a file of the package that the content script reads when a page opens (as a
  // string inside the script, its ~320 kB were compiled again on every page), and each entry's card text as a file
  // the card reads when it opens (glossary/cards.ts).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve('glossary/compiled/matcher.packed'),
        relativeDest: 'matcher.packed',
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
