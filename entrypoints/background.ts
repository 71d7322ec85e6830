import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryReply } from '@/components/entry-store';
import { isEntryRequest, NAVIGATE_COMMAND, type NavigateRequest } from '@/components/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isEntryRequest(message)) return Promise.resolve(entryReply(message.id));
    return undefined;
  });

  // The keyboard shortcut (manifest `commands`) starts term navigation in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== NAVIGATE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'glosa:navigate' } satisfies NavigateRequest).catch(() => {
      // No content script on this tab (a browser page or a site Glosa does not run on): nothing to navigate.
    });
  });
});
