// The card's interface as a file of the package (card-ui.js), loaded by the content script on first use
// (entrypoints/content/card-ui-loader.ts). Running in the content script's world, it leaves its interface on that
// world's global, which the page cannot see.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardUi } from '@/components/card-ui';
import { CARD_UI_GLOBAL } from '@/components/package-globals';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = cardUi;
});
