// The background: serves card text to content scripts, relays the navigation shortcut to the active tab, and
// shows the number of marked terms on the toolbar badge when the reader asks for it.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryReply } from '@/components/entry-store';
import {
  type ContentRequest,
  isCountMessage,
  isEntryRequest,
  NAVIGATE_COMMAND,
} from '@/components/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryRequest(message)) return Promise.resolve(entryReply(message.id));
    if (isCountMessage(message) && sender.tab?.id !== undefined) {
      const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
      browser.action.setBadgeText({ tabId: sender.tab.id, text }).catch(() => {});
      browser.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#c2410c' }).catch(() => {});
    }
    return undefined;
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
