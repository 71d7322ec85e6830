// The background: matching web pages' text and deciding senses (components/scan-service.ts), the "Look up … in
// Glosa" menu item, the navigation shortcut and the toolbar badge, and opening the full-page glossary for a card.
// Card text is not here: a card reads it from the package (components/packaged.ts), so no card waits for this
// service worker to wake.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/components/i18n';
import { glossaryUrl, NAVIGATE_COMMAND, parseExtensionMessage, sendToTab } from '@/components/messaging';
import { PDF_URL_PATTERNS, readerUrl } from '@/components/pdf-address';
import { lookUpFor, serveScans } from '@/components/scan-service';

const LOOKUP_MENU = 'glosa-lookup';
const OPEN_PDF_MENU = 'glosa-open-pdf';
const OPEN_PDF_LINK_MENU = 'glosa-open-pdf-link';

export default defineBackground(() => {
  // Web pages' text is matched and its senses decided here (components/scan-service.ts).
  serveScans();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseExtensionMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'glosa:terms-changed': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const text = message.badge && message.count > 0 ? String(Math.min(message.count, 999)) : '';
        browser.action.setBadgeText({ tabId, text }).catch(() => {});
        browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' }).catch(() => {});
        return undefined;
      }
      case 'glosa:open-glossary':
        browser.tabs.create({ url: glossaryUrl(message.id) }).catch(() => {});
        return undefined;
      case 'glosa:lookup-hits':
        return lookUpFor(message.text, message.pageAccepts);
      default:
        return message satisfies never;
    }
  });

  // "Look up «selection» in Glosa": any selected text, also text the engine did not mark.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LOOKUP_MENU, title: t('menuLookup'), contexts: ['selection'] });
    // "Open in Glosa" on a tab showing a PDF, and on a link to one: the reader opens and asks before downloading.
    browser.contextMenus.create({
      id: OPEN_PDF_MENU,
      title: t('menuOpenPdf'),
      contexts: ['page', 'frame'],
      documentUrlPatterns: PDF_URL_PATTERNS,
    });
    browser.contextMenus.create({
      id: OPEN_PDF_LINK_MENU,
      title: t('menuOpenPdf'),
      contexts: ['link'],
      targetUrlPatterns: PDF_URL_PATTERNS,
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    const url =
      info.menuItemId === OPEN_PDF_MENU
        ? (info.frameUrl ?? info.pageUrl)
        : info.menuItemId === OPEN_PDF_LINK_MENU
          ? info.linkUrl
          : undefined;
    if (url) browser.tabs.create({ url: readerUrl(url) }).catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU || tab?.id === undefined || !info.selectionText) return;
    void sendToTab(tab.id, { type: 'glosa:lookup', text: info.selectionText }, info.frameId);
  });

  // The keyboard shortcut (manifest `commands`) starts term navigation in the active tab (if Glosa runs there).
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== NAVIGATE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'glosa:navigate' });
  });
});
