// The background: serves card text to content scripts, relays the navigation shortcut to the active tab, and
// shows the number of marked terms on the toolbar badge when the reader asks for it.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryReply, lookupReply } from '@/components/entry-store';
import { t } from '@/components/i18n';
import {
  type ContentRequest,
  glossaryUrl,
  isCountMessage,
  isEntryRequest,
  isOpenGlossaryRequest,
  isSearchRequest,
  NAVIGATE_COMMAND,
} from '@/components/messaging';
import { loadPersonal, personalEntriesOf } from '@/components/personal-store';

const LOOKUP_MENU = 'glosa-lookup';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryRequest(message)) {
      if (!message.id.startsWith('personal-')) return Promise.resolve(entryReply(message.id));
      return loadPersonal().then((glossary) => entryReply(message.id, personalEntriesOf(glossary)));
    }
    if (isSearchRequest(message)) return Promise.resolve(lookupReply(message.text));
    if (isOpenGlossaryRequest(message)) {
      browser.tabs.create({ url: glossaryUrl(message.id) }).catch(() => {});
      return undefined;
    }
    if (isCountMessage(message) && sender.tab?.id !== undefined) {
      const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
      browser.action.setBadgeText({ tabId: sender.tab.id, text }).catch(() => {});
      browser.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#c2410c' }).catch(() => {});
    }
    return undefined;
  });

  // "Look up «selection» in Glosa": any selected text, also text the engine did not mark.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LOOKUP_MENU, title: t('menuLookup'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU || tab?.id === undefined || !info.selectionText) return;
    browser.tabs
      .sendMessage(tab.id, { type: 'glosa:lookup', text: info.selectionText } satisfies ContentRequest, {
        frameId: info.frameId,
      })
      .catch(() => {});
  });

  // The keyboard shortcut (manifest `commands`) starts term navigation in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== NAVIGATE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'glosa:navigate' } satisfies ContentRequest).catch(() => {
      // No content script on this tab (a browser page or a site Glosa does not run on): nothing to navigate.
    });
  });
});
