import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See ../shared/toolchain.md for why the versions are pinned and why the runner is off.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  // No auto-imports: every module names what it uses, and a stray identifier cannot pull a whole module
  // (the 1 MB entry store) into the content script.
  imports: false,
  // The compiled matcher ships as a file of the package that the content script reads when a page opens: as a
  // string inside the script, its ~320 kB were compiled again on every page.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve('glossary/compiled/matcher.packed'),
        relativeDest: 'matcher.packed',
      });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    // The content script reads the compiled matcher from the package, and loads the card's interface from it on
    // first use. A dynamic URL (Chrome) changes every session, so pages cannot probe for the files to learn that
    // Glosa is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? ['matcher.packed', 'card-ui.js']
        : [
            {
              resources: ['matcher.packed', 'card-ui.js'],
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
      : {}),
  }),
});
